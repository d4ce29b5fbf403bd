import { describe, expect, it } from 'vitest'
import { createCatalog } from '../../src/codes/catalog'
import { codeErrata } from '../../src/codes/errata'
import { parseCode } from '../../src/codes/parseCode'
import type { CatalogEntry } from '../../src/codes/types'
import { isMedbudgetError, type MedbudgetError } from '../../src/errors'

const mof = [{ kind: 'mof' }] as const
const entries = [
  {
    code: '210',
    level: 'lei',
    names: [
      { name: '医疗卫生与计划生育支出', from: 2014, to: 2018 },
      { name: '卫生健康支出', from: 2019 },
    ],
    en: 'Health',
    provenance: mof,
  },
  { code: '21015', level: 'kuan', names: [{ name: '医疗保障管理事务', from: 2022 }], provenance: mof },
  { code: '2101501', level: 'xiang', names: [{ name: '行政运行', from: 2022 }], provenance: mof },
  { code: '2101506', level: 'xiang', names: [{ name: '医疗保障经办事务', from: 2022 }], provenance: mof },
  {
    code: '2101299',
    level: 'xiang',
    names: [{ name: '财政对其他基本医疗保险基金的补助', from: 2022 }],
    provenance: mof,
  },
  {
    code: '21012',
    level: 'kuan',
    names: [{ name: '财政对基本医疗保险基金的补助', from: 2022 }],
    provenance: mof,
  },
  {
    code: '212',
    level: 'lei',
    names: [{ name: '城乡社区支出', from: 2022 }],
    aliases: ['城乡社区事务'],
    provenance: mof,
  },
  // abolished after 2023, to test "not in force"
  { code: '2101590', level: 'xiang', names: [{ name: '旧科目', from: 2022, to: 2023 }], provenance: mof },
] as const satisfies readonly CatalogEntry[]

type Code = (typeof entries)[number]['code']
const catalog = createCatalog<Code>(entries, { system: 'functional', editions: { first: 2022, last: 2026 } })

function catalogError(
  list: readonly CatalogEntry[],
  system: 'functional' | 'economic-department' = 'functional',
) {
  try {
    createCatalog(list, { system })
  } catch (e) {
    if (isMedbudgetError(e, 'CATALOG_INVALID')) return e as MedbudgetError
    throw e
  }
  throw new Error('expected CATALOG_INVALID')
}

describe('createCatalog', () => {
  it('returns a frozen catalog with frozen entries', () => {
    expect(Object.isFrozen(catalog)).toBe(true)
    expect(Object.isFrozen(catalog.entries)).toBe(true)
    expect(catalog.system).toBe('functional')
    expect(catalog.editions).toEqual({ first: 2022, last: 2026 })
  })

  it('copies and freezes entries it is given unfrozen, leaving the caller’s objects alone', () => {
    const mine: CatalogEntry[] = [
      { code: '210', level: 'lei', names: [{ name: '卫生健康支出', from: 2022 }], provenance: [] },
    ]
    mine[0] = { ...mine[0]!, provenance: [{ kind: 'user' }] }
    const built = createCatalog(mine, { system: 'functional' })
    expect(Object.isFrozen(mine)).toBe(false)
    expect(Object.isFrozen(built.entries[0]?.names)).toBe(true)
    expect(built.editions).toEqual({ first: 2022, last: 2022 })
  })

  describe('validation', () => {
    const ok = (code: string, level: CatalogEntry['level'], name = '名称'): CatalogEntry => ({
      code,
      level,
      names: [{ name, from: 2022 }],
      provenance: [{ kind: 'user' }],
    })

    it('accepts a consistent list', () => {
      expect(() =>
        createCatalog([ok('210', 'lei'), ok('21015', 'kuan')], { system: 'functional' }),
      ).not.toThrow()
    })

    it('reports duplicates, bad levels, missing parents, bad names and missing provenance together', () => {
      const err = catalogError([
        ok('210', 'lei'),
        ok('210', 'lei'),
        ok('21015', 'lei'),
        ok('2109901', 'xiang'),
        { code: '211', level: 'lei', names: [], provenance: [] },
        {
          code: '212',
          level: 'lei',
          names: [
            { name: 'a', from: 2022 },
            { name: 'b', from: 2023 },
          ],
          provenance: [{ kind: 'mof' }],
        },
        ok('2101 5', 'xiang'),
      ])
      const text = err.issues.map((i) => i.en).join('\n')
      expect(text).toContain('code 210 appears twice')
      expect(text).toContain('code 21015 is a kuan, not a lei')
      expect(text).toContain('the parent 21099 of 2109901 is missing')
      expect(text).toContain('code 211 has no name')
      expect(text).toContain('code 211 does not say where it comes from')
      expect(text).toContain('only the last name of 212 may be open-ended')
      expect(text).toContain('must be digits only')
      expect(err.en).toMatch(/^The catalog has \d+ problem/)
    })

    it('rejects codes of another system', () => {
      expect(catalogError([ok('301', 'lei')]).issues[0]?.en).toContain('functional code is expected')
      expect(() =>
        createCatalog([ok('301', 'lei'), ok('30101', 'kuan')], { system: 'economic-department' }),
      ).not.toThrow()
      expect(
        catalogError([ok('3010101', 'xiang'), ok('301', 'lei')], 'economic-department').issues[0]?.en,
      ).toContain('only 类')
    })

    it('rejects reversed and overlapping name ranges', () => {
      const err = catalogError([
        {
          code: '210',
          level: 'lei',
          names: [
            { name: 'a', from: 2020, to: 2019 },
            { name: 'b', from: 2019 },
          ],
          provenance: [{ kind: 'mof' }],
        },
      ])
      const text = err.issues.map((i) => i.en).join('\n')
      expect(text).toContain('ends before it starts')
      expect(text).toContain('overlap')
    })

    it('defers validation with on-first-use, then throws on the first query', () => {
      const lazy = createCatalog([ok('21015', 'kuan')], { system: 'functional', validate: 'on-first-use' })
      expect(() => lazy.has('21015')).toThrow(/parent 210/)
    })
  })

  describe('lookup', () => {
    it('answers a known code with the name in force that year', () => {
      const r = catalog.lookup('210 | 15 | 06', { year: 2024 })
      expect(r).toMatchObject({
        status: 'known',
        code: '2101506',
        level: 'xiang',
        name: '医疗保障经办事务',
        edition: 2024,
        nearestEdition: false,
        inForce: true,
      })
      if (r.status === 'known') expect(r.entry.code).toBe('2101506')
    })

    it('answers the nearest edition for a year outside the editions, and says so', () => {
      expect(catalog.lookup('210', { year: 2018 })).toMatchObject({
        edition: 2022,
        nearestEdition: true,
        name: '卫生健康支出',
      })
      expect(catalog.lookup('210', { year: 2031 })).toMatchObject({ edition: 2026, nearestEdition: true })
      expect(catalog.lookup('210')).toMatchObject({ edition: 2026, nearestEdition: false })
    })

    it('flags a code not in force in that edition', () => {
      expect(catalog.lookup('2101590', { year: 2025 })).toMatchObject({
        status: 'known',
        inForce: false,
        name: '旧科目',
      })
      expect(catalog.lookup('2101590', { year: 2023 })).toMatchObject({ inForce: true })
    })

    it('returns unknown, not a throw, for a well-formed code the catalog lacks', () => {
      expect(catalog.lookup('2101598', { year: 2024 })).toEqual({
        status: 'unknown',
        code: '2101598',
        level: 'xiang',
        edition: 2024,
        nearestEdition: false,
      })
    })

    it('throws CODE_MALFORMED for malformed input and for another system’s code', () => {
      expect(() => catalog.lookup('2101 5')).toThrow(expect.objectContaining({ code: 'CODE_MALFORMED' }))
      expect(() => catalog.lookup('30101')).toThrow(/functional code is expected/)
    })

    it('compares the printed name: current, former (with its edition), variant, different', () => {
      expect(catalog.lookup('【2101501】行政运行', { year: 2024 })).toMatchObject({
        printedNameMatch: 'current',
      })
      expect(catalog.lookup('210\t医疗卫生与计划生育支出', { year: 2024 })).toMatchObject({
        printedNameMatch: 'alias',
        printedNameEdition: { name: '医疗卫生与计划生育支出', from: 2014, to: 2018 },
      })
      expect(catalog.lookup('212 城乡社区事务')).toMatchObject({ printedNameMatch: 'alias' })
      expect(catalog.lookup('2101501 事业运行')).toMatchObject({
        printedNameMatch: 'different',
        printedName: '事业运行',
      })
    })

    it('applies errata when asked and reports them', () => {
      const r = catalog.lookup('210\t12\t00\t财政对其他基本医疗保险基金', { errata: codeErrata, year: 2025 })
      expect(r).toMatchObject({ status: 'known', code: '2101299', erratum: { intended: '2101299' } })
      // without errata the misprint is answered like any code the catalog lacks, flagged
      expect(catalog.lookup('210\t12\t00')).toMatchObject({
        status: 'unknown',
        code: '2101200',
        zeroSegment: true,
      })
    })

    it('answers a well-formed-looking misprint (款 or 项 00) as unknown, as get and nameOf do', () => {
      expect(catalog.lookup('2101200', { year: 2025 })).toEqual({
        status: 'unknown',
        code: '2101200',
        level: 'xiang',
        edition: 2025,
        nearestEdition: false,
        zeroSegment: true,
      })
      expect(catalog.lookup('21000')).toMatchObject({ status: 'unknown', level: 'kuan', zeroSegment: true })
      expect(catalog.get('2101200')).toBeUndefined()
      expect(catalog.nameOf('2101200')).toBeUndefined()
      // a code the catalog lacks but that has no 00 is not flagged
      expect(catalog.lookup('2101598')).not.toHaveProperty('zeroSegment')
      // parseCode itself still rejects it, and lookup still rejects what is not a code
      expect(() => parseCode('2101200')).toThrow(expect.objectContaining({ code: 'CODE_MALFORMED' }))
      expect(() => catalog.lookup('21012000')).toThrow(expect.objectContaining({ code: 'CODE_MALFORMED' }))
    })
  })

  describe('hierarchy and names', () => {
    it('get / has', () => {
      expect(catalog.get('21015')?.names[0]?.name).toBe('医疗保障管理事务')
      expect(catalog.get('21016')).toBeUndefined()
      expect(catalog.has('2101501')).toBe(true)
      expect(catalog.has('2101598')).toBe(false)
      expect(catalog.has('210 15 01')).toBe(false) // joined codes only
    })

    it('parent / children / ancestors / levelOf', () => {
      expect(catalog.parent('2101501')).toBe('21015')
      expect(catalog.parent('210')).toBeUndefined()
      expect(catalog.children('21015')).toEqual(['2101501', '2101506', '2101590'])
      expect(catalog.children('210')).toEqual(['21012', '21015'])
      expect(catalog.children('2101501')).toEqual([])
      expect(catalog.ancestors('2101501')).toEqual(['210', '21015'])
      expect(catalog.levelOf('210 | 15')).toBe('kuan')
    })

    it('nameOf answers the name of the edition nearest the year', () => {
      expect(catalog.nameOf('210', 2024)).toBe('卫生健康支出')
      expect(catalog.nameOf('210')).toBe('卫生健康支出')
      expect(catalog.nameOf('2109999')).toBeUndefined()
    })
  })

  describe('searchByName', () => {
    it('finds exact names after normalisation', () => {
      expect(catalog.searchByName('（十）卫生健康支出').map((m) => m.code)).toEqual(['210'])
      expect(catalog.searchByName('卫生健康（类）')[0]).toMatchObject({
        code: '210',
        match: 'current',
        score: 1,
      })
      expect(catalog.searchByName('医疗保障经办事务 ')[0]?.code).toBe('2101506')
      expect(catalog.searchByName('医疗保障经办')).toEqual([])
    })

    it('resolves a former name and says which editions it belongs to', () => {
      expect(catalog.searchByName('（九）医疗卫生与计划生育支出')[0]).toMatchObject({
        code: '210',
        name: '卫生健康支出',
        match: 'former',
        matchedEdition: { from: 2014, to: 2018 },
      })
    })

    it('resolves a recorded variant as an alias', () => {
      expect(catalog.searchByName('城乡社区事务')[0]).toMatchObject({
        code: '212',
        match: 'alias',
        name: '城乡社区支出',
      })
    })

    it('ranks fuzzy matches by similarity', () => {
      const matches = catalog.searchByName('医疗保障经办', { fuzzy: true })
      expect(matches[0]?.code).toBe('2101506')
      expect(matches[0]?.score).toBeLessThan(1)
      for (let i = 1; i < matches.length; i++) {
        expect(matches[i - 1]!.score).toBeGreaterThanOrEqual(matches[i]!.score)
      }
      expect(catalog.searchByName('住房公积金', { fuzzy: true })).toEqual([])
      expect(catalog.searchByName('医疗', { fuzzy: true, limit: 1 })).toHaveLength(1)
    })

    it('answers names for the year asked', () => {
      expect(catalog.searchByName('卫生健康支出', { year: 2030 })[0]).toMatchObject({
        edition: 2026,
        nearestEdition: true,
      })
    })
  })
})
