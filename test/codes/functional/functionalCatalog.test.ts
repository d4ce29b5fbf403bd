import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCatalog } from '../../../src/codes/catalog'
import { createFunctionalCatalog } from '../../../src/codes/functional/createFunctionalCatalog'
import { functionalEditions } from '../../../src/codes/functional/functional.generated'
import { functionalCatalog, functionalEntries } from '../../../src/codes/functional/functionalCatalog'
import { isFunctionalCode } from '../../../src/codes/functional/isFunctionalCode'
import { lookupFunctionalCode } from '../../../src/codes/functional/lookupFunctionalCode'
import { searchFunctionalByName } from '../../../src/codes/functional/searchFunctionalByName'
import type { CatalogEntry } from '../../../src/codes/types'

const LEI_IN_FORCE = [
  201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 219, 220, 221, 222,
  223, 224, 227, 229, 230, 231, 232, 233, 234,
].map(String)

describe('functionalCatalog (bundled data)', () => {
  it('is valid (validated on first use) and frozen all the way down', () => {
    expect(() => createCatalog(functionalEntries, { system: 'functional' })).not.toThrow()
    expect(Object.isFrozen(functionalEntries)).toBe(true)
    expect(Object.isFrozen(functionalEntries[0]?.names[0])).toBe(true)
    expect(functionalCatalog.editions).toEqual({ first: 2022, last: 2026 })
    expect(functionalEditions).toEqual({ first: 2022, last: 2026 })
  })

  it('has every 类 in force from 201 to 234, with the gaps 218, 225, 226, 228', () => {
    const lei = functionalEntries.filter((e) => e.level === 'lei').map((e) => e.code)
    expect(lei).toEqual(LEI_IN_FORCE)
    for (const gap of ['218', '225', '226', '228'])
      expect(functionalCatalog.lookup(gap).status).toBe('unknown')
  })

  it.each([
    ['210', 2024, '卫生健康支出'],
    ['207', 2024, '文化旅游体育与传媒支出'],
    ['220', 2025, '自然资源海洋气象等支出'],
    ['224', 2023, '灾害防治及应急管理支出'],
    ['227', 2025, '预备费'],
    ['229', 2025, '其他支出'],
    ['230', 2025, '转移性支出'],
    ['231', 2025, '债务还本支出'],
    ['232', 2025, '债务付息支出'],
    ['233', 2025, '债务发行费用支出'],
    ['234', 2023, '抗疫特别国债安排的支出'],
    ['20805', 2024, '行政事业单位养老支出'],
    ['2101506', 2024, '医疗保障经办事务'],
    ['2101550', 2024, '事业运行'],
    ['2050803', 2025, '培训支出'],
    ['2210201', 2024, '住房公积金'],
  ])('%s in %i is %s', (code, year, name) => {
    expect(functionalCatalog.nameOf(code, year)).toBe(name)
  })

  it('has the complete subtrees of 20508, 208, 210, 221 from the team’s knowledge (provenance mof)', () => {
    for (const root of ['20508', '208', '210', '221']) {
      const subtree = functionalEntries.filter((e) => e.code.startsWith(root))
      expect(subtree.length).toBeGreaterThan(root === '20508' ? 4 : 15)
      for (const e of subtree) expect(e.provenance.some((p) => p.kind === 'mof')).toBe(true)
    }
    // the codes medical-security departments use constantly
    for (const code of [
      '2080505',
      '2080501',
      '2080502',
      '2080599',
      '2080109',
      '2089999',
      '2050803',
      '2100101',
      '2101101',
      '2101102',
      '2101103',
      '2101201',
      '2101202',
      '2101299',
      '2101301',
      '2101501',
      '2101502',
      '2101503',
      '2101504',
      '2101505',
      '2101506',
      '2101550',
      '2101599',
      '2210201',
    ]) {
      expect(isFunctionalCode(code), code).toBe(true)
    }
  })

  it('gives an English name to every 类 and 款', () => {
    const entries: readonly CatalogEntry[] = functionalEntries
    const missing = entries.filter((e) => e.level !== 'xiang' && !e.en).map((e) => e.code)
    expect(missing).toEqual([])
  })

  it('marks every code printed in a seed with the seed and table', () => {
    const p = functionalCatalog.get('2101550')?.provenance ?? []
    expect(p).toContainEqual({ kind: 'seed', seed: '002_a13058ed52681298.txt', table: '支出决算表' })
    expect(functionalCatalog.get('2100102')?.provenance.some((x) => x.kind === 'seed')).toBe(false)
  })

  it('parent/children are consistent for every code', () => {
    const codes = functionalEntries.map((e) => e.code)
    fc.assert(
      fc.property(fc.constantFrom(...codes), (code) => {
        const parent = functionalCatalog.parent(code)
        if (code.length === 3) expect(parent).toBeUndefined()
        else {
          expect(parent).toBe(code.slice(0, -2))
          expect(functionalCatalog.children(parent!)).toContain(code)
        }
        for (const child of functionalCatalog.children(code)) {
          expect(functionalCatalog.parent(child)).toBe(code)
          expect(functionalCatalog.levelOf(child)).toBe(code.length === 3 ? 'kuan' : 'xiang')
        }
        expect(functionalCatalog.ancestors(code).every((a) => code.startsWith(a))).toBe(true)
      }),
      { seed: 20261122, numRuns: 500 },
    )
  }, 30_000)

  it('resolves old names as aliases and says which edition they belong to', () => {
    expect(searchFunctionalByName('医疗卫生与计划生育支出')[0]).toMatchObject({
      code: '210',
      match: 'former',
      matchedEdition: { from: 2014, to: 2018 },
    })
    expect(searchFunctionalByName('十五、资源勘探信息等')[0]).toMatchObject({ code: '215', match: 'former' })
    expect(searchFunctionalByName('（七）文化体育旅游与传媒支出')[0]).toMatchObject({
      code: '207',
      match: 'alias',
    })
    expect(searchFunctionalByName('十二、城乡社区事务')[0]).toMatchObject({ code: '212', match: 'alias' })
    expect(searchFunctionalByName('其他行政事业单位离退休支出', { year: 2025 })[0]).toMatchObject({
      code: '2080599',
      name: '其他行政事业单位养老支出',
    })
  })

  it('finds a name shared by many codes (行政运行) under each of them', () => {
    const codes = searchFunctionalByName('行政运行', { limit: 500 }).map((m) => m.code)
    expect(codes).toEqual(expect.arrayContaining(['2080101', '2100101', '2101501']))
  })

  it('fuzzy search ranks the intended code first', () => {
    expect(searchFunctionalByName('医疗保障经办', { fuzzy: true })[0]?.code).toBe('2101506')
    expect(searchFunctionalByName('城乡居民基本医疗保险补助', { fuzzy: true })[0]?.code).toBe('2101202')
  })

  it('bound lookups answer like the catalog', () => {
    expect(lookupFunctionalCode('210 | 15 | 50', { year: 2024 })).toMatchObject({
      status: 'known',
      name: '事业运行',
    })
    expect(lookupFunctionalCode('2101598').status).toBe('unknown')
    expect(() => lookupFunctionalCode('30101')).toThrow(/functional/)
    expect(isFunctionalCode('2101598')).toBe(false)
  })

  it('createFunctionalCatalog builds a catalog from the caller’s entries and checks them', () => {
    const mine = createFunctionalCatalog([
      {
        code: '210',
        level: 'lei',
        names: [{ name: '卫生健康支出', from: 2025 }],
        provenance: [{ kind: 'user' }],
      },
    ])
    expect(mine.nameOf('210')).toBe('卫生健康支出')
    expect(mine.system).toBe('functional')
    expect(() =>
      createFunctionalCatalog([
        { code: '21015', level: 'kuan', names: [{ name: 'x', from: 2025 }], provenance: [{ kind: 'user' }] },
      ]),
    ).toThrow(/parent 210/)
  })
})
