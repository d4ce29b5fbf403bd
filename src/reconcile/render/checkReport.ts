/**
 * Internal: the structural check of a reconciliation report before a renderer reads it.
 * @module
 * @internal
 */
import { checkObject, fieldArray, guardShape, type What } from '../../internal/shape'
import type { ReconciliationReport } from '../types'

const REPORT: What = ['核对报告（reconcile 的结果）', 'reconciliation report (what reconcile returns)']

/**
 * Runs `f` on `report` when it has the fields a renderer reads (`document`, `summary` objects;
 * `findings`, `coverage` arrays); a typed `DOCUMENT_INVALID` otherwise, and for any
 * untyped error while reading it.
 * @example
 * ```ts
 * withReport(reconcile(loadSample('000')), (r) => r.findings.length)
 * ```
 * @internal
 */
export function withReport<T>(report: ReconciliationReport, f: (report: ReconciliationReport) => T): T {
  const r = checkObject(report, 'DOCUMENT_INVALID', REPORT)
  for (const key of ['findings', 'coverage']) fieldArray(r, key, 'DOCUMENT_INVALID', REPORT)
  for (const key of ['document', 'summary'])
    checkObject(
      guardShape('DOCUMENT_INVALID', REPORT, () => (r as Record<string, unknown>)[key]),
      'DOCUMENT_INVALID',
      [`${REPORT[0]}的 ${key}`, `${key} of the ${REPORT[1]}`],
    )
  return guardShape('DOCUMENT_INVALID', REPORT, () => f(report))
}
