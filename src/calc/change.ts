import { abs, sign, sub } from '../money/decimal'
import { numerator, undefinedRatio } from './operand'
import type { CalcInput, ChangeDirection, ChangeResult } from './types'

/**
 * 增减额 (change) = current − prior, exact, with the direction the text prints: 增加, 减少 or 持平.
 * Blank and dash figures count as zero; a placeholder gives `{ status: 'undefined' }`.
 *
 * @param current - this year's figure
 * @param prior - last year's figure
 * @returns the signed change, its magnitude and direction
 * @example
 * ```ts
 * change(amount('8944.03'), amount('7845.61'))
 * // { status: 'ok', value: 1098.42, magnitude: 1098.42, direction: '增加' }
 * ```
 */
export function change(current: CalcInput, prior: CalcInput): ChangeResult {
  const c = numerator(current)
  const p = numerator(prior)
  if (c.kind !== 'value' || p.kind !== 'value') return undefinedRatio('not-a-number')
  const value = sub(c.value, p.value)
  const s = sign(value)
  const direction: ChangeDirection = s > 0 ? '增加' : s < 0 ? '减少' : '持平'
  return Object.freeze({ status: 'ok', value, magnitude: abs(value), direction })
}
