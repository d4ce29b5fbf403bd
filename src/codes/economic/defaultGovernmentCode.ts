import { checkOption, optionsOf } from '../../internal/limits'
import type { EconomicUnitType } from './correspondence'
import { correspondenceRuleFor } from './correspondenceRuleFor'
import type { DeptEconomicCode } from './department.generated'
import type { GovEconomicCode } from './government.generated'

/**
 * Options of {@link defaultGovernmentCode}.
 *
 * @example
 * ```ts
 * const options: DefaultGovernmentCodeOptions = { unitType: '参公' }
 * defaultGovernmentCode('30101', options).code // '50101'
 * ```
 */
export interface DefaultGovernmentCodeOptions {
  /** Whose spending it is (default `行政`). `参公` units count as 机关 and share the `行政` defaults. */
  readonly unitType?: EconomicUnitType
}

/**
 * Answer of {@link defaultGovernmentCode}.
 *
 * @example
 * ```ts
 * defaultGovernmentCode('30110', { unitType: '事业' })
 * // { status: 'known', dept: '30110', unitType: '事业', code: '50501' }
 * ```
 */
export type DefaultGovernmentCode =
  | {
      readonly status: 'known'
      readonly dept: DeptEconomicCode
      readonly unitType: EconomicUnitType
      readonly code: GovEconomicCode
    }
  | {
      /** A well-formed department code the correspondence has no rule for. */
      readonly status: 'unknown'
      readonly dept: string
      readonly unitType: EconomicUnitType
      readonly code?: undefined
    }

const UNIT_TYPES = ['行政', '事业', '参公'] as const satisfies readonly EconomicUnitType[]

/**
 * The usual government economic code for a department economic code, given who spends it.
 * Wages and goods of a 事业单位 go to 505 对事业单位经常性补助 (50501, 50502), its capital spending
 * to 506; a 机关 or 参公 unit's go to 501–504. It is advice: a table that prints a government
 * code keeps the one it prints (check it with {@link isAllowedPair}).
 *
 * @param dept - a department economic code, joined or split
 * @param options - the unit type (default `行政`)
 * @returns the default code, or `status: 'unknown'` for a well-formed code the correspondence does not know
 * @throws MedbudgetError `CODE_MALFORMED` when `dept` is not a department economic code; `OPTION_INVALID` for options that are not an object or an unknown `unitType`
 * @example
 * ```ts
 * defaultGovernmentCode('30101').code // '50101'
 * defaultGovernmentCode('30101', { unitType: '事业' }).code // '50501'
 * defaultGovernmentCode('31002', { unitType: '事业' }).code // '50601'
 * defaultGovernmentCode('30198').status // 'unknown'
 * ```
 */
export function defaultGovernmentCode(
  dept: DeptEconomicCode | (string & {}),
  options: DefaultGovernmentCodeOptions = {},
): DefaultGovernmentCode {
  const o = optionsOf(options, ['对应选项', 'correspondence options'])
  const unitType = checkOption(o.unitType ?? '行政', UNIT_TYPES, ['单位类型', 'unit type'])
  const found = correspondenceRuleFor(dept)
  if (found.rule === undefined) return { status: 'unknown', dept: found.code, unitType }
  return {
    status: 'known',
    dept: found.code as DeptEconomicCode,
    unitType,
    code: found.rule.defaults[unitType],
  }
}
