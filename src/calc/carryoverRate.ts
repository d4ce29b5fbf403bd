import { ratioPercent } from './ratioPercent'
import type { CalcInput, PercentOptions, RatioResult } from './types'

/**
 * 结转结余率 (carry-over rate) = 结转结余总额 / 预算数 × 100, in percent, rounded half-up (四舍五入) to `decimals` (default 2).
 * A zero or blank base gives `{ status: 'not-computable', reason }`, never Infinity, NaN or 100%;
 * a blank or dash numerator counts as zero.
 *
 * @param carryover - the numerator (an amount or a printed value)
 * @param budget - the base (an amount or a printed value)
 * @param options - `decimals` of the percentage
 * @returns the percentage, or why it is undefined
 * @example
 * ```ts
 * carryoverRate(amount('5.99'), amount('8944.03')) // { status: 'ok', value: 0.07, decimals: 2 }
 * ```
 */
export function carryoverRate(
  carryover: CalcInput,
  budget: CalcInput,
  options?: PercentOptions,
): RatioResult {
  return ratioPercent(carryover, budget, options)
}
