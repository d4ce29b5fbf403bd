import { abs, sign, sub } from '../money/decimal'
import { notComputable, numerator, operand } from './operand'
import { ratioPercent } from './ratioPercent'
import type { CalcInput, Direction, GrowthResult, PercentOptions } from './types'

/**
 * 增长率 (growth rate) = (current − prior) / prior × 100, rounded half-up to `decimals`
 * (default 2), with its direction: `increase` (增长), `decrease` (下降) or `flat` (持平), from the
 * exact change, so a tiny change that rounds to 0.00% is still an increase or decrease. A zero or blank prior gives
 * `{ status: 'not-computable', reason }`.
 *
 * @param current - this year's figure
 * @param prior - last year's figure
 * @param options - `decimals` of the percentage
 * @returns the signed percentage, its magnitude and direction, or why it is undefined
 * @example
 * ```ts
 * growth(amount('8944.03'), amount('7845.61'))
 * // { status: 'ok', value: 14, magnitude: 14, direction: 'increase', decimals: 2 }
 * growth(amount('90'), amount('100')) // { …, value: -10, magnitude: 10, direction: 'decrease' }
 * ```
 */
export function growth(current: CalcInput, prior: CalcInput, options?: PercentOptions): GrowthResult {
  const c = numerator(current)
  const p = operand(prior)
  if (c.kind === 'placeholder' || p.kind === 'placeholder') return notComputable('not-a-number')
  if (p.kind === 'blank') return notComputable('blank-denominator')
  if (c.kind !== 'value') return notComputable('not-a-number')
  const diff = sub(c.value, p.value)
  const r = ratioPercent(diff, p.value, options)
  if (r.status !== 'ok') return r
  const s = sign(diff) * sign(p.value)
  const direction: Direction = s > 0 ? 'increase' : s < 0 ? 'decrease' : 'flat'
  return Object.freeze({ ...r, magnitude: abs(r.value), direction })
}
