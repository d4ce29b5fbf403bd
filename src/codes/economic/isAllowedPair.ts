import { parseCode } from '../parseCode'
import { correspondenceRuleFor } from './correspondenceRuleFor'
import type { DeptEconomicCode } from './department.generated'
import type { GovEconomicCode } from './government.generated'

/**
 * Whether a row may record a department economic code under a government economic code, as the
 * 一般公共预算基本支出表 and the 支出经济分类汇总表 print them side by side. Codes are compared at the
 * level printed: a 款 pairs with 款 (30101 → 50101), a 类 with 类 (301 → 501).
 *
 * @param dept - a department economic code, joined (`30110`) or split (`301 | 10`)
 * @param gov - a government economic code, joined (`50501`) or split (`505 | 01`)
 * @returns true when the pair is in the correspondence; false when it is not, or when either code
 *   is well-formed but unknown
 * @throws MedbudgetError `CODE_MALFORMED` when either code is malformed or of the wrong system
 * @example
 * ```ts
 * isAllowedPair('30110', '50501') // true  (a 事业单位's staff, seed 000)
 * isAllowedPair('30101', '50201') // false (wages are not 办公经费)
 * isAllowedPair('301 | 01', '501 | 01') // true
 * ```
 */
export function isAllowedPair(
  dept: DeptEconomicCode | (string & {}),
  gov: GovEconomicCode | (string & {}),
): boolean {
  const govCode = parseCode(gov, { system: 'economic-government' }).code
  const found = correspondenceRuleFor(dept)
  return found.rule?.allowed.some((t) => t.code === govCode) ?? false
}
