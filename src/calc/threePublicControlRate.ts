import { ratioPercent } from './ratioPercent'
import type { CalcInput, PercentOptions, RatioResult } from './types'

/**
 * “三公经费”控制率 (three public expenses control rate) = 实际支出 / 预算数 × 100, in percent, rounded half-up (四舍五入) to `decimals` (default 2).
 * A zero or blank base gives `{ status: 'not-computable', reason }`, never Infinity, NaN or 100%;
 * a blank or dash numerator counts as zero.
 *
 * @param actual - the numerator (an amount or a printed value)
 * @param budget - the base (an amount or a printed value)
 * @param options - `decimals` of the percentage
 * @returns the percentage, or why it is undefined
 * @example
 * ```ts
 * threePublicControlRate(amount('0.72'), amount('0.72')) // { status: 'ok', value: 100, decimals: 2 }
 * ```
 */
export function threePublicControlRate(
  actual: CalcInput,
  budget: CalcInput,
  options?: PercentOptions,
): RatioResult {
  return ratioPercent(actual, budget, options)
}
