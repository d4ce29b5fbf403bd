/**
 * Regression tests of issue 14 for codes and the glossary.
 */
import { describe, expect, it } from 'vitest'
import { normalizeTerm } from '../../src/glossary/normalizeTerm'
import {
  functionalCatalog,
  isMedbudgetError,
  lookupTerm,
  normalizeName,
  parseCode,
  searchGlossary,
} from '../../src/index'
import { stripTags } from '../../src/internal/stripTags'

function codeOf(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    return isMedbudgetError(e) ? e.code : `untyped: ${String(e)}`
  }
  return 'no error'
}

describe('issue 14: shared catalog state cannot be corrupted', () => {
  it("functionalCatalog.children('210') is frozen; length = 0 changes nothing", () => {
    const kids = functionalCatalog.children('210')
    const before = kids.length
    expect(before).toBeGreaterThan(0)
    expect(Object.isFrozen(kids)).toBe(true)
    expect(() => {
      ;(kids as string[]).length = 0
    }).toThrow(TypeError)
    expect(functionalCatalog.children('210').length).toBe(before)
  })
  it('lookup, parseCode, searchByName and editionFor answers are frozen', () => {
    expect(Object.isFrozen(functionalCatalog.lookup('2101501'))).toBe(true)
    expect(Object.isFrozen(parseCode('【2101501】行政运行'))).toBe(true)
    const hits = functionalCatalog.searchByName('行政运行', { fuzzy: true })
    expect(Object.isFrozen(hits)).toBe(true)
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => Object.isFrozen(h))).toBe(true)
    expect(Object.isFrozen(functionalCatalog.editionFor(2024))).toBe(true)
  })
  it('nameOf(code, NaN) is a typed error, not an empty name', () => {
    expect(codeOf(() => functionalCatalog.nameOf('210', Number.NaN))).toBe('OPTION_INVALID')
    expect(functionalCatalog.nameOf('210', 2024)).toBe('卫生健康支出')
  })
})

describe('issue 14: code and name parsing is linear', () => {
  it("parseCode('[' + ' '.repeat(2000) + 'x') answers at once with a typed error", () => {
    expect(codeOf(() => parseCode(`[${' '.repeat(2000)}x`))).toBe('CODE_MALFORMED')
    expect(codeOf(() => parseCode(`[${' '.repeat(9000)}x`))).toBe('CODE_MALFORMED')
    expect(codeOf(() => parseCode(`[${' '.repeat(1e5)}x`))).toBe('INPUT_TOO_LARGE')
  })
  it('bracketed codes still read as before', () => {
    expect(parseCode('【2101501】行政运行')).toMatchObject({ code: '2101501', name: '行政运行' })
    expect(parseCode('[ 210 | 15 | 01 ] 行政运行').code).toBe('2101501')
    expect(parseCode('(21015)').code).toBe('21015')
  })
  it('parseCode with an unknown system option is OPTION_INVALID', () => {
    expect(codeOf(() => parseCode('210', { system: 'bogus' as never }))).toBe('OPTION_INVALID')
  })
  it('the CODE_MALFORMED message quotes a bounded excerpt', () => {
    try {
      parseCode(`21${'x'.repeat(5000)}`)
      expect.unreachable()
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(400)
    }
  })
  it("stripTags equals /<[^>]*>/g and is linear on '<'.repeat(1e5)", () => {
    for (const s of ['<b>a</b>', 'a<b', '<<a>', 'x<y>z<', '<a<b>c>d', '', '<>']) {
      expect(stripTags(s)).toBe(s.replace(/<[^>]*>/g, ''))
      expect(stripTags(s, ' ')).toBe(s.replace(/<[^>]*>/g, ' '))
    }
    expect(stripTags('<'.repeat(1e6))).toBe('<'.repeat(1e6))
  })
  it("lookupTerm('<'.repeat(1e5)) is a typed error at once; normalizeTerm is linear", () => {
    expect(codeOf(() => lookupTerm('<'.repeat(1e5)))).toBe('INPUT_TOO_LARGE')
    expect(lookupTerm('<'.repeat(5000)).found).toBe(false)
    expect(normalizeTerm('<'.repeat(1e6)).length).toBe(1e6)
    expect(normalizeTerm('-'.repeat(1e6))).toBe('')
    expect(normalizeTerm(`${':'.repeat(1e6)}x`).length).toBe(1e6 + 1)
    expect(normalizeName('<'.repeat(1e6)).length).toBe(1e6)
  })
  it('normalizeTerm keeps its meaning', () => {
    expect(normalizeTerm('九、“三公”经费：')).toBe('三公经费')
    expect(normalizeTerm('- 一、(一)1.其中:财政拨款收入。;')).toBe('财政拨款收入')
  })
  it('glossary answers are frozen', () => {
    const found = lookupTerm('三公经费')
    expect(found.found).toBe(true)
    expect(Object.isFrozen(found)).toBe(true)
    const missing = lookupTerm('不存在的名词')
    expect(Object.isFrozen(missing)).toBe(true)
    const hits = searchGlossary('经费')
    expect(Object.isFrozen(hits)).toBe(true)
    expect(hits.every((h) => Object.isFrozen(h))).toBe(true)
    expect(codeOf(() => searchGlossary('经费', { lang: 'fr' as never }))).toBe('OPTION_INVALID')
  })
  it('fuzzy searchByName normalises the query once, not per record', async () => {
    const mod = await import('../../src/codes/normalizeName')
    // a query at the bound still answers (it would be normalised once per record before)
    const hits = functionalCatalog.searchByName(`行政运行${'<'.repeat(9990)}`, { fuzzy: true, minScore: 0 })
    expect(hits.length).toBeGreaterThan(0)
    expect(typeof mod.normalizeName).toBe('function')
  })
})
