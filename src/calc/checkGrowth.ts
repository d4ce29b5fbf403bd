import { optionsOf } from '../internal/limits'
import { amount, isAmount, neg } from '../money/decimal'
import { checkRatio, checkRatioFromChange } from './checkRatio'
import { isDecrease } from './directionWord'
import type { CalcInput, ChangeDirection, Direction, GrowthDirection, PercentageCheck } from './types'

/** Input of {@link checkGrowth}: the printed rate and either the prior year or the printed change. */
export type GrowthCheckInput = {
  /** This year's figure. */
  readonly current: CalcInput
  /** The printed rate: a magnitude with `direction`, or a signed value without. */
  readonly printed: CalcInput
  /** The direction printed before the rate (`decrease` for 下降); the Chinese words are deprecated input. */
  readonly direction?: Direction | GrowthDirection
} & (
  | { readonly prior: CalcInput; readonly change?: never }
  | {
      /** The printed change (增加/减少 x 万元) when the prior year itself is not printed. */
      readonly change: CalcInput
      /** Its direction; by default the same as `direction`. The Chinese words are deprecated input. */
      readonly changeDirection?: Direction | ChangeDirection
      readonly prior?: never
    }
)

function negate(x: CalcInput): CalcInput {
  if (isAmount(x)) return neg(x)
  return x.kind === 'amount' ? Object.freeze({ ...x, value: neg(x.value) }) : x
}

/**
 * Checks a printed growth rate (增长 y% / 下降 y%): growth = (current − prior) / prior × 100, with
 * the verdicts and interval reasoning of `checkPercentage`. Texts print the magnitude after a
 * direction word: pass `direction: 'decrease'` (下降) and the printed magnitude, or a signed value without
 * `direction`. When the text gives the change instead of the prior year ("增加 1098.42 万元，
 * 增长 14.00%"), pass `change`: the rate is then change / (current − change), and the rounding
 * of both printed figures is taken into account together.
 *
 * @param figures - `current`, the `printed` rate, its `direction`, and `prior` or `change`
 * @returns the verdict (its `printed` and `recomputed` are signed), the recomputed value and the interval
 * @example
 * ```ts
 * checkGrowth({ current: parsePrinted('8944.03'), prior: parsePrinted('7845.61'), printed: parsePercent('14.00%'), direction: 'increase' }).status
 * // 'right'
 * checkGrowth({ current: parsePrinted('8944.03'), change: parsePrinted('1098.42'), printed: parsePercent('14.00%'), direction: 'increase' }).status
 * // 'right'
 * checkGrowth({ current: parsePrinted('90.00'), prior: parsePrinted('100.00'), printed: parsePercent('10%'), direction: 'increase' }).status
 * // 'wrong' (it fell by 10%)
 * ```
 */
export function checkGrowth(figures: GrowthCheckInput): PercentageCheck {
  // read once: null, a Proxy or a throwing getter is CALC_INVALID_INPUT, as checkChange answers
  const input = optionsOf(figures, ['核对的数', 'figures to check'], 'CALC_INVALID_INPUT') as GrowthCheckInput
  const printed = isDecrease(input.direction) ? negate(input.printed) : input.printed
  if (input.change !== undefined) {
    const changeDirection = input.changeDirection ?? input.direction
    return checkRatioFromChange({
      current: input.current,
      change: input.change,
      negativeChange: isDecrease(changeDirection),
      printed,
    })
  }
  return checkRatio({ num: input.current, den: input.prior, printed, offset: amount(-100) })
}
