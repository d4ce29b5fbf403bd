import { booleanOption, optionsOf } from '../../internal/limits'
import { guardShape } from '../../internal/shape'
import type { PrintedTable } from '../../model/table'
import { asLayout, type TableLayout } from '../tableLayout'
import { displayWidth } from './displayWidth'

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  /** Leave out rows whose value cells are all blank (the empty 类 lines of summary tables). Default false. */
  readonly skipEmptyRows?: boolean
}

const pad = (text: string, width: number, align: 'left' | 'right' | 'center'): string => {
  const gap = Math.max(0, width - displayWidth(text))
  if (align === 'right') return ' '.repeat(gap) + text
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + text + ' '.repeat(Math.ceil(gap / 2))
  return text + ' '.repeat(gap)
}

/**
 * Renders a table as plain text for a terminal: the title and unit, the header tree (group labels
 * centred over their columns, a leaf's label in the row where it starts), a rule, and the body
 * with amounts right-aligned. Chinese characters count two columns wide.
 *
 * @param table - a printed or built table
 * @param options - whether to leave out all-blank rows
 * @returns text, lines separated by '\n'
 * @throws MedbudgetError `TABLE_INVALID` for a value that is not a table; `OPTION_INVALID` for options
 *   that are not an object or cannot be read, or a `skipEmptyRows` that is not a boolean
 * @example
 * ```ts
 * console.log(renderText(table, { skipEmptyRows: true }))
 * ```
 */
export function renderText(table: PrintedTable | TableLayout, options: RenderTextOptions = {}): string {
  const what = ['文本表格选项', 'text table options'] as const
  const skipEmptyRows = booleanOption(optionsOf(options, what).skipEmptyRows, 'skipEmptyRows', what) ?? false
  return guardShape('TABLE_INVALID', ['表格', 'table'], () => renderTextOf(table, { skipEmptyRows }))
}

/**
 * The body of {@link renderText}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * renderTextOf(table, {}).split('\n').length > 1 // true
 * ```
 */
function renderTextOf(table: PrintedTable | TableLayout, options: RenderTextOptions): string {
  const layout = asLayout(table)
  const body = options.skipEmptyRows
    ? layout.body.filter((row) =>
        row.cells.some((c, i) => layout.columns[i]?.kind === 'value' && c.form !== 'blank'),
      )
    : layout.body
  const widths = layout.columns.map((c, i) =>
    Math.max(
      displayWidth(c.header[c.header.length - 1] ?? ''),
      ...body.map((r) => displayWidth(r.cells[i]?.text ?? '')),
    ),
  )
  const sep = '  '
  // a group label wider than the columns it spans widens the last of them
  for (const cell of layout.header.flat()) {
    const span = widths.slice(cell.column, cell.column + cell.colSpan)
    const room = span.reduce((a, b) => a + b, 0) + sep.length * (cell.colSpan - 1)
    const last = cell.column + cell.colSpan - 1
    if (displayWidth(cell.label) > room) widths[last] = (widths[last] ?? 0) + displayWidth(cell.label) - room
  }
  const lines: string[] = [
    `${layout.number ? `${layout.number} ` : ''}${layout.title}${layout.unit ? `（单位：${layout.unit}）` : ''}`,
  ]
  for (const cells of layout.header) {
    const starts = new Map(cells.map((cell) => [cell.column, cell]))
    const parts: string[] = []
    for (let c = 0; c < widths.length; ) {
      const cell = starts.get(c)
      const span = cell?.colSpan ?? 1
      const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0) + sep.length * (span - 1)
      parts.push(pad(cell?.label ?? '', width, span > 1 ? 'center' : 'left'))
      c += span
    }
    lines.push(parts.join(sep).trimEnd())
  }
  lines.push('-'.repeat(widths.reduce((a, b) => a + b, 0) + sep.length * (widths.length - 1)))
  for (const row of body)
    lines.push(
      row.cells
        .map((c, i) => pad(c.text, widths[i] ?? 0, c.align))
        .join(sep)
        .trimEnd(),
    )
  for (const note of layout.notes) lines.push(note)
  return `${lines.join('\n')}\n`
}
