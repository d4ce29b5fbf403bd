import { sub } from '../money/decimal'
import { notComputable, numerator, operand } from './operand'
import { ratioPercent } from './ratioPercent'
import type { CalcInput, PercentOptions, RatioResult } from './types'

/**
 * 预算调整率 (budget adjustment rate) = (预算调整数 − 年初预算数) / 年初预算数 × 100, as the seeds
 * print the formula, rounded half-up to `decimals` (default 2). A zero or blank 年初预算数 gives
 * `{ status: 'not-computable', reason }`; a blank or dash 调整数 counts as zero.
 *
 * @param adjusted - 预算调整数
 * @param initial - 年初预算数
 * @param options - `decimals` of the percentage
 * @returns the percentage, or why it is undefined
 * @example
 * ```ts
 * budgetAdjustmentRate(amount('105'), amount('100')) // { status: 'ok', value: 5, decimals: 2 }
 * ```
 */
export function budgetAdjustmentRate(
  adjusted: CalcInput,
  initial: CalcInput,
  options?: PercentOptions,
): RatioResult {
  const a = numerator(adjusted)
  const i = operand(initial)
  if (a.kind === 'placeholder' || i.kind === 'placeholder') return notComputable('not-a-number')
  if (i.kind === 'blank') return notComputable('blank-denominator')
  if (a.kind !== 'value') return notComputable('not-a-number')
  return ratioPercent(sub(a.value, i.value), i.value, options)
}
