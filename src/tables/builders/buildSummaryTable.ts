import type { PrintedTable } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { assembleTable, scopeEntries } from './tableParts'
import { twoSidedRows } from './twoSidedRows'
import type { BuildContext } from './types'

/**
 * Builds the 收支总表 of a template from the fact cube: revenue lines by fund source (本年收入合计, 上年结转结余, 收入总计) beside expenditure by 类 (every 类 row the template lists, stale and special rows empty) with 本年支出合计, 年终结转结余, 支出总计.
 * Every line prints, with or without money.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), department, units, decimals, names
 * @returns the table, cells rounded half-up per cell from the exact sums
 * @example
 * ```ts
 * const spec = HENAN_BUDGET_2024_TABLES.tables.find((t) => t.kind === 'summary')!
 * buildSummaryTable(spec, ctx).rows.length // every line of the template
 * ```
 */
export function buildSummaryTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const entries = scopeEntries(spec, ctx)
  const rows = twoSidedRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
