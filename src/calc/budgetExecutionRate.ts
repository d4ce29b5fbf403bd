import { ratioPercent } from './ratioPercent'
import type { CalcInput, PercentOptions, RatioResult } from './types'

/**
 * 预算执行率 (budget execution rate) = 完成数 / 预算数 × 100, in percent, rounded half-up (四舍五入) to `decimals` (default 2).
 * A zero or blank base gives `{ status: 'not-computable', reason }`, never Infinity, NaN or 100%;
 * a blank or dash numerator counts as zero.
 *
 * @param completed - the numerator (an amount or a printed value)
 * @param budget - the base (an amount or a printed value)
 * @param options - `decimals` of the percentage
 * @returns the percentage, or why it is undefined
 * @example
 * ```ts
 * budgetExecutionRate(amount('13.96'), amount('17')) // { status: 'ok', value: 82.12, decimals: 2 }
 * ```
 */
export function budgetExecutionRate(
  completed: CalcInput,
  budget: CalcInput,
  options?: PercentOptions,
): RatioResult {
  return ratioPercent(completed, budget, options)
}
