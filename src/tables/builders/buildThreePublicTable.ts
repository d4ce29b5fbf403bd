import { deepFreeze } from '../../internal/deepFreeze'
import type { FactKey } from '../../model/factKeys'
import type { LineItem } from '../../model/lineItem'
import type { PrintedTable, Row } from '../../model/table'
import { amount } from '../../money/decimal'
import type { TableSpec } from '../templates/types'
import { assembleTable, emptyCell, rowCells, scopeEntries } from './tableParts'
import { twoSidedRows } from './twoSidedRows'
import type { BuildContext, CubeEntry, ThreePublicFigures } from './types'

const ECON: Readonly<Record<keyof ThreePublicFigures, string>> = /*#__PURE__*/ deepFreeze({
  '3p.abroad': '30212',
  '3p.vehicle.purchase': '31013',
  '3p.vehicle.operation': '30231',
  '3p.reception': '30217',
})

const isThreePublicCode = (code: string | undefined): boolean =>
  code === '30212' || code === '31013' || code === '30231' || code === '30217'

/** Given figures become synthetic cube entries on the economic codes they stand for. */
function fromFigures(figures: ThreePublicFigures, ctx: BuildContext): CubeEntry[] {
  const out: CubeEntry[] = []
  for (const [key, code] of Object.entries(ECON) as [keyof ThreePublicFigures, string][]) {
    const value = figures[key]
    if (value === undefined || value === '') continue
    const item: LineItem = {
      unitCode: ctx.input.department.code,
      functionalCode: '0000000',
      kind: 'basic',
      basicClass: 'public',
      economicCode: code,
      source: 'gpb',
      // amount() rejects a malformed figure with a clear error
      amount: String(amount(value)),
    }
    out.push({ item, amount: item.amount })
  }
  return out
}

/**
 * Builds the "三公" expenses table: 因公出国（境）费 (30212), 公务用车购置费 (31013), 公务用车运行维护费
 * (30231), 公务接待费 (30217), their subtotal and total, from the 一般公共预算 line items — or from
 * figures the producer gives (`threePublic`), since 三公 can also be paid from project money
 * booked under other codes. 河南 prints one row; 河北 one row per item with fund columns; the
 * 决算 公开09表 a budget block (from `threePublicBudget`) beside the actual.
 *
 * @param spec - the table as the template defines it
 * @param ctx - line items (as a fact cube), given figures
 * @returns the table
 * @example
 * ```ts
 * buildThreePublicTable(spec, ctx).rows[0]?.cells['3p.vehicle.operation'] // '0.72' for seed 000
 * ```
 */
export function buildThreePublicTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const given = ctx.input.threePublic
  // only the four 三公 codes count, so a 合计 line keyed `total` is the 三公 total
  const entries = (given ? fromFigures(given, ctx) : scopeEntries(spec, ctx)).filter((e) =>
    isThreePublicCode(e.item.economicCode),
  )
  const has = entries.length > 0
  if (spec.layout === 'final-three-public') {
    // line items are actuals: without given budget figures the budget block is unknown, so blank
    const budget = ctx.input.threePublicBudget ? fromFigures(ctx.input.threePublicBudget, ctx) : undefined
    const row = (block: number, key: FactKey, name: string, list: readonly CubeEntry[] | undefined): Row => {
      const columns = spec.columns.filter((c) => (c.block ?? 0) === block)
      return {
        kind: 'total',
        key,
        name,
        block,
        cells:
          list === undefined
            ? Object.fromEntries(columns.map((c) => [c.key, '']))
            : rowCells(list, columns, spec, ctx),
      }
    }
    return assembleTable(
      spec,
      ctx,
      [row(0, 'fa.budget', '预算数', budget), row(1, 'fa.actual', '决算数', entries)],
      has,
    )
  }
  if (spec.sides !== undefined) return assembleTable(spec, ctx, twoSidedRows(entries, spec, ctx), has)
  const cells = has ? rowCells(entries, spec.columns, spec, ctx) : emptyCellsFor(spec, ctx)
  return assembleTable(spec, ctx, [{ kind: 'total', name: spec.totalName ?? '合计', cells }], has)
}

function emptyCellsFor(spec: TableSpec, ctx: BuildContext): Row['cells'] {
  const cells: Partial<Record<FactKey, string>> = {}
  for (const c of spec.columns) cells[c.key] = emptyCell(spec, ctx)
  return cells
}
