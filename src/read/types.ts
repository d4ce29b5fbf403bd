/**
 * Shapes of the reader: what `readDisclosure` takes and what it gives back.
 * @module
 */
import type { Catalog } from '../codes/catalog'
import type { Disclosure } from '../model/disclosure'
import type { FactKey } from '../model/factKeys'
import type { TableKind } from '../model/tableKinds'
import type { MoneyUnit } from '../money/types'

/** What `readDisclosure` reads: PDF bytes, or text already extracted from a PDF. */
export type ReadInput = Uint8Array | ArrayBuffer | string

/** Where the text came from: a PDF, tab-separated text (cells split by tabs), or column-aligned text (`pdftotext -layout`). */
export type ReadSourceKind = 'pdf' | 'text-tabs' | 'text-layout'

/** Options of `readDisclosure`. */
export interface ReadOptions {
  /** Name of the file read, recorded in `disclosure.source.file` and in diagnostics. */
  readonly fileName?: string
  /** The functional catalog used to recover codes from names and to name codes (default: the bundled one). */
  readonly functionalCatalog?: Catalog<string>
  /** Largest input accepted, in bytes (default 100 MB); a larger input is an `INPUT_TOO_LARGE` error; at most 2^31 − 1. */
  readonly maxBytes?: number
  /** Most pages read (default 2,000); a longer PDF or text is an `INPUT_TOO_LARGE` error. */
  readonly maxPages?: number
}

/** A value column as the reader understood it: the printed header path and the fact key it was mapped to. */
export interface ReadColumn {
  /** Header labels from the top of the header down to the column, as printed. */
  readonly header: readonly string[]
  /** The fact key the column was read as; absent when the column could not be mapped. */
  readonly key?: FactKey
  /** Side of a two-sided table (收 0 | 支 1). */
  readonly block?: number
}

/** One table the reader found in the document, recognized or not. */
export interface ReadTable {
  /** Title as printed. */
  readonly title: string
  /** Pages the table is printed on (1-based). */
  readonly pages: readonly number[]
  /** Amount unit printed with the table (单位：万元). */
  readonly unit?: MoneyUnit
  /** `recognized`: read into `disclosure.tables` as `kind` under `id`; `unrecognized`: left out, with the reason. */
  readonly status: 'recognized' | 'unrecognized'
  readonly kind?: TableKind
  /** Id of the table in `disclosure.tables`. */
  readonly id?: string
  readonly columns: readonly ReadColumn[]
  /** Rows read (recognized tables). */
  readonly rows: number
  /** Why a table was left unrecognized, in both languages. */
  readonly reason?: { readonly zh: string; readonly en: string }
}

/**
 * Stable codes of what a reader may be unsure of; each is explained, in Chinese and English, in the guide
 * "Check your own disclosure" (docs/guide-check-your-disclosure.md, 诊断代码 · Diagnostic codes).
 *
 * @example
 * ```ts
 * const unsure = result.diagnostics.filter((d) => d.code === 'CELL_UNPLACED')
 * ```
 */
export type ReadDiagnosticCode =
  | 'TABLE_UNRECOGNIZED'
  | 'COLUMN_UNMAPPED'
  | 'ROW_UNMAPPED'
  | 'CELL_UNPLACED'
  | 'CODE_RECOVERED'
  | 'CODE_UNKNOWN'
  | 'UNIT_MISSING'
  | 'TEXT_FIGURE_UNLINKED'
  | 'METADATA_MISSING'
  | 'TABLES_NOT_IN_FILE'
  | 'COLUMNS_FROM_TEMPLATE'
  | 'COLUMN_HEADER_GARBLED'
  | 'ROWS_FROM_TEMPLATE'

/** Something the reader was unsure of, and where. */
export interface ReadDiagnostic {
  readonly code: ReadDiagnosticCode
  readonly severity: 'warning' | 'info'
  /** Page (1-based) where it was printed. */
  readonly page?: number
  /** Table id or printed title it concerns. */
  readonly table?: string
  readonly message: { readonly zh: string; readonly en: string }
}

/** What the reader found, whatever the document turned out to be. */
interface ReadResultBase {
  readonly source: { readonly kind: ReadSourceKind; readonly pages: number; readonly file?: string }
  readonly tables: readonly ReadTable[]
  readonly diagnostics: readonly ReadDiagnostic[]
}

/** A budget or final-account disclosure, read into the model. */
export interface ReadDisclosureResult extends ReadResultBase {
  readonly status: 'disclosure'
  /** A document `parseDisclosure` accepts. */
  readonly disclosure: Disclosure
  /**
   * True when the file holds the explanatory text only (情况说明, 名词解释) and none of the standard
   * tables, which were published as a separate attachment: the disclosure has the text's figures
   * and glossary, no tables, and every required table recorded as absent with that note
   * (diagnostic `TABLES_NOT_IN_FILE`).
   */
  readonly textOnly?: true
}

/** The input has text, but is not a budget or final-account disclosure (a notice, a bulletin …). */
export interface ReadNotDisclosureResult extends ReadResultBase {
  readonly status: 'not-a-disclosure'
  readonly reason: { readonly zh: string; readonly en: string }
}

/** The result of `readDisclosure`. */
export type ReadResult = ReadDisclosureResult | ReadNotDisclosureResult
