import { abs, sign, sub } from '../money/decimal'
import { notComputable, numerator } from './operand'
import type { CalcInput, ChangeResult, Direction } from './types'

/**
 * 增减额 (change) = current − prior, exact, with its direction: `increase` (增加), `decrease` (减少) or `flat` (持平).
 * Blank and dash figures count as zero; a placeholder gives `{ status: 'not-computable' }`.
 *
 * @param current - this year's figure
 * @param prior - last year's figure
 * @returns the signed change, its magnitude and direction
 * @example
 * ```ts
 * change(amount('8944.03'), amount('7845.61'))
 * // { status: 'ok', value: 1098.42, magnitude: 1098.42, direction: 'increase' }
 * ```
 */
export function change(current: CalcInput, prior: CalcInput): ChangeResult {
  const c = numerator(current)
  const p = numerator(prior)
  if (c.kind !== 'value' || p.kind !== 'value') return notComputable('not-a-number')
  const value = sub(c.value, p.value)
  const s = sign(value)
  const direction: Direction = s > 0 ? 'increase' : s < 0 ? 'decrease' : 'flat'
  return Object.freeze({ status: 'ok', value, magnitude: abs(value), direction })
}
