import type { PrintedTable } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { functionalRows } from './functionalRows'
import { assembleTable, emptyTableRows, scopeEntries } from './tableParts'
import type { BuildContext } from './types'

/**
 * Builds the 政府性基金预算支出表 of a template from the fact cube: the expenditure table restricted to 政府性基金预算拨款.
 * An empty table (no money of its kind) prints a blank 合计 row (or no row, as the template says) and the empty note.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), department, units, decimals, names
 * @returns the table, cells rounded half-up per cell from the exact sums
 * @example
 * ```ts
 * const spec = HENAN_BUDGET_2024_TABLES.tables.find((t) => t.kind === 'gov-fund')!
 * buildGovFundTable(spec, ctx).rows[0]?.name // '合计'
 * ```
 */
export function buildGovFundTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const entries = scopeEntries(spec, ctx)
  const rows = entries.length === 0 ? emptyTableRows(spec) : functionalRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
