/**
 * Regression tests of issue 14 for the money layer: each names the break it guards against.
 */
import { describe, expect, it } from 'vitest'
import {
  amount,
  cmp,
  convertUnit,
  divRound,
  groupSum,
  halfUlp,
  isMedbudgetError,
  mul,
  parseAmount,
  parsePercent,
  parsePrinted,
  roundTo,
  shift,
  sub,
  sumPrinted,
  ulp,
} from '../../src/index'

function codeOf(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    return isMedbudgetError(e) ? e.code : `untyped: ${String(e)}`
  }
  return 'no error'
}

describe('issue 14: amounts stay finite and within the cap', () => {
  it('shift(amount(1), 1e16) is refused, never Infinity', () => {
    expect(codeOf(() => shift(amount(1), 1e16))).toBe('AMOUNT_OUT_OF_RANGE')
  })
  it('shift(amount(1), 1e9) is refused before building a billion-digit number', () => {
    expect(codeOf(() => shift(amount(1), 1e9))).toBe('AMOUNT_OUT_OF_RANGE')
    expect(codeOf(() => shift(amount(1), -1e9))).toBe('AMOUNT_OUT_OF_RANGE')
  })
  it('shift within the cap still works', () => {
    expect(String(shift(amount('8938.04'), 4))).toBe('89380400')
    expect(String(shift(amount(1), 1999))).toBe(`1${'0'.repeat(1999)}`)
  })
  it('shift by a fraction or NaN is a typed error', () => {
    expect(codeOf(() => shift(amount(1), 0.5))).toBe('CALC_INVALID_INPUT')
    expect(codeOf(() => shift(amount(1), Number.NaN))).toBe('CALC_INVALID_INPUT')
    expect(codeOf(() => shift(amount(1), Number.POSITIVE_INFINITY))).toBe('CALC_INVALID_INPUT')
  })
  it('mul beyond 2000 digits is refused', () => {
    const big = amount(`9${'9'.repeat(399)}`)
    let x = big
    let code = 'no error'
    for (let i = 0; i < 10 && code === 'no error'; i++) {
      code = codeOf(() => {
        x = mul(x, big)
      })
    }
    expect(code).toBe('AMOUNT_OUT_OF_RANGE')
  })
  it('NaN can never be compared equal to zero', () => {
    // no operation can produce NaN any more: sub of the largest amount from itself is zero
    const x = shift(amount(1), 2000)
    expect(cmp(sub(x, x), amount(0))).toBe(0)
    expect(codeOf(() => shift(x, 1))).toBe('AMOUNT_OUT_OF_RANGE')
  })
})

describe('issue 14: enum-like arguments are validated', () => {
  it("convertUnit(x, 'toString', '元') is UNIT_UNKNOWN, not decimal.js's error", () => {
    expect(codeOf(() => convertUnit(amount(1), 'toString' as never, '元'))).toBe('UNIT_UNKNOWN')
    expect(codeOf(() => convertUnit(amount(1), '元', '__proto__' as never))).toBe('UNIT_UNKNOWN')
    expect(String(convertUnit(amount(1), '万元', '元'))).toBe('10000')
  })
  it("roundTo(x, 0, '__proto__') and 'bogus' are OPTION_INVALID, never a silent half-up", () => {
    expect(codeOf(() => roundTo(amount('1.5'), 0, '__proto__' as never))).toBe('OPTION_INVALID')
    expect(codeOf(() => roundTo(amount('2.5'), 0, 'bogus' as never))).toBe('OPTION_INVALID')
    expect(codeOf(() => divRound(amount('5'), amount('2'), 0, 'bogus' as never))).toBe('OPTION_INVALID')
    expect(String(roundTo(amount('2.5'), 0, 'halfEven'))).toBe('2')
  })
  it('ulp(-5) and halfUlp(-5) are PRECISION_INVALID', () => {
    expect(codeOf(() => ulp(-5))).toBe('PRECISION_INVALID')
    expect(codeOf(() => halfUlp(-5))).toBe('PRECISION_INVALID')
    expect(codeOf(() => ulp(0.5))).toBe('PRECISION_INVALID')
    expect(String(ulp(2))).toBe('0.01')
  })
})

describe('issue 14: parsing is linear and errors quote a bounded excerpt', () => {
  it("parsePrinted('1' + ' '.repeat(1e5) + '1') is a typed error at once", () => {
    expect(codeOf(() => parsePrinted(`1${' '.repeat(1e5)}1`))).toBe('INPUT_TOO_LARGE')
  })
  it('spaces around separators at the length bound are handled in one pass', () => {
    const spaces = ' '.repeat(4000)
    expect(codeOf(() => parsePrinted(`1${spaces}2${spaces}3`))).toBe('AMOUNT_MALFORMED')
    expect(String(parseAmount(`132${' '.repeat(3000)},${' '.repeat(3000)}372. 61`))).toBe('132372.61')
  })
  it('parsePercent and sumPrinted reach the same bound', () => {
    expect(codeOf(() => parsePercent(`${'1'.repeat(2e5)}%`))).toBe('INPUT_TOO_LARGE')
    expect(codeOf(() => sumPrinted([`1${' '.repeat(1e5)}1`]))).toBe('INPUT_TOO_LARGE')
  })
  it('an error message never repeats the whole input', () => {
    for (const bad of [`${'x'.repeat(5000)}`, `${'×'.repeat(5000)}`, `1${' '.repeat(9000)}1`]) {
      try {
        parseAmount(bad)
        expect.unreachable()
      } catch (e) {
        expect(isMedbudgetError(e)).toBe(true)
        expect((e as Error).message.length).toBeLessThan(400)
      }
    }
  })
  it("sumPrinted('8938') is refused instead of adding up the characters", () => {
    expect(codeOf(() => sumPrinted('8938' as unknown as string[]))).toBe('CALC_INVALID_INPUT')
    expect(String(sumPrinted(['8938']).total.value)).toBe('8938')
  })
})

describe('issue 14: groupSum hands out no mutable Map', () => {
  it('the result cannot be changed', () => {
    const m = groupSum(['1', '2', '3'], ['a', 'b', 'a'])
    expect(String(m.get('a')?.value)).toBe('4')
    expect(Object.isFrozen(m)).toBe(true)
    expect((m as unknown as { set?: unknown }).set).toBeUndefined()
    expect([...m.keys()]).toEqual(['a', 'b'])
  })
})

describe('toScaledBigInt from plain notation (used by allocation)', () => {
  it('is exact, and refuses more decimals than the scale', async () => {
    const { toScaledBigInt } = await import('../../src/money/decimal')
    expect(toScaledBigInt(amount('-12.3'), 2)).toBe(-1230n)
    expect(toScaledBigInt(amount('0'), 3)).toBe(0n)
    expect(toScaledBigInt(amount('1200'), -2)).toBe(12n)
    expect(codeOf(() => toScaledBigInt(amount('0.001'), 2))).toBe('PRECISION_INVALID')
    expect(codeOf(() => toScaledBigInt(amount('1250'), -2))).toBe('PRECISION_INVALID')
  })
})
