import { guardShape } from '../../internal/shape'
import type { PrintedTable } from '../../model/table'
import { asLayout, type TableLayout } from '../tableLayout'

const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * Text made inert in a Markdown table cell: a backslash cannot escape the cell separator
 * (`\\|` would otherwise end the cell), `|` stays inside the cell, HTML (`<script>`) is shown,
 * not interpreted, and line breaks do not end the row.
 */
const escapeCell = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[&<>]/g, (c) => HTML[c] ?? c)
    .replace(/\r\n|[\r\n]/g, ' ')

/**
 * Renders a table as a GitHub-flavoured Markdown table. Markdown has one header row, so each
 * column's header path is joined with ' / ' (本年收入 / 一般公共预算 / 其中：财政拨款); amounts are
 * right-aligned as printed; the title, unit and notes frame the table.
 *
 * @param table - a printed or built table
 * @returns Markdown text
 * @example
 * ```ts
 * renderMarkdown(table).split('\n')[0] // '**2024年部门收支总体情况表**（单位：万元）'
 * ```
 */
export function renderMarkdown(table: PrintedTable | TableLayout): string {
  return guardShape('TABLE_INVALID', ['表格', 'table'], () => renderMarkdownOf(table))
}

/**
 * The body of {@link renderMarkdown}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * renderMarkdownOf(table).includes('| ') // true
 * ```
 */
function renderMarkdownOf(table: PrintedTable | TableLayout): string {
  const layout = asLayout(table)
  const head = layout.columns.map((c) => escapeCell(c.header.join(' / ')))
  const align = layout.columns.map((c) => (c.kind === 'value' ? '---:' : ':---'))
  const lines = [
    `**${escapeCell(layout.title)}**${layout.unit ? `（单位：${layout.unit}）` : ''}`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...layout.body.map((row) => {
      const cells = row.cells.map((c) =>
        c.rowKind === 'total' && c.text ? `**${escapeCell(c.text)}**` : escapeCell(c.text),
      )
      return `| ${cells.join(' | ')} |`
    }),
  ]
  for (const note of layout.notes) lines.push('', `> ${escapeCell(note)}`)
  return `${lines.join('\n')}\n`
}
