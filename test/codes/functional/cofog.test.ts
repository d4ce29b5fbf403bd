import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cofogMapping, cofogNames } from '../../../src/codes/functional/cofog/cofogMapping'
import { cofogOf } from '../../../src/codes/functional/cofog/cofogOf'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { MedbudgetError } from '../../../src/errors'

describe('COFOG mapping', () => {
  it('maps every 类 of the catalog, each line with a known COFOG code and reasoning in both languages', () => {
    const lei = functionalCatalog.entries.filter((e) => e.level === 'lei').map((e) => e.code)
    const mapped = new Set(cofogMapping.map((l) => l.code))
    expect(lei.filter((c) => !mapped.has(c))).toEqual([])
    for (const l of cofogMapping) {
      expect(functionalCatalog.has(l.code), l.code).toBe(true)
      expect(cofogNames[l.cofog], l.cofog).toBeTruthy()
      expect(l.why.zh.length).toBeGreaterThan(1)
      expect(l.why.en.length).toBeGreaterThan(1)
    }
    expect(new Set(cofogMapping.map((l) => l.code)).size).toBe(cofogMapping.length)
  })

  it('a 款 that differs from its 类 answers its own line; a 项 takes its nearest ancestor', () => {
    expect(cofogOf('2100201')).toMatchObject({
      via: '21002',
      division: '07',
      group: '07.3',
      groupName: 'Hospital services',
    })
    expect(cofogOf('2101501')).toMatchObject({ via: '210', division: '07', divisionName: 'Health' })
    expect(cofogOf('2101501')?.group).toBeUndefined()
    expect(cofogOf('【2120501】行政运行')).toMatchObject({ via: '21205', division: '05', group: '05.1' })
    expect(cofogOf('20203')).toMatchObject({ division: '01', group: '01.2' })
    expect(Object.isFrozen(cofogOf('210'))).toBe(true)
  })

  it('answers undefined for a 类 that is not mapped and throws on what is not a functional code', () => {
    expect(cofogOf('299')).toBeUndefined()
    expect(() => cofogOf('30101')).toThrow(MedbudgetError)
    expect(() => cofogOf('abc')).toThrow(MedbudgetError)
  })

  it('every code of the catalog has a COFOG division, consistent with its 类 line or a more precise one (property)', () => {
    const codes = functionalCatalog.entries.map((e) => e.code)
    fc.assert(
      fc.property(fc.constantFrom(...codes), (code) => {
        const a = cofogOf(code)
        expect(a).toBeDefined()
        expect(code.startsWith(a?.via ?? 'x')).toBe(true)
        expect(a?.division).toMatch(/^(0[1-9]|10)$/)
        if (a?.group !== undefined) expect(a.group.startsWith(a.division)).toBe(true)
      }),
      { seed: 42, numRuns: 300 },
    )
  }, 30_000)
})
