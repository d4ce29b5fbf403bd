import type { GovernmentTarget } from './correspondence'
import { correspondenceRuleFor } from './correspondenceRuleFor'
import type { DeptEconomicCode } from './department.generated'
import type { GovEconomicCode } from './government.generated'

/**
 * Answer of {@link allowedGovernmentCodes}.
 *
 * @example
 * ```ts
 * const answer: AllowedGovernmentCodes = allowedGovernmentCodes('30302')
 * if (answer.status === 'known') answer.codes // ['50905', '50599']
 * ```
 */
export type AllowedGovernmentCodes =
  | {
      readonly status: 'known'
      readonly dept: DeptEconomicCode
      /** The government codes, most usual first. */
      readonly codes: readonly GovEconomicCode[]
      /** The same codes with the evidence for each pair. */
      readonly targets: readonly GovernmentTarget[]
    }
  | {
      /** A well-formed department code the correspondence has no rule for (e.g. a newer edition's code). */
      readonly status: 'unknown'
      readonly dept: string
      readonly codes: readonly []
      readonly targets: readonly []
    }

/**
 * The government economic codes (政府预算支出经济分类) a department economic code
 * (部门预算支出经济分类) may be recorded under. Several are allowed because the target depends on
 * who the money is for: 30110 职工基本医疗保险缴费 is 50102 社会保障缴费 for a 机关's own staff and
 * 50501 工资福利支出 for a 事业单位's.
 *
 * @param dept - a department economic code, joined (`30110`) or split (`301 | 10`)
 * @returns the allowed codes with their evidence, or `status: 'unknown'` for a well-formed code
 *   the correspondence does not know
 * @throws MedbudgetError `CODE_MALFORMED` when `dept` is not a department economic code (a letter,
 *   a functional or government code, 7 digits)
 * @example
 * ```ts
 * allowedGovernmentCodes('30110').codes // ['50102', '50501']
 * allowedGovernmentCodes('301 | 10').status // 'known'
 * allowedGovernmentCodes('30198') // { status: 'unknown', dept: '30198', codes: [], targets: [] }
 * ```
 */
export function allowedGovernmentCodes(dept: DeptEconomicCode | (string & {})): AllowedGovernmentCodes {
  const found = correspondenceRuleFor(dept)
  if (found.rule === undefined) return { status: 'unknown', dept: found.code, codes: [], targets: [] }
  return {
    status: 'known',
    dept: found.code as DeptEconomicCode,
    codes: found.rule.allowed.map((t) => t.code),
    targets: found.rule.allowed,
  }
}
