import type { PrintedTable, Row } from '../../model/table'
import { amount, toFixed } from '../../money/decimal'
import type { TableSpec } from '../templates/types'
import {
  assembleTable,
  cellValue,
  economicName,
  emptyCell,
  groupBy,
  rowCells,
  scopeEntries,
} from './tableParts'
import type { BuildContext } from './types'

/**
 * Builds the 机关运行经费 table: the figure, then (layout `economic-class`) its breakdown by economic
 * 款. The figure is the producer's (`operatingCosts`) or else the 一般公共预算 公用经费 of the
 * administrative units (行政 and 参公), less the economic codes the template excludes. Templates count it differently (seed 003 prints it well
 * below 公用经费), so give the figure when your province counts otherwise; a given figure prints
 * without breakdown.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), units with their types, the given figure
 * @returns the table
 * @example
 * ```ts
 * buildOperatingCostsTable(spec, { ...ctx, input: { ...ctx.input, operatingCosts: '107.44' } }).rows[0]?.cells.total // '107.44'
 * ```
 */
export function buildOperatingCostsTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const given = ctx.input.operatingCosts
  const administrative = new Set(
    ctx.input.units.filter((u) => u.type === '行政' || u.type === '参公').map((u) => u.code),
  )
  const entries = scopeEntries(spec, ctx).filter(
    (e) =>
      e.item.kind === 'basic' &&
      e.item.basicClass === 'public' &&
      administrative.has(e.item.unitCode) &&
      !(spec.excludeCodes ?? []).includes(e.item.economicCode ?? ''),
  )
  const value =
    given !== undefined
      ? toFixed(amount(given), ctx.decimals)
      : entries.length > 0
        ? cellValue(entries, 'total', spec, ctx)
        : emptyCell(spec, ctx)
  const rows: Row[] = [
    {
      kind: 'total',
      key: 'other.operating-costs',
      name: spec.totalName ?? '机关运行经费',
      cells: Object.fromEntries(spec.columns.map((c) => [c.key, value])),
    },
  ]
  if (spec.layout === 'economic-class' && given === undefined) {
    for (const [code, mine] of groupBy(entries, (e) => e.item.economicCode)) {
      rows.push({
        kind: 'detail',
        code,
        codeSystem: 'economic-department',
        name: economicName(code, ctx),
        cells: rowCells(mine, spec.columns, spec, ctx),
      })
    }
  }
  return assembleTable(spec, ctx, rows, given !== undefined || entries.length > 0)
}
