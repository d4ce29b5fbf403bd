import { describe, expect, it } from 'vitest'
import { searchGlossary } from '../../src/glossary/searchGlossary'
import type { Glossary } from '../../src/glossary/types'

const ids = (hits: readonly { readonly id: string }[]): string[] => hits.map((h) => h.id)

describe('searchGlossary', () => {
  it('ranks the exact term first, then names that start with or contain the query, then definitions', () => {
    const hits = searchGlossary('基本支出')
    expect(hits[0]).toMatchObject({ id: 'basic-expenditure', score: 100, field: 'term' })
    // Definitions that mention 基本支出 come after, in catalog order.
    const later = hits.slice(1)
    expect(later.length).toBeGreaterThan(3)
    expect(later.every((h) => h.score < 100)).toBe(true)
    expect(ids(later)).toContain('personnel-expenses')
    expect(ids(later)).toContain('project-expenditure')
  })

  it('ranks an exact alias above a partial term match', () => {
    const hits = searchGlossary('公务用车购置及运维费')
    expect(hits[0]).toMatchObject({ id: 'official-vehicles', score: 90, field: 'alias' })
    const prefix = searchGlossary('公务用车')
    expect(ids(prefix).slice(0, 3)).toEqual([
      'official-vehicles',
      'official-vehicle-purchase',
      'official-vehicle-operation',
    ])
    expect(prefix.slice(0, 3).every((h) => h.score === 70)).toBe(true)
  })

  it('searches definitions too, so an economic code finds the entries that explain it', () => {
    const hits = searchGlossary('30217')
    expect(ids(hits)).toContain('three-public-expenses')
    expect(hits.every((h) => h.field === 'definition' || h.field === 'en-definition')).toBe(true)
  })

  it('normalises the query like lookupTerm does', () => {
    expect(searchGlossary('九、“三 公”经费：')[0]?.id).toBe('three-public-expenses')
    expect(searchGlossary('因公出国(境)')[0]?.id).toBe('overseas-travel')
  })

  it('searches English names and definitions, case-insensitively, needing every word', () => {
    expect(searchGlossary('Official Hospitality')[0]).toMatchObject({ id: 'official-reception', score: 100 })
    const vehicles = searchGlossary('vehicle', { lang: 'en' })
    expect(ids(vehicles).slice(0, 3)).toEqual([
      'official-vehicles',
      'official-vehicle-purchase',
      'official-vehicle-operation',
    ])
    const both = searchGlossary('carry-over rate', { lang: 'en' })
    expect(both[0]?.id).toBe('carryover-rate')
    expect(searchGlossary('vehicle hospitality elephant', { lang: 'en' })).toEqual([])
  })

  it('honours the language filter both ways', () => {
    expect(searchGlossary('公务用车', { lang: 'en' })).toEqual([])
    expect(searchGlossary('vehicle', { lang: 'zh' })).toEqual([])
    expect(searchGlossary('vehicle', { lang: 'zh' }).length).toBeLessThan(searchGlossary('vehicle').length)
    expect(searchGlossary('公务用车', { lang: 'zh' }).length).toBeGreaterThan(0)
  })

  it('finds nothing for an empty or unknown query, and respects the limit', () => {
    expect(searchGlossary('')).toEqual([])
    expect(searchGlossary('  \n ')).toEqual([])
    expect(searchGlossary('量子纠缠')).toEqual([])
    expect(searchGlossary('经费', { limit: 2 })).toHaveLength(2)
    expect(searchGlossary('经费', { limit: 0 })).toEqual([])
    expect(searchGlossary('经费').length).toBeGreaterThan(5)
  })

  it('searches a caller’s glossary when given one', () => {
    const mine = {
      a: {
        id: 'a',
        term: '甲项',
        aliases: [],
        category: 'document',
        definition: '含有经费二字。',
        en: { term: 'alpha', definition: 'x' },
      },
    } as const satisfies Glossary
    expect(ids(searchGlossary('经费', { glossary: mine }))).toEqual(['a'])
  })
})
