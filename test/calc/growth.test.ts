import { describe, expect, it } from 'vitest'
import { change } from '../../src/calc/change'
import { groupTotals } from '../../src/calc/groupTotals'
import { growth } from '../../src/calc/growth'
import { total } from '../../src/calc/total'
import { amount } from '../../src/money/decimal'
import { parsePrinted } from '../../src/money/parsePrinted'

const A = amount
const P = parsePrinted

describe('growth', () => {
  it('gives the signed rate, its magnitude and the direction word (seed 000: 增长14.00%)', () => {
    const r = growth(A('8944.03'), A('7845.61'))
    expect(r.status).toBe('ok')
    if (r.status !== 'ok') return
    expect(String(r.value)).toBe('14')
    expect(r.direction).toBe('增长')
    const d = growth(A('90'), A('100'))
    expect(d.status === 'ok' && [String(d.value), String(d.magnitude), d.direction]).toEqual([
      '-10',
      '10',
      '下降',
    ])
    const f = growth(A('100'), A('100'))
    expect(f.status === 'ok' && f.direction).toBe('持平')
  })

  it('takes the direction from the exact change, not the rounded rate', () => {
    const r = growth(A('100.001'), A('100'))
    expect(r.status === 'ok' && [String(r.value), r.direction]).toEqual(['0', '增长'])
  })

  it('is undefined when the prior year is zero or blank', () => {
    expect(growth(A('5'), A('0'))).toMatchObject({ status: 'undefined', reason: 'zero-denominator' })
    expect(growth(A('5'), P(''))).toMatchObject({ status: 'undefined', reason: 'blank-denominator' })
  })
})

describe('change', () => {
  it('gives current − prior with 增加/减少/持平', () => {
    const r = change(A('8944.03'), A('7845.61'))
    expect(r.status === 'ok' && [String(r.value), r.direction]).toEqual(['1098.42', '增加'])
    const d = change(P('3.20'), P('4.00'))
    expect(d.status === 'ok' && [String(d.value), String(d.magnitude), d.direction]).toEqual([
      '-0.8',
      '0.8',
      '减少',
    ])
    const s = change(P('0.72'), P('0.72'))
    expect(s.status === 'ok' && s.direction).toBe('持平')
  })

  it('counts blanks as zero and refuses placeholders', () => {
    const r = change(P(''), A('2'))
    expect(r.status === 'ok' && String(r.value)).toBe('-2')
    expect(change(P('××.××'), A('2'))).toMatchObject({ status: 'undefined', reason: 'not-a-number' })
  })
})

describe('total and groupTotals', () => {
  it('totals exactly', () => {
    expect(String(total([A('0.1'), A('0.2')]))).toBe('0.3')
    expect(String(total([]))).toBe('0')
  })

  it('groups by 类 in order of first appearance (seed 000 一般公共预算支出 by 类)', () => {
    const rows = [
      { code: '2080501', v: A('60.00') },
      { code: '2101101', v: A('8800.20') },
      { code: '2080505', v: A('21.37') },
      { code: '2210201', v: A('56.47') },
    ]
    const g = groupTotals(
      rows,
      (r) => r.code.slice(0, 3),
      (r) => r.v,
    )
    expect([...g.entries()].map(([k, v]) => [k, String(v)])).toEqual([
      ['208', '81.37'],
      ['210', '8800.2'],
      ['221', '56.47'],
    ])
  })
})
