/**
 * The layout half of the reader: an input (PDF bytes, tab-separated text or column-aligned text) →
 * a {@link LaidOutDocument} of prose lines and table grids.
 * @module
 */
import { deepFreeze } from '../../internal/deepFreeze'
import { detectTextShape } from '../source/detectTextShape'
import { linesOfLayoutText } from '../source/layoutText'
import { linesOfTabText, pagesOfText } from '../source/tabText'
import type { ReadInput, ReadOptions } from '../types'
import { tooLarge, tooManyPages } from './errors'
import { gridFromPositions } from './gridFromPositions'
import { gridFromTabs, MAX_COLUMNS } from './gridFromTabs'
import type { LayoutLine } from './lineModel'
import type { Ruling } from './rulings'
import { segmentLines } from './segment'
import type { GridTable, LaidOutDocument } from './types'

/** Default largest input, in bytes (100 MB). */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024

/** Lines of one source and how to build the grid of its tables. */
export interface SourceLines {
  readonly source: LaidOutDocument['source']
  readonly pages: number
  readonly lines: readonly LayoutLine[]
  readonly emptyPages: readonly number[]
  /** Ruling lines of the pages (PDF), when the source draws them. */
  readonly rulings?: readonly Ruling[]
}

/**
 * Lays out a document: finds its prose and its tables, each table a grid of printed strings with
 * header paths and pages. No meaning is given to any cell here.
 *
 * @param input - PDF bytes, or text extracted from a PDF (tab-separated, or as `pdftotext -layout` writes it)
 * @param options - `maxBytes`, `maxPages` (see `ReadOptions`)
 * @returns the laid-out document, deeply frozen
 * @throws MedbudgetError `INPUT_TOO_LARGE` for an input over `maxBytes`; for PDFs also `PDFJS_MISSING`, `PDF_INVALID`, `PDF_ENCRYPTED`
 * @example
 * ```ts
 * const doc = await layoutDocument('2024年部门收支总表\n单位：万元\n项目\t金额\n合计\t1.00')
 * doc.tables[0].title // '2024年部门收支总表'
 * doc.tables[0].rows[0].cells // ['合计', '1.00']
 * ```
 */
export async function layoutDocument(input: ReadInput, options: ReadOptions = {}): Promise<LaidOutDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (typeof input === 'string') {
    if (input.length > maxBytes) throw tooLarge(input.length, maxBytes)
    return layoutText(input, options)
  }
  const size = input.byteLength
  if (size > maxBytes) throw tooLarge(size, maxBytes)
  const { pdfLines } = await import('../source/pdfLines')
  return layoutLines(await pdfLines(input, options))
}

/**
 * Lays out extracted text (synchronous): tab-separated or column-aligned.
 *
 * @param text - the text
 * @param options - `maxBytes`, `maxPages`
 * @returns the laid-out document
 * @example
 * ```ts
 * layoutText('项目\t金额\n合计\t1.00').source // 'text-tabs'
 * ```
 */
export function layoutText(text: string, options: ReadOptions = {}): LaidOutDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (text.length > maxBytes) throw tooLarge(text.length, maxBytes)
  const shape = detectTextShape(text)
  const pages = pagesOfText(text)
  if (pages > (options.maxPages ?? 2000)) throw tooManyPages(pages, options.maxPages ?? 2000)
  if (shape === 'text-tabs') {
    return layoutLines({ source: 'text-tabs', pages, lines: linesOfTabText(text), emptyPages: [] })
  }
  return layoutLines({ source: 'text-layout', pages, lines: linesOfLayoutText(text), emptyPages: [] })
}

/** Segments lines and builds the grid of each table. */
export function layoutLines(src: SourceLines): LaidOutDocument {
  const positioned = src.source !== 'text-tabs'
  const { prose, blocks } = segmentLines(src.lines, { positioned })
  const built: GridTable[] = blocks.map((b) => {
    const { columns, rows } = positioned ? gridFromPositions(b, src.rulings) : gridFromTabs(b)
    const t: { -readonly [K in keyof GridTable]: GridTable[K] } = {
      title: b.title,
      pages: b.pages,
      columns,
      rows,
      notes: b.notes,
    }
    if (b.number !== undefined) t.number = b.number
    if (b.unit !== undefined) t.unit = b.unit
    if (b.department !== undefined) t.department = b.department
    // tab text: the header's cells as printed (a position-read line has no cells, only runs)
    if (!positioned && b.headerLines.length > 0)
      t.headerLines = b.headerLines.map((l) => l.chunks.slice(0, MAX_COLUMNS).map((c) => c.text.trim()))
    return t
  })
  const tables = joinRepeatedTitles(built)
  return deepFreeze({ source: src.source, pages: src.pages, prose, tables, emptyPages: src.emptyPages })
}

/**
 * A table printed with its title and header repeated on each page is one table: consecutive
 * tables with the same title, number and unit, the same header paths, on following pages, are
 * joined (rows in order, notes and pages merged).
 */
function joinRepeatedTitles(tables: readonly GridTable[]): GridTable[] {
  const out: GridTable[] = []
  for (const t of tables) {
    const prev = out[out.length - 1]
    const lastPage = prev?.pages[prev.pages.length - 1] ?? -1
    if (
      prev &&
      t.title !== '' &&
      t.title === prev.title &&
      t.number === prev.number &&
      t.unit === prev.unit &&
      t.rows.length > 0 &&
      (t.pages[0] ?? -1) >= lastPage &&
      (t.pages[0] ?? -1) <= lastPage + 1 &&
      sameHeaders(prev, t)
    ) {
      out[out.length - 1] = {
        ...prev,
        pages: [...new Set([...prev.pages, ...t.pages])].sort((a, b) => a - b),
        rows: [...prev.rows, ...t.rows],
        notes: [...prev.notes, ...t.notes],
      }
      continue
    }
    out.push(t)
  }
  return out
}

/**
 * True when two tables print the same columns: roles, blocks and header words. A column title is
 * compared by its words, wherever it was wrapped ('日常公用/支出' on one page, '日常公用支出' on the next).
 * @example
 * ```ts
 * // columns headed 项目 | 日常公用/支出 and 项目 | 日常公用支出
 * sameHeaders(first, next) // true
 * ```
 */
function sameHeaders(a: GridTable, b: GridTable): boolean {
  if (a.columns.length !== b.columns.length) return false
  const words = (header: readonly string[]): string => header.join('').replace(/\s+/g, '')
  return a.columns.every((c, i) => {
    const d = b.columns[i]!
    return c.role === d.role && c.block === d.block && words(c.header) === words(d.header)
  })
}
