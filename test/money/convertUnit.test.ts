import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { convertUnit } from '../../src/money/convertUnit'
import { amount, eq } from '../../src/money/decimal'
import type { MoneyUnit } from '../../src/money/types'
import { amountArb, PROPERTY } from './arbitraries'

const unitArb = fc.constantFrom<MoneyUnit>('元', '万元', '亿元')

describe('convertUnit', () => {
  it.each([
    ['8938.04', '万元', '元', '89380400'],
    ['64320000', '元', '万元', '6432'],
    ['1.5', '亿元', '万元', '15000'],
    ['15000', '万元', '亿元', '1.5'],
    ['0.01', '元', '亿元', '0.0000000001'],
    ['7.3', '万元', '万元', '7.3'],
  ] as const)('converts %s %s to %s: %s', (value, from, to, expected) => {
    expect(String(convertUnit(amount(value), from, to))).toBe(expected)
  })

  it('refuses a unit it does not know', () => {
    try {
      convertUnit(amount(1), '千元' as MoneyUnit, '元')
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'UNIT_UNKNOWN')).toBe(true)
      expect((e as Error).message).toContain('千元')
    }
  })

  it('round-trips exactly between any two units (property)', () => {
    fc.assert(
      fc.property(amountArb, unitArb, unitArb, (x, a, b) => eq(convertUnit(convertUnit(x, a, b), b, a), x)),
      PROPERTY,
    )
  }, 30_000)

  it('composes: 元→万元→亿元 equals 元→亿元 (property)', () => {
    fc.assert(
      fc.property(amountArb, (x) =>
        eq(convertUnit(convertUnit(x, '元', '万元'), '万元', '亿元'), convertUnit(x, '元', '亿元')),
      ),
      PROPERTY,
    )
  }, 30_000)
})
