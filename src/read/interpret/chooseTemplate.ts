import type { TableKind } from '../../model/tableKinds'
import { BUNDLED_TEMPLATES, type TemplateRequirement } from '../../model/templates'

/** The template a read document is recorded under, and whether its tables match it. */
export interface TemplateChoice {
  readonly template: TemplateRequirement
  /** True when every required table of the template was read and no standard table lies outside it. */
  readonly exact: boolean
  /** Required tables of the template that were not read. */
  readonly missing: readonly TableKind[]
}

/**
 * The bundled template of the document's kind that its recognized tables fit best: fewest
 * required tables missing plus read tables outside it, then the first listed.
 *
 * @param kind - budget or final account
 * @param kinds - the kinds of the tables read
 * @returns the template, whether it matches exactly, and the required tables not read
 * @example
 * ```ts
 * chooseTemplate('final-account', ['summary', 'income']).template.id // 'national-final-account'
 * ```
 * @internal
 */
export function chooseTemplate(
  kind: 'budget' | 'final-account',
  kinds: readonly TableKind[],
): TemplateChoice {
  const present = new Set(kinds)
  let best: TemplateChoice | undefined
  let bestScore = Number.POSITIVE_INFINITY
  for (const template of BUNDLED_TEMPLATES) {
    if (template.kind !== kind) continue
    const missing = template.tables.filter((k) => !present.has(k))
    const outside = [...present].filter((k) => !template.tables.includes(k)).length
    const score = (missing.length + outside) * 10
    if (score < bestScore) {
      bestScore = score
      best = { template, exact: missing.length === 0 && outside === 0, missing }
    }
  }
  // every kind has a bundled template
  return best!
}
