import { round } from './decimal'
import type { Amount } from './types'

/**
 * Rounds to `decimals` places. Truncation toward zero (截断).
 *
 * @param value - the amount
 * @param decimals - places to keep (0 to 100)
 * @returns the rounded amount
 * @example
 * ```ts
 * String(down(amount('2.349'), 2))  // '2.34'
 * String(down(amount('-2.349'), 2)) // '-2.34'
 * ```
 */
export function down(value: Amount, decimals: number): Amount {
  return round(value, decimals, 'down')
}
