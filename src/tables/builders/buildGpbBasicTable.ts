import type { FactKey } from '../../model/factKeys'
import type { PrintedTable, Row } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { economicRows } from './economicRows'
import { assembleTable, economicName, groupBy, rowCells, scopeEntries, totalRow } from './tableParts'
import type { BuildContext, CubeEntry } from './types'

const FINAL_BLOCKS: readonly ((code: string) => boolean)[] = [
  (c) => c.startsWith('301') || c.startsWith('303'),
  (c) => c.startsWith('302'),
  (c) => !c.startsWith('301') && !c.startsWith('302') && !c.startsWith('303'),
]

/** 公开06表: 人员经费 (301, 303) | 公用经费 (302) | 公用经费 (310 and the rest), each by 类 and 款. */
function finalBasicRows(entries: readonly CubeEntry[], spec: TableSpec, ctx: BuildContext): Row[] {
  const rows: Row[] = []
  FINAL_BLOCKS.forEach((inBlock, block) => {
    const columns = spec.columns.filter((c) => (c.block ?? 0) === block)
    const mine = entries.filter((e) => inBlock(e.item.economicCode ?? ''))
    for (const [lei, inLei] of groupBy(mine, (e) => e.item.economicCode?.slice(0, 3))) {
      const row = (code: string, list: readonly CubeEntry[], kind: Row['kind']): Row => ({
        kind,
        code,
        codeSystem: 'economic-department',
        name: economicName(code, ctx),
        block,
        cells: rowCells(list, columns, spec, ctx),
      })
      rows.push(row(lei, inLei, 'subtotal'))
      for (const [code, list] of groupBy(inLei, (e) => e.item.economicCode)) rows.push(row(code, list, 'detail'))
    }
  })
  const key: FactKey = 'total'
  const personnel = spec.columns.find((c) => (c.block ?? 0) === 0 && c.key === key)
  if (personnel) {
    rows.push({
      kind: 'total',
      key: 'exp.basic.personnel',
      name: '人员经费合计',
      block: 0,
      cells: rowCells(entries, [personnel], spec, ctx, 'exp.basic.personnel'),
    })
  }
  const publicColumn = spec.columns.find((c) => (c.block ?? 0) === 2 && c.key === key)
  if (publicColumn) {
    rows.push({
      kind: 'total',
      key: 'exp.basic.public',
      name: '公用经费合计',
      block: 2,
      cells: rowCells(entries, [publicColumn], spec, ctx, 'exp.basic.public'),
    })
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
        ? [totalRow(entries, spec, ctx)]
        : economicRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
