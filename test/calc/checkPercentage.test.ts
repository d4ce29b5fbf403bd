import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkChange } from '../../src/calc/checkChange'
import { checkGrowth } from '../../src/calc/checkGrowth'
import { checkPercentage } from '../../src/calc/checkPercentage'
import { add, amount, amountFromScaled, divRound, mul, shift, sign, sub, ulp } from '../../src/money/decimal'
import { formatAmount } from '../../src/money/formatAmount'
import { parsePercent } from '../../src/money/parsePercent'
import { parsePrinted } from '../../src/money/parsePrinted'
import { roundTo } from '../../src/money/roundTo'
import type { Amount, Printed } from '../../src/money/types'
import { PROPERTY } from '../money/arbitraries'

const P = parsePrinted
const Q = parsePercent

describe('checkPercentage', () => {
  it.each([
    // seed 000: 基本支出658.67万元，占7.36% (of 支出合计 8944.03)
    ['658.67', '8944.03', '7.36%', 'right', '7.36'],
    // seed 000: 一般公共预算 8938.04: 基本支出658.67万元，占7.37%
    ['658.67', '8938.04', '7.37%', 'right', '7.37'],
    ['658.67', '8938.04', '7.38%', 'wrong', '7.37'],
    // seed 002: 三公 3.20 of 3.20, 完成预算的 100.00%
    ['3.20', '3.20', '100.00%', 'right', '100'],
    // whole percent from 0-decimal figures: 1/3 = 33%, but 1 may be 1.4 and 3 may be 2.5: 40% is possible
    ['1', '3', '40%', 'right-within-rounding', '33'],
    ['1', '3', '61%', 'wrong', '33'],
    // 2-decimal figures cannot move a 2-decimal share of large amounts
    ['56.11', '762.71', '7.36%', 'right', '7.36'],
    ['56.11', '762.71', '7.35%', 'wrong', '7.36'],
    // a share computed from unrounded 元 figures: 0.05 / 0.15 = 33.33%, but 0.054 / 0.146 = 36.99%
    ['0.05', '0.15', '36.99%', 'right-within-rounding', '33.33'],
  ])('%s of %s printed as %s is %s', (part, whole, printed, status, recomputed) => {
    const r = checkPercentage({ part: P(part), whole: P(whole), printed: Q(printed) })
    expect(r.status).toBe(status)
    expect(String(r.recomputed)).toBe(recomputed)
    expect(r.interval).not.toBeNull()
  })

  it('cannot compute a percentage of a zero or blank whole ("完成预算的 0.00%" on a 0.00 budget)', () => {
    const r = checkPercentage({ part: P('0.00'), whole: P('0.00'), printed: Q('0.00%') })
    expect(r).toMatchObject({
      status: 'not-computable',
      reason: 'zero-denominator',
      recomputed: null,
      interval: null,
    })
    expect(checkPercentage({ part: P('1.00'), whole: P(''), printed: Q('1%') })).toMatchObject({
      status: 'not-computable',
      reason: 'blank-denominator',
    })
    expect(checkPercentage({ part: P('1.00'), whole: P('2.00'), printed: Q('××%') }).status).toBe(
      'not-computable',
    )
    expect(checkPercentage({ part: P('××.××'), whole: P('2.00'), printed: Q('50%') }).status).toBe(
      'not-computable',
    )
  })

  it('returns the interval of percentages the printed figures support', () => {
    const r = checkPercentage({ part: P('1'), whole: P('3'), printed: Q('40%') })
    // [0.5/3.5, 1.5/2.5] = [14.2857…%, 60%], widened to 2 more decimals than printed
    expect([String(r.interval?.low), String(r.interval?.high)]).toEqual(['14.28', '60'])
  })

  it('accepts exact amounts (no rounding width)', () => {
    expect(checkPercentage({ part: amount(1), whole: amount(3), printed: Q('40%') }).status).toBe('wrong')
    expect(checkPercentage({ part: amount(1), whole: amount(3), printed: Q('33.33%') }).status).toBe('right')
  })

  // exact part and whole, printed with some decimals; the percentage computed from the exact
  // values (as a publisher with 元 data does) must never be called wrong
  const exactPair = fc
    .tuple(
      fc.bigInt({ min: 0n, max: 10n ** 10n }),
      fc.bigInt({ min: 1n, max: 10n ** 10n }),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([p, w, scale, dFig, dPct]) => ({
      part: amountFromScaled(p, scale),
      whole: amountFromScaled(p + w, scale),
      dFig,
      dPct,
    }))
  const print = (x: Amount, d: number): Printed => P(formatAmount(x, { decimals: d }))

  it('never calls wrong a percentage computed from the exact values behind the printed figures (property)', () => {
    fc.assert(
      fc.property(exactPair, ({ part, whole, dFig, dPct }) => {
        const wholePrinted = print(whole, dFig)
        fc.pre(wholePrinted.kind === 'amount' && sign(wholePrinted.value) !== 0)
        const pct = divRound(shift(part, 2), whole, dPct, 'halfUp')
        const printed = P(formatAmount(pct, { decimals: dPct }))
        const r = checkPercentage({ part: print(part, dFig), whole: wholePrinted, printed })
        return r.status === 'right' || r.status === 'right-within-rounding'
      }),
      PROPERTY,
    )
  }, 60_000)

  it('always calls wrong a percentage beyond the supported interval (property)', () => {
    fc.assert(
      fc.property(exactPair, fc.boolean(), ({ part, whole, dFig, dPct }, above) => {
        const partPrinted = print(part, dFig)
        const wholePrinted = print(whole, dFig)
        fc.pre(wholePrinted.kind === 'amount' && sign(wholePrinted.value) !== 0)
        const base = checkPercentage({ part: partPrinted, whole: wholePrinted, printed: Q('0%') })
        if (base.interval === null) return false
        // one printed unit beyond the (outward-rounded) bound, rounded further outward
        const beyond = above
          ? add(roundTo(base.interval.high, dPct, 'down'), mul(amount(2), ulp(dPct)))
          : sub(roundTo(base.interval.low, dPct, 'down'), mul(amount(2), ulp(dPct)))
        const printed = P(formatAmount(beyond, { decimals: dPct }))
        return checkPercentage({ part: partPrinted, whole: wholePrinted, printed }).status === 'wrong'
      }),
      PROPERTY,
    )
  }, 60_000)
})

describe('checkGrowth', () => {
  it('checks 增长 y% against current and prior (seed 000: 增长14.00%)', () => {
    const ok = checkGrowth({
      current: P('8944.03'),
      prior: P('7845.61'),
      printed: Q('14.00%'),
      direction: 'increase',
    })
    expect(ok.status).toBe('right')
    expect(String(ok.recomputed)).toBe('14')
    expect(
      checkGrowth({ current: P('8944.03'), prior: P('7845.61'), printed: Q('14.10%'), direction: 'increase' })
        .status,
    ).toBe('wrong')
  })

  it('reads 下降 as negative and catches a wrong direction', () => {
    const down = checkGrowth({
      current: P('90.00'),
      prior: P('100.00'),
      printed: Q('10.00%'),
      direction: 'decrease',
    })
    expect(down.status).toBe('right')
    expect(String(down.printed)).toBe('-10')
    expect(
      checkGrowth({ current: P('90.00'), prior: P('100.00'), printed: Q('10.00%'), direction: 'increase' })
        .status,
    ).toBe('wrong')
  })

  it('allows what rounding of small figures explains', () => {
    // 1.0 → 1.2 is +20%, but 0.95 → 1.25 is +31.6%
    expect(checkGrowth({ current: P('1.2'), prior: P('1.0'), printed: Q('30%') }).status).toBe(
      'right-within-rounding',
    )
    expect(checkGrowth({ current: P('1.2'), prior: P('1.0'), printed: Q('40%') }).status).toBe('wrong')
  })

  it('checks a rate stated with its change when the prior year is not printed', () => {
    const r = checkGrowth({
      current: P('8944.03'),
      change: P('1098.42'),
      printed: Q('14.00%'),
      direction: 'increase',
    })
    expect(r.status).toBe('right')
    // seed 002: 减少 1027.17 万元，下降 57.38% from 762.71: 1027.17 / 1789.88 = 57.3876%
    const t = checkGrowth({
      current: P('762.71'),
      change: P('1027.17'),
      printed: Q('57.38%'),
      direction: 'decrease',
    })
    expect(t.status).toBe('wrong')
    expect(String(t.recomputed)).toBe('-57.39')
    expect(
      checkGrowth({ current: P('762.71'), change: P('1027.17'), printed: Q('57.39%'), direction: 'decrease' })
        .status,
    ).toBe('right')
    // a change as large as the current figure leaves a zero prior year
    expect(
      checkGrowth({ current: P('5.00'), change: P('5.00'), printed: Q('100%'), direction: 'increase' })
        .status,
    ).toBe('not-computable')
  })

  it('cannot compute growth from a zero prior year', () => {
    expect(checkGrowth({ current: P('5.00'), prior: P('0.00'), printed: Q('100%') })).toMatchObject({
      status: 'not-computable',
      reason: 'zero-denominator',
    })
  })
})

describe('checkChange', () => {
  it('checks 增加/减少 x 万元', () => {
    expect(
      checkChange({
        current: P('8944.03'),
        prior: P('7845.61'),
        printed: P('1098.42'),
        direction: 'increase',
      }).status,
    ).toBe('right')
    expect(
      checkChange({ current: P('3.20'), prior: P('4.00'), printed: P('0.80'), direction: 'decrease' }).status,
    ).toBe('right')
    // the Chinese words are still accepted (deprecated) and mean the same
    expect(
      checkChange({ current: P('3.20'), prior: P('4.00'), printed: P('0.80'), direction: '减少' }).status,
    ).toBe('right')
    expect(
      checkGrowth({ current: P('90.00'), prior: P('100.00'), printed: Q('10.00%'), direction: '下降' })
        .status,
    ).toBe('right')
    expect(
      checkChange({ current: P('3.20'), prior: P('4.00'), printed: P('0.80'), direction: 'increase' }).status,
    ).toBe('wrong')
    expect(checkChange({ current: P('8944.03'), prior: P('7845.61'), printed: P('1098.52') }).status).toBe(
      'wrong',
    )
  })

  it('allows what the figures’ rounding explains', () => {
    // 10.4 − 5.2 = 5.2, but 10.44 − 5.16 = 5.28 → printed 5.28 is possible
    const r = checkChange({ current: P('10.4'), prior: P('5.2'), printed: P('5.28') })
    expect(r.status).toBe('right-within-rounding')
    expect([String(r.interval?.low), String(r.interval?.high)]).toEqual(['5.1', '5.3'])
    expect(checkChange({ current: P('10.4'), prior: P('5.2'), printed: P('5.36') }).status).toBe('wrong')
  })

  it('cannot compute with a placeholder', () => {
    expect(checkChange({ current: P('××.××'), prior: P('1'), printed: P('1') }).status).toBe('not-computable')
  })
})
