import { describe, expect, it } from 'vitest'
import { allowedGovernmentCodes } from '../../../src/codes/economic/allowedGovernmentCodes'
import { isMedbudgetError } from '../../../src/errors'

describe('allowedGovernmentCodes', () => {
  it('answers both targets of 30110, the usual one first (seed 000 prints both)', () => {
    const answer = allowedGovernmentCodes('30110')
    expect(answer.status).toBe('known')
    expect(answer.codes).toEqual(['50102', '50501'])
    const seeds = answer.targets.flatMap((t) =>
      t.provenance.map((p) => (p.kind === 'seed' ? p.seed : p.kind)),
    )
    expect(seeds).toContain('000_7bfb42c5bf8cfd77.txt')
  })

  it('reads split codes', () => {
    expect(allowedGovernmentCodes('301 | 10')).toEqual(allowedGovernmentCodes('30110'))
    expect(allowedGovernmentCodes('301\t01').codes).toEqual(['50101', '50501'])
  })

  it('answers a 类 with government 类', () => {
    expect(allowedGovernmentCodes('310').codes).toEqual(['503', '506'])
    expect(allowedGovernmentCodes('313').codes).toEqual(['510'])
  })

  it('answers a well-formed code it does not know as unknown, without throwing', () => {
    expect(allowedGovernmentCodes('30198')).toEqual({
      status: 'unknown',
      dept: '30198',
      codes: [],
      targets: [],
    })
    expect(allowedGovernmentCodes('308').status).toBe('unknown')
  })

  it.each(['301l', '50101', '2101501', '3010101', ''])('rejects %j as malformed', (input) => {
    try {
      allowedGovernmentCodes(input)
      expect.unreachable()
    } catch (err) {
      expect(isMedbudgetError(err, 'CODE_MALFORMED')).toBe(true)
    }
  })

  it('hands out frozen data', () => {
    const answer = allowedGovernmentCodes('30101')
    expect(Object.isFrozen(answer.targets)).toBe(true)
  })
})
