import type { PrintedTable } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { functionalRows } from './functionalRows'
import { assembleTable, emptyTableRows, scopeEntries } from './tableParts'
import type { BuildContext } from './types'

/**
 * Builds the 支出总表 of a template from the fact cube: expenditure by 项 (or 类/款/项) with basic (人员经费 工资福利/对个人和家庭的补助, 公用经费 商品和服务/资本性) and project (其他运转类/特定目标类) columns.
 * An empty table (no money of its kind) prints a blank 合计 row (or no row, as the template says) and the empty note.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), department, units, decimals, names
 * @returns the table, cells rounded half-up per cell from the exact sums
 * @example
 * ```ts
 * const spec = HENAN_BUDGET_2024_TABLES.tables.find((t) => t.kind === 'expenditure')!
 * buildExpenditureTable(spec, ctx).rows[0]?.name // '合计'
 * ```
 */
export function buildExpenditureTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const entries = scopeEntries(spec, ctx)
  const rows = entries.length === 0 ? emptyTableRows(spec) : functionalRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
