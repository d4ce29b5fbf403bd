import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateAmounts } from '../../src/calc/allocateAmounts'
import { allocateShares } from '../../src/calc/allocateShares'
import { isMedbudgetError } from '../../src/errors'
import { abs, amount, cmp, divRound, eq, mul, shift, sign, sub, sum, ulp } from '../../src/money/decimal'
import { roundTo } from '../../src/money/roundTo'
import type { Amount } from '../../src/money/types'
import { amountArb, nonNegativeArb, PROPERTY } from '../money/arbitraries'

const A = amount
const strings = (xs: readonly Amount[]): string[] => xs.map(String)

describe('allocateShares', () => {
  it('gives shares adding to exactly 100.00', () => {
    expect(strings(allocateShares([A(1), A(1), A(1)]))).toEqual(['33.34', '33.33', '33.33'])
    expect(strings(allocateShares([A('658.67'), A('8285.36')]))).toEqual(['7.36', '92.64'])
    // seed 000: 社会保障和就业 81.37, 卫生健康 8800.20, 住房保障 56.47 of 8938.04
    expect(strings(allocateShares([A('81.37'), A('8800.20'), A('56.47')]))).toEqual(['0.91', '98.46', '0.63'])
    expect(strings(allocateShares([A(0), A(5)]))).toEqual(['0', '100'])
  })

  it('breaks ties by the larger remainder, then the larger value, then the lower index', () => {
    // 12.5 / 25 / 62.5: equal remainders for the first and the last, the last is larger
    expect(strings(allocateShares([A(1), A(2), A(5)], 0))).toEqual(['12', '25', '63'])
    // equal values: the lower index wins
    expect(strings(allocateShares([A(1), A(1), A(1)], 0))).toEqual(['34', '33', '33'])
  })

  it('refuses negative values and all zeros', () => {
    for (const bad of [[A(-1), A(2)], [A(0), A(0)], []]) {
      try {
        allocateShares(bad)
        expect.unreachable()
      } catch (e) {
        expect(isMedbudgetError(e, 'ALLOCATION_INVALID')).toBe(true)
      }
    }
  })

  it('always adds to exactly 100, each share within one last-place unit of the exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.array(nonNegativeArb, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 4 }),
        (values, d) => {
          fc.pre(sign(sum(values)) > 0)
          const shares = allocateShares(values, d)
          if (!eq(sum(shares), A(100))) return false
          const whole = sum(values)
          return values.every((v, i) => {
            const exactDown = divRound(shift(v, 2), whole, d, 'down')
            const s = shares[i] as Amount
            return cmp(s, exactDown) >= 0 && cmp(sub(s, exactDown), ulp(d)) <= 0
          })
        },
      ),
      PROPERTY,
    )
  }, 30_000)
})

describe('allocateAmounts', () => {
  it('splits a total into parts adding to exactly the rounded total', () => {
    expect(strings(allocateAmounts(A(100), [A(1), A(1), A(1)]))).toEqual(['33.34', '33.33', '33.33'])
    expect(strings(allocateAmounts(A('0.05'), [A(3), A(1)], 1))).toEqual(['0.1', '0'])
    expect(strings(allocateAmounts(A('-100'), [A(1), A(1), A(1)]))).toEqual(['-33.34', '-33.33', '-33.33'])
    expect(strings(allocateAmounts(A('10.005'), [A(1), A(1)]))).toEqual(['5.01', '5'])
  })

  it('refuses a negative weight', () => {
    try {
      allocateAmounts(A(1), [A(1), A(-1)])
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'ALLOCATION_INVALID')).toBe(true)
      expect((e as Error).message).toContain('-1')
    }
  })

  it('parts add up to roundTo(total) and stay within one unit of their quota (property)', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.array(nonNegativeArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (t, ws, d) => {
          fc.pre(sign(sum(ws)) > 0)
          const parts = allocateAmounts(t, ws, d)
          const rounded = roundTo(t, d)
          if (!eq(sum(parts), rounded)) return false
          const W = sum(ws)
          return ws.every((w, i) => {
            const quota = divRound(mul(rounded, w), W, d + 6, 'halfUp')
            return cmp(abs(sub(parts[i] as Amount, quota)), ulp(d)) <= 0
          })
        },
      ),
      PROPERTY,
    )
  }, 30_000)
})
