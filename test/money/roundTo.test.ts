import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { amount } from '../../src/money/decimal'
import { down } from '../../src/money/down'
import { halfEven } from '../../src/money/halfEven'
import { halfUp } from '../../src/money/halfUp'
import { roundTo } from '../../src/money/roundTo'

describe('rounding modes', () => {
  it.each([
    // value, decimals, halfUp, halfEven, down
    ['2.345', 2, '2.35', '2.34', '2.34'],
    ['2.355', 2, '2.36', '2.36', '2.35'],
    ['-2.345', 2, '-2.35', '-2.34', '-2.34'],
    ['2.3449', 2, '2.34', '2.34', '2.34'],
    ['0.5', 0, '1', '0', '0'],
    ['1.5', 0, '2', '2', '1'],
    ['-0.5', 0, '-1', '0', '0'],
    ['107.44', 1, '107.4', '107.4', '107.4'],
    ['132372.605', 2, '132372.61', '132372.6', '132372.6'],
  ] as const)('%s to %i places: %s / %s / %s', (value, d, up, even, toward) => {
    const x = amount(value)
    expect(String(halfUp(x, d))).toBe(up)
    expect(String(halfEven(x, d))).toBe(even)
    expect(String(down(x, d))).toBe(toward)
    expect(String(roundTo(x, d))).toBe(up)
    expect(String(roundTo(x, d, 'halfEven'))).toBe(even)
    expect(String(roundTo(x, d, 'down'))).toBe(toward)
  })

  it('refuses negative or fractional decimals', () => {
    for (const d of [-1, 1.5, Number.NaN]) {
      try {
        roundTo(amount(1), d)
        expect.unreachable()
      } catch (e) {
        expect(isMedbudgetError(e, 'PRECISION_INVALID')).toBe(true)
      }
    }
  })
})
