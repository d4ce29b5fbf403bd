import type { Cause, CauseKind } from '../causes/cause'
import type { Finding, ReconciliationReport } from '../types'
import { orderFindings } from './orderFindings'

/** A cause with the findings it explains (in the order of `orderFindings`). @internal */
export interface CauseSection {
  readonly cause: Cause
  readonly findings: readonly Finding[]
}

/**
 * The report as every renderer reads it, top-down: the causes (each with the findings it
 * explains), then the other findings — single contradictions first (by severity, then rule
 * order), then rounding tails. `listed` is all of it in that order (what the renderers number).
 *
 * @internal
 */
export function reportSections(
  report: Pick<ReconciliationReport, 'findings' | 'coverage'> & {
    readonly causes?: ReconciliationReport['causes']
  },
): {
  readonly causes: readonly CauseSection[]
  readonly single: readonly Finding[]
  readonly tails: readonly Finding[]
} {
  const ordered = orderFindings(report)
  const rank = new Map(ordered.map((f, i) => [f, i]))
  const explained = new Set<Finding>()
  // a report read back from JSON written before causes existed has none
  const causes = (report.causes ?? []).map((cause) => {
    const findings = cause.findings
      .flatMap((i) => report.findings[i] ?? [])
      .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    for (const f of findings) explained.add(f)
    return { cause, findings }
  })
  const rest = ordered.filter((f) => !explained.has(f))
  return {
    causes,
    single: rest.filter((f) => f.status !== 'rounding-tail'),
    tails: rest.filter((f) => f.status === 'rounding-tail'),
  }
}

/** Labels of cause kinds in both languages. @internal */
export const CAUSE_LABELS: Readonly<Record<CauseKind, { readonly zh: string; readonly en: string }>> = {
  'column-shift': { zh: '金额错位一列', en: 'column shift' },
  'missing-row': { zh: '漏列行', en: 'missing row' },
  'repeated-figure': { zh: '同一错数重复', en: 'one wrong figure repeated' },
}
