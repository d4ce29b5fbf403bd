/**
 * Regressions of the seventh adversarial pass (issue 14, "open ends"): every public entry that
 * takes options reads them once at its entry and answers options that are not an object (a
 * string, a number, an array, a function, null), or cannot be read (a throwing getter, a Proxy),
 * with a typed OPTION_INVALID — never silently ignored, never a TypeError — while the options it
 * documents still work.
 */
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index'
import { loadSample } from '../../src/samples/index'
import { factPredicate, matchesFact } from '../../src/tables/index'
import { throwingProxy } from './adversarial2/hostile'

// biome-ignore lint/suspicious/noExplicitAny: hostile values go where the types say they cannot
type Any = any

const doc = loadSample('000')
const report = api.reconcile(doc)
const getterThrows = (...fields: string[]): object => {
  const o = {}
  for (const field of fields)
    Object.defineProperty(o, field, {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
  return o
}

/** Options no entry may accept: each must be OPTION_INVALID. */
const HOSTILE: readonly (readonly [string, unknown])[] = [
  ['a string', 'en'],
  ['a number', 5],
  ['an array', []],
  ['an array of an object', [{}]],
  ['null', null],
  ['a function', () => ({})],
  ['true', true],
  ['a throwing Proxy', throwingProxy()],
  ['a throwing getter', getterThrows('lang', 'official-reception')],
]

const codeOf = (f: () => unknown): string => {
  try {
    f()
    return 'returned'
  } catch (e) {
    return api.isMedbudgetError(e) ? e.code : `untyped ${String(e)}`
  }
}

/** Each entry: the call with hostile options, and the call with good options and what it gives. */
const ENTRIES: readonly (readonly [string, (o: Any) => unknown, () => unknown])[] = [
  ['reconcile', (o) => api.reconcile(doc, o), () => api.reconcile(doc, { rules: [] }).findings.length === 0],
  [
    'renderReportText',
    (o) => api.renderReportText(report, o),
    () => api.renderReportText(report, { lang: 'en' }).includes('Rule coverage'),
  ],
  [
    'renderReportMarkdown',
    (o) => api.renderReportMarkdown(report, o),
    () => api.renderReportMarkdown(report, { lang: 'en', showTails: true }).startsWith('#'),
  ],
  [
    'renderReportHtml',
    (o) => api.renderReportHtml(report, o),
    () => !api.renderReportHtml(report, { style: false }).includes('<style>'),
  ],
  [
    'renderReportHtmlPage',
    (o) => api.renderReportHtmlPage(report, o),
    () => api.renderReportHtmlPage(report, { title: '报告T' }).includes('<title>报告T</title>'),
  ],
  [
    'createChecker',
    (o) => api.createChecker(o),
    () => api.createChecker({ templates: [], bundled: false }).templates.length === 0,
  ],
  [
    'parseDisclosure',
    (o) => api.parseDisclosure(JSON.parse(JSON.stringify(doc)), o),
    () => api.parseDisclosure(JSON.parse(JSON.stringify(doc)), {}).department.name === doc.department.name,
  ],
  [
    'parseCode',
    (o) => api.parseCode('2101501', o),
    () => api.parseCode('2101501', { system: 'functional' }).code === '2101501',
  ],
  [
    'isValidSyntax',
    (o) => api.isValidSyntax('2101501', o),
    () => api.isValidSyntax('2101501', { system: 'functional' }),
  ],
  [
    'defaultGovernmentCode',
    (o) => api.defaultGovernmentCode('30101', o),
    () => api.defaultGovernmentCode('30101', { unitType: '事业' }).code === '50501',
  ],
  [
    'createCatalog',
    (o) => api.createCatalog([], o),
    () => api.createCatalog([], { system: 'functional' }).has('210') === false,
  ],
  [
    'createFunctionalCatalog',
    (o) => api.createFunctionalCatalog([], o),
    () => api.createFunctionalCatalog([], { editions: { first: 2024, last: 2024 } }).editions.first === 2024,
  ],
  [
    'createDepartmentEconomicCatalog',
    (o) => api.createDepartmentEconomicCatalog([], o),
    () => api.createDepartmentEconomicCatalog([], { mode: 'extend' }).nameOf('30101', 2024) === '基本工资',
  ],
  [
    'createGovernmentEconomicCatalog',
    (o) => api.createGovernmentEconomicCatalog([], o),
    () => api.createGovernmentEconomicCatalog([], {}).has('50101'),
  ],
  [
    'functionalCatalogFromCsv',
    (o) => api.functionalCatalogFromCsv('科目编码,科目名称\n210,卫生健康支出', o),
    () =>
      api.functionalCatalogFromCsv('科目编码,科目名称\n210,卫生健康支出', { edition: 2026 }).nameOf('210') ===
      '卫生健康支出',
  ],
  [
    'factPredicate',
    (o) => factPredicate('exp.total', o),
    () => typeof factPredicate('exp.total', { sourcesIncludeCarry: true }) === 'function',
  ],
  [
    'matchesFact',
    (o) =>
      matchesFact(
        {
          unitCode: '503001',
          functionalCode: '2101501',
          kind: 'basic',
          basicClass: 'personnel',
          economicCode: '30101',
          source: 'gpb',
          amount: '1',
        } as Any,
        'exp.total',
        o,
      ),
    () => true,
  ],
  [
    'classLines',
    (o) => api.classLines([{ code: '210', name: '卫生健康支出' }], o),
    () =>
      api.classLines([{ code: '210', name: '卫生健康支出' }], { numbering: 'sequence', style: 'paren' })[0]
        ?.ordinal === '（一）',
  ],
  ['listTerms', (o) => api.listTerms(o), () => api.listTerms({ category: 'expenditure' as Any }).length >= 0],
  [
    'searchGlossary',
    (o) => api.searchGlossary('公务用车', o),
    () => api.searchGlossary('vehicle', { lang: 'en', limit: 1 }).length === 1,
  ],
  ['lookupTerm glossary', (o) => api.lookupTerm('三公', o), () => api.lookupTerm('三公').found === false],
  [
    'getGlossaryEntry glossary',
    (o) => api.getGlossaryEntry('official-reception' as Any, o),
    () => api.getGlossaryEntry('official-reception').economicCodes.includes('30217'),
  ],
  [
    'defineRule',
    (o) => api.defineRule(o),
    () => typeof api.defineRule({ ...(api.RULES[0] as api.Rule) }).check === 'function',
  ],
]

describe('every entry that takes options answers options of the wrong kind with OPTION_INVALID', () => {
  for (const [name, call, good] of ENTRIES) {
    it(`${name}: options that are not a readable object → OPTION_INVALID; its documented options still work`, () => {
      for (const [what, options] of HOSTILE)
        expect([what, codeOf(() => call(options))]).toEqual([what, 'OPTION_INVALID'])
      expect(good()).toBe(true)
      expect(codeOf(() => call(undefined))).not.toMatch(/^untyped/)
    })
  }
})

describe('fields of the wrong kind in otherwise good options', () => {
  it.each([
    ['renderReportText showTails "yes"', () => api.renderReportText(report, { showTails: 'yes' } as Any)],
    ['renderReportHtml style 0', () => api.renderReportHtml(report, { style: 0 } as Any)],
    ['renderReportHtmlPage title 5', () => api.renderReportHtmlPage(report, { title: 5 } as Any)],
    ['renderReportMarkdown lang "fr"', () => api.renderReportMarkdown(report, { lang: 'fr' } as Any)],
    [
      'defaultGovernmentCode unitType "__proto__"',
      () => api.defaultGovernmentCode('30101', { unitType: '__proto__' } as Any),
    ],
    [
      'createDepartmentEconomicCatalog mode "merge"',
      () => api.createDepartmentEconomicCatalog([], { mode: 'merge' } as Any),
    ],
    ['createCatalog system "bogus"', () => api.createCatalog([], { system: 'bogus' } as Any)],
    ['parseCode errata "x"', () => api.parseCode('2101501', { errata: 'x' } as Any)],
    [
      'parseCode errata [throwing Proxy]',
      () => api.parseCode('2101501', { errata: [throwingProxy()] } as Any),
    ],
    ['createChecker templates "x"', () => api.createChecker({ templates: 'x' } as Any)],
    ['createChecker bundled "no"', () => api.createChecker({ templates: [], bundled: 'no' } as Any)],
    [
      'parseDisclosure templates 5',
      () => api.parseDisclosure(JSON.parse(JSON.stringify(doc)), { templates: 5 } as Any),
    ],
    ['searchGlossary limit -1', () => api.searchGlossary('公务用车', { limit: -1 })],
    ['searchGlossary limit "2"', () => api.searchGlossary('公务用车', { limit: '2' } as Any)],
    [
      'factPredicate sourcesIncludeCarry 1',
      () => factPredicate('exp.total', { sourcesIncludeCarry: 1 } as Any),
    ],
    ['defineRule without check', () => api.defineRule({ id: 'x' } as Any)],
    [
      'lookupTerm glossary with an entry whose term is 5',
      () => api.lookupTerm('三公', { x: { term: 5 } } as Any),
    ],
  ])('%s → OPTION_INVALID', (_name, f) => {
    expect(codeOf(f)).toBe('OPTION_INVALID')
  })

  it('the look-alikes pass: showTails false, style true, a title, unitType 参公, mode replace, limit 0', () => {
    expect(api.renderReportText(report, { showTails: false })).toContain('规则覆盖')
    expect(api.renderReportHtml(report, { style: true })).toContain('<style>')
    expect(api.defaultGovernmentCode('30101', { unitType: '参公' }).code).toBe('50101')
    expect(api.searchGlossary('公务用车', { limit: 0 })).toEqual([])
    // an unknown field is ignored, as everywhere else
    expect(api.renderReportText(report, { title: 5 } as Any)).toContain('规则覆盖')
  })

  it('safeParseDisclosure returns bad options as the failure, never throws', () => {
    const r = api.safeParseDisclosure(JSON.parse(JSON.stringify(doc)), 'x' as Any)
    expect(r.success).toBe(false)
    expect(r.success ? '' : r.error.code).toBe('OPTION_INVALID')
    expect(Object.isFrozen(r)).toBe(true)
  })
})

describe('input objects of the wrong kind are typed errors at their entry', () => {
  it.each([
    ['checkGrowth(null)', () => api.checkGrowth(null as Any), 'CALC_INVALID_INPUT'],
    ['checkGrowth(throwing Proxy)', () => api.checkGrowth(throwingProxy() as Any), 'CALC_INVALID_INPUT'],
    ['createBuildContext(null)', () => api.createBuildContext(null as Any), 'LINE_ITEM_INVALID'],
    [
      'createBuildContext(throwing Proxy)',
      () => api.createBuildContext(throwingProxy() as Any),
      'LINE_ITEM_INVALID',
    ],
    ['defineTableTemplate("x")', () => api.defineTableTemplate('x' as Any), 'TEMPLATE_INVALID'],
    [
      'defineTableTemplate(throwing Proxy)',
      () => api.defineTableTemplate(throwingProxy() as Any),
      'TEMPLATE_INVALID',
    ],
    ['createFunctionalCatalog("x")', () => api.createFunctionalCatalog('x' as Any), 'CATALOG_INVALID'],
    [
      'createDepartmentEconomicCatalog([throwing Proxy])',
      () => api.createDepartmentEconomicCatalog([throwingProxy()] as Any),
      'CATALOG_INVALID',
    ],
    ['orderFindings(null)', () => api.orderFindings(null as Any), 'DOCUMENT_INVALID'],
    [
      'orderFindings({findings: 5})',
      () => api.orderFindings({ findings: 5, coverage: [] } as Any),
      'DOCUMENT_INVALID',
    ],
  ])('%s → %s', (_name, f, code) => {
    expect(codeOf(f)).toBe(code)
  })

  it('the look-alikes still answer: a real growth check, a real template, a real report', () => {
    expect(
      api.checkGrowth({
        current: api.parsePrinted('8944.03'),
        prior: api.parsePrinted('7845.61'),
        printed: api.parsePercent('14.00%'),
        direction: 'increase',
      }).status,
    ).toBe('right')
    expect(api.defineTableTemplate(api.HENAN_BUDGET_2024_TABLES).id).toBe(api.HENAN_BUDGET_2024_TABLES.id)
    expect(api.orderFindings(report)).toHaveLength(report.findings.length)
  })
})
