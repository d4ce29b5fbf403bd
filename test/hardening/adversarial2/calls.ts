/**
 * Typed call templates for the second adversarial pass: every public function called with valid
 * arguments except one position, where a hostile value of the declared kind goes (a text where a
 * text is expected, a number where a number is, a wrong string where an enum is, a hostile object
 * where an object is).
 * @module
 */
import * as api from '../../../src/index'
import { loadSample } from '../../../src/samples/index'

/** The kind of the argument the hostile value replaces. */
export type Slot = 'text' | 'number' | 'enum' | 'object'

/** One call: its name, the kind of its hostile slot, and the call itself. */
export type Call = readonly [name: string, slot: Slot, call: (x: never) => unknown]

const a = api.amount('8938.04')
const b = api.amount('-12.5')
const doc = loadSample('000')
const printed = api.parsePrinted('8,938.04')
const table = doc.tables[0] as api.PrintedTable
const report = api.reconcile(doc)
const cat = api.functionalCatalog
const econ = api.departmentEconomicCatalog

const t = (name: string, f: (x: string) => unknown): Call => [name, 'text', f as (x: never) => unknown]
const n = (name: string, f: (x: number) => unknown): Call => [name, 'number', f as (x: never) => unknown]
const e = (name: string, f: (x: string) => unknown): Call => [name, 'enum', f as (x: never) => unknown]
const o = (name: string, f: (x: unknown) => unknown): Call => [name, 'object', f as (x: never) => unknown]
// biome-ignore lint/suspicious/noExplicitAny: hostile values go where the types say they cannot
type Any = any

export const CALLS: readonly Call[] = [
  // money: texts
  t('amount', (x) => api.amount(x)),
  t('parseAmount', (x) => api.parseAmount(x)),
  t('parsePrinted', (x) => api.parsePrinted(x)),
  t('parsePercent', (x) => api.parsePercent(x)),
  t('fromCanonical', (x) => api.fromCanonical(x)),
  t('isCanonical', (x) => api.isCanonical(x)),
  t('sumPrinted[x]', (x) => api.sumPrinted([x, '1'])),
  t('sumPrinted(x)', (x) => api.sumPrinted(x as Any)),
  t('groupSum keys', (x) => api.groupSum(['1', '2'], [x, x])),
  t('groupSum values', (x) => api.groupSum([x, '2'], ['a', 'b'])),
  // money: numbers
  n('amount(n)', (x) => api.amount(x)),
  n('amountFromFloat value', (x) => api.amountFromFloat(x, 2)),
  n('amountFromFloat decimals', (x) => api.amountFromFloat(1.25, x)),
  n('shift', (x) => api.shift(a, x)),
  n('roundTo', (x) => api.roundTo(a, x)),
  n('halfUp', (x) => api.halfUp(a, x)),
  n('halfEven', (x) => api.halfEven(a, x)),
  n('down', (x) => api.down(a, x)),
  n('ulp', (x) => api.ulp(x)),
  n('halfUlp', (x) => api.halfUlp(x)),
  n('divRound', (x) => api.divRound(a, b, x, 'halfUp')),
  n('formatAmount decimals', (x) => api.formatAmount(a, { decimals: x })),
  n('allocateShares decimals', (x) => api.allocateShares([a, a], x)),
  n('roundTwoWayTable decimals', (x) => api.roundTwoWayTable([[a, b]], x)),
  n('share decimals', (x) => api.share(a, a, { decimals: x })),
  n('growth decimals', (x) => api.growth(a, b, { decimals: x })),
  // money: enums
  e('roundTo mode', (x) => api.roundTo(a, 1, x as Any)),
  e('amountFromFloat mode', (x) => api.amountFromFloat(1.25, 1, x as Any)),
  e('divRound mode', (x) => api.divRound(a, b, 2, x as Any)),
  e('convertUnit from', (x) => api.convertUnit(a, x as Any, '元')),
  e('convertUnit to', (x) => api.convertUnit(a, '元', x as Any)),
  e('formatAmount unit', (x) => api.formatAmount(a, { decimals: 2, unit: x as Any })),
  e('directionWord', (x) => api.directionWord(x as Any)),
  e('directionWord of', (x) => api.directionWord('increase', x as Any)),
  e('formatCode format', (x) => api.formatCode('2101501', x as Any)),
  e('loadSample', (x) => loadSample(x as Any)),
  e('isFactKey', (x) => api.isFactKey(x)),
  e('renderReportText lang', (x) => api.renderReportText(report, { lang: x } as Any)),
  // money/calc: objects where amounts go
  o('add', (x) => api.add(x as Any, a)),
  o('sum', (x) => api.sum([a, x as Any])),
  o('cmp', (x) => api.cmp(a, x as Any)),
  o('isAmount', (x) => api.isAmount(x)),
  o('amount(object)', (x) => api.amount(x as Any)),
  o('roundTwoWayTable cells', (x) => api.roundTwoWayTable(x as Any, 1)),
  o('roundTwoWayTable cell', (x) => api.roundTwoWayTable([[a, x as Any]], 1)),
  o('allocateShares', (x) => api.allocateShares(x as Any)),
  o('share', (x) => api.share(x as Any, a)),
  o('growth', (x) => api.growth(a, x as Any)),
  o('change', (x) => api.change(x as Any, a)),
  o('checkSum parts', (x) => api.checkSum(x as Any, printed)),
  o('printedInterval', (x) => api.printedInterval(x as Any)),
  o('toCanonical', (x) => api.toCanonical(x as Any)),
  // codes and catalogs: texts
  t('parseCode', (x) => api.parseCode(x)),
  t('isValidSyntax', (x) => api.isValidSyntax(x)),
  t('levelOfCode', (x) => api.levelOfCode(x)),
  t('parentCode', (x) => api.parentCode(x)),
  t('ancestorCodes', (x) => api.ancestorCodes(x)),
  t('formatCode', (x) => api.formatCode(x)),
  t('normalizeName', (x) => api.normalizeName(x)),
  t('nameSimilarity', (x) => api.nameSimilarity(x, '行政运行')),
  t('isFunctionalCode', (x) => api.isFunctionalCode(x)),
  t('cofogOf', (x) => api.cofogOf(x)),
  t('lookupFunctionalCode', (x) => api.lookupFunctionalCode(x, { year: 2024 })),
  t('searchFunctionalByName', (x) => api.searchFunctionalByName(x, { fuzzy: true })),
  t('catalog.get', (x) => cat.get(x)),
  t('catalog.lookup', (x) => cat.lookup(x, { year: 2024 })),
  t('catalog.nameOf', (x) => cat.nameOf(x)),
  t('catalog.children', (x) => cat.children(x as Any)),
  t('catalog.ancestors', (x) => cat.ancestors(x as Any)),
  t('catalog.searchByName', (x) => cat.searchByName(x)),
  t('catalog.searchByName fuzzy', (x) => cat.searchByName(x, { fuzzy: true })),
  t('economic catalog.lookup', (x) => econ.lookup(x)),
  t('allowedGovernmentCodes', (x) => api.allowedGovernmentCodes(x)),
  t('defaultGovernmentCode', (x) => api.defaultGovernmentCode(x)),
  t('isAllowedPair', (x) => api.isAllowedPair(x, x)),
  n('catalog.nameOf year', (x) => cat.nameOf('2101501', x)),
  n('catalog.lookup year', (x) => cat.lookup('2101501', { year: x })),
  n('catalog.editionFor', (x) => cat.editionFor(x)),
  // glossary
  t('lookupTerm', (x) => api.lookupTerm(x)),
  t('getGlossaryEntry', (x) => api.getGlossaryEntry(x as Any)),
  t('searchGlossary', (x) => api.searchGlossary(x)),
  // model
  t('parseIndicatorValue', (x) => api.parseIndicatorValue(x)),
  t('cellForm', (x) => api.cellForm(x)),
  o('parseDisclosure', (x) => api.parseDisclosure(x)),
  o('safeParseDisclosure', (x) => api.safeParseDisclosure(x)),
  o('parseDisclosure table', (x) => api.parseDisclosure({ ...JSON.parse(JSON.stringify(doc)), tables: [x] })),
  // tables
  t('lineItemsFromCsv', (x) => api.lineItemsFromCsv(x)),
  t('functionalCatalogFromCsv', (x) => api.functionalCatalogFromCsv(x, { year: 2024 } as Any)),
  t('renderCsv title', (x) => api.renderCsv({ ...table, title: x })),
  t('renderMarkdown title', (x) => api.renderMarkdown({ ...table, title: x })),
  t('renderHtml title', (x) => api.renderHtml({ ...table, title: x })),
  t('renderText title', (x) => api.renderText({ ...table, title: x })),
  o('renderCsv', (x) => api.renderCsv(x as Any)),
  o('renderMarkdown', (x) => api.renderMarkdown(x as Any)),
  o('tableLayout', (x) => api.tableLayout(x as Any)),
  o('buildTables', (x) => api.buildTables(x as Any)),
  o('buildDisclosure', (x) => api.buildDisclosure(x as Any)),
  o('buildTables lineItems', (x) =>
    api.buildTables({
      lineItems: x as Any,
      department: { code: '900', name: '某部门' },
      units: [],
      fiscalYear: 2024,
      template: api.HENAN_BUDGET_2024_TABLES,
    }),
  ),
  // reconcile
  o('reconcile', (x) => api.reconcile(x as Any)),
  o('reconcile table', (x) => api.reconcile({ ...doc, tables: [x as Any] })),
  o('renderReportText', (x) => api.renderReportText(x as Any)),
  o('reportToJson', (x) => api.reportToJson(x as Any)),
  o('compareBudgetFinal', (x) => api.compareBudgetFinal(doc, x as Any)),
]
