import { optionsOf } from '../internal/limits'
import { amount } from '../money/decimal'
import { checkRatio } from './checkRatio'
import type { CalcInput, PercentageCheck } from './types'

/**
 * Checks a printed percentage (占比 share, or 完成预算的 z% completion) against the printed figures
 * it was computed from. Each figure stands for its rounding interval (`v` with `d` decimals means
 * `[v − ½·10^-d, v + ½·10^-d]`); exact {@link Amount}s have no width.
 *
 * - `right`: `part / whole × 100`, from the printed figures, rounded half-up to the printed
 *   percentage's decimals, gives the printed percentage;
 * - `right-within-rounding`: it does not, but some values inside the figures' intervals do
 *   (computed from unrounded data — not an error);
 * - `wrong`: no values the figures stand for give it;
 * - `not-computable`: zero or blank whole (“完成预算的 0.00%” on a 0.00 budget), or a placeholder.
 *
 * @param input - `part`, `whole` and the `printed` percentage (e.g. `parsePercent('7.36%')`)
 * @returns the verdict, the recomputed value and the interval of percentages the figures support
 * @example
 * ```ts
 * checkPercentage({ part: parsePrinted('658.67'), whole: parsePrinted('8944.03'), printed: parsePercent('7.36%') }).status
 * // 'right'
 * checkPercentage({ part: parsePrinted('658.67'), whole: parsePrinted('8938.04'), printed: parsePercent('7.37%') }).status
 * // 'right' (658.67 / 8938.04 = 7.369…%)
 * checkPercentage({ part: parsePrinted('0.00'), whole: parsePrinted('0.00'), printed: parsePercent('0.00%') }).status
 * // 'not-computable'
 * ```
 */
export function checkPercentage(input: {
  readonly part: CalcInput
  readonly whole: CalcInput
  readonly printed: CalcInput
}): PercentageCheck {
  const figures = optionsOf(input, ['核对的数', 'figures to check'], 'CALC_INVALID_INPUT')
  return checkRatio({
    num: figures.part as CalcInput,
    den: figures.whole as CalcInput,
    printed: figures.printed as CalcInput,
    offset: amount(0),
  })
}
