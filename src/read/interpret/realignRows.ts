import type { GridTable } from '../layout/types'
import { labelRoleOf } from './labelColumns'

// What a cell of each column may hold, judged from the column's header, not from its cells.
type Slot = 'name' | 'line' | 'code' | 'value' | 'free'

const AMOUNT = /^[-+−]?[\d,，\s]{1,24}(?:[.．]\s?\d{1,6})?%?$/
const LINE_NUMBER = /^\d{1,4}$/
const CJK = /[\u4e00-\u9fff]/

function slotsOf(grid: GridTable): Slot[] {
  return grid.columns.map((c) => {
    if (c.role === 'value') return 'value'
    const role = labelRoleOf(c.header)
    if (role === 'line') return 'line'
    if (role === 'name' || role === 'gov-name' || role === 'unit-name') return 'name'
    if (role === 'other' || role === 'project-type') return 'free'
    return 'code'
  })
}

function misfits(cells: readonly string[], slots: readonly Slot[]): number {
  let n = 0
  for (let i = 0; i < slots.length; i++) {
    const text = (cells[i] ?? '').replace(/<[^>]{0,20}>/g, '').trim()
    if (text === '') continue
    const slot = slots[i]
    if (slot === 'name' && AMOUNT.test(text) && !LINE_NUMBER.test(text)) n++
    else if (slot === 'line' && !LINE_NUMBER.test(text)) n++
    else if (slot === 'value' && CJK.test(text)) n++
    else if (slot === 'code' && CJK.test(text) && !/^(合计|总计)$/.test(text)) n++
  }
  return n
}

/**
 * Puts back a row the extraction printed one column off. The seeds' tab text sometimes starts a
 * row with an extra blank cell (公开04表: `⇥ 本年收入合计 ⇥ 27 ⇥ 762.71 …`, every cell one column
 * right of its header) or drops its first blank cell. A row is moved by one column only when, as
 * printed, two or more of its cells do not fit their column (a name where 行次 numbers are
 * printed, a word in an amount column, an amount in a name column) and, moved, none does; nothing
 * is ever moved onto a printed cell.
 *
 * @param grid - a laid-out table
 * @returns the table with such rows moved back (the same object when none was)
 * @example
 * ```ts
 * // columns 项目 | 行次 | 金额; the row ['', '总计', '32', '762.71'] becomes ['总计', '32', '762.71', '']
 * realignShiftedRows(grid).rows[0].cells
 * ```
 */
export function realignShiftedRows(grid: GridTable): GridTable {
  const slots = slotsOf(grid)
  if (!slots.some((s) => s === 'value') || !slots.some((s) => s === 'name' || s === 'line')) return grid
  let changed = false
  const rows = grid.rows.map((row) => {
    const cells = row.cells
    const before = misfits(cells, slots)
    if (before < 2) return row
    const width = cells.length
    const candidates: string[][] = []
    if ((cells[0] ?? '') === '') candidates.push([...cells.slice(1), ''])
    if ((cells[width - 1] ?? '') === '') candidates.push(['', ...cells.slice(0, width - 1)])
    for (const moved of candidates)
      if (misfits(moved, slots) === 0) {
        changed = true
        return { ...row, cells: moved }
      }
    return row
  })
  return changed ? { ...grid, rows } : grid
}
