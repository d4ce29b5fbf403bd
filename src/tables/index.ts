/**
 * Standard tables: builders from line items, templates, layouts and renderers (text, Markdown, HTML, CSV).
 * @module @medbudget/core/tables
 */
// Entry point of the table layer: layout and renderers (also re-exported from the package root).

// builders (producer direction): line items → standard tables
export { buildAssetsTable } from './builders/buildAssetsTable'
export { buildDepartmentPerformanceTable } from './builders/buildDepartmentPerformanceTable'
export { type BuildDisclosureInput, buildDisclosure } from './builders/buildDisclosure'
export { buildEconomicSummaryTable } from './builders/buildEconomicSummaryTable'
export { buildExpenditureTable } from './builders/buildExpenditureTable'
export { buildFiscalSummaryTable } from './builders/buildFiscalSummaryTable'
export { buildGovFundTable } from './builders/buildGovFundTable'
export { buildGpbBasicDetailTable } from './builders/buildGpbBasicDetailTable'
export { buildGpbBasicTable } from './builders/buildGpbBasicTable'
export { buildGpbExpenditureTable } from './builders/buildGpbExpenditureTable'
export { buildIncomeTable } from './builders/buildIncomeTable'
export { buildOperatingCostsTable } from './builders/buildOperatingCostsTable'
export { buildProcurementTable } from './builders/buildProcurementTable'
export { buildProjectPerformanceTable } from './builders/buildProjectPerformanceTable'
export { buildProjectsTable } from './builders/buildProjectsTable'
export { buildSelfEvaluationTable } from './builders/buildSelfEvaluationTable'
export { buildSoeCapitalTable } from './builders/buildSoeCapitalTable'
export { buildSummaryTable } from './builders/buildSummaryTable'
export { buildTables } from './builders/buildTables'
export { buildThreePublicTable } from './builders/buildThreePublicTable'
export { createBuildContext } from './builders/createBuildContext'
export { factCube } from './builders/factCube'
export { type LineItemsFromCsvOptions, lineItemsFromCsv } from './builders/lineItemsFromCsv'
export {
  type FactPredicate,
  factPredicate,
  isFiscal,
  type MatchOptions,
  matchesFact,
} from './builders/matchesFact'
export type {
  BuildContext,
  BuildTablesInput,
  CodeNames,
  CubeEntry,
  ThreePublicFigures,
} from './builders/types'
// indicator tables (绩效目标, 自评): text layouts the renderers read
export { type IndicatorLayoutOptions, indicatorLayout } from './indicatorLayout'
export type { LabelField } from './labelFields'
export { performanceLayouts } from './performanceLayouts'
export { type RenderCsvOptions, renderCsv } from './renderers/renderCsv'
export { type RenderHtmlPageOptions, renderHtml, renderHtmlPage } from './renderers/renderHtml'
export { renderMarkdown } from './renderers/renderMarkdown'
export { type RenderTextOptions, renderText } from './renderers/renderText'
export {
  type HeaderCell,
  type LayoutCell,
  type LayoutColumn,
  type LayoutRow,
  type TableLayout,
  tableLayout,
} from './tableLayout'
// templates as data
export { BUNDLED_TABLE_TEMPLATES } from './templates/bundledTableTemplates'
export { type ClassLinesOptions, classLines } from './templates/classLines'
export { defineTableTemplate } from './templates/defineTableTemplate'
export { FINAL_BASIC_CODES } from './templates/finalAccountBasicCodes'
export { FINAL_FISCAL_CLASSES, FINAL_SUMMARY_CLASSES } from './templates/finalAccountClassLists'
export { HEBEI_BUDGET_2024_TABLES } from './templates/hebeiBudget2024'
export { HEBEI_CLASSES } from './templates/hebeiClassLists'
export { HENAN_BUDGET_2024_TABLES } from './templates/henanBudget2024'
export { HENAN_BUDGET_2025_TABLES } from './templates/henanBudget2025'
export { HENAN_FISCAL_CLASSES, HENAN_SUMMARY_CLASSES } from './templates/henanClassLists'
export { NATIONAL_FINAL_ACCOUNT_TABLES } from './templates/nationalFinalAccount'
export { templateRequirementOf } from './templates/templateRequirementOf'
export type {
  ClassesLineSpec,
  ClassLineSpec,
  ColumnSpec,
  EmptyCellStyle,
  FactLineSpec,
  LabelLineSpec,
  LineSpec,
  RowLayout,
  SideSpec,
  TableScope,
  TableSpec,
  TableTemplate,
} from './templates/types'
