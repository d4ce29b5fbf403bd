import { amount, isAmount, neg } from '../money/decimal'
import { checkRatio, checkRatioFromChange } from './checkRatio'
import type { CalcInput, ChangeDirection, GrowthDirection, PercentageCheck } from './types'

/** Input of {@link checkGrowth}: the printed rate and either the prior year or the printed change. */
export type GrowthCheckInput = {
  /** This year's figure. */
  readonly current: CalcInput
  /** The printed rate: a magnitude with `direction`, or a signed value without. */
  readonly printed: CalcInput
  /** The direction word printed before the rate. */
  readonly direction?: GrowthDirection
} & (
  | { readonly prior: CalcInput; readonly change?: never }
  | {
      /** The printed change (增加/减少 x 万元) when the prior year itself is not printed. */
      readonly change: CalcInput
      /** Its direction word; by default the one matching `direction` (增长 → 增加, 下降 → 减少). */
      readonly changeDirection?: ChangeDirection
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
 * direction word: pass `direction: '下降'` and the printed magnitude, or a signed value without
 * `direction`. When the text gives the change instead of the prior year ("增加 1098.42 万元，
 * 增长 14.00%"), pass `change`: the rate is then change / (current − change), and the rounding
 * of both printed figures is taken into account together.
 *
 * @param input - `current`, the `printed` rate, its `direction`, and `prior` or `change`
 * @returns the verdict (its `printed` and `recomputed` are signed), the recomputed value and the interval
 * @example
 * ```ts
 * checkGrowth({ current: parsePrinted('8944.03'), prior: parsePrinted('7845.61'), printed: parsePercent('14.00%'), direction: '增长' }).status
 * // 'right'
 * checkGrowth({ current: parsePrinted('8944.03'), change: parsePrinted('1098.42'), printed: parsePercent('14.00%'), direction: '增长' }).status
 * // 'right'
 * checkGrowth({ current: parsePrinted('90.00'), prior: parsePrinted('100.00'), printed: parsePercent('10%'), direction: '增长' }).status
 * // 'wrong' (it fell by 10%)
 * ```
 */
export function checkGrowth(input: GrowthCheckInput): PercentageCheck {
  const printed = input.direction === '下降' ? negate(input.printed) : input.printed
  if (input.change !== undefined) {
    const changeDirection = input.changeDirection ?? (input.direction === '下降' ? '减少' : '增加')
    return checkRatioFromChange({
      current: input.current,
      change: input.change,
      negativeChange: changeDirection === '减少',
      printed,
    })
  }
  return checkRatio({ num: input.current, den: input.prior, printed, offset: amount(-100) })
}
