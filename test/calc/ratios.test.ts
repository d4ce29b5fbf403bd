import { describe, expect, it } from 'vitest'
import { budgetAdjustmentRate } from '../../src/calc/budgetAdjustmentRate'
import { budgetExecutionRate } from '../../src/calc/budgetExecutionRate'
import { carryoverRate } from '../../src/calc/carryoverRate'
import { completion } from '../../src/calc/completion'
import { procurementExecutionRate } from '../../src/calc/procurementExecutionRate'
import { share } from '../../src/calc/share'
import { specialFundDetailRate } from '../../src/calc/specialFundDetailRate'
import { threePublicControlRate } from '../../src/calc/threePublicControlRate'
import type { CalcInput, PercentOptions, RatioResult } from '../../src/calc/types'
import { isMedbudgetError } from '../../src/errors'
import { amount } from '../../src/money/decimal'
import { parsePrinted } from '../../src/money/parsePrinted'

const P = parsePrinted
const A = amount

type Ratio = (num: CalcInput, den: CalcInput, options?: PercentOptions) => RatioResult

const RATIOS: readonly (readonly [string, Ratio])[] = [
  ['share', share],
  ['completion', completion],
  ['budgetExecutionRate', budgetExecutionRate],
  ['carryoverRate', carryoverRate],
  ['threePublicControlRate', threePublicControlRate],
  ['procurementExecutionRate', procurementExecutionRate],
  ['specialFundDetailRate', specialFundDetailRate],
]

const shown = (r: RatioResult): string => (r.status === 'ok' ? String(r.value) : r.reason)

describe('ratios in percent', () => {
  it.each(RATIOS)('%s computes num / den × 100 rounded half-up', (_, f) => {
    expect(shown(f(A('658.67'), A('8944.03')))).toBe('7.36')
    expect(shown(f(A('1'), A('8')))).toBe('12.5')
    expect(shown(f(A('1'), A('8'), { decimals: 0 }))).toBe('13')
    expect(shown(f(A('2'), A('3'), { decimals: 3 }))).toBe('66.667')
    expect(shown(f(P('13.96'), P('17')))).toBe('82.12')
  })

  it.each(RATIOS)('%s is undefined on a zero or blank base, never Infinity, NaN or 100%%', (_, f) => {
    expect(f(A('1'), A('0'))).toMatchObject({ status: 'not-computable', reason: 'zero-denominator' })
    expect(f(A('0'), A('0'))).toMatchObject({ status: 'not-computable', reason: 'zero-denominator' })
    expect(f(P('0.00'), P('0.00'))).toMatchObject({ status: 'not-computable', reason: 'zero-denominator' })
    expect(f(A('1'), P(''))).toMatchObject({ status: 'not-computable', reason: 'blank-denominator' })
    expect(f(A('1'), P('-'))).toMatchObject({ status: 'not-computable', reason: 'blank-denominator' })
    expect(f(P('××.××'), A('1'))).toMatchObject({ status: 'not-computable', reason: 'not-a-number' })
    const r = f(A('1'), A('0'))
    expect(r.status === 'not-computable' && r.zh.length > 0 && r.en.length > 0).toBe(true)
  })

  it.each(RATIOS)('%s counts a blank numerator as zero', (_, f) => {
    expect(shown(f(P(''), A('5')))).toBe('0')
  })

  it('share is 7.37% of the 一般公共预算 in seed 000 (658.67 / 8938.04)', () => {
    const r = share(P('658.67'), P('8938.04'))
    expect(r).toMatchObject({ status: 'ok', decimals: 2 })
    expect(shown(r)).toBe('7.37')
  })

  it('refuses bad decimals', () => {
    try {
      share(A('1'), A('2'), { decimals: -1 })
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'PRECISION_INVALID')).toBe(true)
    }
  })
})

describe('budgetAdjustmentRate', () => {
  it('is (调整数 − 年初预算数) / 年初预算数 × 100', () => {
    expect(shown(budgetAdjustmentRate(A('105'), A('100')))).toBe('5')
    expect(shown(budgetAdjustmentRate(A('90'), A('100')))).toBe('-10')
    expect(shown(budgetAdjustmentRate(A('100'), A('100')))).toBe('0')
  })

  it('is undefined when 年初预算数 is zero or blank', () => {
    expect(budgetAdjustmentRate(A('5'), A('0'))).toMatchObject({
      status: 'not-computable',
      reason: 'zero-denominator',
    })
    expect(budgetAdjustmentRate(A('5'), P(''))).toMatchObject({
      status: 'not-computable',
      reason: 'blank-denominator',
    })
    expect(budgetAdjustmentRate(P('·'), A('5'))).toMatchObject({
      status: 'not-computable',
      reason: 'not-a-number',
    })
  })
})
