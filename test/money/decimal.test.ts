import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import {
  add,
  amount,
  amountFromScaled,
  cmp,
  divFloor,
  divRound,
  eq,
  isAmount,
  mul,
  neg,
  sub,
  sum,
  toScaledBigInt,
} from '../../src/money/decimal'
import { amountArb, PROPERTY } from './arbitraries'

function codeOf(f: () => unknown): string | undefined {
  try {
    f()
  } catch (e) {
    if (isMedbudgetError(e)) return e.code
    throw e
  }
  return undefined
}

describe('amount', () => {
  it('accepts decimal strings, safe integers, bigints and Decimals', () => {
    expect(String(amount('8938.04'))).toBe('8938.04')
    expect(String(amount('-0.50'))).toBe('-0.5')
    expect(String(amount(12))).toBe('12')
    expect(String(amount(Number.MAX_SAFE_INTEGER))).toBe('9007199254740991')
    expect(String(amount(10n ** 25n))).toBe('10000000000000000000000000')
    expect(String(amount(new Decimal('1.25')))).toBe('1.25')
  })

  it('rejects floats, unsafe integers and non-numbers with the documented codes', () => {
    expect(codeOf(() => amount(0.1))).toBe('AMOUNT_FLOAT_REJECTED')
    expect(codeOf(() => amount(8938.04))).toBe('AMOUNT_FLOAT_REJECTED')
    expect(codeOf(() => amount(2 ** 53))).toBe('AMOUNT_FLOAT_REJECTED')
    expect(codeOf(() => amount(Number.NaN))).toBe('AMOUNT_NOT_A_NUMBER')
    expect(codeOf(() => amount(Number.POSITIVE_INFINITY))).toBe('AMOUNT_NOT_A_NUMBER')
    expect(codeOf(() => amount(new Decimal(Number.NaN)))).toBe('AMOUNT_NOT_A_NUMBER')
    expect(codeOf(() => amount('8,938.04'))).toBe('AMOUNT_MALFORMED')
    expect(codeOf(() => amount('1e3'))).toBe('AMOUNT_MALFORMED')
    expect(codeOf(() => amount(' 1'))).toBe('AMOUNT_MALFORMED')
  })

  it('names the problem for a clerk in both languages', () => {
    try {
      amount(0.1)
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'AMOUNT_FLOAT_REJECTED')).toBe(true)
      expect((e as Error).message).toContain('浮点数')
      expect((e as Error).message).toContain('amountFromFloat')
    }
  })

  it('refuses inputs too long to stay exact', () => {
    expect(codeOf(() => amount('9'.repeat(500)))).toBe('AMOUNT_OUT_OF_RANGE')
    expect(codeOf(() => amount('9'.repeat(300)))).toBeUndefined()
  })

  it('gives frozen values that operations never mutate', () => {
    const a = amount('1.5')
    expect(Object.isFrozen(a)).toBe(true)
    expect(isAmount(a)).toBe(true)
    expect(isAmount(new Decimal(1))).toBe(false)
    const b = amount('-2.25')
    // every operation of the door works on frozen operands (a mutation would throw in strict mode)
    expect(String(add(a, b))).toBe('-0.75')
    expect(String(sub(a, b))).toBe('3.75')
    expect(String(mul(a, b))).toBe('-3.375')
    expect(String(neg(b))).toBe('2.25')
    expect(String(divRound(a, b, 3, 'halfUp'))).toBe('-0.667')
    expect(String(a)).toBe('1.5')
    expect(String(b)).toBe('-2.25')
  })

  it('prints plain notation, never exponents, and has no negative zero', () => {
    expect(String(amount('0.0000001'))).toBe('0.0000001')
    expect(String(amount('100000000000000000000000'))).toBe('100000000000000000000000')
    expect(JSON.stringify({ a: amount('1.10') })).toBe('{"a":"1.1"}')
    expect(String(neg(amount(0)))).toBe('0')
    expect(String(amountFromScaled(-0, 2))).toBe('0')
  })
})

describe('exact arithmetic', () => {
  it('adds decimals exactly where floats do not', () => {
    expect(String(add(amount('0.1'), amount('0.2')))).toBe('0.3')
    expect(String(sum([amount('658.67'), amount('8285.36')]))).toBe('8944.03')
    expect(String(sum([]))).toBe('0')
  })

  it('add and sub are inverse (property)', () => {
    fc.assert(
      fc.property(amountArb, amountArb, (a, b) => eq(sub(add(a, b), b), a)),
      PROPERTY,
    )
  }, 30_000)

  it('divRound rounds the exact quotient: ties by the mode, non-ties by the remainder', () => {
    expect(String(divRound(amount(1), amount(8), 2, 'halfUp'))).toBe('0.13')
    expect(String(divRound(amount(1), amount(8), 2, 'halfEven'))).toBe('0.12')
    expect(String(divRound(amount(3), amount(8), 2, 'halfEven'))).toBe('0.38')
    expect(String(divRound(amount(-1), amount(8), 2, 'halfUp'))).toBe('-0.13')
    expect(String(divRound(amount(1), amount(-8), 2, 'down'))).toBe('-0.12')
    expect(String(divRound(amount(2), amount(3), 2, 'halfUp'))).toBe('0.67')
    expect(String(divRound(amount(2), amount(3), 2, 'down'))).toBe('0.66')
    expect(codeOf(() => divRound(amount(1), amount(0), 2, 'halfUp'))).toBe('CALC_INVALID_INPUT')
  })

  it('divRound agrees with rounding the exact product back (property)', () => {
    fc.assert(
      fc.property(amountArb, amountArb, fc.integer({ min: 0, max: 4 }), (a, b, d) => {
        fc.pre(cmp(b, amount(0)) !== 0)
        const q = divRound(a, b, d, 'halfUp')
        // |q·b − a| ≤ ½·10^-d·|b|
        const err = sub(mul(q, b), a)
        const bound = mul(divRound(amount(1), amount(2), d + 1, 'halfUp'), b)
        const absErr = cmp(err, amount(0)) < 0 ? neg(err) : err
        const absBound = cmp(bound, amount(0)) < 0 ? neg(bound) : bound
        return cmp(absErr, absBound) <= 0
      }),
      PROPERTY,
    )
  }, 30_000)

  it('divFloor gives the floor and a remainder of the divisor sign', () => {
    const r = divFloor(amount(-7), amount(2))
    expect([String(r.quotient), String(r.remainder)]).toEqual(['-4', '1'])
    const s = divFloor(amount(7), amount(2))
    expect([String(s.quotient), String(s.remainder)]).toEqual(['3', '1'])
  })

  it('scales to and from integers exactly', () => {
    expect(toScaledBigInt(amount('12.3'), 2)).toBe(1230n)
    expect(String(amountFromScaled(893804, 2))).toBe('8938.04')
    expect(String(amountFromScaled(10n ** 30n + 1n, 2))).toBe('10000000000000000000000000000.01')
    expect(codeOf(() => toScaledBigInt(amount('12.345'), 2))).toBe('PRECISION_INVALID')
  })

  it('amount caps digits at 400 as parsePrinted does, whatever the sign and point (hard7)', () => {
    for (const ok of ['9'.repeat(400), `-${'9'.repeat(400)}`, `${'9'.repeat(200)}.${'9'.repeat(200)}`])
      expect(codeOf(() => amount(ok))).toBeUndefined()
    expect(codeOf(() => amount(-(10n ** 400n - 1n)))).toBeUndefined()
    // 401 digits: was accepted by amount (the cap counted characters) while parsePrinted refused it
    for (const tooMany of ['9'.repeat(401), `+${'9'.repeat(401)}`, `${'9'.repeat(201)}.${'9'.repeat(200)}`])
      expect(codeOf(() => amount(tooMany))).toBe('AMOUNT_OUT_OF_RANGE')
    expect(codeOf(() => amount(10n ** 400n))).toBe('AMOUNT_OUT_OF_RANGE')
  })

  it('refuses results of more than 2000 digits instead of computing on', () => {
    const big = amount('9'.repeat(400))
    const big4 = mul(mul(big, big), mul(big, big))
    expect(codeOf(() => mul(big4, mul(big, big)))).toBe('AMOUNT_OUT_OF_RANGE')
    expect(codeOf(() => mul(big, big))).toBeUndefined()
  })
})
