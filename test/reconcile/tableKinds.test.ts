// The table kinds other provinces print (issue 12): 一般公共预算支出经济分类表 (福建), its 项目支出
// variant and the 基本支出预算表 by fund source (广东). Valid and invalid cases from synthetic documents.
import { describe, expect, it } from 'vitest'
import type { Row } from '../../src/model/table'
import { reconcile } from '../../src/reconcile/reconcile'
import { columnClassTotals } from '../../src/reconcile/rules/columnClassTotals'
import { crossKindTotals } from '../../src/reconcile/rules/crossKindTotals'
import { rowFundSplit } from '../../src/reconcile/rules/rowFundSplit'
import { coded, col, docWith, EMPTY_TEMPLATE, table, total } from './docWith'

const opts = { templates: [EMPTY_TEMPLATE] }
const found = (doc: ReturnType<typeof docWith>, rule: string) =>
  reconcile(doc, opts).findings.filter((f) => f.rule === rule && f.status === 'mismatch')
const ran = (doc: ReturnType<typeof docWith>, rule: string) =>
  reconcile(doc, opts).coverage.find((c) => c.rule === rule)

const unitRow = (name: string, value: string): Row => ({ kind: 'detail', name, cells: { total: value } })

// 福建's 八、一般公共预算支出经济分类情况表: 类 rows, 301 with its 款
const economic = (sum: string, wages: string) =>
  table(
    'gpb-economic',
    [col('total')],
    [
      total({ total: sum }),
      coded('301', { total: wages }, { kind: 'subtotal' }),
      coded('30101', { total: '60.00' }),
      coded('30102', { total: '40.00' }),
      coded('302', { total: '50.00' }),
      coded('310', { total: '0.00' }),
    ],
  )

describe('column-class-totals', () => {
  it('is silent on a list whose classes and 款 add up', () => {
    const doc = docWith([economic('150.00', '100.00')])
    expect(found(doc, columnClassTotals.id)).toEqual([])
    expect(ran(doc, columnClassTotals.id)).toMatchObject({ status: 'ran', checks: 2 })
  })

  it('finds a 合计 that is not the sum of the classes, and a 类 that is not the sum of its 款', () => {
    const doc = docWith([economic('160.00', '90.00')])
    expect(found(doc, columnClassTotals.id).map((f) => f.where.row?.code ?? f.where.row?.name)).toEqual([
      '301',
      '合计',
    ])
  })

  // 广东's 十一、部门预算基本支出预算表: per unit, the same classes again, amounts by fund source
  const bySource = (unitB: string, classB: string) =>
    table(
      'basic-by-source',
      [col('total'), col('src.gpb')],
      [
        total({ total: '130.00', 'src.gpb': '130.00' }),
        unitRow('某某局（本级）', '100.00'),
        coded('301', { total: '70.00', 'src.gpb': '70.00' }),
        coded('302', { total: '30.00', 'src.gpb': '30.00' }),
        { kind: 'detail', name: '某某中心', cells: {} },
        unitRow('（事业）', unitB),
        coded('301', { total: classB, 'src.gpb': classB }),
      ],
    )

  it('reads a list per unit when the class codes repeat: unit = Σ its classes, 合计 = Σ all classes', () => {
    expect(found(docWith([bySource('30.00', '30.00')]), columnClassTotals.id)).toEqual([])
    const wrong = found(docWith([bySource('30.00', '25.00')]), columnClassTotals.id)
    expect(wrong.map((f) => [f.where.row?.name, f.where.column])).toEqual([
      ['（事业）', 'total'],
      ['合计', 'total'],
      ['合计', 'src.gpb'],
    ])
  })

  it('does not check the 合计 of a single list with an uncoded row that may be a unit or a class', () => {
    const doc = docWith([
      table(
        'gpb-economic',
        [col('total')],
        [total({ total: '999.00' }), unitRow('某某局', '100.00'), coded('301', { total: '100.00' })],
      ),
    ])
    expect(found(doc, columnClassTotals.id)).toEqual([])
  })

  it('does not apply to the standard kinds', () => {
    const doc = docWith([
      table('gpb-basic', [col('total')], [total({ total: '1.00' }), coded('301', { total: '2.00' })]),
    ])
    expect(ran(doc, columnClassTotals.id)?.status).toBe('not-applicable')
  })
})

describe('row-fund-split on the 基本支出预算表 by fund source', () => {
  const doc = (gpb: string) =>
    docWith([
      table(
        'basic-by-source',
        [col('total'), col('src.fiscal'), col('src.gpb'), col('src.gov-fund'), col('src.unit-funds')],
        [
          total({
            total: '120.00',
            'src.fiscal': '100.00',
            'src.gpb': gpb,
            'src.gov-fund': '10.00',
            'src.unit-funds': '20.00',
          }),
        ],
      ),
    ])

  it('总计 = 财政拨款 + 其他资金, 财政拨款 = 一般公共预算 + 政府性基金', () => {
    expect(found(doc('90.00'), rowFundSplit.id)).toEqual([])
    expect(found(doc('80.00'), rowFundSplit.id).map((f) => f.where.column)).toEqual(['src.fiscal'])
  })
})

describe('cross-kind-totals', () => {
  const gpbExpenditure = (sum: string, project: string) =>
    table(
      'gpb-expenditure',
      [col('total'), col('exp.basic'), col('exp.project')],
      [total({ total: sum, 'exp.basic': '100.00', 'exp.project': project })],
    )
  const expenditure = (basic: string) =>
    table('expenditure', [col('total'), col('exp.basic')], [total({ total: '500.00', 'exp.basic': basic })])
  const gpbBasic = (sum: string) => table('gpb-basic', [col('total')], [total({ total: sum })])
  const oneLine = (kind: 'gpb-economic' | 'gpb-project-economic', value: string) =>
    table(kind, [col('total')], [total({ total: value })])
  const bySource = (sum: string, gpb: string) =>
    table('basic-by-source', [col('total'), col('src.gpb')], [total({ total: sum, 'src.gpb': gpb })])
  const all = (o: { economic?: string; project?: string; basic?: string; basicGpb?: string } = {}) =>
    docWith([
      expenditure('120.00'),
      gpbExpenditure('150.00', '50.00'),
      gpbBasic('100.00'),
      oneLine('gpb-economic', o.economic ?? '150.00'),
      oneLine('gpb-project-economic', o.project ?? '50.00'),
      bySource(o.basic ?? '120.00', o.basicGpb ?? '100.00'),
    ])

  it('is silent when every total agrees', () => {
    expect(found(all(), crossKindTotals.id)).toEqual([])
    expect(ran(all(), crossKindTotals.id)).toMatchObject({ status: 'ran', checks: 3 })
  })

  it.each([
    ['economic', 'gpb-economic'],
    ['project', 'gpb-project-economic'],
    ['basic', 'basic-by-source'],
  ] as const)('finds a %s total that disagrees (in %s)', (which, kind) => {
    const wrong = found(all({ [which]: '77.00' }), crossKindTotals.id)
    expect(wrong).toHaveLength(1)
    expect(wrong[0]?.where.table).toBe(kind)
  })

  it('does not compare the 一般公共预算 column of the basic table with the 一般公共预算基本支出表 (it counts carry-overs)', () => {
    // 珠海 2026: 7,519.44 in the 部门预算基本支出预算表 against 7,517.32, the difference spent from 上年结转
    const doc = docWith([gpbBasic('7517.32'), bySource('7519.44', '7519.44')])
    expect(ran(doc, crossKindTotals.id)?.status).toBe('not-applicable')
  })
})

describe('column-class-totals with a class printed by a name the catalog does not know (珠海)', () => {
  const doc = (sum: string, unitB: string) =>
    docWith([
      table(
        'basic-by-source',
        [col('total')],
        [
          total({ total: sum }),
          unitRow('某某局', '100.00'),
          { kind: 'detail', name: '工资和福利支出', unitName: '某某局', cells: { total: '60.00' } },
          coded('302', { total: '40.00' }, { unitName: '某某局' }),
          unitRow('某某中心', unitB),
          coded('302', { total: '20.00' }, { unitName: '某某中心' }),
          coded('30201', { total: '20.00' }, { unitName: '某某中心' }),
        ],
      ),
    ])

  it('checks neither the units nor the 合计 (the uncoded class is not among the codes), only the classes', () => {
    expect(found(doc('999.00', '999.00'), columnClassTotals.id)).toEqual([])
    expect(ran(doc('999.00', '999.00'), columnClassTotals.id)).toMatchObject({ status: 'ran', checks: 1 })
  })

  it('still finds a class that is not the sum of its 款', () => {
    const wrong = docWith([
      table(
        'basic-by-source',
        [col('total')],
        [
          total({ total: '120.00' }),
          unitRow('某某局', '100.00'),
          { kind: 'detail', name: '工资和福利支出', cells: { total: '60.00' } },
          coded('302', { total: '40.00' }),
          coded('30201', { total: '30.00' }),
        ],
      ),
    ])
    expect(found(wrong, columnClassTotals.id).map((f) => f.where.row?.code)).toEqual(['302'])
  })
})
