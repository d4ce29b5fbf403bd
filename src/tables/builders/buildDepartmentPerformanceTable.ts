import type { PrintedTable } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { assembleTable, scopeEntries } from './tableParts'
import { twoSidedRows } from './twoSidedRows'
import type { BuildContext } from './types'

/**
 * Builds the 部门整体绩效目标表 of a template from the fact cube: its 预算情况 block (部门预算总额, 资金来源 and 资金结构 lines); goals, tasks and indicators stay in `departmentPerformance`.
 * Every line prints, with or without money.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), department, units, decimals, names
 * @returns the table, cells rounded half-up per cell from the exact sums
 * @example
 * ```ts
 * const spec = HENAN_BUDGET_2024_TABLES.tables.find((t) => t.kind === 'department-performance')!
 * buildDepartmentPerformanceTable(spec, ctx).rows.length // every line of the template
 * ```
 */
export function buildDepartmentPerformanceTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const entries = scopeEntries(spec, ctx)
  const rows = twoSidedRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
