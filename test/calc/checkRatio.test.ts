// checkRatio picks the smallest and the largest corner of its box on integers when every figure and
// cross product allows (extremeCorners), else on decimal.js: the same corners either way.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extremeCorners, extremeCornersOnDecimal, type Fraction } from '../../src/calc/checkRatio'
import { amount } from '../../src/money/decimal'

// a figure of 0–4 decimals, from a few digits to past the safe-integer range
const figure = (sign: 1 | -1 | 0) =>
  fc
    .tuple(fc.bigInt({ min: 1n, max: 10n ** 19n }), fc.integer({ min: 0, max: 4 }), fc.boolean())
    .map(([n, d, minus]) => {
      const digits = n.toString().padStart(d + 1, '0')
      const text = d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`
      const negative = sign === 0 ? minus : sign < 0
      return amount(negative ? `-${text}` : text)
    })
const small = (sign: 1 | -1 | 0) =>
  fc.integer({ min: 1, max: 99_999 }).map((n) => amount(((sign < 0 ? -n : n) / 100).toFixed(2)))

describe('extremeCorners', () => {
  it('picks the corners decimal.js picks, on short figures (integers) and long ones (fallback)', () => {
    let integer = 0
    fc.assert(
      fc.property(
        fc.constantFrom<1 | -1>(1, -1),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(small(0), figure(0)), { minLength: 6, maxLength: 6 }),
        fc.array(fc.oneof(small(1), figure(1)), { minLength: 6, maxLength: 6 }),
        (dSign, short, picks, ns, ds) => {
          // the denominators share one sign (checkRatio's box never straddles zero)
          const corners: Fraction[] = picks.map(([i, j]) => {
            const n = ns[i % 6] as Fraction['n']
            const d = ds[j % 6] as Fraction['d']
            return { n, d: dSign < 0 ? amount(`-${String(d)}`) : d }
          })
          const chosen = short ? corners.slice(0, 1).concat(corners) : corners
          const expected = extremeCornersOnDecimal(chosen)
          expect(extremeCorners(chosen)).toEqual(expected)
          if (chosen.every((c) => String(c.n).length < 8 && String(c.d).length < 8)) integer++
        },
      ),
      { seed: 42, numRuns: 2000 },
    )
    expect(integer).toBeGreaterThan(50)
  }, 30_000)

  it('keeps the first of equal corners, as the decimal comparison does', () => {
    const half = { n: amount('1'), d: amount('2') }
    const same = { n: amount('2.00'), d: amount('4') }
    const quarter = { n: amount('0.25'), d: amount('1') }
    expect(extremeCorners([half, same, quarter])).toEqual([2, 0])
    expect(extremeCorners([same, half, quarter])).toEqual([2, 0])
    // past the safe range: decimal.js decides, the answer is the same
    const big = { n: amount('123456789012345678.9'), d: amount('1') }
    expect(extremeCorners([half, big])).toEqual([0, 1])
  })
})
