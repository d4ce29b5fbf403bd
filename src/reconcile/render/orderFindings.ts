import { checkObject, fieldArray, guardShape, type What } from '../../internal/shape'
import type { Finding, ReconciliationReport, Severity } from '../types'

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

/**
 * The findings of a report in the order every renderer lists them: by severity (error, warning,
 * info), then in rule order (the order of `report.coverage`), then as the rule found them.
 *
 * @param report - the result of `reconcile`
 * @returns the findings, reordered (a new frozen array)
 * @throws MedbudgetError `DOCUMENT_INVALID` for a value that is not shaped as a report (no
 *   `findings` or `coverage` array, a throwing getter)
 * @example
 * ```ts
 * orderFindings(reconcile(doc)).map((f) => f.severity) // ['error', 'error', 'warning', …, 'info']
 * ```
 */
export function orderFindings(
  report: Pick<ReconciliationReport, 'findings' | 'coverage'>,
): readonly Finding[] {
  const r = checkObject(report, 'DOCUMENT_INVALID', REPORT)
  for (const key of ['findings', 'coverage']) fieldArray(r, key, 'DOCUMENT_INVALID', REPORT)
  return guardShape('DOCUMENT_INVALID', REPORT, () => orderFindingsOf(report))
}

const REPORT: What = ['核对报告（reconcile 的结果）', 'reconciliation report (what reconcile returns)']

/**
 * The body of {@link orderFindings}, run once the report has its two arrays (the same report).
 * @example
 * ```ts
 * orderFindingsOf({ findings: [], coverage: [] }) // []
 * ```
 */
function orderFindingsOf(report: Pick<ReconciliationReport, 'findings' | 'coverage'>): readonly Finding[] {
  const ruleOrder = new Map<string, number>()
  report.coverage.forEach((c, i) => {
    if (!ruleOrder.has(c.rule)) ruleOrder.set(c.rule, i)
  })
  const at = (f: Finding): number => ruleOrder.get(f.rule) ?? report.coverage.length
  return Object.freeze(
    report.findings
      .map((f, i) => ({ f, i }))
      .sort(
        (a, b) =>
          SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || at(a.f) - at(b.f) || a.i - b.i,
      )
      .map(({ f }) => f),
  )
}
