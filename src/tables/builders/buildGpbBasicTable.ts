import type { FactKey } from '../../model/factKeys'
import type { PrintedTable, Row } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { economicRows } from './economicRows'
import { assembleTable, economicName, emptyTableRows, rowCells, scopeEntries } from './tableParts'
import type { BuildContext, CubeEntry } from './types'

/**
 * 公开06表: three side-by-side blocks, 人员经费 (301, 303) | 公用经费 (302) | 公用经费 (307, 310, 399),
 * each listing the template's codes (类 rows as subtotals), then 人员经费合计 and 公用经费合计.
 */
function finalBasicRows(entries: readonly CubeEntry[], spec: TableSpec, ctx: BuildContext): Row[] {
  const rows: Row[] = []
  const lists = spec.codes ?? []
  lists.forEach((codes, block) => {
    const columns = spec.columns.filter((c) => (c.block ?? 0) === block)
    for (const code of codes) {
      const mine = entries.filter((e) => e.item.economicCode?.startsWith(code) === true)
      rows.push({
        kind: code.length === 3 ? 'subtotal' : 'detail',
        code,
        codeSystem: 'economic-department',
        name: economicName(code, ctx),
        block,
        cells: rowCells(mine, columns, spec, ctx),
      })
    }
  })
  const totals: readonly [FactKey, string, number][] = [
    ['exp.basic.personnel', '人员经费合计', 0],
    ['exp.basic.public', '公用经费合计', 1],
  ]
  for (const [key, name, block] of totals) {
    const columns = spec.columns.filter((c) => (c.block ?? 0) === block)
    if (columns.length === 0) continue
    rows.push({ kind: 'subtotal', key, name, block, cells: rowCells(entries, columns, spec, ctx, key) })
  }
  return rows
}

/**
 * Builds the 一般公共预算基本支出表 (基本支出 of the 一般公共预算 财政拨款 by economic code, 人员经费 |
 * 公用经费): 河南 prints one row per department code × government code (30110 can print twice,
 * beside 50102 and 50501: the government code is the line item's), 河北 economic 类 subtotals above
 * their 款, the 决算 公开06表 three side-by-side blocks.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), department, units, decimals, names
 * @returns the table
 * @example
 * ```ts
 * const spec = HENAN_BUDGET_2024_TABLES.tables.find((t) => t.kind === 'gpb-basic')!
 * buildGpbBasicTable(spec, ctx).rows.filter((r) => r.code === '30110').map((r) => r.govCode) // ['50102', '50501']
 * ```
 */
export function buildGpbBasicTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const entries = scopeEntries(spec, ctx)
  const rows =
    spec.layout === 'final-basic'
      ? finalBasicRows(entries, spec, ctx)
      : entries.length === 0
        ? emptyTableRows(spec)
        : economicRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
