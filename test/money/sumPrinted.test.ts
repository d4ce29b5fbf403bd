import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { add, amount, amountFromScaled, eq, sum } from '../../src/money/decimal'
import { formatAmount } from '../../src/money/formatAmount'
import { groupSum } from '../../src/money/groupSum'
import { parseAmount } from '../../src/money/parseAmount'
import { sumPrinted } from '../../src/money/sumPrinted'
import { toCanonical } from '../../src/money/toCanonical'
import type { Amount } from '../../src/money/types'
import { PROPERTY } from './arbitraries'

const MAX = Number.MAX_SAFE_INTEGER

const figure = fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }) },
  { weight: 1, arbitrary: fc.constantFrom(BigInt(MAX), BigInt(-MAX), BigInt(MAX) - 1n) },
)
const printed = fc.tuple(figure, fc.integer({ min: 0, max: 4 }), fc.boolean()).map(([u, d, thousands]) => ({
  value: amountFromScaled(u, d),
  text: formatAmount(amountFromScaled(u, d), { decimals: d, thousands }),
}))

describe('sumPrinted', () => {
  it('adds printed figures exactly, with the largest number of decimals', () => {
    const r = sumPrinted(['658.67', '8,285.36', '', '-', '0.1'])
    expect(toCanonical(r.total)).toBe('8944.13')
    expect(r).toMatchObject({ count: 5, blanks: 1, dashes: 1 })
    expect(toCanonical(sumPrinted([]).total)).toBe('0')
  })

  it('reads the printed forms the parser reads (OCR spacing, full-width, parentheses)', () => {
    expect(toCanonical(sumPrinted(['132, 372. 61', '１，０００．００', '(2.61)', '−10']).total)).toBe(
      '133360.00',
    )
  })

  it('falls back to exact arithmetic past Number.MAX_SAFE_INTEGER', () => {
    // 9007199254740991 + 1 is 2^53: a float sum would still be right here, but + 1 more is not
    const r = sumPrinted([String(MAX), '1', '1'])
    expect(toCanonical(r.total)).toBe('9007199254740993')
    expect(Number(MAX) + 1 + 1).toBe(9007199254740992) // what a float sum gives
    const cents = sumPrinted(['90,071,992,547,409.91', '0.01', '0.01'])
    expect(toCanonical(cents.total)).toBe('90071992547409.93')
  })

  it('falls back for single figures of more than 15 digits', () => {
    const r = sumPrinted(['12345678901234567890.12', '0.01', '-12345678901234567890.00'])
    expect(toCanonical(r.total)).toBe('0.13')
  })

  it('keeps the scale exact when decimals vary and a rescale would overflow', () => {
    const r = sumPrinted(['900719925474099', '0.000001', '1.5'])
    expect(toCanonical(r.total)).toBe('900719925474100.500001')
  })

  it.each([
    ['××.××', '占位符'],
    ['0.67万元', '单位'],
    ['1,2345', '千分位'],
    ['12.', '缺少数字'],
    ['abc', '“a”'],
  ])('refuses %j (the fast loop never accepts what the parser refuses)', (bad, said) => {
    try {
      sumPrinted(['1.00', bad])
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'AMOUNT_MALFORMED')).toBe(true)
      expect((e as Error).message).toContain(said)
    }
  })

  it('equals the Decimal sum on random inputs, huge ones included (property)', () => {
    fc.assert(
      fc.property(fc.array(printed, { maxLength: 60 }), (xs) => {
        const fast = sumPrinted(xs.map((x) => x.text)).total.value
        const exact = xs.reduce<Amount>((acc, x) => add(acc, parseAmount(x.text)), amount(0))
        return eq(fast, exact) && eq(fast, sum(xs.map((x) => x.value)))
      }),
      PROPERTY,
    )
  }, 60_000)
})

describe('groupSum', () => {
  it('adds by group in order of first appearance', () => {
    const totals = groupSum(['81.37', '8,800.20', '0.01', '56.47'], ['208', '210', '208', '221'])
    expect([...totals.keys()]).toEqual(['208', '210', '221'])
    expect(toCanonical(totals.get('208') as never)).toBe('81.38')
    expect(toCanonical(totals.get('210') as never)).toBe('8800.20')
  })

  it('refuses texts and keys of different lengths', () => {
    try {
      groupSum(['1'], [])
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'CALC_INVALID_INPUT')).toBe(true)
    }
  })

  it('equals per-group Decimal sums on random inputs, huge ones included (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(printed, fc.integer({ min: 0, max: 4 })), { maxLength: 80 }), (rows) => {
        const totals = groupSum(
          rows.map(([p]) => p.text),
          rows.map(([, k]) => k),
        )
        for (let k = 0; k <= 4; k++) {
          const mine = rows.filter(([, g]) => g === k).map(([p]) => p.value)
          const got = totals.get(k)
          if (mine.length === 0) {
            if (got !== undefined) return false
          } else if (got === undefined || !eq(got.value, sum(mine))) return false
        }
        return true
      }),
      PROPERTY,
    )
  }, 60_000)
})
