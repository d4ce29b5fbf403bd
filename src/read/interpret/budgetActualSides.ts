import type { GridColumn, GridTable } from '../layout/types'
import { columnKeyOf } from './columnKeys'
import { headerLabels } from './normalizeLabel'

const GROUP = /^(预算数?|决算数?)$/

const groupOf = (header: readonly string[]): '预算数' | '决算数' | undefined => {
  for (const label of headerLabels(header)) {
    if (/^预算数?$/.test(label)) return '预算数'
    if (/^决算数?$/.test(label)) return '决算数'
  }
  return undefined
}

/**
 * The 决算 "三公" table (公开09表) prints its one row of figures twice over, under 预算数 and under
 * 决算数: (合计, 因公出国(境)费, 公务用车…, 公务接待费) × 2. Extractions often misplace the merged
 * 预算数 / 决算数 cells by a column, so the halves are found from the repeated column keys, not
 * from where the group labels landed: the value columns split in two halves with the same keys in
 * the same order, one under 预算数 and one under 决算数. The table is then read as two sides, each
 * with a label column naming its row (预算数 → `fa.budget`, 决算数 → `fa.actual`), and every header
 * carries its side's group label.
 *
 * Nothing is changed when the table prints labels of its own, when the halves differ, or when the
 * header does not print both 预算数 and 决算数.
 *
 * @param grid - a laid-out table recognized as `three-public`
 * @returns the table as two sides, or the same object
 * @example
 * ```ts
 * // header 预算数 (合计 … 公务接待费) 决算数 (合计 … 公务接待费), one row of 12 figures
 * budgetActualSides(grid).columns.map((c) => c.block) // [0, 0, …, 1, 1, …]
 * ```
 */
export function budgetActualSides(grid: GridTable): GridTable {
  const labelled = grid.columns.some(
    (c, i) => c.role === 'label' && grid.rows.some((r) => (r.cells[i] ?? '').trim() !== ''),
  )
  if (labelled) return grid
  const values = grid.columns.flatMap((c, i) => (c.role === 'value' ? [i] : []))
  const half = values.length / 2
  if (half < 2 || !Number.isInteger(half)) return grid
  const keyOf = (i: number) =>
    columnKeyOf(
      headerLabels(grid.columns[i]!.header).filter((l) => !GROUP.test(l)),
      'three-public',
    )
  const keys = values.map(keyOf)
  for (let j = 0; j < half; j++) if (keys[j] === undefined || keys[j] !== keys[j + half]) return grid
  const first = values.slice(0, half)
  const second = values.slice(half)
  const groups = values.map((i) => groupOf(grid.columns[i]!.header))
  if (!groups.includes('预算数') || !groups.includes('决算数')) return grid
  // the half printed under more 决算数 labels than the other is the 决算 side
  const actualFirst =
    groups.slice(0, half).filter((g) => g === '决算数').length >
    groups.slice(half).filter((g) => g === '决算数').length
  const names = actualFirst ? (['决算数', '预算数'] as const) : (['预算数', '决算数'] as const)
  const columns: GridColumn[] = []
  const sides = [first, second] as const
  sides.forEach((side, block) => {
    columns.push({ header: [], role: 'label', block })
    for (const i of side) {
      const rest = grid.columns[i]!.header.filter((l) => !GROUP.test(l.trim()))
      columns.push({ header: [names[block]!, ...rest], role: 'value', block })
    }
  })
  const rows = grid.rows.map((row) => ({
    ...row,
    cells: sides.flatMap((side, block) => {
      const cells = side.map((i) => row.cells[i] ?? '')
      return [cells.some((c) => c.trim() !== '') ? names[block]! : '', ...cells]
    }),
  }))
  return { ...grid, columns, rows }
}
