import type { PrintedTable } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { functionalRows } from './functionalRows'
import { assembleTable, emptyTableRows, scopeEntries } from './tableParts'
import type { BuildContext } from './types'

/**
 * Builds the 收入总表 of a template from the fact cube: revenue by source (本年收入, 上年结转结余 by fund) per budget unit (河南) or per functional code (河北, 决算).
 * An empty table (no money of its kind) prints a blank 合计 row (or no row, as the template says) and the empty note.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), department, units, decimals, names
 * @returns the table, cells rounded half-up per cell from the exact sums
 * @example
 * ```ts
 * const spec = HENAN_BUDGET_2024_TABLES.tables.find((t) => t.kind === 'income')!
 * buildIncomeTable(spec, ctx).rows[0]?.name // '合计'
 * ```
 */
export function buildIncomeTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const entries = scopeEntries(spec, ctx)
  const rows = entries.length === 0 ? emptyTableRows(spec) : functionalRows(entries, spec, ctx)
  return assembleTable(spec, ctx, rows, entries.length > 0)
}
