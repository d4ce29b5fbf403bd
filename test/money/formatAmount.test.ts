import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { amount, eq } from '../../src/money/decimal'
import { formatAmount } from '../../src/money/formatAmount'
import { parsePrinted } from '../../src/money/parsePrinted'
import { roundTo } from '../../src/money/roundTo'
import type { MoneyUnit } from '../../src/money/types'
import { amountArb, PROPERTY } from './arbitraries'

describe('formatAmount', () => {
  it.each([
    ['132372.605', { decimals: 2, thousands: true }, '132,372.61'],
    ['0.672', { decimals: 2, unit: '万元' as MoneyUnit }, '0.67万元'],
    ['-1234', { decimals: 1, thousands: true }, '-1,234.0'],
    ['999.995', { decimals: 2, thousands: true }, '1,000.00'],
    ['-0.004', { decimals: 2 }, '0.00'],
    ['123', { decimals: 0, thousands: true }, '123'],
    ['1234567', { decimals: 0, thousands: true }, '1,234,567'],
  ])('prints %s with %o as %j', (value, options, printed) => {
    expect(formatAmount(amount(value), options)).toBe(printed)
  })

  it('refuses an unknown unit and bad decimals', () => {
    expect(() => formatAmount(amount(1), { decimals: 2, unit: '美元' as MoneyUnit })).toThrow(/美元/)
    try {
      formatAmount(amount(1), { decimals: -1 })
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'PRECISION_INVALID')).toBe(true)
    }
  })

  it('parse(format(x)) gives x rounded, with the decimals and unit printed (property)', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.constantFrom<MoneyUnit | undefined>(undefined, '元', '万元', '亿元'),
        (x, decimals, thousands, unit) => {
          const text = formatAmount(
            x,
            unit === undefined ? { decimals, thousands } : { decimals, thousands, unit },
          )
          const p = parsePrinted(text)
          if (p.kind !== 'amount') return false
          return eq(p.value, roundTo(x, decimals)) && p.decimals === decimals && p.unit === unit
        },
      ),
      PROPERTY,
    )
  }, 30_000)

  it('parse(format(x)) = x exactly when x has no more decimals than printed (property)', () => {
    fc.assert(
      fc.property(amountArb, (x) => {
        const p = parsePrinted(formatAmount(x, { decimals: 6, thousands: true }))
        return p.kind === 'amount' && eq(p.value, x)
      }),
      PROPERTY,
    )
  }, 30_000)
})
