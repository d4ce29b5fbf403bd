import type { PrintedTable } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { assembleTable, scopeEntries } from './tableParts'
import { twoSidedRows } from './twoSidedRows'
import type { BuildContext } from './types'

/**
 * Builds the 财政拨款收支总表 of a template from the fact cube: fiscal-appropriation revenue (本年收入 by fund, 上年结转 by fund) beside expenditure by 类 with fund columns.
 * Every line prints, with or without money.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), department, units, decimals, names
 * @returns the table, cells rounded half-up per cell from the exact sums
 * @example
 * ```ts
 * const spec = HENAN_BUDGET_2024_TABLES.tables.find((t) => t.kind === 'fiscal-summary')!
 * buildFiscalSummaryTable(spec, ctx).rows.length // every line of the template
 * ```
 */
export function buildFiscalSummaryTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const entries = scopeEntries(spec, ctx)
  const rows = twoSidedRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
