import { abs, sign, sub } from '../money/decimal'
import { numerator, operand, undefinedRatio } from './operand'
import { ratioPercent } from './ratioPercent'
import type { CalcInput, GrowthDirection, GrowthResult, PercentOptions } from './types'

/**
 * 增长率 (growth rate) = (current − prior) / prior × 100, rounded half-up to `decimals`
 * (default 2), with the direction the text prints: 增长, 下降 or 持平 (from the exact change, so
 * a tiny change that rounds to 0.00% is still 增长/下降). A zero or blank prior gives
 * `{ status: 'undefined', reason }`.
 *
 * @param current - this year's figure
 * @param prior - last year's figure
 * @param options - `decimals` of the percentage
 * @returns the signed percentage, its magnitude and direction, or why it is undefined
 * @example
 * ```ts
 * growth(amount('8944.03'), amount('7845.61'))
 * // { status: 'ok', value: 14.00, magnitude: 14.00, direction: '增长', decimals: 2 }
 * growth(amount('90'), amount('100')) // { …, value: -10, magnitude: 10, direction: '下降' }
 * ```
 */
export function growth(current: CalcInput, prior: CalcInput, options?: PercentOptions): GrowthResult {
  const c = numerator(current)
  const p = operand(prior)
  if (c.kind === 'placeholder' || p.kind === 'placeholder') return undefinedRatio('not-a-number')
  if (p.kind === 'blank') return undefinedRatio('blank-denominator')
  if (c.kind !== 'value') return undefinedRatio('not-a-number')
  const diff = sub(c.value, p.value)
  const r = ratioPercent(diff, p.value, options)
  if (r.status !== 'ok') return r
  const s = sign(diff) * sign(p.value)
  const direction: GrowthDirection = s > 0 ? '增长' : s < 0 ? '下降' : '持平'
  return Object.freeze({ ...r, magnitude: abs(r.value), direction })
}
