import { MedbudgetError } from '../errors'
import { guardShape, type What } from '../internal/shape'
import { checkPrinted } from './checkPrinted'
import { add, halfUlp, sub } from './decimal'
import type { Amount, PrintedAmount } from './types'

/**
 * The rounding interval a printed figure stands for: `v` printed with `d` decimals means some
 * exact value in `[v − ½·10^-d, v + ½·10^-d]`.
 *
 * @param printed - a printed amount
 * @returns the interval's bounds (inclusive)
 * @example
 * ```ts
 * printedInterval(parsePrinted('107.4')) // { low: 107.35, high: 107.45 }
 * ```
 */
export function printedInterval(printed: PrintedAmount): { readonly low: Amount; readonly high: Amount } {
  const what: What = ['印刷数（parsePrinted(…) 的结果）', 'printed figure (what parsePrinted returns)']
  if (checkPrinted(printed, 'CALC_INVALID_INPUT', what).kind !== 'amount')
    throw new MedbudgetError(
      'CALC_INVALID_INPUT',
      '只有金额才有舍入区间（空白、横线、占位符没有）',
      'Only an amount has a rounding interval (a blank, a dash or a placeholder has none)',
    )
  return guardShape('CALC_INVALID_INPUT', what, () => printedIntervalOf(printed))
}

/**
 * The body of {@link printedInterval}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * String(printedIntervalOf(parsePrinted('1.2') as PrintedAmount).low) // '1.15'
 * ```
 */
function printedIntervalOf(printed: PrintedAmount): { readonly low: Amount; readonly high: Amount } {
  const w = halfUlp(printed.decimals)
  return Object.freeze({ low: sub(printed.value, w), high: add(printed.value, w) })
}
