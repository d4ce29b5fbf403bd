/**
 * Line items rebuilt from a disclosure that prints expenditure by 项 × basic/project only (河北
 * seed 001, 决算 seed 002), with basic expenditure by economic code in a separate table.
 *
 * Reconstruction rules:
 * - Basic expenditure: the economic detail rows (5-digit codes with money) of the basic-expenditure
 *   table (河北 一般公共预算财政拨款基本支出表; 决算 公开06表) are allocated to the 项 rows' 基本支出 by
 *   `transport` (equal amounts first, then in print order). 人员经费 where the row's amount is in
 *   the 人员经费 column (河北) or block (决算), else 公用经费.
 * - Project expenditure: one project per 项 with 项目支出 (the seeds print no project table), named
 *   after the 项; the part the 收入总表 shows as 上年结转 for that 项 is carried over (河北).
 * - Every item is 一般公共预算 财政拨款 of the department's first unit.
 */
import type { Disclosure } from '../../../../src/model/disclosure'
import type { LineItem } from '../../../../src/model/lineItem'
import type { PrintedTable, Row } from '../../../../src/model/table'
import { amount, cmp, isZero, sub } from '../../../../src/money/decimal'
import { transport } from './transport'

const num = (cell: string | undefined): string =>
  cell === undefined || cell === '' || !/\d/.test(cell) ? '0' : cell
const positive = (s: string): boolean => cmp(amount(s), amount(0)) > 0
const table = (doc: Disclosure, kind: string): PrintedTable => {
  const t = doc.tables.find((x) => x.kind === kind)
  if (!t) throw new Error(`the seed lacks its ${kind} table`)
  return t
}

/** Line items of a 河北 budget or a 决算 disclosure, by the rules above. */
export function reconstructByXiang(doc: Disclosure): LineItem[] {
  const unitCode = doc.units[0]?.code ?? doc.department.code ?? doc.department.name
  const expenditure = table(doc, doc.kind === 'final-account' ? 'gpb-expenditure' : 'expenditure')
  const basic = table(doc, 'gpb-basic')
  const income = doc.tables.find((t) => t.kind === 'income')
  const xiang = expenditure.rows.filter((r) => r.kind === 'detail' && r.code?.length === 7)
  const items: LineItem[] = []

  const personnel = (r: Row): boolean =>
    doc.kind === 'final-account' ? (r.block ?? 0) === 0 : positive(num(r.cells['exp.basic.personnel']))
  const supplies = basic.rows
    .filter((r) => r.kind === 'detail' && r.code?.length === 5 && positive(num(r.cells.total)))
    .map((r) => ({ id: r, amount: num(r.cells.total) }))
  const demands = xiang
    .map((r) => ({ id: r.code as string, amount: num(r.cells['exp.basic']) }))
    .filter((d) => positive(d.amount))
  for (const a of transport<Row, string>(supplies, demands)) {
    items.push({
      unitCode,
      functionalCode: a.demand ?? (demands[0]?.id as string),
      kind: 'basic',
      basicClass: personnel(a.supply) ? 'personnel' : 'public',
      economicCode: a.supply.code as string,
      source: 'gpb',
      amount: a.amount,
    })
  }

  for (const r of xiang) {
    const total = amount(num(r.cells['exp.project']))
    if (isZero(total)) continue
    const carried = amount(num(income?.rows.find((i) => i.code === r.code)?.cells['carry.total']))
    const carry = cmp(carried, total) > 0 ? total : carried
    const base = {
      unitCode,
      functionalCode: r.code as string,
      kind: 'project' as const,
      projectType: 'specific' as const,
      projectName: `${r.name}项目`,
      source: 'gpb' as const,
    }
    const current = sub(total, carry)
    if (!isZero(current)) items.push({ ...base, amount: String(current) })
    if (!isZero(carry)) items.push({ ...base, carryOver: true, amount: String(carry) })
  }
  return items
}
