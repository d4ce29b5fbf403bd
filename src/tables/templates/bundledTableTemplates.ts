import { HEBEI_BUDGET_2024_TABLES } from './hebeiBudget2024'
import { HENAN_BUDGET_2024_TABLES } from './henanBudget2024'
import { HENAN_BUDGET_2025_TABLES } from './henanBudget2025'
import { NATIONAL_FINAL_ACCOUNT_TABLES } from './nationalFinalAccount'
import type { TableTemplate } from './types'

/**
 * The table templates shipped with the library, with the ids of the template requirements
 * (src/model/templates.ts). Pick one by a document's `template` id.
 *
 * @example
 * ```ts
 * BUNDLED_TABLE_TEMPLATES.map((t) => t.id)
 * // ['henan-budget-2024', 'henan-budget-2025', 'hebei-budget-2024', 'national-final-account']
 * ```
 */
export const BUNDLED_TABLE_TEMPLATES: readonly TableTemplate[] = /*#__PURE__*/ Object.freeze([
  HENAN_BUDGET_2024_TABLES,
  HENAN_BUDGET_2025_TABLES,
  HEBEI_BUDGET_2024_TABLES,
  NATIONAL_FINAL_ACCOUNT_TABLES,
])
