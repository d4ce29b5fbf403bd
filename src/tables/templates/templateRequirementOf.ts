import type { TemplateRequirement } from '../../model/templates'
import type { TableTemplate } from './types'

/**
 * What a table template requires of a document, derived from the template itself (its id, titles,
 * kind, and the kinds of its tables in print order), so that a layout is written once: a template
 * of your own gives `parseDisclosure` and `reconcile` its requirement through this function.
 *
 * @param template - a table template (bundled, or made with `defineTableTemplate`)
 * @returns its requirement, frozen
 * @example
 * ```ts
 * templateRequirementOf(HENAN_BUDGET_2024_TABLES).tables.length // 13
 * ```
 */
export function templateRequirementOf(template: TableTemplate): TemplateRequirement {
  return Object.freeze({
    id: template.id,
    zh: template.zh,
    en: template.en,
    kind: template.kind,
    ...(template.province !== undefined ? { province: template.province } : {}),
    tables: Object.freeze(template.tables.map((spec) => spec.kind)),
  })
}
