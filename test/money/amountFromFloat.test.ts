import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { amountFromFloat } from '../../src/money/amountFromFloat'

describe('amountFromFloat', () => {
  it.each([
    [0.1 + 0.2, 2, '0.3'],
    [8938.04, 2, '8938.04'],
    [1.005, 2, '1.01'],
    [1e21, 0, '1000000000000000000000'],
    [-2.5, 0, '-3'],
    [1e-7, 2, '0'],
  ])('reads %d with %i decimals as %s', (x, d, expected) => {
    expect(String(amountFromFloat(x, d))).toBe(expected)
  })

  it('takes a rounding mode', () => {
    expect(String(amountFromFloat(2.345, 2, 'halfEven'))).toBe('2.34')
    expect(String(amountFromFloat(2.349, 2, 'down'))).toBe('2.34')
  })

  it('refuses NaN and infinities', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      try {
        amountFromFloat(x, 2)
        expect.unreachable()
      } catch (e) {
        expect(isMedbudgetError(e, 'AMOUNT_NOT_A_NUMBER')).toBe(true)
      }
    }
  })
})
