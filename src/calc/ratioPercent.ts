/**
 * Internal: `numerator / denominator × 100`, rounded half-up, with the typed undefined result.
 * @module
 */
import { MedbudgetError } from '../errors'
import { excerpt, optionsOf, shownValue } from '../internal/limits'
import { divRound, isZero, shift } from '../money/decimal'
import { notComputable, numerator, operand } from './operand'
import type { CalcInput, PercentOptions, RatioResult } from './types'

/** Decimals from options, validated. @internal */
export function percentDecimals(options: PercentOptions | undefined): number {
  const d = optionsOf(options, ['百分比选项', 'percentage options']).decimals ?? 2
  if (!Number.isSafeInteger(d) || d < 0 || d > 20) {
    throw new MedbudgetError(
      'PRECISION_INVALID',
      `百分比小数位必须是 0 到 20 的整数，收到 ${excerpt(shownValue(d))}`,
      `Percentage decimals must be an integer from 0 to 20, got ${excerpt(shownValue(d))}`,
    )
  }
  return d
}

/** `num / den × 100` rounded half-up to the options' decimals; undefined for a zero/blank base. @internal */
export function ratioPercent(
  num: CalcInput,
  den: CalcInput,
  options: PercentOptions | undefined,
): RatioResult {
  const decimals = percentDecimals(options)
  const n = numerator(num)
  const d = operand(den)
  if (n.kind === 'placeholder' || d.kind === 'placeholder') return notComputable('not-a-number')
  if (d.kind === 'blank') return notComputable('blank-denominator')
  if (n.kind !== 'value') return notComputable('not-a-number')
  if (isZero(d.value)) return notComputable('zero-denominator')
  const value = divRound(shift(n.value, 2), d.value, decimals, 'halfUp')
  return Object.freeze({ status: 'ok', value, decimals })
}
