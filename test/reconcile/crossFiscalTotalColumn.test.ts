import { describe, expect, it } from 'vitest'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import { reconcile } from '../../src/reconcile/reconcile'
import { RULES } from '../../src/reconcile/rules/index'
import { coded, col, docWith, EMPTY_TEMPLATE, line, table } from './docWith'

// A 财政拨款收支总表 that prints one 预算数 column on its 支出 side (杭州): its classes hold the
// 政府性基金 and 国有资本经营 funds too, so the 一般公共预算支出表 may be below it by as much.
const pair = (v: { govFund: string; carry: string; fiscal: string; gpb: string }) =>
  docWith([
    table(
      'fiscal-summary',
      [col('total', 0), col('total', 1)],
      [
        line('src.gpb', { total: '226000.00' }, 0),
        line('src.gov-fund', { total: v.govFund }, 0),
        line('carry.gpb', { total: v.carry }, 0),
        { ...coded('212', { total: v.fiscal }), block: 1 },
      ],
    ),
    table('gpb-expenditure', [col('total')], [coded('212', { total: v.gpb })]),
  ])

const run = (doc: ReturnType<typeof docWith>) => {
  const rule = RULES.find((r) => r.id === 'cross-fiscal-class-totals')!
  const parsed = parseDisclosure(doc, { templates: [EMPTY_TEMPLATE] })
  return reconcile(parsed, { rules: [rule], templates: [EMPTY_TEMPLATE] }).findings.map((f) => f.status)
}

describe('cross-fiscal-class-totals on a fiscal summary of one 预算数 column', () => {
  it('is silent when the difference is the 政府性基金 the summary column holds (杭州 212: 437,000 vs 226,000)', () => {
    expect(run(pair({ govFund: '221493.00', carry: '', fiscal: '437000.00', gpb: '226000.00' }))).toEqual([])
  })

  it('still catches a difference larger than those funds and the carry-over', () => {
    expect(run(pair({ govFund: '1000.00', carry: '10.00', fiscal: '437000.00', gpb: '226000.00' }))).toEqual([
      'mismatch',
    ])
  })

  it('still catches the general public budget table above the summary', () => {
    expect(run(pair({ govFund: '221493.00', carry: '', fiscal: '226000.00', gpb: '237000.00' }))).toEqual([
      'mismatch',
    ])
  })

  it('compares exactly when no other fund is printed', () => {
    expect(run(pair({ govFund: '', carry: '', fiscal: '226000.00', gpb: '226000.00' }))).toEqual([])
    expect(run(pair({ govFund: '', carry: '', fiscal: '226010.00', gpb: '226000.00' }))).toEqual(['mismatch'])
  })
})
