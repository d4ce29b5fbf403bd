import { ratioPercent } from './ratioPercent'
import type { CalcInput, PercentOptions, RatioResult } from './types'

/**
 * 完成预算的百分比 (completion of the budget) = actual / budget × 100, in percent, rounded half-up (四舍五入) to `decimals` (default 2).
 * A zero or blank base gives `{ status: 'not-computable', reason }`, never Infinity, NaN or 100%;
 * a blank or dash numerator counts as zero.
 *
 * @param actual - the numerator (an amount or a printed value)
 * @param budget - the base (an amount or a printed value)
 * @param options - `decimals` of the percentage
 * @returns the percentage, or why it is undefined
 * @example
 * ```ts
 * completion(amount('2753.07'), amount('2983.84')) // { status: 'ok', value: 92.27, decimals: 2 }
 * completion(parsePrinted('0.00'), parsePrinted('0.00')) // { status: 'not-computable', reason: 'zero-denominator', … }
 * ```
 */
export function completion(actual: CalcInput, budget: CalcInput, options?: PercentOptions): RatioResult {
  return ratioPercent(actual, budget, options)
}
