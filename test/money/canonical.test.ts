import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { formatAmount } from '../../src/money/formatAmount'
import { fromCanonical } from '../../src/money/fromCanonical'
import { isCanonical } from '../../src/money/isCanonical'
import { parsePrinted } from '../../src/money/parsePrinted'
import { toCanonical } from '../../src/money/toCanonical'
import { amountArb, PROPERTY } from './arbitraries'

describe('toCanonical / fromCanonical / isCanonical', () => {
  it.each([
    ['8,938.04', '8938.04'],
    ['0.00', '0.00'],
    ['9,187.2', '9187.2'],
    ['(3.50)', '-3.50'],
    ['', ''],
    ['  ', ''],
    ['—', '—'],
    ['××.××', '××.××'],
    ['·', '·'],
    ['0.67万元', '0.67万元'],
  ])('stores %j as %j', (printed, canonical) => {
    expect(toCanonical(parsePrinted(printed))).toBe(canonical)
    expect(isCanonical(canonical)).toBe(true)
  })

  it.each([
    '8,938.04',
    '-0.00',
    '-0',
    '007',
    ' 1.00',
    '1.00 ',
    '132, 372. 61',
    '１２',
    '(3.50)',
    '   ',
    'abc',
    '1.',
  ])('says %j is not canonical and fromCanonical refuses it', (text) => {
    expect(isCanonical(text)).toBe(false)
    try {
      fromCanonical(text)
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'AMOUNT_MALFORMED')).toBe(true)
    }
  })

  it('round-trips every printed value byte for byte (property)', () => {
    const printed = fc.oneof(
      fc
        .tuple(
          amountArb,
          fc.integer({ min: 0, max: 6 }),
          fc.boolean(),
          fc.constantFrom(undefined, '元', '万元', '亿元'),
        )
        .map(([a, d, thousands, unit]) =>
          formatAmount(a, unit === undefined ? { decimals: d, thousands } : { decimals: d, thousands, unit }),
        ),
      fc.constantFrom('', '-', '—', '－', '--', '××.××', '·', 'XX', '***'),
    )
    fc.assert(
      fc.property(printed, (text) => {
        const p = parsePrinted(text)
        const s = toCanonical(p)
        expect(isCanonical(s)).toBe(true)
        expect(fromCanonical(s)).toEqual(p)
        expect(toCanonical(fromCanonical(s))).toBe(s)
      }),
      PROPERTY,
    )
  }, 30_000)
})
