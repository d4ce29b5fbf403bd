import { parseCode } from '../parseCode'
import { type CorrespondenceRule, economicCorrespondence } from './correspondence'
import type { DeptEconomicCode } from './department.generated'

/**
 * Reads a department economic code (joined `30101` or split `301 | 01`) and finds its rule.
 * Internal to the economic folder: the public functions wrap it in typed results.
 *
 * @param dept - the printed department code
 * @returns the joined code and its rule, or the joined code alone when no rule exists
 * @throws MedbudgetError `CODE_MALFORMED` when `dept` is not a well-formed department economic code
 * @internal
 */
export function correspondenceRuleFor(
  dept: string,
):
  | { readonly code: DeptEconomicCode; readonly rule: CorrespondenceRule }
  | { readonly code: string; readonly rule?: undefined } {
  const { code } = parseCode(dept, { system: 'economic-department' })
  if (Object.hasOwn(economicCorrespondence, code)) {
    const known = code as DeptEconomicCode
    return { code: known, rule: economicCorrespondence[known] }
  }
  return { code }
}
