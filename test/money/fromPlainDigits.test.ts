import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { add, cmp, fromDecimalLiteral, fromPlainDigits, isAmount, mul } from '../../src/money/decimal'

// The fast path builds decimal.js's representation itself: it must be the constructor's, field by field
const fieldsOf = (x: unknown): { s: number; e: number; d: readonly number[] } => {
  const { s, e, d } = x as { s: number; e: number; d: number[] }
  return { s, e, d: [...d] }
}

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom('0', '0', '0', '9'), fc.integer({ min: 0, max: 9 }).map(String)), {
      minLength: min,
      maxLength: max,
    })
    .map((ds) => ds.join(''))

describe('fromPlainDigits', () => {
  it('lays out every plain figure exactly as new Decimal does (leading and trailing zeros, every word boundary)', () => {
    fc.assert(
      fc.property(digits(1, 30), digits(0, 30), fc.boolean(), (intPart, fraction, negative) => {
        const unsigned = fraction === '' ? intPart : `${intPart}.${fraction}`
        const zero = /^0*$/.test(intPart + fraction)
        const literal = negative && !zero ? `-${unsigned}` : unsigned
        const fast = fromPlainDigits(intPart, fraction, negative)
        expect(fieldsOf(fast)).toEqual(fieldsOf(new Decimal(literal)))
        expect(fieldsOf(fast)).toEqual(fieldsOf(fromDecimalLiteral(literal)))
        expect((fast as unknown as Decimal).toString()).toBe(new Decimal(literal).toString())
      }),
      { seed: 42, numRuns: 5000 },
    )
  }, 60_000)

  it('gives amounts that compute like any other: frozen, exact in sums and products', () => {
    fc.assert(
      fc.property(digits(1, 20), digits(0, 12), digits(1, 20), digits(0, 12), (a, b, c, d) => {
        const x = fromPlainDigits(a, b)
        const y = fromPlainDigits(c, d)
        const lx = fromDecimalLiteral(b === '' ? a : `${a}.${b}`)
        const ly = fromDecimalLiteral(d === '' ? c : `${c}.${d}`)
        expect(isAmount(x)).toBe(true)
        expect(Object.isFrozen(x)).toBe(true)
        expect(Object.isFrozen((x as unknown as { d: number[] }).d)).toBe(true)
        expect(cmp(add(x, y), add(lx, ly))).toBe(0)
        expect(cmp(mul(x, y), mul(lx, ly))).toBe(0)
        expect(cmp(x, lx)).toBe(0)
      }),
      { seed: 42, numRuns: 2000 },
    )
  }, 60_000)

  it('reads the word boundaries of decimal.js at the edges: 7 and 8 digits, zeros before the first digit', () => {
    for (const [i, f] of [
      ['1234567', ''],
      ['12345678', ''],
      ['0', '0000001'],
      ['0', '00000001'],
      ['0000', '000'],
      ['9999999', '9999999'],
      ['10000000', '0000000'],
    ] as const) {
      const literal = f === '' ? i : `${i}.${f}`
      expect(fieldsOf(fromPlainDigits(i, f))).toEqual(fieldsOf(new Decimal(literal)))
    }
  })
})
