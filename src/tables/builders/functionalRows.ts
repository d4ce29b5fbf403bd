import type { Row } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { departmentRow, functionalName, groupBy, rowCells, totalRow } from './tableParts'
import type { BuildContext, CubeEntry } from './types'

/**
 * Rows of a table by functional classification or budget unit, per the template's layout:
 * `unit-xiang` (合计, department, one row per 项), `units` (合计, department, each unit), `hierarchy`
 * (合计, 类 and 款 subtotals above their 项), `xiang` (合计, one row per 项). 项 rows come in code order.
 *
 * @internal
 */
export function functionalRows(entries: readonly CubeEntry[], spec: TableSpec, ctx: BuildContext): Row[] {
  const rows: Row[] = [totalRow(entries, spec, ctx)]
  const dept = ctx.input.department.code
  const detail = (code: string, mine: readonly CubeEntry[], kind: Row['kind'], unitCode?: string): Row => ({
    kind,
    code,
    codeSystem: 'functional',
    ...(unitCode !== undefined ? { unitCode } : {}),
    name: functionalName(code, ctx),
    cells: rowCells(mine, spec.columns, spec, ctx),
  })
  const byXiang = groupBy(entries, (e) => e.item.functionalCode)
  switch (spec.layout) {
    case 'units': {
      rows.push(departmentRow(entries, spec, ctx))
      for (const unit of ctx.input.units) {
        const mine = entries.filter((e) => e.item.unitCode === unit.code)
        rows.push({
          kind: 'unit',
          unitCode: unit.code,
          name: unit.name,
          cells: rowCells(mine, spec.columns, spec, ctx),
        })
      }
      return rows
    }
    case 'unit-xiang': {
      rows.push(departmentRow(entries, spec, ctx))
      for (const [code, mine] of byXiang) rows.push(detail(code, mine, 'detail', dept))
      return rows
    }
    case 'hierarchy': {
      for (const [lei, inLei] of groupBy(entries, (e) => e.item.functionalCode.slice(0, 3))) {
        rows.push(detail(lei, inLei, 'subtotal'))
        for (const [kuan, inKuan] of groupBy(inLei, (e) => e.item.functionalCode.slice(0, 5))) {
          rows.push(detail(kuan, inKuan, 'subtotal'))
          for (const [code, mine] of groupBy(inKuan, (e) => e.item.functionalCode))
            rows.push(detail(code, mine, 'detail'))
        }
      }
      return rows
    }
    default: {
      for (const [code, mine] of byXiang) rows.push(detail(code, mine, 'detail'))
      return rows
    }
  }
}
