import { ratioPercent } from './ratioPercent'
import type { CalcInput, PercentOptions, RatioResult } from './types'

/**
 * 政府采购执行率 (government procurement execution rate) = 实际采购金额 / 采购预算 × 100, in percent, rounded half-up (四舍五入) to `decimals` (default 2).
 * A zero or blank base gives `{ status: 'not-computable', reason }`, never Infinity, NaN or 100%;
 * a blank or dash numerator counts as zero.
 *
 * @param actual - the numerator (an amount or a printed value)
 * @param planned - the base (an amount or a printed value)
 * @param options - `decimals` of the percentage
 * @returns the percentage, or why it is undefined
 * @example
 * ```ts
 * procurementExecutionRate(amount('45'), amount('50')) // { status: 'ok', value: 90, decimals: 2 }
 * ```
 */
export function procurementExecutionRate(
  actual: CalcInput,
  planned: CalcInput,
  options?: PercentOptions,
): RatioResult {
  return ratioPercent(actual, planned, options)
}
