import { amountFromScaled } from '../money/decimal'
import type { Amount } from '../money/types'
import { largestRemainder } from './largestRemainder'
import { percentDecimals } from './ratioPercent'

/**
 * Percentage shares of a whole that add up to exactly 100 (100.00 with 2 decimals), by the
 * largest remainder method: each share gets its exact value rounded down, and the hundredths
 * still missing go one each to the largest remainders (ties: larger value first, then lower
 * index). Use it to publish a breakdown whose 占比 add to 100%; to check printed shares, use
 * `share` / `checkPercentage` (disclosures round each share on its own).
 *
 * @param values - the parts (≥ 0, not all zero)
 * @param decimals - decimals of the percentages (default 2)
 * @returns one percentage per value, adding to exactly 100
 * @throws MedbudgetError `ALLOCATION_INVALID` for a negative value or all zeros
 * @example
 * ```ts
 * allocateShares([amount('1'), amount('1'), amount('1')]).map(String) // ['33.34', '33.33', '33.33']
 * allocateShares([amount('658.67'), amount('8285.36')]).map(String)  // ['7.36', '92.64']
 * ```
 */
export function allocateShares(values: readonly Amount[], decimals = 2): readonly Amount[] {
  const d = percentDecimals({ decimals })
  const units = largestRemainder(values, 100n * 10n ** BigInt(d))
  return Object.freeze(units.map((u) => amountFromScaled(u, d)))
}
