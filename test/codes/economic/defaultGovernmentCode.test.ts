import { describe, expect, it } from 'vitest'
import { defaultGovernmentCode } from '../../../src/codes/economic/defaultGovernmentCode'
import { isMedbudgetError } from '../../../src/errors'

describe('defaultGovernmentCode', () => {
  it.each([
    ['30101', '行政', '50101'],
    ['30101', '参公', '50101'],
    ['30101', '事业', '50501'],
    ['30110', '行政', '50102'],
    ['30110', '事业', '50501'],
    ['30201', '行政', '50201'],
    ['30201', '事业', '50502'],
    ['30226', '行政', '50205'],
    ['30302', '事业', '50905'],
    ['31002', '行政', '50306'],
    ['31002', '事业', '50601'],
    ['30907', '行政', '50404'],
    ['30907', '事业', '50602'],
    ['31302', '事业', '51002'],
    ['301', '事业', '505'],
  ] as const)('%s for a %s unit is %s', (dept, unitType, gov) => {
    expect(defaultGovernmentCode(dept, { unitType })).toEqual({ status: 'known', dept, unitType, code: gov })
  })

  it('assumes an administrative unit when no unit type is given', () => {
    expect(defaultGovernmentCode('30107').code).toBe('50501')
    expect(defaultGovernmentCode('30113').code).toBe('50103')
    expect(defaultGovernmentCode('30113').unitType).toBe('行政')
  })

  it('answers a well-formed unknown code as unknown', () => {
    expect(defaultGovernmentCode('39998', { unitType: '事业' })).toEqual({
      status: 'unknown',
      dept: '39998',
      unitType: '事业',
    })
  })

  it('rejects a government code given as a department code', () => {
    expect(() => defaultGovernmentCode('50101')).toThrow(expect.objectContaining({ code: 'CODE_MALFORMED' }))
    try {
      defaultGovernmentCode('30l01')
      expect.unreachable()
    } catch (err) {
      expect(isMedbudgetError(err, 'CODE_MALFORMED')).toBe(true)
    }
  })
})
