import type { Disclosure } from '../../model/disclosure'
import type { Finding, Rule, RuleContext } from '../types'
import type { Cause } from './cause'
import { findColumnShifts } from './findColumnShifts'
import { findMissingRows } from './findMissingRows'
import { findRepeatedFigures } from './findRepeatedFigures'

/**
 * The causes behind groups of findings, each explaining two or more mismatches that no earlier
 * cause explains: column shifts first (they explain the most), then missing rows, then figures
 * repeated wrong. A finding belongs to one cause at most.
 *
 * @internal
 */
export function findCauses(
  doc: Disclosure,
  findings: readonly Finding[],
  rules: readonly Rule[],
  context: RuleContext,
): Cause[] {
  if (findings.filter((f) => f.status === 'mismatch').length < 2) return []
  const claimed = new Set<number>()
  return [
    ...findColumnShifts(doc, findings, rules, context, claimed),
    ...findMissingRows(doc, findings, claimed),
    ...findRepeatedFigures(findings, claimed),
  ].map((c) => ({ ...c, findings: [...c.findings].sort((a, b) => a - b) }))
}
