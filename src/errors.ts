/**
 * Stable error codes of `@medbudget/core`. A code never changes meaning between versions;
 * new codes may be added in minor releases.
 */
export type MedbudgetErrorCode =
  // classification codes
  | 'CODE_MALFORMED'
  | 'CODE_UNKNOWN'
  | 'CATALOG_INVALID'
  // money
  | 'AMOUNT_MALFORMED'
  | 'AMOUNT_FLOAT_REJECTED'
  | 'AMOUNT_NOT_A_NUMBER'
  | 'AMOUNT_OUT_OF_RANGE'
  | 'UNIT_UNKNOWN'
  | 'PRECISION_INVALID'
  | 'ALLOCATION_INVALID'
  | 'CALC_INVALID_INPUT'
  // document model
  | 'DOCUMENT_INVALID'
  | 'TABLE_INVALID'
  // tables
  | 'TEMPLATE_INVALID'
  | 'LINE_ITEM_INVALID'
  | 'EXCELJS_MISSING'
  // glossary
  | 'TERM_UNKNOWN'
  // any input
  | 'INPUT_TOO_LARGE'
  | 'OPTION_INVALID'
  // a fault of the library or of a caller's own rule (a bug to report), never of the input
  | 'INTERNAL_ERROR'
  // reading published documents
  | 'PDFJS_MISSING'
  | 'PDF_INVALID'
  | 'PDF_ENCRYPTED'
  | 'NO_TEXT_LAYER'

/** Where in the input an error was found: a path into a JSON value, a table cell, or a position in a text. */
export interface ErrorLocation {
  /** Path into the input (object keys and array indexes), as zod reports it. */
  readonly path?: readonly (string | number)[]
  /** The offending input, shortened for display. */
  readonly input?: string
}

/**
 * The one error type the library throws. Every error carries a stable {@link MedbudgetErrorCode},
 * a message in Chinese and one in English, and where the problem was.
 *
 * `message` is `"<zh> / <en>"`, so a log line is readable by both audiences.
 *
 * @example
 * ```ts
 * import { MedbudgetError, parseAmount } from '@medbudget/core'
 * try {
 *   parseAmount('12,3a4.00')
 * } catch (e) {
 *   if (e instanceof MedbudgetError) console.log(e.code) // 'AMOUNT_MALFORMED'
 * }
 * ```
 */
export class MedbudgetError extends Error {
  /** Stable, machine-readable code. */
  readonly code: MedbudgetErrorCode
  /** The message in Chinese. */
  readonly zh: string
  /** The message in English. */
  readonly en: string
  /** Where the problem is. */
  readonly location: ErrorLocation
  /** Further problems found in the same input (schema validation reports all of them at once). */
  readonly issues: readonly MedbudgetIssue[]

  constructor(
    code: MedbudgetErrorCode,
    zh: string,
    en: string,
    location: ErrorLocation = {},
    issues: readonly MedbudgetIssue[] = [],
  ) {
    super(`${zh} / ${en}`)
    this.name = 'MedbudgetError'
    this.code = code
    this.zh = zh
    this.en = en
    this.location = Object.freeze({
      ...location,
      ...(location.path === undefined ? {} : { path: Object.freeze([...location.path]) }),
    })
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })))
  }
}

/** One problem in a validated input: a path and a message in both languages. */
export interface MedbudgetIssue {
  /** Path into the input (object keys and array indexes). */
  readonly path: readonly (string | number)[]
  /** What is wrong, in Chinese. */
  readonly zh: string
  /** What is wrong, in English. */
  readonly en: string
}

/**
 * True when `value` is a {@link MedbudgetError}, optionally with the given code.
 *
 * @example
 * ```ts
 * isMedbudgetError(err, 'CODE_MALFORMED') // narrows err to MedbudgetError
 * ```
 */
export function isMedbudgetError(value: unknown, code?: MedbudgetErrorCode): value is MedbudgetError {
  return value instanceof MedbudgetError && (code === undefined || value.code === code)
}
