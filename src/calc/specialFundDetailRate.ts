import { ratioPercent } from './ratioPercent'
import type { CalcInput, PercentOptions, RatioResult } from './types'

/**
 * 专项资金细化率 (special fund detail rate) = 已细化资金 / 参与分配资金 × 100, in percent, rounded half-up (四舍五入) to `decimals` (default 2).
 * A zero or blank base gives `{ status: 'not-computable', reason }`, never Infinity, NaN or 100%;
 * a blank or dash numerator counts as zero.
 *
 * @param detailed - the numerator (an amount or a printed value)
 * @param allocated - the base (an amount or a printed value)
 * @param options - `decimals` of the percentage
 * @returns the percentage, or why it is undefined
 * @example
 * ```ts
 * specialFundDetailRate(amount('80'), amount('100')) // { status: 'ok', value: 80, decimals: 2 }
 * ```
 */
export function specialFundDetailRate(
  detailed: CalcInput,
  allocated: CalcInput,
  options?: PercentOptions,
): RatioResult {
  return ratioPercent(detailed, allocated, options)
}
