import type { MoneyUnit } from '../money/types'
import { sameDraft } from './checks'
import type { PrintedFact } from './facts'
import type { FindingDraft, Severity } from './types'

/**
 * Compares one fact printed in several places against the first place that prints it; returns the
 * number of comparisons made and the drafts for the places that disagree.
 *
 * @internal
 */
export function compareFacts(
  fact: { readonly zh: string; readonly en: string },
  places: readonly (PrintedFact | undefined)[],
  severity: Severity,
  /** The document's amount unit, for places whose table prints none. */
  defaultUnit?: MoneyUnit,
): { checks: number; findings: FindingDraft[] } {
  const present = places.filter((p): p is PrintedFact => p !== undefined)
  const [reference, ...others] = present
  const findings: FindingDraft[] = []
  if (!reference) return { checks: 0, findings }
  for (const other of others) {
    // compare printed against printed where possible: the derived side is the sum
    const [a, b] = other.derived && !reference.derived ? [other, reference] : [reference, other]
    const draft = sameDraft({
      fact,
      a: { place: () => a.place, cells: a.cells, unit: a.unit ?? defaultUnit },
      // places and locations are read only for a finding
      b: {
        place: () => b.place,
        cell: b.cells.length === 1 ? b.cells[0] : undefined,
        where: () => b.where,
        unit: b.unit ?? defaultUnit,
      },
      related: () => [a.where],
      severity,
    })
    if (b.cells.length !== 1) continue
    if (draft) findings.push(draft)
  }
  return { checks: others.length, findings }
}

/**
 * {@link compareFacts} over a list of facts, each printed in several places: the comparisons made
 * and the drafts of every place that disagrees, in the list's order.
 *
 * @example
 * ```ts
 * const { checks, findings } = compareFactList(pairs(doc), 'error', doc.amountUnit)
 * ```
 * @internal
 */
export function compareFactList(
  facts: readonly {
    readonly fact: { readonly zh: string; readonly en: string }
    readonly places: readonly (PrintedFact | undefined)[]
  }[],
  severity: Severity,
  defaultUnit?: MoneyUnit,
): { checks: number; findings: FindingDraft[] } {
  let checks = 0
  const findings: FindingDraft[] = []
  for (const { fact, places } of facts) {
    const r = compareFacts(fact, places, severity, defaultUnit)
    checks += r.checks
    findings.push(...r.findings)
  }
  return { checks, findings }
}
