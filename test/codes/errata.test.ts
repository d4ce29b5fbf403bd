import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { codeErrata, economicCodeErrata, functionalCodeErrata } from '../../src/codes/errata'
import { parseCode } from '../../src/codes/parseCode'

const SEEDS = join(import.meta.dirname, '../fixtures/seeds')

describe('codeErrata', () => {
  it('is frozen and the union of the functional and economic lists', () => {
    expect(Object.isFrozen(codeErrata)).toBe(true)
    expect(Object.isFrozen(functionalCodeErrata[0])).toBe(true)
    expect(codeErrata).toEqual([...functionalCodeErrata, ...economicCodeErrata])
  })

  it.each(codeErrata.map((e) => [e.printed, e.intended, e] as const))(
    '%j → %s: printed in its seed, malformed as printed, well-formed as intended',
    (_printed, _intended, e) => {
      const lines = readFileSync(join(SEEDS, e.seed), 'utf8').split(/\r?\n/)
      const row = lines.find(
        (l) =>
          l.startsWith(`${e.printed}\t`) && (e.name === undefined || l.replace(/\s+/g, '').includes(e.name)),
      )
      expect(row, `${e.seed} prints ${JSON.stringify(e.printed)} beside ${e.name}`).toBeDefined()
      expect(() => parseCode(e.printed)).toThrow()
      expect(parseCode(e.intended).code).toBe(e.intended)
      expect(e.why.length).toBeGreaterThan(20)
      expect(parseCode(`${e.printed}\t${e.name ?? ''}`, { errata: codeErrata }).erratum).toBe(e)
    },
  )

  it('the functional list holds functional codes only, the economic list economic ones', () => {
    for (const e of functionalCodeErrata) expect(parseCode(e.intended).system).toBe('functional')
    for (const e of economicCodeErrata) expect(parseCode(e.intended).system).not.toBe('functional')
  })
})
