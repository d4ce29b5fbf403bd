import type { PrintedTable } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { projectRows } from './projectRows'
import { assembleTable, emptyTableRows, scopeEntries } from './tableParts'
import type { BuildContext } from './types'

/**
 * Builds the 项目支出表 of a template from the fact cube: one row per project (type, unit), its money by source (本年拨款 by fund, 财政拨款结转结余, 财政专户, 单位资金).
 * An empty table (no money of its kind) prints a blank 合计 row (or no row, as the template says) and the empty note.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), department, units, decimals, names
 * @returns the table, cells rounded half-up per cell from the exact sums
 * @example
 * ```ts
 * const spec = HENAN_BUDGET_2024_TABLES.tables.find((t) => t.kind === 'projects')!
 * buildProjectsTable(spec, ctx).rows[0]?.name // '合计'
 * ```
 */
export function buildProjectsTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const entries = scopeEntries(spec, ctx)
  const rows = entries.length === 0 ? emptyTableRows(spec) : projectRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
