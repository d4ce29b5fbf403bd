import { round } from './decimal'
import type { Amount, RoundingMode } from './types'

/**
 * Rounds an amount to `decimals` places. The default mode is `halfUp` (四舍五入), the rule of
 * the disclosures.
 *
 * @param value - the amount
 * @param decimals - places to keep (0 to 100)
 * @param mode - `'halfUp'` (default), `'halfEven'` or `'down'`
 * @returns the rounded amount
 * @throws MedbudgetError `PRECISION_INVALID` for a bad `decimals`
 * @example
 * ```ts
 * String(roundTo(amount('2.345'), 2))             // '2.35'
 * String(roundTo(amount('2.345'), 2, 'halfEven')) // '2.34'
 * String(roundTo(amount('-2.349'), 2, 'down'))    // '-2.34'
 * ```
 */
export function roundTo(value: Amount, decimals: number, mode: RoundingMode = 'halfUp'): Amount {
  return round(value, decimals, mode)
}
