// Keyed lines grouped under a keyed line (一、财政拨款 over 1.–3.; a 财政拨款 小计 column beside its parts)
// and a 收入总表 that prints 上年结转 as a column: valid and invalid cases from synthetic documents.
import { describe, expect, it } from 'vitest'
import type { FactKey } from '../../src/model/factKeys'
import { reconcile } from '../../src/reconcile/reconcile'
import { crossGrandTotals } from '../../src/reconcile/rules/crossGrandTotals'
import { rowFundSplit } from '../../src/reconcile/rules/rowFundSplit'
import { summaryBalance } from '../../src/reconcile/rules/summaryBalance'
import { col, docWith, EMPTY_TEMPLATE, line, table, total } from './docWith'

const opts = { templates: [EMPTY_TEMPLATE] }
const statuses = (doc: ReturnType<typeof docWith>, rule: string) =>
  reconcile(doc, opts)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.status)

// 收支总表 revenue block: 一、财政拨款 (1. 一般公共预算 2. 政府性基金) 二、单位资金 (1. 事业收入 2. 其他收入)
const grouped = (gpb: string) =>
  docWith([
    table(
      'summary',
      [col('total', 0)],
      [
        line('src.fiscal', { total: '100.00' }, 0),
        line('src.gpb', { total: gpb }, 0),
        line('src.gov-fund', { total: '30.00' }, 0),
        line('src.unit-funds', { total: '20.00' }, 0),
        line('src.business', { total: '15.00' }, 0),
        line('src.other', { total: '5.00' }, 0),
        line('rev.current', { total: '120.00' }, 0, 'total'),
      ],
    ),
  ])

describe('grouped keyed lines in rows', () => {
  it('a group line and its own lines are not added together (本年收入合计 = 财政拨款 + 单位资金)', () => {
    expect(statuses(grouped('70.00'), summaryBalance.id)).toEqual([])
  })

  it('a group line that is not the sum of its own lines is its own finding, and the total still holds', () => {
    const found = reconcile(grouped('60.00'), opts).findings.filter((f) => f.rule === summaryBalance.id)
    expect(found.map((f) => f.status)).toEqual(['mismatch'])
    expect(found[0]?.where.row?.key).toBe('src.fiscal')
    expect(found[0]?.message.zh).toContain('财政拨款收入 = 一般公共预算拨款 + 政府性基金预算拨款')
  })
})

describe('a 财政拨款 小计 column beside its parts', () => {
  const keys: FactKey[] = ['rev.current', 'src.fiscal', 'src.gpb', 'src.gov-fund', 'src.soe-capital']
  const income = (parts: [string, string, string]) =>
    docWith([
      table(
        'income',
        keys.map((k) => col(k)),
        [
          total({
            'rev.current': '100.00',
            'src.fiscal': '100.00',
            'src.gpb': parts[0],
            'src.gov-fund': parts[1],
            'src.soe-capital': parts[2],
          }),
        ],
      ),
    ])

  it('the 小计 is added, not its parts as well', () => {
    expect(statuses(income(['60.00', '40.00', '']), rowFundSplit.id)).toEqual([])
  })

  it('parts that do not make the 小计 are caught once, on the 小计', () => {
    const found = reconcile(income(['60.00', '30.00', '']), opts).findings.filter(
      (f) => f.rule === rowFundSplit.id,
    )
    expect(found.map((f) => [f.status, f.where.column])).toEqual([['mismatch', 'src.fiscal']])
  })
})

describe('a 收入总表 printing 上年结转 as a column', () => {
  const doc = (incomeTotal: string) =>
    docWith([
      table(
        'summary',
        [col('total', 0)],
        [
          line('src.gpb', { total: '100.00' }, 0),
          line('rev.current', { total: '100.00' }, 0, 'total'),
          line('carry.total', { total: '10.00' }, 0),
          line('rev.total', { total: '110.00' }, 0, 'total'),
        ],
      ),
      table(
        'income',
        [col('total'), col('src.gpb'), col('carry.total'), col('carry.gpb')],
        [total({ total: incomeTotal, 'src.gpb': '100.00', 'carry.total': '10.00', 'carry.gpb': '10.00' })],
      ),
    ])

  it('收入总计 (with the carry-over) is not compared with 本年收入合计', () => {
    expect(statuses(doc('110.00'), crossGrandTotals.id)).toEqual([])
  })

  it('a 收入总计 that differs from the 收支总表 is still caught', () => {
    expect(statuses(doc('120.00'), crossGrandTotals.id)).toEqual(['mismatch'])
  })
})

// 一、预算拨款 as a reader that does not know the word leaves it: a line with no key among the sources
describe('a source line no key names', () => {
  const unnamed = (amount: string, currentRevenue: string) =>
    docWith([
      table(
        'summary',
        [col('total', 0)],
        [
          { kind: 'detail', name: '一、某项拨款', block: 0, cells: { total: amount } },
          line('src.business', { total: '20.00' }, 0),
          line('rev.current', { total: currentRevenue }, 0, 'total'),
        ],
      ),
    ])

  it('carrying an amount, 本年收入合计 = Σ sources is not checked (no false alarm)', () => {
    expect(statuses(unnamed('100.00', '120.00'), summaryBalance.id)).toEqual([])
  })

  it('printing zero, the sum of the named sources is still checked, both ways', () => {
    expect(statuses(unnamed('0.00', '20.00'), summaryBalance.id)).toEqual([])
    expect(statuses(unnamed('0.00', '25.00'), summaryBalance.id)).toEqual(['mismatch'])
  })
})

describe('an expenditure line no key or code names, among the classes', () => {
  const spending = (amount: string, current: string) =>
    docWith([
      table(
        'summary',
        [col('total', 1)],
        [
          {
            kind: 'detail',
            code: '201',
            codeSystem: 'functional',
            name: '一般公共服务支出',
            block: 1,
            cells: { total: '80.00' },
          },
          { kind: 'detail', name: '对附属单位补助支出', block: 1, cells: { total: amount } },
          line('exp.current', { total: current }, 1, 'total'),
        ],
      ),
    ])

  it('carrying an amount, 本年支出合计 = Σ classes is not checked', () => {
    expect(statuses(spending('20.00', '100.00'), summaryBalance.id)).toEqual([])
  })

  it('printing zero, the classes are checked, both ways', () => {
    expect(statuses(spending('0.00', '80.00'), summaryBalance.id)).toEqual([])
    expect(statuses(spending('0.00', '100.00'), summaryBalance.id)).toEqual(['mismatch'])
  })
})
