import type { Row } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { departmentRow, economicName, governmentName, groupBy, rowCells, totalRow } from './tableParts'
import type { BuildContext, CubeEntry } from './types'

const SEP = '\u0001'

/** Name of the row that holds the items without an economic code. @internal */
export const UNCLASSIFIED_ECONOMIC = '未细化到经济分类的支出'

function unclassifiedRow(entries: readonly CubeEntry[], spec: TableSpec, ctx: BuildContext): Row[] {
  const mine = entries.filter((e) => e.item.economicCode === undefined)
  return mine.length === 0
    ? []
    : [
        {
          kind: 'detail',
          ...(spec.layout === 'economic-unit' ? { unitCode: ctx.input.department.code } : {}),
          name: UNCLASSIFIED_ECONOMIC,
          cells: rowCells(mine, spec.columns, spec, ctx),
        },
      ]
}

/**
 * Rows of a table by economic classification: `economic-gov` (合计, one row per department code ×
 * government code, as the 河南 基本支出表 prints them), `economic-unit` (the same under a
 * department row: 支出经济分类汇总表), `economic-class` (合计, 类 subtotals above their 款: 河北).
 * Items without an economic code (projects not broken down to economic codes) go into one row
 * without a code, 未细化到经济分类的支出, so that the rows still add up to the total.
 *
 * @internal
 */
export function economicRows(entries: readonly CubeEntry[], spec: TableSpec, ctx: BuildContext): Row[] {
  const rows: Row[] = [totalRow(entries, spec, ctx)]
  if (spec.layout === 'economic-class') {
    for (const [lei, inLei] of groupBy(entries, (e) => e.item.economicCode?.slice(0, 3))) {
      rows.push({
        kind: 'subtotal',
        code: lei,
        codeSystem: 'economic-department',
        name: economicName(lei, ctx),
        cells: rowCells(inLei, spec.columns, spec, ctx),
      })
      for (const [code, mine] of groupBy(inLei, (e) => e.item.economicCode)) {
        rows.push({
          kind: 'detail',
          code,
          codeSystem: 'economic-department',
          name: economicName(code, ctx),
          cells: rowCells(mine, spec.columns, spec, ctx),
        })
      }
    }
    rows.push(...unclassifiedRow(entries, spec, ctx))
    return rows
  }
  const unit = spec.layout === 'economic-unit'
  if (unit) rows.push(departmentRow(entries, spec, ctx))
  const groups = groupBy(entries, (e) =>
    e.item.economicCode === undefined
      ? undefined
      : `${e.item.economicCode}${SEP}${e.item.govEconomicCode ?? ''}`,
  )
  for (const [key, mine] of groups) {
    const [code = '', gov = ''] = key.split(SEP)
    rows.push({
      kind: 'detail',
      code,
      codeSystem: 'economic-department',
      ...(gov !== '' ? { govCode: gov, govName: governmentName(gov, ctx) } : {}),
      ...(unit ? { unitCode: ctx.input.department.code } : {}),
      name: economicName(code, ctx),
      cells: rowCells(mine, spec.columns, spec, ctx),
    })
  }
  rows.push(...unclassifiedRow(entries, spec, ctx))
  return rows
}
