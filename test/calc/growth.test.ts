import { describe, expect, it } from 'vitest'
import { change } from '../../src/calc/change'
import { directionWord } from '../../src/calc/directionWord'
import { groupTotals } from '../../src/calc/groupTotals'
import { growth } from '../../src/calc/growth'
import { total } from '../../src/calc/total'
import type { Direction } from '../../src/calc/types'
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
    expect(r.direction).toBe('increase')
    const d = growth(A('90'), A('100'))
    expect(d.status === 'ok' && [String(d.value), String(d.magnitude), d.direction]).toEqual([
      '-10',
      '10',
      'decrease',
    ])
    const f = growth(A('100'), A('100'))
    expect(f.status === 'ok' && f.direction).toBe('flat')
  })

  it('takes the direction from the exact change, not the rounded rate', () => {
    const r = growth(A('100.001'), A('100'))
    expect(r.status === 'ok' && [String(r.value), r.direction]).toEqual(['0', 'increase'])
  })

  it('is undefined when the prior year is zero or blank', () => {
    expect(growth(A('5'), A('0'))).toMatchObject({ status: 'not-computable', reason: 'zero-denominator' })
    expect(growth(A('5'), P(''))).toMatchObject({ status: 'not-computable', reason: 'blank-denominator' })
  })
})

describe('change', () => {
  it('gives current − prior with 增加/减少/持平', () => {
    const r = change(A('8944.03'), A('7845.61'))
    expect(r.status === 'ok' && [String(r.value), r.direction]).toEqual(['1098.42', 'increase'])
    const d = change(P('3.20'), P('4.00'))
    expect(d.status === 'ok' && [String(d.value), String(d.magnitude), d.direction]).toEqual([
      '-0.8',
      '0.8',
      'decrease',
    ])
    const s = change(P('0.72'), P('0.72'))
    expect(s.status === 'ok' && s.direction).toBe('flat')
  })

  it('counts blanks as zero and refuses placeholders', () => {
    const r = change(P(''), A('2'))
    expect(r.status === 'ok' && String(r.value)).toBe('-2')
    expect(change(P('××.××'), A('2'))).toMatchObject({ status: 'not-computable', reason: 'not-a-number' })
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

describe('directionWord', () => {
  it('gives the word printed before a rate or an amount', () => {
    expect(['increase', 'decrease', 'flat'].map((d) => directionWord(d as Direction))).toEqual([
      '增长',
      '下降',
      '持平',
    ])
    expect(directionWord('increase', 'amount')).toBe('增加')
    expect(directionWord('decrease', 'amount')).toBe('减少')
    expect(directionWord('decrease', 'amount')).not.toBe('下降')
  })
})
