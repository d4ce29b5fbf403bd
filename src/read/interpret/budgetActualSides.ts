import type { GridColumn, GridTable } from '../layout/types'
import { columnKeyOf } from './columnKeys'
import { headerLabels, normalizeLabel as normalize } from './normalizeLabel'

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
export function budgetActualSides(grid0: GridTable): GridTable {
  const grid = pairsAsHalves(grid0)
  const labelled = grid.columns.some(
    (c, i) => c.role === 'label' && grid.rows.some((r) => (r.cells[i] ?? '').trim() !== ''),
  )
  if (labelled) return grid0
  const values = grid.columns.flatMap((c, i) => (c.role === 'value' ? [i] : []))
  const half = values.length / 2
  if (half < 2 || !Number.isInteger(half)) return grid0
  const keyOf = (i: number) =>
    columnKeyOf(
      headerLabels(grid.columns[i]!.header).filter((l) => !GROUP.test(l)),
      'three-public',
    )
  const keys = values.map(keyOf)
  for (let j = 0; j < half; j++) if (keys[j] === undefined || keys[j] !== keys[j + half]) return grid0
  const first = values.slice(0, half)
  const second = values.slice(half)
  const groups = values.map((i) => groupOf(grid.columns[i]!.header))
  if (!groups.includes('预算数') || !groups.includes('决算数')) return grid0
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

/**
 * Some templates (上海's 财政拨款“三公”经费支出决算表) print 预算数 and 决算数 side by side under each item
 * (合计, 因公出国（境）费, 小计, 公务用车购置费 …) instead of as two halves. When the value columns
 * alternate 预算数 / 决算数 from first to last, they are regrouped as the two halves the national
 * template prints: every 预算数 column first, then every 决算数 column, in the items' order, each
 * headed by its pair's item labels. A 小计 pair followed by a 公务用车购置费 or 运行维护费 pair is the
 * subtotal of 公务用车购置及运行维护费, whose merged header an extraction may drop.
 *
 * Anything else (halves already, a missing group label, an odd count) is returned unchanged.
 *
 * @param grid - a laid-out table recognized as `three-public`
 * @returns the table with its value columns as halves, or the same object
 * @example
 * ```ts
 * // header 合计 (预算数, 决算数) 因公出国（境）费 (预算数, 决算数) …
 * pairsAsHalves(grid).columns.map((c) => c.header[c.header.length - 1]) // ['预算数', '预算数', …, '决算数']
 * ```
 */
export function pairsAsHalves(grid: GridTable): GridTable {
  const values = grid.columns.flatMap((c, i) => (c.role === 'value' ? [i] : []))
  if (values.length < 4 || values.length % 2 !== 0) return grid
  const groups = values.map((i) => groupOf(grid.columns[i]!.header))
  const order = groups[0] === '预算数' ? ['预算数', '决算数'] : ['决算数', '预算数']
  if (groups.some((g, j) => g !== order[j % 2])) return grid
  const items: string[][] = []
  for (let j = 0; j < values.length; j += 2) {
    const labels = [values[j]!, values[j + 1]!].flatMap((i) =>
      grid.columns[i]!.header.filter((l) => !GROUP.test(l.trim()) && l.trim() !== ''),
    )
    items.push([...new Set(labels)])
  }
  const keys = items.map((labels) => columnKeyOf(labels, 'three-public'))
  items.forEach((labels, j) => {
    const leaf = headerLabels(labels).at(-1) ?? ''
    const next = keys[j + 1]
    if (/^小计$/.test(leaf) && (next === '3p.vehicle.purchase' || next === '3p.vehicle.operation'))
      items[j] = ['公务用车购置及运行维护费', ...labels.filter((l) => !/公务用车购置及运/.test(normalize(l)))]
  })
  const labelColumns = grid.columns.flatMap((c, i) => (c.role === 'value' ? [] : [i]))
  const budgetFirst = order[0] === '预算数' ? 0 : 1
  const sides = [budgetFirst, 1 - budgetFirst].map((offset) => items.map((_, j) => values[2 * j + offset]!))
  const columns: GridColumn[] = [
    ...labelColumns.map((i) => grid.columns[i]!),
    ...sides.flatMap((side, s) =>
      side.map((i, j) => ({ ...grid.columns[i]!, header: [...items[j]!, s === 0 ? '预算数' : '决算数'] })),
    ),
  ]
  const indices = [...labelColumns, ...sides.flat()]
  const rows = grid.rows.map((row) => ({ ...row, cells: indices.map((i) => row.cells[i] ?? '') }))
  return { ...grid, columns, rows }
}
