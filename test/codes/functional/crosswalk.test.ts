import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCatalog } from '../../../src/codes/catalog'
import type { CodeChange } from '../../../src/codes/crosswalk'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { functionalChanges } from '../../../src/codes/functional/functionalChanges'
import type { CatalogEntry } from '../../../src/codes/types'
import { MedbudgetError } from '../../../src/errors'

const mof = [{ kind: 'mof' }] as const
const entry = (code: string, names: CatalogEntry['names']): CatalogEntry => ({
  code,
  level: code.length === 3 ? 'lei' : code.length === 5 ? 'kuan' : 'xiang',
  names,
  provenance: mof,
})
const toy = (changes: readonly CodeChange[]) =>
  createCatalog(
    [
      entry('201', [{ name: '一般公共服务支出', from: 2022 }]),
      entry('20101', [{ name: '甲', from: 2022 }]),
      entry('2010101', [{ name: '行政运行', from: 2022 }]),
      entry('2010102', [{ name: '旧项', from: 2022, to: 2023 }]),
      entry('2010103', [{ name: '新项一', from: 2024 }]),
      entry('2010104', [{ name: '新项二', from: 2024 }]),
      entry('2010105', [{ name: '中转', from: 2023, to: 2024 }]),
      entry('2010106', [{ name: '终点', from: 2025 }]),
      entry('2010107', [{ name: '起点', from: 2022, to: 2022 }]),
    ],
    { system: 'functional', editions: { first: 2022, last: 2026 }, changes },
  )
const why = { zh: '测试', en: 'test' }

describe('functionalCatalog.crosswalk (bundled data)', () => {
  it('answers same for a code unchanged between editions', () => {
    const a = functionalCatalog.crosswalk('2101501', 2022, 2026)
    expect(a).toMatchObject({
      status: 'same',
      code: '2101501',
      name: '行政运行',
      fromEdition: 2022,
      toEdition: 2026,
    })
    expect(Object.isFrozen(a)).toBe(true)
  })

  it('answers renamed for 2100410 (应急处理 → 应急处置) and 21105, and same when both years share the name', () => {
    expect(functionalCatalog.crosswalk('2100410', 2023, 2026)).toMatchObject({
      status: 'renamed',
      name: '突发公共卫生事件应急处理',
      toName: '突发公共卫生事件应急处置',
    })
    expect(functionalCatalog.crosswalk('2100410', 2024, 2026).status).toBe('same')
    expect(functionalCatalog.crosswalk('21105', 2022, 2025)).toMatchObject({
      status: 'renamed',
      toName: '森林保护修复',
    })
    // the 项 under 21105 kept their codes across the rename
    expect(functionalCatalog.crosswalk('2110501', 2023, 2024).status).toBe('same')
  })

  it('answers moved for a 2023 信访事务 code read in 2026, and the way back', () => {
    const a = functionalCatalog.crosswalk('【2010308】信访事务', 2023, 2026)
    expect(a.status).toBe('moved')
    if (a.status !== 'moved') return
    expect(a.to).toEqual([{ code: '20140', name: '信访事务' }])
    expect(a.change.source).toBe('mof')
    const back = functionalCatalog.crosswalk('20140', 2026, 2023)
    expect(back).toMatchObject({ status: 'moved', to: [{ code: '2010308', name: '信访事务' }] })
    // no move when both years are before the change
    expect(functionalCatalog.crosswalk('2010308', 2022, 2023).status).toBe('same')
  })

  it('answers abolished for a code without a record, created backwards, unknown for codes it does not have', () => {
    expect(functionalCatalog.crosswalk('2060403', 2022, 2026)).toMatchObject({
      status: 'abolished',
      lastEdition: 2022,
    })
    expect(functionalCatalog.crosswalk('2014004', 2026, 2023)).toMatchObject({
      status: 'created',
      firstEdition: 2024,
    })
    expect(functionalCatalog.crosswalk('2109898', 2023, 2026)).toMatchObject({
      status: 'unknown',
      reason: 'not-in-catalog',
    })
    expect(functionalCatalog.crosswalk('2014004', 2023, 2026)).toMatchObject({
      status: 'unknown',
      reason: 'not-in-force',
    })
  })

  it('answers from the nearest edition outside the catalog range and says so', () => {
    const a = functionalCatalog.crosswalk('2101501', 2019, 2030)
    expect(a).toMatchObject({ status: 'same', fromEdition: 2022, toEdition: 2026, nearestEdition: true })
    expect(functionalCatalog.crosswalk('2101501', 2022, 2026).nearestEdition).toBe(false)
  })

  it('throws on input that is not a code or a year that is not whole', () => {
    expect(() => functionalCatalog.crosswalk('30101', 2023, 2026)).toThrow(MedbudgetError)
    expect(() => functionalCatalog.crosswalk('21a', 2023, 2026)).toThrow(/CODE_MALFORMED|格式/)
    expect(() => functionalCatalog.crosswalk('210', 2023.5, 2026)).toThrow(MedbudgetError)
  })

  it('every bundled change names codes of the catalog, not in force from the change, targets in force', () => {
    expect(functionalChanges.length).toBeGreaterThan(0)
    expect(functionalCatalog.changes).toBe(functionalChanges)
    for (const c of functionalChanges) {
      expect(functionalCatalog.lookup(c.code, { year: c.edition }).status).toBe('known')
      const before = functionalCatalog.lookup(c.code, { year: c.edition - 1 })
      const after = functionalCatalog.lookup(c.code, { year: c.edition })
      expect(before.status === 'known' && before.inForce).toBe(true)
      expect(after.status === 'known' && after.inForce).toBe(false)
      for (const t of c.to) {
        const r = functionalCatalog.lookup(t, { year: c.edition })
        expect(r.status === 'known' && r.inForce).toBe(true)
      }
    }
  })
})

describe('crosswalk with change records (a catalog of your own)', () => {
  it('answers split for a code whose content went to several codes, and follows a chain of moves', () => {
    const c = toy([
      { code: '2010102', edition: 2024, kind: 'split', to: ['2010103', '2010104'], why, source: 'user' },
      { code: '2010107', edition: 2023, kind: 'moved', to: ['2010105'], why, source: 'user' },
      { code: '2010105', edition: 2025, kind: 'moved', to: ['2010106'], why, source: 'user' },
    ])
    const split = c.crosswalk('2010102', 2022, 2026)
    expect(split.status).toBe('split')
    if (split.status === 'split') expect(split.to.map((t) => t.code)).toEqual(['2010103', '2010104'])
    const chain = c.crosswalk('2010107', 2022, 2026)
    expect(chain).toMatchObject({ status: 'moved', to: [{ code: '2010106', name: '终点' }] })
    // stopping half way lands on the intermediate code
    expect(c.crosswalk('2010107', 2022, 2024)).toMatchObject({ status: 'moved', to: [{ code: '2010105' }] })
    // backwards, a code that gathers one former code answers moved
    expect(c.crosswalk('2010103', 2026, 2022)).toMatchObject({ status: 'moved', to: [{ code: '2010102' }] })
  })

  it('without records the same codes answer abolished / created', () => {
    const c = toy([])
    expect(c.crosswalk('2010102', 2022, 2026).status).toBe('abolished')
    expect(c.crosswalk('2010103', 2026, 2022).status).toBe('created')
    expect(c.changes).toEqual([])
  })

  it('refuses a change record naming a code the catalog does not have', () => {
    expect(() =>
      toy([{ code: '2010199', edition: 2024, kind: 'moved', to: ['2010103'], why, source: 'user' }]),
    ).toThrow(/2010199/)
    expect(() =>
      toy([{ code: '2010102', edition: 2024, kind: 'moved', to: ['2019999'], why, source: 'user' }]),
    ).toThrow(/2019999/)
    expect(() =>
      toy([{ code: '2010102', edition: 2024, kind: 'moved', to: [], why, source: 'user' }]),
    ).toThrow(MedbudgetError)
  })
})

describe('crosswalk properties', () => {
  const codes = functionalCatalog.entries.map((e) => e.code)
  const year = fc.integer({ min: 2015, max: 2032 })

  it('same year in both ends answers same (or unknown when not in force); answers are frozen and consistent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), year, year, (code, a, b) => {
        const r = functionalCatalog.crosswalk(code, a, b)
        expect(Object.isFrozen(r)).toBe(true)
        expect(r.code).toBe(code)
        const same = functionalCatalog.crosswalk(code, a, a)
        expect(['same', 'unknown']).toContain(same.status)
        if (r.status === 'same' || r.status === 'renamed') {
          // in force at both ends: the way back is in force too
          expect(['same', 'renamed']).toContain(functionalCatalog.crosswalk(code, b, a).status)
        }
        if (r.status === 'moved' || r.status === 'split') {
          for (const t of r.to) expect(functionalCatalog.has(t.code)).toBe(true)
        }
      }),
      { seed: 42, numRuns: 400 },
    )
  }, 30_000)

  it('arbitrary text never hangs and either answers or throws a MedbudgetError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), year, year, (text, a, b) => {
        try {
          const r = functionalCatalog.crosswalk(text, a, b)
          expect(typeof r.status).toBe('string')
        } catch (e) {
          expect(e).toBeInstanceOf(MedbudgetError)
        }
      }),
      { seed: 42, numRuns: 300 },
    )
  }, 30_000)
})

describe('edition-limited aliases', () => {
  const c = createCatalog(
    [
      {
        code: '210',
        level: 'lei',
        names: [{ name: '卫生健康支出', from: 2022 }],
        editionAliases: [{ name: '卫生健康事务', from: 2024, to: 2025 }],
        provenance: mof,
      },
    ],
    { system: 'functional', editions: { first: 2022, last: 2026 } },
  )

  it('accepts the alias in its editions, with the range it belongs to', () => {
    const r = c.lookup('【210】卫生健康事务', { year: 2024 })
    expect(r).toMatchObject({
      status: 'known',
      printedNameMatch: 'alias',
      printedNameEdition: { from: 2024, to: 2025 },
    })
    expect(c.searchByName('卫生健康事务', { year: 2025 })[0]).toMatchObject({ code: '210', match: 'alias' })
  })

  it('refuses it outside its editions', () => {
    expect(c.lookup('【210】卫生健康事务', { year: 2023 })).toMatchObject({ printedNameMatch: 'different' })
    expect(c.lookup('【210】卫生健康事务', { year: 2026 })).toMatchObject({ printedNameMatch: 'different' })
    expect(c.searchByName('卫生健康事务', { year: 2026 })).toEqual([])
    expect(c.searchByName('卫生健康事务', { year: 2023, fuzzy: true, minScore: 0.99 })).toEqual([])
  })

  it('refuses an alias whose range ends before it starts', () => {
    expect(() =>
      createCatalog(
        [
          {
            code: '210',
            level: 'lei',
            names: [{ name: '卫生健康支出', from: 2022 }],
            editionAliases: [{ name: 'x', from: 2025, to: 2024 }],
            provenance: mof,
          },
        ],
        { system: 'functional' },
      ),
    ).toThrow(/editionAliases|限定版本别名/)
  })
})
