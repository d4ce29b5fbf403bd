import { describe, expect, it } from 'vitest'
import { compareBudgetFinal } from '../../src/compare/compareBudgetFinal'
import { isMedbudgetError } from '../../src/errors'
import type { Disclosure } from '../../src/model/disclosure'
import { loadSample } from '../../src/samples/index'

// 卢氏县医疗保障局's 2024 budget is not among the seeds; its 年初预算 by code is stated in the
// 决算's text (section 五（三）), from which this budget document is built.
const final = loadSample('002')
const BUDGET_BY_CODE: readonly [string, string, string][] = [
  ['2080505', '机关事业单位基本养老保险缴费支出', '61.81'],
  ['2101101', '行政单位医疗', '3.62'],
  ['2101102', '事业单位医疗', '166.43'],
  ['2101301', '城乡医疗救助', '33.92'],
  ['2101501', '行政运行', '74.00'],
  ['2101550', '事业运行', '442.85'],
  ['2101599', '其他医疗保障管理事务支出', '10.00'],
  ['2210201', '住房公积金', '46.35'],
]
const budget: Disclosure = {
  ...final,
  kind: 'budget',
  template: 'henan-budget-2024',
  tables: [
    {
      id: 'gpb-expenditure',
      kind: 'gpb-expenditure',
      title: '一般公共预算支出表',
      columns: [{ key: 'total', header: ['合计'] }],
      rows: BUDGET_BY_CODE.map(([code, name, total]) => ({
        kind: 'detail',
        code,
        codeSystem: 'functional',
        name,
        cells: { total },
      })),
    },
    {
      id: 'three-public',
      kind: 'three-public',
      title: '“三公”经费支出表',
      columns: (
        [
          '3p.total',
          '3p.abroad',
          '3p.vehicle',
          '3p.vehicle.purchase',
          '3p.vehicle.operation',
          '3p.reception',
        ] as const
      ).map((key) => ({ key, header: [key] })),
      rows: [
        {
          kind: 'total',
          name: '合计',
          cells: {
            '3p.total': '3.20',
            '3p.abroad': '',
            '3p.vehicle': '3.00',
            '3p.vehicle.purchase': '',
            '3p.vehicle.operation': '3.00',
            '3p.reception': '0.20',
          },
        },
      ],
    },
  ],
}

describe('compareBudgetFinal', () => {
  const result = compareBudgetFinal(budget, final)
  const pct = (code: string) => {
    const c = result.byCode.find((l) => l.code === code)?.completion
    return c?.status === 'ok' ? String(c.value) : c?.status
  }

  it('recomputes the completion rates the 决算 text states', () => {
    expect(pct('2080505')).toBe('90.78')
    expect(pct('2101101')).toBe('103.31')
    expect(pct('2101501')).toBe('92.82')
    expect(pct('2101550')).toBe('85.45')
    expect(pct('2101599')).toBe('309.9')
    expect(pct('2210201')).toBe('94.33')
    // the text prints 88.39%: 147.12 / 166.43 = 88.398…%, so half-up gives 88.40
    expect(pct('2101102')).toBe('88.4')
  })

  it('keeps a code printed only in the 决算 with a blank budget and no completion rate', () => {
    const line = result.byCode.find((l) => l.code === '2100101')
    expect(line?.budget).toBe('')
    expect(line?.actual).toBe('0.00')
    expect(line?.completion.status).toBe('not-computable')
  })

  it('puts the 三公 budget beside the 决算数, and a zero budget has no completion rate', () => {
    const reception = result.threePublic.find((l) => l.code === '3p.reception')
    expect([reception?.budget, reception?.actual]).toEqual(['0.20', '0.20'])
    expect(result.threePublic.find((l) => l.code === '3p.abroad')?.completion.status).toBe('not-computable')
  })

  it('refuses documents of different departments or years', () => {
    expect(() => compareBudgetFinal({ ...budget, fiscalYear: 2023 }, final)).toThrowError(/同一部门同一年度/)
    try {
      compareBudgetFinal(final, final)
    } catch (e) {
      expect(isMedbudgetError(e, 'DOCUMENT_INVALID')).toBe(true)
    }
  })
})
