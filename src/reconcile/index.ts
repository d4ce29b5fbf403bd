/**
 * The reconciliation engine: rules, `reconcile`, report renderers.
 * @module @medbudget/core/reconcile
 */
// Entry point of the reconciliation engine (also re-exported from the package root).
export type { Cause, CauseKind, CauseLocation, CauseRow, ColumnShift } from './causes/cause'
export { type Checker, type CheckerOptions, createChecker } from './createChecker'
export { defineRule } from './defineRule'
export { type ReconcileOptions, reconcile } from './reconcile'
export { orderFindings } from './render/orderFindings'
export {
  type RenderReportHtmlOptions,
  type RenderReportHtmlPageOptions,
  renderReportHtml,
  renderReportHtmlPage,
} from './render/renderReportHtml'
export { renderReportMarkdown } from './render/renderReportMarkdown'
export { type RenderReportOptions, renderReportText } from './render/renderReportText'
export type { ReportLang } from './render/reportLabels'
export { reportToJson } from './render/reportToJson'
export { BUILT_IN_RULE_IDS, type BuiltInRuleId, type RuleId } from './ruleIds'
export { RULES } from './rules/index'
export type {
  Coverage,
  Finding,
  FindingDraft,
  FindingStatus,
  MessageParams,
  ReconciliationReport,
  Rule,
  RuleContext,
  RuleFamily,
  RuleRun,
  Severity,
  Where,
} from './types'
