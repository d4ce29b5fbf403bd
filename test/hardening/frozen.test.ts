/**
 * Issue 14: every value the public API hands out is deeply frozen. Walks the result of each
 * public function (called with a valid input) and asserts that every object reachable from it is
 * frozen (Amounts included).
 */
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index'
import { loadSample } from '../../src/samples/index'
import { HENAN_BUDGET_2024_TABLES } from '../../src/tables/templates/henanBudget2024'

/** Paths of objects reachable from `value` that are not frozen (at most 5). */
function unfrozen(value: unknown): string[] {
  const out: string[] = []
  const seen = new Set<object>()
  const walk = (v: unknown, path: string): void => {
    if (out.length >= 5 || v === null || typeof v !== 'object' || seen.has(v)) return
    seen.add(v)
    if (!Object.isFrozen(v)) out.push(path || '(root)')
    if (v instanceof Map) {
      out.push(`${path} is a Map`)
      return
    }
    for (const key of Object.keys(v)) walk((v as Record<string, unknown>)[key], `${path}.${key}`)
  }
  walk(value, '')
  return out
}

const doc = loadSample('000')
const a = api.amount('8938.04')

const CALLS: Readonly<Record<string, () => unknown>> = {
  amount: () => a,
  add: () => api.add(a, a),
  shift: () => api.shift(a, 2),
  roundTo: () => api.roundTo(a, 1),
  convertUnit: () => api.convertUnit(a, '万元', '元'),
  parsePrinted: () => api.parsePrinted('1,234.50万元'),
  parsePercent: () => api.parsePercent('12.5%'),
  parseAmount: () => api.parseAmount('8,938.04'),
  sumPrinted: () => api.sumPrinted(['1', '2.5', '-', '']),
  groupSum: () => api.groupSum(['1', '2'], ['a', 'b']),
  groupSumValue: () => api.groupSum(['1', '2'], ['a', 'b']).get('a'),
  checkSum: () => api.checkSum([api.parsePrinted('1'), api.parsePrinted('2')], api.parsePrinted('3')),
  printedInterval: () => api.printedInterval(api.parsePrinted('1.0') as api.PrintedAmount),
  parseCode: () => api.parseCode('【2101501】行政运行'),
  lookup: () => api.functionalCatalog.lookup('2101501', { year: 2024 }),
  children: () => api.functionalCatalog.children('210'),
  ancestors: () => api.functionalCatalog.ancestors('2101501'),
  searchByName: () => api.functionalCatalog.searchByName('行政运行', { fuzzy: true }),
  editionFor: () => api.functionalCatalog.editionFor(2024),
  lookupTerm: () => api.lookupTerm('三公经费'),
  lookupTermMissing: () => api.lookupTerm('不存在'),
  searchGlossary: () => api.searchGlossary('经费'),
  // listTerms returns a fresh array each call (the caller's to keep); its entries are frozen
  listTerms: () => api.listTerms()[0],
  parseIndicatorValue: () => api.parseIndicatorValue('≥1.3万人次'),
  parseDisclosure: () => api.parseDisclosure(JSON.parse(JSON.stringify(doc))),
  safeParseDisclosure: () => api.safeParseDisclosure({}),
  reconcile: () => api.reconcile(doc),
  buildTables: () =>
    api.buildTables({
      lineItems: [
        {
          unitCode: '900001',
          functionalCode: '2101501',
          kind: 'basic',
          basicClass: 'personnel',
          economicCode: '30101',
          source: 'gpb',
          amount: '100',
        } as api.LineItem,
      ],
      department: { code: '900', name: '示范市医疗保障局' },
      units: [{ code: '900001', name: '示范市医疗保障局机关', type: '行政' }],
      fiscalYear: 2024,
      template: HENAN_BUDGET_2024_TABLES,
    }),
  allocateShares: () => api.allocateShares([a, a]),
  checkChange: () => api.checkChange({ current: a, prior: a, printed: api.parsePrinted('0') }),
  checkPercentage: () => api.checkPercentage({ part: a, whole: a, printed: api.parsePrinted('100.00') }),
  growth: () => api.growth(a, api.amount('1')),
  share: () => api.share(a, a),
  tableLayout: () => api.tableLayout(doc.tables[0] as api.PrintedTable),
}

describe('issue 14: every result is deeply frozen', () => {
  it.each(Object.keys(CALLS))('%s', (name) => {
    const result = (CALLS[name] as () => unknown)()
    expect(result).toBeDefined()
    expect(unfrozen(result)).toEqual([])
  })
  it('the walker itself finds an unfrozen object', () => {
    expect(unfrozen({ a: Object.freeze({}) })).toEqual(['(root)'])
    expect(unfrozen(Object.freeze({ a: { b: 1 } }))).toEqual(['.a'])
  })
})
