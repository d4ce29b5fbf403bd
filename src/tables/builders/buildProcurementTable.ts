import type { PrintedTable, Row } from '../../model/table'
import { amount, toFixed } from '../../money/decimal'
import { sumPrinted } from '../../money/sumPrinted'
import type { TableSpec } from '../templates/types'
import { assembleTable } from './tableParts'
import type { BuildContext } from './types'

/**
 * Builds the 政府采购预算表 from the document's procurement lines: a 合计 row, then one row per line
 * named as the reader names a printed one (by its project, with the `item` it buys; by the item when
 * the line names no project; `projectType`: its category 货物/工程/服务), amounts rounded to the
 * table's decimals.
 * Non-numeric amounts (placeholders) print as given and stay out of the total.
 *
 * @param spec - the table as the template defines it (one `total` column)
 * @param ctx - the input's `procurement`
 * @returns the table
 * @example
 * ```ts
 * buildProcurementTable(spec, ctx).rows.map((r) => r.cells.total) // ['5.00', '5.00', '0.00', '0.00'] for seed 000
 * ```
 */
export function buildProcurementTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const lines = ctx.input.procurement ?? []
  const numeric = (s: string): boolean => /^-?\d+(\.\d+)?$/.test(s)
  const print = (s: string): string => (numeric(s) ? toFixed(amount(s), ctx.decimals) : s)
  const total = toFixed(sumPrinted(lines.map((l) => l.amount).filter(numeric)).total.value, ctx.decimals)
  const rows: Row[] = [
    { kind: 'total', name: spec.totalName ?? '合计', cells: { total } },
    ...lines.map(
      (l): Row => ({
        kind: 'detail',
        name: l.project ?? l.item,
        ...(l.project !== undefined ? { item: l.item } : {}),
        ...(l.category !== undefined ? { projectType: l.category } : {}),
        ...(l.unitName !== undefined ? { unitName: l.unitName } : {}),
        cells: { total: print(l.amount) },
      }),
    ),
  ]
  return assembleTable(spec, ctx, rows, lines.length > 0)
}
