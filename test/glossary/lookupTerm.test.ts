import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { GLOSSARY, type GlossaryTermId } from '../../src/glossary/glossary'
import { lookupTerm } from '../../src/glossary/lookupTerm'
import { normalizeTerm } from '../../src/glossary/normalizeTerm'
import type { Glossary } from '../../src/glossary/types'

const idOf = (text: string): string => {
  const r = lookupTerm(text)
  return r.found ? r.id : 'NOT FOUND'
}

describe('lookupTerm: finds what it should', () => {
  it.each([
    ['九、“三公”经费：', 'three-public-expenses'],
    ['三公经费', 'three-public-expenses'],
    ['"三公"经费', 'three-public-expenses'],
    ['‘三公’经费', 'three-public-expenses'],
    ['「三公」经费', 'three-public-expenses'],
    ['（九）“三公”经费', 'three-public-expenses'],
    ['9.三公经费：', 'three-public-expenses'],
    ['  三 公\n经费 ', 'three-public-expenses'],
    ['一般公共预算财政拨款“三公”经费', 'three-public-expenses'],
    ['公务用车购置及运行费', 'official-vehicles'],
    ['公务用车购置及运维费', 'official-vehicles'],
    ['公务用车购置及运行维护费', 'official-vehicles'],
    ['机关运行经费', 'agency-operating-expenses'],
    ['机关（机构）运行经费', 'agency-operating-expenses'],
    ['机关(机构)运行经费', 'agency-operating-expenses'],
    ['行政（事业）单位机构运转经费', 'agency-operating-expenses'],
    ['行政(事业)单位机构运转经费情况：', 'agency-operating-expenses'],
    ['因公出国(境)费', 'overseas-travel'],
    ['因公出国【境】费', 'overseas-travel'],
    ['因公出国[境]费', 'overseas-travel'],
    ['因公出国（境）费用', 'overseas-travel'],
    ['1、**财政拨款收入**：', 'fiscal-appropriation-revenue'],
    ['<b>基本支出</b>', 'basic-expenditure'],
    ['其中：财政拨款', 'fiscal-appropriation'],
    ['日常公用经费', 'public-expenses'],
    ['“三公经费”控制率', 'three-public-control-rate'],
    ['"三公经费"控制率', 'three-public-control-rate'],
    ['一般公共预算', 'general-public-budget'],
    ['上年结转结余', 'prior-year-carryover'],
    ['Fiscal Appropriation', 'fiscal-appropriation'],
    ['official hospitality', 'official-reception'],
  ])('%j → %s', (text, id) => {
    expect(idOf(text)).toBe(id)
  })

  it('says which name matched', () => {
    const r = lookupTerm('公务用车购置及运维费')
    expect(r).toMatchObject({
      found: true,
      id: 'official-vehicles',
      matchedBy: 'alias',
      matched: '公务用车购置及运维费',
      normalized: '公务用车购置及运维费',
    })
    expect(lookupTerm('九、“三公”经费：')).toMatchObject({
      found: true,
      matchedBy: 'term',
      matched: '“三公”经费',
    })
    expect(lookupTerm('official hospitality')).toMatchObject({ found: true, matchedBy: 'en-term' })
  })

  it('returns the frozen catalog entry itself', () => {
    const r = lookupTerm('公务接待费')
    expect(r.found && r.entry).toBe(GLOSSARY['official-reception'])
  })
})

describe('lookupTerm: does not find what it should not', () => {
  it.each([
    ['三公'],
    ['经费'],
    ['公务用车'],
    ['因公出国境费'],
    ['财政拨款收入合计'],
    ['三公经费预算表'],
    ['基本支出：人员经费'],
    ['十、名词解释'],
    ['一、'],
    [''],
    ['   '],
    ['医疗'],
    ['X三公经费'],
  ])('%j is not found', (text) => {
    const r = lookupTerm(text)
    expect(r.found).toBe(false)
    if (!r.found) expect(r.input).toBe(text)
  })

  it('answers an unknown term with a typed result and suggestions, never a throw', () => {
    const r = lookupTerm('三公')
    expect(r).toEqual({
      found: false,
      input: '三公',
      normalized: '三公',
      suggestions: ['three-public-expenses', 'three-public-control-rate', 'overseas-travel'],
    })
    expect(lookupTerm('zzz')).toEqual({ found: false, input: 'zzz', normalized: 'zzz', suggestions: [] })
  })
})

describe('lookupTerm: every name survives print decoration', () => {
  const names = Object.values(GLOSSARY).flatMap((e) =>
    [e.term, ...e.aliases].map((name) => [name, e.id] as const),
  )
  const toFullWidth = (s: string): string =>
    s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000')
  const quoteStyles = [
    ['“', '”'],
    ['"', '"'],
    ['‘', '’'],
    ['「', '」'],
  ] as const

  it('with an ordinal, another quote style, wrapped lines, full width and a trailing colon', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom('', '九、', '（十二）', '3.', '12、', '- 一、', '**'),
        fc.constantFrom(...quoteStyles),
        fc.nat(),
        fc.constantFrom('', '\n', ' ', '\n\n'),
        fc.boolean(),
        fc.constantFrom('', '：', ':', '**：'),
        ([name, id], prefix, [open, close], at, wrap, fullWidth, suffix) => {
          const requoted = name.replace(/[“"‘「]/g, open).replace(/[”"’」]/g, close)
          const cut = at % (requoted.length + 1)
          let printed = `${prefix}${requoted.slice(0, cut)}${wrap}${requoted.slice(cut)}${suffix}`
          if (fullWidth) printed = toFullWidth(printed)
          const r = lookupTerm(printed)
          return r.found && r.id === id
        },
      ),
      { seed: 20261122, numRuns: 500 },
    )
  }, 30_000)

  it('while a name with one character dropped from its middle is not found (no fuzzy matching)', () => {
    const allNames = new Set(
      Object.values(GLOSSARY).flatMap((e) =>
        [e.term, ...e.aliases, e.en.term, ...('aliases' in e.en ? e.en.aliases : [])].map(normalizeTerm),
      ),
    )
    let checked = 0
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), ([name], at) => {
        const plain = normalizeTerm(name)
        if (plain.length < 4) return true
        const i = 1 + (at % (plain.length - 2))
        const shortened = plain.slice(0, i) + plain.slice(i + 1)
        // 年初结转和结余 → 年初结转结余 is itself a listed name: that one must be found.
        if (allNames.has(shortened)) return lookupTerm(shortened).found
        checked++
        return !lookupTerm(shortened).found
      }),
      { seed: 20261122, numRuns: 300 },
    )
    expect(checked).toBeGreaterThan(200)
  }, 30_000)
})

describe('lookupTerm with a caller’s glossary', () => {
  const mine = {
    'my-term': {
      id: 'my-term',
      term: '测试名词',
      aliases: ['试验名词'],
      category: 'document',
      definition: '仅供测试。',
      en: { term: 'test term', definition: 'For tests only.' },
    },
  } as const satisfies Glossary

  it('looks only in that glossary, with the same normalisation', () => {
    expect(lookupTerm('一、“试验名词”：', mine)).toMatchObject({
      found: true,
      id: 'my-term',
      matchedBy: 'alias',
    })
    expect(lookupTerm('三公经费', mine).found).toBe(false)
  })

  it('types the id from the glossary searched', () => {
    const r = lookupTerm('测试名词', mine)
    if (r.found) expectTypeOf(r.id).toEqualTypeOf<'my-term'>()
    const d = lookupTerm('三公经费')
    if (d.found) expectTypeOf(d.id).toEqualTypeOf<GlossaryTermId>()
    expect(r.found).toBe(true)
  })
})
