import type { ProcurementItem } from '../../model/procurement'
import type { Row } from '../../model/table'
import type { GridTable } from '../layout/types'
import { normalizeLabel } from './normalizeLabel'

/** Where a 政府采购 table prints the quantity of a line and its measure (数量, 计量单位). */
export interface QuantityColumns {
  readonly count?: number
  readonly measure?: number
}

const COUNT_HEADER = /^(采购)?数量$/
const MEASURE_HEADER = /^(计量单位|单位)$/

/**
 * The columns of a 政府采购 table that print a line's quantity (数量) and its measure (计量单位),
 * by the last word of their heading.
 *
 * @param table - the laid-out table
 * @returns the two column indexes, each when printed
 * @example
 * ```ts
 * // 项目名称 | 采购物品名称 | 计量单位 | 数量 | 单价 | 合计
 * quantityColumnsOf(grid) // { count: 3, measure: 2 }
 * ```
 */
export function quantityColumnsOf(table: GridTable): QuantityColumns {
  const last = (i: number): string => normalizeLabel(table.columns[i]?.header.at(-1) ?? '')
  const count = table.columns.findIndex((_, i) => COUNT_HEADER.test(last(i)))
  const measure = table.columns.findIndex((_, i) => MEASURE_HEADER.test(last(i)))
  return { ...(count >= 0 ? { count } : {}), ...(measure >= 0 ? { measure } : {}) }
}

/**
 * One procurement line (`Disclosure.procurement`) from a 政府采购 table's row as read: the item it
 * buys, the project that names the row, the unit and 品目 category above it, the quantity as printed
 * (数量 then 计量单位: `'5张'`) and the amount (`total`). A row that buys no item (a heading, a
 * subtotal) or prints no amount is no line.
 *
 * @param row - the row as read
 * @param cells - the row's printed cells (for the quantity)
 * @param columns - where the quantity is printed (see {@link quantityColumnsOf})
 * @returns the line, or `undefined`
 * @example
 * ```ts
 * procurementLine({ kind: 'detail', name: '公用类项目1', item: '办公桌', unitName: '本级', cells: { total: '1.00' } },
 *   ['公用类项目1', '办公桌', '张', '5', '1.00'], { count: 3, measure: 2 })
 * // { item: '办公桌', project: '公用类项目1', unitName: '本级', quantity: '5张', amount: '1.00' }
 * ```
 */
export function procurementLine(
  row: Row,
  cells: readonly string[],
  columns: QuantityColumns,
): ProcurementItem | undefined {
  const amount = row.cells.total
  if (row.kind !== 'detail' || row.item === undefined || amount === undefined || amount === '')
    return undefined
  const printed = (i: number | undefined): string =>
    i === undefined ? '' : (cells[i] ?? '').replace(/\s+/g, '')
  const count = printed(columns.count)
  const quantity = count === '' ? '' : `${count}${printed(columns.measure)}`
  return {
    item: row.item,
    ...(row.projectType !== undefined ? { category: row.projectType } : {}),
    ...(row.name !== '' && row.name !== row.item ? { project: row.name } : {}),
    ...(row.unitName !== undefined ? { unitName: row.unitName } : {}),
    ...(quantity !== '' ? { quantity } : {}),
    amount,
  }
}
