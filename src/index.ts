/**
 * `@medbudget/core`: the shared, typed model of Chinese government department budget (部门预算) and
 * final-account (部门决算) disclosures — classification catalogs, exact money, the standard
 * calculations, the document model, table renderers, the reconciliation engine and the glossary.
 *
 * Subpath entries load one part alone: `@medbudget/core/functional`, `/economic`, `/money`,
 * `/model`, `/tables`, `/reconcile`, `/glossary`, and `/samples` (the bundled real disclosures,
 * which the root does not include).
 *
 * @example
 * ```ts
 * import { parsePrinted, functionalCatalog, reconcile } from '@medbudget/core'
 * parsePrinted('132, 372. 61') // { kind: 'amount', value: 132372.61, decimals: 2 }
 * functionalCatalog.nameOf('2101501', 2024) // '行政运行'
 * ```
 * @module @medbudget/core
 */

// calculations
export {
  allocateAmounts,
  allocateShares,
  budgetAdjustmentRate,
  budgetExecutionRate,
  type CalcInput,
  type ChangeDirection,
  type ChangeResult,
  carryoverRate,
  change,
  checkChange,
  checkGrowth,
  checkPercentage,
  completion,
  type Direction,
  directionWord,
  type GrowthCheckInput,
  type GrowthDirection,
  type GrowthResult,
  groupTotals,
  growth,
  type NotComputableRatio,
  type NotComputableReason,
  type PercentageCheck,
  type PercentageStatus,
  type PercentOptions,
  type PercentValue,
  procurementExecutionRate,
  type RatioResult,
  type RoundedTable,
  roundTwoWayTable,
  share,
  specialFundDetailRate,
  threePublicControlRate,
  total,
  type UndefinedRatio,
  type UndefinedReason,
} from './calc/index'
// classification codes
export { ancestorCodes } from './codes/ancestorCodes'
export type {
  Catalog,
  CatalogOptions,
  CodeLookup,
  EditionAnswer,
  EditionRange,
  KnownCodeLookup,
  LookupOptions,
  NameMatch,
  PrintedNameMatch,
  SearchByNameOptions,
  UnknownCodeLookup,
} from './codes/catalog'
export { createCatalog } from './codes/catalog'
export {
  type AllowedGovernmentCodes,
  allowedGovernmentCodes,
  type CorrespondenceRule,
  createDepartmentEconomicCatalog,
  createGovernmentEconomicCatalog,
  type DefaultGovernmentCode,
  type DefaultGovernmentCodeOptions,
  type DeptEconomicCode,
  defaultGovernmentCode,
  departmentEconomicCatalog,
  type EconomicCatalogBuilderOptions,
  type EconomicCorrespondence,
  type EconomicUnitType,
  economicCorrespondence,
  type GovEconomicCode,
  type GovernmentTarget,
  governmentEconomicCatalog,
  isAllowedPair,
} from './codes/economic/index'
export { type CodeErratum, codeErrata, economicCodeErrata, functionalCodeErrata } from './codes/errata'
export { type CodeFormat, formatCode } from './codes/formatCode'
export {
  createFunctionalCatalog,
  type FunctionalCode,
  functionalCatalog,
  isFunctionalCode,
  lookupFunctionalCode,
  searchFunctionalByName,
} from './codes/functional/index'
export { isValidSyntax } from './codes/isValidSyntax'
export { levelOfCode } from './codes/levelOfCode'
export { nameSimilarity } from './codes/nameSimilarity'
export { normalizeName } from './codes/normalizeName'
export { parentCode } from './codes/parentCode'
export { type ParseCodeOptions, type ParsedCode, parseCode } from './codes/parseCode'
export type { CatalogEntry, CodeLevel, CodeSystem, EditionName, Provenance } from './codes/types'
// comparisons across documents
export {
  type BudgetFinalComparison,
  compareBudgetFinal,
  type ExecutionLine,
} from './compare/compareBudgetFinal'
// errors
export {
  type ErrorLocation,
  isMedbudgetError,
  MedbudgetError,
  type MedbudgetErrorCode,
  type MedbudgetIssue,
} from './errors'
// glossary
export {
  type BuiltInGlossary,
  GLOSSARY,
  type GlossaryEntry,
  type GlossarySearchHit,
  type GlossaryTerm,
  type GlossaryTermId,
  getGlossaryEntry,
  listTerms,
  lookupTerm,
  searchGlossary,
  type TermLookup,
} from './glossary/index'
// document model
export {
  type AbsentTable,
  AbsentTableSchema,
  type AssetItem,
  AssetItemSchema,
  BUNDLED_TEMPLATE_REQUIREMENTS,
  BUNDLED_TEMPLATES,
  type BudgetUnit,
  BudgetUnitSchema,
  type Cell,
  CellSchema,
  type Cells,
  type Column,
  type Comparator,
  cellForm,
  type DepartmentPerformance,
  DISCLOSURE_FORMAT,
  type Disclosure,
  DisclosureSchema,
  FACT_KEYS,
  type FactKey,
  FUND_SOURCES,
  type FundSource,
  type Indicator,
  type IndicatorValue,
  isFactKey,
  type LineItem,
  LineItemSchema,
  type ParseDisclosureOptions,
  type ParseDisclosureResult,
  type PrintedTable,
  PrintedTableSchema,
  type ProcurementItem,
  type Project,
  parseDisclosure,
  parseIndicatorValue,
  type Row,
  safeParseDisclosure,
  serializeDisclosure,
  TABLE_KINDS,
  type TableKind,
  type TemplateRequirement,
  type TextFigure,
  TextFigureSchema,
} from './model/index'
// money
export {
  type Amount,
  type AmountInput,
  abs,
  add,
  amount,
  amountFromFloat,
  type CheckSumResult,
  type CheckSumStatus,
  checkSum,
  cmp,
  convertUnit,
  type DecimalLike,
  divRound,
  down,
  eq,
  type FormatAmountOptions,
  formatAmount,
  fromCanonical,
  groupSum,
  halfEven,
  halfUlp,
  halfUp,
  isAmount,
  isCanonical,
  isZero,
  type MoneyUnit,
  mul,
  neg,
  type Printed,
  type PrintedAmount,
  parseAmount,
  parsePercent,
  parsePrinted,
  printedInterval,
  type RoundingMode,
  roundTo,
  type SumPrintedResult,
  shift,
  sign,
  sub,
  sum,
  sumPrinted,
  toCanonical,
  ulp,
} from './money/index'
// reconciliation
export {
  BUILT_IN_RULE_IDS,
  type BuiltInRuleId,
  type Cause,
  type CauseKind,
  type CauseLocation,
  type CauseRow,
  type Checker,
  type CheckerOptions,
  type ColumnShift,
  type Coverage,
  createChecker,
  defineRule,
  type Finding,
  type FindingStatus,
  orderFindings,
  type ReconcileOptions,
  type ReconciliationReport,
  type RenderReportHtmlOptions,
  type RenderReportHtmlPageOptions,
  type RenderReportOptions,
  RULES,
  type Rule,
  type RuleId,
  reconcile,
  renderReportHtml,
  renderReportHtmlPage,
  renderReportMarkdown,
  renderReportText,
  reportToJson,
  type Severity,
  type Where,
} from './reconcile/index'
// tables
export {
  BUNDLED_TABLE_TEMPLATES,
  type BuildDisclosureInput,
  type BuildTablesInput,
  buildDisclosure,
  buildTables,
  classLines,
  createBuildContext,
  defineTableTemplate,
  HEBEI_BUDGET_2024_TABLES,
  HENAN_BUDGET_2024_TABLES,
  HENAN_BUDGET_2025_TABLES,
  type HeaderCell,
  indicatorLayout,
  type LineItemsFromCsvOptions,
  lineItemsFromCsv,
  NATIONAL_FINAL_ACCOUNT_TABLES,
  performanceLayouts,
  renderCsv,
  renderHtml,
  renderHtmlPage,
  renderMarkdown,
  renderText,
  type TableLayout,
  type TableSpec,
  type TableTemplate,
  tableLayout,
} from './tables/index'
