import { describe, expect, it } from 'vitest'
import { isAllowedPair } from '../../../src/codes/economic/isAllowedPair'
import { isMedbudgetError } from '../../../src/errors'

describe('isAllowedPair', () => {
  it.each([
    ['30110', '50102'],
    ['30110', '50501'],
    ['30107', '50501'],
    ['30299', '50502'],
    ['30203', '50205'],
    ['31002', '50306'],
    ['30907', '50404'],
    ['30307', '50901'],
    ['301', '501'],
    ['301 | 01', '501 | 01'],
  ])('allows %s → %s', (dept, gov) => {
    expect(isAllowedPair(dept, gov)).toBe(true)
  })

  it.each([
    ['30101', '50201', 'wages are not 办公经费'],
    ['30201', '50101', '办公费 is not a wage'],
    ['30110', '50103', '医疗保险 is not 住房公积金'],
    ['31002', '50404', '310 is 503, 309 is 504'],
    ['30907', '50306', '309 is 504, 310 is 503'],
    ['30302', '50101', 'pensions are 509'],
    ['31302', '50102', 'a fund subsidy is 510'],
    ['30101', '501', 'a 款 does not pair with a 类'],
    ['301', '50101', 'a 类 does not pair with a 款'],
  ])('rejects %s → %s (%s)', (dept, gov) => {
    expect(isAllowedPair(dept, gov)).toBe(false)
  })

  it('answers false, without throwing, for well-formed codes it does not know', () => {
    expect(isAllowedPair('30198', '50101')).toBe(false)
    expect(isAllowedPair('30101', '50198')).toBe(false)
  })

  it.each([
    ['30101', '30101'],
    ['50101', '50101'],
    ['30101', '5010l'],
    ['2101501', '50101'],
  ])('rejects malformed or misplaced input %s → %s', (dept, gov) => {
    try {
      isAllowedPair(dept, gov)
      expect.unreachable()
    } catch (err) {
      expect(isMedbudgetError(err, 'CODE_MALFORMED')).toBe(true)
    }
  })
})
