import type { PrintedTable } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { projectRows } from './projectRows'
import { assembleTable, emptyTableRows, scopeEntries } from './tableParts'
import type { BuildContext } from './types'

/**
 * Builds the 一般公共预算基本支出明细表 of a template from the fact cube: the named basic-expenditure items (在职人员基本工资, 社保公积金, 公用经费项目 …) of each unit, typed 人员类 or 公用经费, with their money by source (河南 2025). Basic line items carry the name in `projectName`.
 * An empty table (no money of its kind) prints a blank 合计 row (or no row, as the template says) and the empty note.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), department, units, decimals, names
 * @returns the table, cells rounded half-up per cell from the exact sums
 * @example
 * ```ts
 * const spec = HENAN_BUDGET_2024_TABLES.tables.find((t) => t.kind === 'gpb-basic-detail')!
 * buildGpbBasicDetailTable(spec, ctx).rows[0]?.name // '合计'
 * ```
 */
export function buildGpbBasicDetailTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const entries = scopeEntries(spec, ctx)
  const rows = entries.length === 0 ? emptyTableRows(spec) : projectRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
