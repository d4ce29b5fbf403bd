/**
 * The grid of a table whose cells were separated by tabs: the column of a cell is its index;
 * header rows are fitted to the body's column count (see {@link fitHeader}).
 * @module
 */

import { restoreDroppedBlanks } from './droppedBlanks'
import { fitHeader } from './fitHeader'
import { buildColumns, columnRoles } from './roles'
import { unscrambleRunOnSides } from './runOnSides'
import type { TableBlock } from './segment'
import { stackedHeader } from './stackedHeader'
import { dropRepeatedHeaders, rejoinWrappedLabels } from './tabRows'
import type { GridColumn, GridRow } from './types'

/** Most columns a table may have; wider lines are cut (never a hang on thousands of tabs). */
export const MAX_COLUMNS = 256

/**
 * Builds the columns and rows of a tab-text table block.
 *
 * @param block - a segmented table whose lines are tab lines
 * @returns columns (header paths, roles, sides) and rows padded to the column count
 * @example
 * ```ts
 * gridFromTabs(block).columns.map((c) => c.header) // [['项目'], ['金额']]
 * ```
 */
export function gridFromTabs(block: TableBlock): { columns: GridColumn[]; rows: GridRow[] } {
  const cellsOf = (chunks: readonly { text: string }[]): string[] =>
    chunks.slice(0, MAX_COLUMNS).map((c) => c.text.trim())
  const body = block.bodyLines.map((l) => ({ cells: cellsOf(l.chunks), page: l.page }))
  const header = block.headerLines.map((l) => cellsOf(l.chunks))
  // a two-sided table whose lines run on into each other (an OCR'd 收支总表): rebuilt, or read as printed
  const runOn = unscrambleRunOnSides([
    ...block.headerLines.map((l, i) => ({ cells: header[i]!, page: l.page })),
    ...body,
  ])
  if (runOn !== undefined)
    return {
      columns: buildColumns(
        runOn.headers,
        runOn.rows.map((r) => r.cells),
      ),
      rows: runOn.rows,
    }
  // every column that prints a header word or a body value; trailing blank slots are not columns
  let width = 0
  for (const r of body) width = Math.max(width, lastFilled(r.cells) + 1)
  for (const h of header) width = Math.max(width, lastFilled(h) + 1)
  width = Math.max(1, Math.min(width, MAX_COLUMNS))
  const fitted = fitHeader(header, width)
  const padded: GridRow[] = body.map((r) => {
    const cells: string[] = []
    for (let c = 0; c < width; c++) cells.push(r.cells[c] ?? '')
    return { cells, page: r.page }
  })
  // a blank cell the extraction dropped (a word one column left, under a money header) is put back
  const rows = restoreDroppedBlanks(padded, fitted)
  // a header printed one character per line (an OCR'd table of narrow columns) is read down its columns
  const labels = columnRoles(
    rows.map((r) => r.cells),
    fitted,
  ).map((role) => role === 'label')
  const paths = stackedHeader(header, width, labels) ?? fitted
  const columns = buildColumns(
    paths,
    rows.map((r) => r.cells),
  )
  // a header repeated (garbled) on a continuation page, labels wrapped onto a line of their own
  return { columns, rows: rejoinWrappedLabels(dropRepeatedHeaders(rows, columns), columns) }
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i
  return -1
}
