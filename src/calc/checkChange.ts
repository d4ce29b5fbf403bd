import { optionsOf } from '../internal/limits'
import { abs, add, cmp, eq, isZero, neg, round, sign, sub } from '../money/decimal'
import { isDecrease } from './directionWord'
import { numerator, operand } from './operand'
import type { CalcInput, ChangeDirection, Direction, PercentageCheck } from './types'

/**
 * Checks a printed change (增加/减少 x 万元) against the printed current and prior figures:
 * change = current − prior. `right` when that, rounded half-up to the printed decimals, is the
 * printed value; `right-within-rounding` when the printed value's interval meets the interval of
 * `current − prior` (widths add up); `wrong` otherwise; `not-computable` for a placeholder.
 * Blank and dash figures count as zero. Pass `direction: 'decrease'` (减少) with a printed magnitude, or a
 * signed printed value without `direction`.
 *
 * @param input - `current`, `prior`, the `printed` change and its `direction` word if any
 * @returns the verdict, the recomputed change and the interval the figures support
 * @example
 * ```ts
 * checkChange({ current: parsePrinted('8944.03'), prior: parsePrinted('7845.61'), printed: parsePrinted('1098.42'), direction: 'increase' }).status
 * // 'right'
 * checkChange({ current: parsePrinted('8944.03'), prior: parsePrinted('7845.61'), printed: parsePrinted('1098.4'), direction: 'increase' }).status
 * // 'right' (printed with 1 decimal)
 * ```
 */
export function checkChange(input: {
  readonly current: CalcInput
  readonly prior: CalcInput
  readonly printed: CalcInput
  /** The direction printed before the change (`decrease` for 减少); the Chinese words are deprecated input. */
  readonly direction?: Direction | ChangeDirection
}): PercentageCheck {
  const figures = optionsOf(input, ['核对的数', 'figures to check'], 'CALC_INVALID_INPUT')
  const p = operand(figures.printed as CalcInput)
  const c = numerator(figures.current as CalcInput)
  const q = numerator(figures.prior as CalcInput)
  if (p.kind !== 'value' || c.kind !== 'value' || q.kind !== 'value') {
    return Object.freeze({
      status: 'not-computable',
      printed: p.kind === 'value' ? p.value : null,
      recomputed: null,
      interval: null,
      reason: 'not-a-number',
    })
  }
  const printed = isDecrease(figures.direction) ? neg(p.value) : p.value
  const exact = sub(c.value, q.value)
  const spread = add(c.width, q.width)
  const recomputed = round(exact, p.decimals ?? 2, 'halfUp')
  // The printed P comes from a true change f by half-up rounding exactly when f ∈ [P−h, P+h) for
  // P > 0, (P−h, P+h] for P < 0, (−h, h) for P = 0 (as checkPercentage judges): a printed 1.0 is
  // not 1.05, which prints 1.1. The true change lies in [exact − spread, exact + spread].
  const h = p.width
  let meets: boolean
  if (isZero(h)) {
    meets = cmp(abs(sub(printed, exact)), spread) <= 0
  } else {
    const lowerOpen = sign(printed) <= 0
    const upperOpen = sign(printed) >= 0
    const cl = cmp(add(exact, spread), sub(printed, h))
    const cu = cmp(sub(exact, spread), add(printed, h))
    meets = (cl > 0 || (cl === 0 && !lowerOpen)) && (cu < 0 || (cu === 0 && !upperOpen))
  }
  const status = eq(recomputed, printed) ? 'right' : meets ? 'right-within-rounding' : 'wrong'
  return Object.freeze({
    status,
    printed,
    recomputed,
    interval: Object.freeze({ low: sub(exact, spread), high: add(exact, spread) }),
  })
}
