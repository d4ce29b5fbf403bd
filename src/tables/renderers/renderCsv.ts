import { MedbudgetError } from '../../errors'
import { csvField } from '../../internal/csv'
import { booleanOption, optionsOf } from '../../internal/limits'
import { guardShape } from '../../internal/shape'
import type { PrintedTable } from '../../model/table'
import { asLayout, type TableLayout } from '../tableLayout'

/** Options of {@link renderCsv}. */
export interface RenderCsvOptions {
  /** Start with a UTF-8 byte-order mark so that Excel opens Chinese text correctly. Default false. */
  readonly bom?: boolean
  /** Line separator: `'\r\n'` (RFC 4180, the default), `'\n'` or `'\r'`; anything else is `OPTION_INVALID`. */
  readonly newline?: string
}

/**
 * Renders a table as CSV: one line per header level (a spanning label in its first column, the
 * spanned columns left empty), then the body with amounts as printed (thousands separators and
 * printed decimals), blank cells empty.
 *
 * @param table - a printed or built table
 * @param options - BOM for Excel, line separator
 * @returns CSV text
 * @throws MedbudgetError `TABLE_INVALID` for a value that is not a table; `OPTION_INVALID` for options
 *   that are not an object or cannot be read, a `bom` that is not a boolean, another line separator
 * @example
 * ```ts
 * renderCsv(table, { bom: true }).split('\r\n')[0] // '\uFEFF科目编码,,,单位代码,…'
 * ```
 */
export function renderCsv(table: PrintedTable | TableLayout, options: RenderCsvOptions = {}): string {
  const o = optionsOf(options, CSV_OPTIONS)
  const checked: RenderCsvOptions = {
    bom: booleanOption(o.bom, 'bom', CSV_OPTIONS) ?? false,
    newline: newlineOf(o.newline),
  }
  return guardShape('TABLE_INVALID', ['表格', 'table'], () => renderCsvOf(table, checked))
}

const CSV_OPTIONS = ['CSV 选项', 'CSV options'] as const

/**
 * The line separator of the `newline` option: CRLF by default, else one of CRLF, LF, CR — a
 * separator that is not a line break (a number, `','`, 10^5 characters) would write a file no CSV
 * reader splits into the rows printed.
 * @example
 * ```ts
 * newlineOf(undefined) // '\r\n'
 * newlineOf(',')       // throws OPTION_INVALID
 * ```
 */
function newlineOf(value: unknown): string {
  if (value === undefined) return '\r\n'
  if (value === '\r\n' || value === '\n' || value === '\r') return value
  throw new MedbudgetError(
    'OPTION_INVALID',
    'CSV 选项 newline 只能是换行符 "\\r\\n"、"\\n" 或 "\\r"',
    'The newline of the CSV options must be a line break: "\\r\\n", "\\n" or "\\r"',
  )
}

/**
 * The body of {@link renderCsv}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * renderCsvOf(table, {}).split('\r\n')[0] // the header line
 * ```
 */
function renderCsvOf(table: PrintedTable | TableLayout, options: RenderCsvOptions): string {
  const layout = asLayout(table)
  const width = layout.columns.length
  const lines: string[] = []
  for (const cells of layout.header) {
    const line = new Array<string>(width).fill('')
    for (const cell of cells) line[cell.column] = cell.label
    lines.push(line.map((s) => csvField(s)).join(','))
  }
  for (const row of layout.body) lines.push(row.cells.map((c) => csvField(c.text)).join(','))
  const newline = options.newline ?? '\r\n'
  return (options.bom ? '\uFEFF' : '') + lines.join(newline) + newline
}
