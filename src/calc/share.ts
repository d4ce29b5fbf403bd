import { ratioPercent } from './ratioPercent'
import type { CalcInput, PercentOptions, RatioResult } from './types'

/**
 * 占比 (share) = part / whole × 100, in percent, rounded half-up (四舍五入) to `decimals` (default 2).
 * A zero or blank base gives `{ status: 'not-computable', reason }`, never Infinity, NaN or 100%;
 * a blank or dash numerator counts as zero.
 *
 * @param part - the numerator (an amount or a printed value)
 * @param whole - the base (an amount or a printed value)
 * @param options - `decimals` of the percentage
 * @returns the percentage, or why it is undefined
 * @example
 * ```ts
 * share(amount('658.67'), amount('8944.03')) // { status: 'ok', value: 7.36, decimals: 2 }
 * share(amount('1'), amount('0'))            // { status: 'not-computable', reason: 'zero-denominator', … }
 * ```
 */
export function share(part: CalcInput, whole: CalcInput, options?: PercentOptions): RatioResult {
  return ratioPercent(part, whole, options)
}
