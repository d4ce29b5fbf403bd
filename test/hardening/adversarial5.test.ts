/**
 * Issue 14, fifth adversarial pass (branch hard5): options and inputs that are not objects, or whose
 * fields cannot be read (throwing getters, Proxies), symbols and objects with a throwing `toString`
 * where a unit or a number of decimals goes, and 10^5-character units. Each regression is named
 * after its input; each ends in a typed error with a bounded message, and the look-alike valid call
 * still answers.
 */
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index'
import { throwingProxy as makeThrowingProxy } from './adversarial2/hostile'

const a = api.amount('8938.04')
const b = api.amount('12.5')
// biome-ignore lint/suspicious/noExplicitAny: hostile values go where the types say they cannot
type Any = any
const throwingProxy = makeThrowingProxy()
const throwingGetter = Object.defineProperty({}, 'decimals', {
  enumerable: true,
  get: () => {
    throw new Error('getter')
  },
})
const throwingToString = {
  toString: () => {
    throw new Error('toString')
  },
}

function typedError(f: () => unknown, code?: string): void {
  try {
    f()
  } catch (e) {
    expect(api.isMedbudgetError(e), String(e)).toBe(true)
    if (code) expect((e as api.MedbudgetError).code).toBe(code)
    expect((e as Error).message.length).toBeLessThan(300)
    return
  }
  expect.unreachable('no error')
}

describe('fifth adversarial pass (issue 14)', () => {
  it('formatAmount with a unit of 10^5 characters: typed, message bounded (was 200,033 characters)', () => {
    typedError(() => api.formatAmount(a, { decimals: 2, unit: 'e'.repeat(100_000) as Any }), 'UNIT_UNKNOWN')
    expect(api.formatAmount(a, { decimals: 2, unit: '万元' })).toBe('8938.04万元')
  })

  it('formatAmount with null, Proxy or throwing-getter options, or a symbol unit or decimals: typed', () => {
    typedError(() => api.formatAmount(a, null as Any), 'OPTION_INVALID')
    typedError(() => api.formatAmount(a, throwingGetter as Any), 'OPTION_INVALID')
    typedError(() => api.formatAmount(a, { decimals: 2, unit: Symbol('u') as Any }), 'UNIT_UNKNOWN')
    typedError(() => api.formatAmount(a, { decimals: 2, unit: throwingToString as Any }), 'UNIT_UNKNOWN')
    typedError(() => api.formatAmount(a, { decimals: Symbol('d') as Any }), 'PRECISION_INVALID')
    expect(api.formatAmount(a, { decimals: 1 })).toBe('8938.0')
  })

  it('convertUnit from an object whose toString throws, or a Proxy: typed', () => {
    typedError(() => api.convertUnit(a, throwingToString as Any, '元'), 'UNIT_UNKNOWN')
    typedError(() => api.convertUnit(a, '元', throwingProxy as Any), 'UNIT_UNKNOWN')
    expect(String(api.convertUnit(a, '万元', '元'))).toBe('89380400')
  })

  it('share, growth, allocateShares with throwing options or symbol decimals: typed', () => {
    typedError(() => api.share(a, b, throwingGetter as Any), 'OPTION_INVALID')
    typedError(() => api.growth(a, b, throwingGetter as Any), 'OPTION_INVALID')
    typedError(() => api.allocateShares([a, b], Symbol('d') as Any), 'PRECISION_INVALID')
    typedError(() => api.allocateShares([a, b], throwingToString as Any), 'PRECISION_INVALID')
    expect(String((api.share(b, a, { decimals: 1 }) as Any).value)).toBe('0.1')
  })

  it('catalog lookup and search, lineItemsFromCsv with null options: typed', () => {
    typedError(() => api.lookupFunctionalCode('2010101', null as Any), 'OPTION_INVALID')
    typedError(() => api.functionalCatalog.lookup('2010101', null as Any), 'OPTION_INVALID')
    typedError(() => api.searchFunctionalByName('行政运行', null as Any), 'OPTION_INVALID')
    typedError(() => api.lineItemsFromCsv('a,b\n1,2', null as Any), 'OPTION_INVALID')
    expect(api.functionalCatalog.lookup('2010101', {}).status).toBeDefined()
  })

  it('checkChange and checkPercentage of null: typed', () => {
    typedError(() => api.checkChange(null as Any), 'CALC_INVALID_INPUT')
    typedError(() => api.checkPercentage(null as Any), 'CALC_INVALID_INPUT')
    const p = api.parsePrinted
    expect(
      api.checkPercentage({ part: p('1.00'), whole: p('2.00'), printed: api.parsePercent('50.00%') }).status,
    ).toBe('right')
  })

  it('normalizeName of a number, sumPrinted of a Proxy, groupSum of null: typed', () => {
    typedError(() => api.normalizeName(5 as Any), 'CALC_INVALID_INPUT')
    typedError(() => api.sumPrinted(throwingProxy as Any), 'CALC_INVALID_INPUT')
    typedError(() => api.sumPrinted(throwingToString as Any), 'CALC_INVALID_INPUT')
    typedError(() => api.groupSum(null as Any, null as Any), 'CALC_INVALID_INPUT')
    expect(api.toCanonical(api.sumPrinted(new Set(['1.00', '2.50'])).total)).toBe('3.50')
    expect(api.normalizeName('（十）卫生健康支出')).toBe('卫生健康')
  })
})
