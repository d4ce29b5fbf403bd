import { abs, amountFromScaled, round, sign, toScaledBigInt } from '../money/decimal'
import type { Amount } from '../money/types'
import { largestRemainder } from './largestRemainder'
import { percentDecimals } from './ratioPercent'

/**
 * Splits a total in proportion to weights so that the parts, each with `decimals` places, add up
 * to exactly the total rounded half-up to `decimals` (no 尾差). Largest remainder method: each
 * part gets its exact quota rounded toward zero, and the units of the last place still missing go
 * one each to the largest remainders; ties go to the larger weight, then the lower index.
 *
 * @param totalAmount - the amount to split (may be negative: the split is then mirrored)
 * @param weights - the proportions (≥ 0, not all zero)
 * @param decimals - decimals of the parts (default 2)
 * @returns one part per weight, adding to exactly `roundTo(totalAmount, decimals)`
 * @throws MedbudgetError `ALLOCATION_INVALID` for a negative weight or all zeros
 * @example
 * ```ts
 * allocateAmounts(amount('100'), [amount('1'), amount('1'), amount('1')]).map(String) // ['33.34', '33.33', '33.33']
 * allocateAmounts(amount('0.05'), [amount('3'), amount('1')], 1).map(String)          // ['0.1', '0']
 * ```
 */
export function allocateAmounts(
  totalAmount: Amount,
  weights: readonly Amount[],
  decimals = 2,
): readonly Amount[] {
  const d = percentDecimals({ decimals })
  const rounded = round(totalAmount, d, 'halfUp')
  const units = largestRemainder(weights, toScaledBigInt(abs(rounded), d))
  const negative = sign(rounded) < 0
  return Object.freeze(units.map((u) => amountFromScaled(negative ? -u : u, d)))
}
