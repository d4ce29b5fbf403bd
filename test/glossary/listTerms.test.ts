import { describe, expect, it } from 'vitest'
import { GLOSSARY } from '../../src/glossary/glossary'
import { listTerms } from '../../src/glossary/listTerms'
import type { Glossary } from '../../src/glossary/types'

describe('listTerms', () => {
  it('lists every entry in catalog order', () => {
    const all = listTerms()
    expect(all.map((e) => e.id)).toEqual(Object.keys(GLOSSARY))
    expect(all[0]).toBe(GLOSSARY['department-budget'])
  })

  it('filters by category, and only by it', () => {
    expect(listTerms({ category: 'three-public' }).map((e) => e.term)).toEqual([
      '“三公”经费',
      '因公出国（境）费',
      '公务用车购置及运行费',
      '公务用车购置费',
      '公务用车运行维护费',
      '公务接待费',
    ])
    const ratios = listTerms({ category: 'ratio' })
    expect(ratios.length).toBeGreaterThanOrEqual(9)
    expect(ratios.every((e) => e.category === 'ratio')).toBe(true)
  })

  it('returns a fresh array each call, so a caller cannot change another caller’s list', () => {
    const a = listTerms() as unknown[]
    a.length = 0
    expect(listTerms().length).toBe(Object.keys(GLOSSARY).length)
  })

  it('lists a caller’s glossary', () => {
    const mine = {
      a: {
        id: 'a',
        term: '甲项',
        aliases: [],
        category: 'ratio',
        definition: '测试',
        en: { term: 'a', definition: 'a' },
      },
    } as const satisfies Glossary
    expect(listTerms({ glossary: mine }).map((e) => e.id)).toEqual(['a'])
    expect(listTerms({ glossary: mine, category: 'document' })).toEqual([])
  })
})
