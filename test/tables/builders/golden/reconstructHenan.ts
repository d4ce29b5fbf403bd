/**
 * Line items rebuilt from the most detailed tables of a 河南 budget disclosure (seeds 000, 004).
 *
 * Reconstruction rules (the seed does not print every dimension of one amount):
 * - Basic expenditure: the 支出总表 gives 项 × (工资福利 301, 对个人和家庭的补助 303, 商品和服务 302,
 *   资本性 310); the 一般公共预算基本支出表 gives department × government economic code ×
 *   (人员经费, 公用经费). Within each economic 类, economic rows are allocated to 项 rows by
 *   `transport` (equal amounts first, then in print order). 人员经费 = 301 and 303, 公用经费 = the rest.
 * - Projects: the 项目支出表 gives each project's money this year (一般公共预算) and carried over
 *   (财政拨款结转结余). Projects are allocated to the 项 rows' 项目支出 by `transport`; their
 *   economic codes come from the 支出经济分类汇总表 minus the basic-expenditure table
 *   (per department × government code), allocated again by `transport`; project money the
 *   economic table does not cover keeps no economic code; economic rows whose printed code is not a
 *   well-formed 5-digit code (OCR slips) are not used.
 * - Projects fill the 其他运转类 or 特定目标类 column of their type.
 * - A project's code and unit are the ones `projects[]` records under the same name (brackets and spaces ignored).
 * - Every item is 一般公共预算 财政拨款 of the department's first unit (the seeds print one fund
 *   and no unit breakdown of the 项 rows).
 */
import type { Disclosure } from '../../../../src/model/disclosure'
import type { LineItem } from '../../../../src/model/lineItem'
import type { PrintedTable, Row } from '../../../../src/model/table'
import { amount, cmp, isZero, sub } from '../../../../src/money/decimal'
import { transport } from './transport'

const table = (doc: Disclosure, kind: string): PrintedTable | undefined =>
  doc.tables.find((t) => t.kind === kind)
const num = (cell: string | undefined): string =>
  cell === undefined || cell === '' || !/\d/.test(cell) ? '0' : cell
const norm = (s: string): string => s.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/\s+/g, '')
const positive = (s: string): boolean => cmp(amount(s), amount(0)) > 0

const CATEGORY_COLUMN = {
  '301': 'exp.basic.personnel.wages',
  '303': 'exp.basic.personnel.family',
  '302': 'exp.basic.public.goods',
  '310': 'exp.basic.public.capital',
} as const

/** Line items of a 河南 budget disclosure, by the rules above. */
export function reconstructHenan(doc: Disclosure): LineItem[] {
  const unitCode = doc.units[0]?.code ?? doc.department.code ?? doc.department.name
  const expenditure = table(doc, 'expenditure')
  const basic = table(doc, 'gpb-basic')
  const projects = table(doc, 'projects')
  const economic = table(doc, 'economic-summary')
  if (!expenditure || !basic || !projects) throw new Error('the seed lacks a table the reconstruction needs')
  const xiang = expenditure.rows.filter((r) => r.kind === 'detail' && r.code?.length === 7)
  const items: LineItem[] = []

  // basic expenditure: economic rows → 项, within each economic 类
  const econRows = basic.rows.filter((r) => r.kind === 'detail' && r.code !== undefined)
  for (const [lei, column] of Object.entries(CATEGORY_COLUMN)) {
    const supplies = econRows
      .filter((r) => r.code?.startsWith(lei))
      .map((r) => ({ id: r, amount: num(r.cells.total) }))
      .filter((s) => positive(s.amount))
    const demands = xiang
      .map((r) => ({ id: r.code as string, amount: num(r.cells[column]) }))
      .filter((d) => positive(d.amount))
    for (const a of transport<Row, string>(supplies, demands)) {
      items.push({
        unitCode,
        functionalCode: a.demand ?? (demands[0]?.id as string),
        kind: 'basic',
        basicClass: lei === '301' || lei === '303' ? 'personnel' : 'public',
        economicCode: a.supply.code as string,
        ...(a.supply.govCode !== undefined ? { govEconomicCode: a.supply.govCode } : {}),
        source: 'gpb',
        amount: a.amount,
      })
    }
  }

  // projects → 项 (project columns), then → economic codes not used by basic expenditure
  const projectRows = projects.rows.filter((r) => r.kind === 'detail')
  const lots = projectRows
    .flatMap((r) => [
      { id: { row: r, carry: false }, amount: num(r.cells['src.gpb']) },
      { id: { row: r, carry: true }, amount: num(r.cells['carry.gpb']) },
    ])
    .filter((l) => positive(l.amount))
  // each project type fills its own column (其他运转类 / 特定目标类) of the 项 rows
  const typeColumn = (r: Row): 'exp.project.operating' | 'exp.project.specific' =>
    r.projectType === '其他运转类' ? 'exp.project.operating' : 'exp.project.specific'
  const byXiang = (['exp.project.operating', 'exp.project.specific'] as const).flatMap((column) => {
    const demands = xiang
      .map((r) => ({ id: r.code as string, amount: num(r.cells[column]) }))
      .filter((d) => positive(d.amount))
    return transport(
      lots.filter((l) => typeColumn(l.id.row) === column),
      demands,
    )
  })
  const firstXiang = xiang.find((r) => positive(num(r.cells['exp.project'])))?.code as string
  const econLeft = new Map<string, { code: string; gov?: string; current: string; carry: string }>()
  for (const r of economic?.rows ?? []) {
    // OCR-garbled codes (seed 003 prints '301 l') cannot carry money into line items
    if (r.kind !== 'detail' || r.code === undefined || !/^3\d{4}$/.test(r.code)) continue
    if (r.govCode !== undefined && !/^5\d{4}$/.test(r.govCode)) continue
    const key = `${r.code}/${r.govCode ?? ''}`
    const basicRow = econRows.find((b) => b.code === r.code && b.govCode === r.govCode)
    const current = sub(amount(num(r.cells['src.gpb'])), amount(num(basicRow?.cells.total)))
    econLeft.set(key, {
      code: r.code,
      ...(r.govCode ? { gov: r.govCode } : {}),
      current: String(current),
      carry: num(r.cells['carry.total']),
    })
  }
  for (const carry of [false, true]) {
    const supplies = byXiang.filter((a) => a.supply.carry === carry).map((a) => ({ id: a, amount: a.amount }))
    const demands = [...econLeft.values()]
      .map((e) => ({ id: e, amount: carry ? e.carry : e.current }))
      .filter((d) => positive(d.amount))
    for (const b of transport(supplies, demands)) {
      const { row, carry: isCarry } = b.supply.supply
      const project = doc.projects?.find((p) => norm(p.name) === norm(row.name))
      const code = project?.code
      items.push({
        unitCode: project?.unitCode ?? unitCode,
        functionalCode: b.supply.demand ?? firstXiang,
        kind: 'project',
        projectType: row.projectType === '其他运转类' ? 'operating' : 'specific',
        projectName: row.name,
        ...(code !== undefined ? { projectCode: code } : {}),
        ...(b.demand ? { economicCode: b.demand.code } : {}),
        ...(b.demand?.gov ? { govEconomicCode: b.demand.gov } : {}),
        source: 'gpb',
        ...(isCarry ? { carryOver: true } : {}),
        amount: b.amount,
      })
    }
  }
  return items.filter((i) => !isZero(amount(i.amount)))
}
