import { round } from './decimal'
import type { Amount } from './types'

/**
 * Rounds to `decimals` places. Banker's rounding (银行家舍入): ties go to the even digit.
 *
 * @param value - the amount
 * @param decimals - places to keep (0 to 100)
 * @returns the rounded amount
 * @example
 * ```ts
 * String(halfEven(amount('2.345'), 2)) // '2.34'
 * String(halfEven(amount('2.355'), 2)) // '2.36'
 * ```
 */
export function halfEven(value: Amount, decimals: number): Amount {
  return round(value, decimals, 'halfEven')
}
