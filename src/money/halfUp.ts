import { round } from './decimal'
import type { Amount } from './types'

/**
 * Rounds to `decimals` places. 四舍五入: ties go away from zero, the rule of the disclosures.
 *
 * @param value - the amount
 * @param decimals - places to keep (0 to 100)
 * @returns the rounded amount
 * @example
 * ```ts
 * String(halfUp(amount('2.345'), 2)) // '2.35'
 * String(halfUp(amount('-2.345'), 2)) // '-2.35'
 * ```
 */
export function halfUp(value: Amount, decimals: number): Amount {
  return round(value, decimals, 'halfUp')
}
