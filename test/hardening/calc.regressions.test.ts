/**
 * Regression tests of issue 14 for the calculations.
 */
import { describe, expect, it } from 'vitest'
import {
  allocateShares,
  amount,
  checkChange,
  checkPercentage,
  isMedbudgetError,
  parsePrinted as P,
} from '../../src/index'

describe('issue 14: checkChange judges a half-open rounding interval', () => {
  it('a printed 1.0 for an exact change of 1.05 is wrong (1.05 prints 1.1)', () => {
    const r = checkChange({ current: amount('2.05'), prior: amount('1'), printed: P('1.0') })
    expect(r.status).toBe('wrong')
    expect(checkChange({ current: amount('2.05'), prior: amount('1'), printed: P('1.1') }).status).toBe(
      'right',
    )
  })
  it('the lower end is closed: 0.95 prints 1.0', () => {
    const r = checkChange({ current: amount('1.95'), prior: amount('1'), printed: P('1.0') })
    expect(r.status).toBe('right')
    expect(checkChange({ current: amount('1.96'), prior: amount('1'), printed: P('1.0') }).status).toBe(
      'right',
    )
    expect(checkChange({ current: amount('1.949'), prior: amount('1'), printed: P('1.0') }).status).toBe(
      'wrong',
    )
  })
  it('a decrease mirrors it: −1.05 prints −1.1, not −1.0', () => {
    const r = checkChange({
      current: amount('1'),
      prior: amount('2.05'),
      printed: P('1.0'),
      direction: '减少',
    })
    expect(r.status).toBe('wrong')
    const ok = checkChange({
      current: amount('1'),
      prior: amount('2.05'),
      printed: P('1.1'),
      direction: '减少',
    })
    expect(ok.status).toBe('right')
  })
  it('printed inputs still widen the tolerance', () => {
    // 2.0 and 1.0 printed with one decimal: the true change lies in [0.9, 1.1]
    expect(checkChange({ current: P('2.0'), prior: P('1.0'), printed: P('1.0') }).status).toBe('right')
    expect(checkChange({ current: P('2.00'), prior: P('1.00'), printed: P('1.01') }).status).toBe(
      'right-within-rounding',
    )
    expect(checkChange({ current: P('2.00'), prior: P('1.00'), printed: P('1.2') }).status).toBe('wrong')
  })
  it('agrees with checkPercentage on the same boundary', () => {
    // 1.05% printed as 1.0% is wrong for checkPercentage too
    expect(checkPercentage({ part: amount('1.05'), whole: amount('100'), printed: P('1.0') }).status).toBe(
      'wrong',
    )
  })
})

describe('issue 14: a calculation input that is neither amount nor printed figure', () => {
  it('is CALC_INVALID_INPUT, not a TypeError', () => {
    expect(() => checkChange({ current: '2' as never, prior: amount(1), printed: P('1') })).toThrow(
      expect.objectContaining({ code: 'CALC_INVALID_INPUT' }),
    )
    expect(() => checkPercentage({ part: null as never, whole: amount(1), printed: P('1') })).toThrow(
      expect.objectContaining({ code: 'CALC_INVALID_INPUT' }),
    )
  })
})

describe('issue 14: allocateShares([])', () => {
  it('says the list is empty, not that all weights are zero', () => {
    try {
      allocateShares([])
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'ALLOCATION_INVALID')).toBe(true)
      expect((e as Error).message).toContain('empty')
      expect((e as Error).message).not.toContain('zero')
    }
    expect(allocateShares([amount(1), amount(1)]).map(String)).toEqual(['50', '50'])
  })
})
