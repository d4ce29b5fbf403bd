// 江苏's 财政拨款支出表（功能科目） (`fiscal-expenditure`) and 财政拨款基本支出表（经济科目） (`fiscal-basic`):
// the rules that learn them, each with a valid and an invalid synthetic document.
import { describe, expect, it } from 'vitest'
import type { Row } from '../../src/model/table'
import { reconcile } from '../../src/reconcile/reconcile'
import { columnHierarchy } from '../../src/reconcile/rules/columnHierarchy'
import { crossFiscalClassTotals } from '../../src/reconcile/rules/crossFiscalClassTotals'
import { crossKindTotals } from '../../src/reconcile/rules/crossKindTotals'
import { rowBasicSplit } from '../../src/reconcile/rules/rowBasicSplit'
import { rowTotalByKind } from '../../src/reconcile/rules/rowTotalByKind'
import { coded, col, docWith, EMPTY_TEMPLATE, line, table, total } from './docWith'

const opts = { templates: [EMPTY_TEMPLATE] }
const found = (doc: ReturnType<typeof docWith>, rule: string) =>
  reconcile(doc, opts).findings.filter((f) => f.rule === rule && f.status === 'mismatch')
const ran = (doc: ReturnType<typeof docWith>, rule: string) =>
  reconcile(doc, opts).coverage.find((c) => c.rule === rule)

const sub = { kind: 'subtotal' } as const

// 公开05表: 合计 | 基本支出 (小计, 人员经费, 公用经费) | 项目支出, rows by functional code
const fiscalExpenditure = (o: { total?: string; basic?: string; cls212?: string; personnel?: string } = {}) =>
  table(
    'fiscal-expenditure',
    [col('total'), col('exp.basic'), col('exp.basic.personnel'), col('exp.basic.public'), col('exp.project')],
    [
      total({
        total: o.total ?? '300.00',
        'exp.basic': o.basic ?? '100.00',
        'exp.basic.personnel': o.personnel ?? '80.00',
        'exp.basic.public': '20.00',
        'exp.project': '200.00',
      }),
      coded(
        '208',
        {
          total: '100.00',
          'exp.basic': '100.00',
          'exp.basic.personnel': '80.00',
          'exp.basic.public': '20.00',
        },
        sub,
      ),
      coded('2080505', {
        total: '100.00',
        'exp.basic': '100.00',
        'exp.basic.personnel': '80.00',
        'exp.basic.public': '20.00',
      }),
      coded('212', { total: o.cls212 ?? '200.00', 'exp.project': o.cls212 ?? '200.00' }, sub),
      coded('2120801', { total: '200.00', 'exp.project': '200.00' }),
    ],
  )

// 公开06表: 合计 | 人员经费 | 公用经费, rows by economic code
const fiscalBasic = (o: { total?: string; wages?: string } = {}) =>
  table(
    'fiscal-basic',
    [col('total'), col('exp.basic.personnel'), col('exp.basic.public')],
    [
      total({ total: o.total ?? '100.00', 'exp.basic.personnel': '80.00', 'exp.basic.public': '20.00' }),
      coded('301', { total: o.wages ?? '80.00', 'exp.basic.personnel': o.wages ?? '80.00' }, sub),
      coded('30101', { total: '80.00', 'exp.basic.personnel': '80.00' }),
      coded('302', { total: '20.00', 'exp.basic.public': '20.00' }, sub),
      coded('30201', { total: '20.00', 'exp.basic.public': '20.00' }),
    ],
  )

// 公开04表 as 江苏 prints it: one 预算数 column per side, 一般公共预算 and 政府性基金 money
const fiscalSummary = (o: { current?: string; cls212?: string } = {}) =>
  table(
    'fiscal-summary',
    [col('total'), col('total', 1)],
    [
      line('rev.current', { total: '300.00' }, 0, 'total'),
      line('src.gpb', { total: '100.00' }, 0),
      line('src.gov-fund', { total: '200.00' }, 0),
      line('exp.current', { total: o.current ?? '300.00' }, 1, 'total'),
      { ...coded('208', { total: '100.00' }), block: 1 },
      { ...coded('212', { total: o.cls212 ?? '200.00' }), block: 1 },
    ],
  )

describe('fiscal-expenditure and fiscal-basic: rows', () => {
  it('row-total-by-kind and row-basic-split run on the 财政拨款支出表, silent when it adds up', () => {
    const doc = docWith([fiscalExpenditure()])
    expect(found(doc, rowTotalByKind.id)).toEqual([])
    expect(found(doc, rowBasicSplit.id)).toEqual([])
    expect(ran(doc, rowTotalByKind.id)?.status).toBe('ran')
  })

  it('finds a 合计 that is not 基本支出 + 项目支出, and a 基本支出 that is not 人员 + 公用', () => {
    const doc = docWith([fiscalExpenditure({ total: '310.00', personnel: '70.00' })])
    expect(found(doc, rowTotalByKind.id).map((f) => f.where.table)).toEqual(['fiscal-expenditure'])
    expect(found(doc, rowBasicSplit.id).map((f) => f.where.table)).toEqual(['fiscal-expenditure'])
  })

  it('column-hierarchy: Σ 类 = 合计 and 类 = Σ its rows, in both tables', () => {
    expect(found(docWith([fiscalExpenditure(), fiscalBasic()]), columnHierarchy.id)).toEqual([])
    const wrong = found(
      docWith([fiscalExpenditure({ cls212: '210.00' }), fiscalBasic({ wages: '85.00' })]),
      columnHierarchy.id,
    )
    expect(new Set(wrong.map((f) => f.where.table))).toEqual(new Set(['fiscal-expenditure', 'fiscal-basic']))
  })
})

describe('cross-kind-totals on the 江苏 fiscal tables', () => {
  const all = (o: { current?: string; cls212?: string; basicTotal?: string } = {}) =>
    docWith([
      fiscalSummary({
        ...(o.current ? { current: o.current } : {}),
        ...(o.cls212 ? { cls212: o.cls212 } : {}),
      }),
      fiscalExpenditure(),
      fiscalBasic(o.basicTotal ? { total: o.basicTotal } : {}),
    ])

  it('is silent when the fiscal summary, the 财政拨款支出表 and the 财政拨款基本支出表 agree', () => {
    expect(found(all(), crossKindTotals.id)).toEqual([])
    // 本年支出, two 类, 基本支出, 人员经费, 公用经费
    expect(ran(all(), crossKindTotals.id)).toMatchObject({ status: 'ran', checks: 6 })
  })

  it('finds a 本年支出 of the fiscal summary that is not the 财政拨款支出表 合计', () => {
    const wrong = found(all({ current: '301.00' }), crossKindTotals.id)
    expect(wrong).toHaveLength(1)
    expect(wrong[0]?.message.zh).toContain('财政拨款本年支出')
  })

  it('finds a 类 that differs between the two tables', () => {
    // the summary's own 本年支出 still agrees: only the class is wrong
    const wrong = found(all({ cls212: '190.00' }), crossKindTotals.id)
    expect(wrong).toHaveLength(1)
    expect(wrong[0]?.message.zh).toContain('212类财政拨款支出')
  })

  it('finds a 财政拨款基本支出表 合计 that is not the 基本支出 of the 财政拨款支出表', () => {
    const wrong = found(all({ basicTotal: '99.00' }), crossKindTotals.id)
    expect(wrong).toHaveLength(1)
    expect(wrong[0]?.where.table).toBe('fiscal-basic')
  })
})

describe('cross-fiscal-class-totals with a one-column 财政拨款收支总表 (江苏)', () => {
  const gpb = (cls212: string) =>
    table(
      'gpb-expenditure',
      [col('total')],
      [
        total({ total: `${100 + Number(cls212)}.00` }),
        coded('208', { total: '100.00' }),
        coded('212', { total: cls212 }),
      ],
    )
  const govFund = table(
    'gov-fund',
    [col('total')],
    [total({ total: '150.00' }), coded('212', { total: '150.00' })],
  )

  it('leaves out a 类 the 政府性基金 also spends in (the summary counts both funds there)', () => {
    // 212: 50 of 一般公共预算 + 150 of 政府性基金 = the summary's 200
    const doc = docWith([fiscalSummary(), gpb('50.00'), govFund])
    expect(found(doc, crossFiscalClassTotals.id)).toEqual([])
    expect(ran(doc, crossFiscalClassTotals.id)).toMatchObject({ status: 'ran', checks: 1 })
  })

  it('still compares the classes only the 一般公共预算 spends in', () => {
    const rows: Row[] = [
      total({ total: '250.00' }),
      coded('208', { total: '99.00' }),
      coded('212', { total: '50.00' }),
    ]
    const doc = docWith([fiscalSummary(), table('gpb-expenditure', [col('total')], rows), govFund])
    expect(found(doc, crossFiscalClassTotals.id).map((f) => f.message.zh.slice(0, 4))).toEqual(['208类'])
  })

  it('without the fund tables, compares no class of a summary that counts other funds', () => {
    const doc = docWith([fiscalSummary(), gpb('50.00')])
    expect(found(doc, crossFiscalClassTotals.id)).toEqual([])
  })
})
