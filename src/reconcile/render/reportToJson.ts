import type { ReconciliationReport } from '../types'
import { withReport } from './checkReport'

/**
 * Serialises a reconciliation report as JSON (two-space indentation, final newline): findings with
 * their messages in both languages, coverage and summary. Amounts are canonical decimal strings.
 *
 * @param report - the result of `reconcile`
 * @returns JSON text
 * @example
 * ```ts
 * const data = JSON.parse(reportToJson(reconcile(doc)))
 * data.summary.mismatches // number
 * ```
 */
export function reportToJson(report: ReconciliationReport): string {
  return withReport(report, (r) => reportToJsonOf(r))
}

/**
 * The body of {@link reportToJson}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * JSON.parse(reportToJsonOf(report)).summary.checks === report.summary.checks // true
 * ```
 */
function reportToJsonOf(report: ReconciliationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
