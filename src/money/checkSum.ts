import { MedbudgetError } from '../errors'
import { checkItems, guardShape, isArray, type What } from '../internal/shape'
import { checkPrinted } from './checkPrinted'
import { abs, cmp, halfUlp, isZero, shift, sub, sum } from './decimal'

/**
 * Half a unit of the last printed place. The place may be left of the point (negative decimals): a
 * figure printed in 万元 and restated in 元 is exact to ±5,000 元, not to ±0.5.
 */
const halfPlace = (decimals: number): Amount =>
  decimals >= 0 ? halfUlp(decimals) : shift(halfUlp(0), -decimals)

import type { Amount, MoneyUnit, Printed } from './types'

/**
 * Verdict of {@link checkSum}:
 * - `ok`: the printed total equals the sum of the printed parts;
 * - `rounding-tail`: they differ, but by no more than the parts' and the total's rounding can
 *   explain (尾差);
 * - `mismatch`: they differ by more than rounding can explain;
 * - `not-computable`: a placeholder (`××.××`) stands where a figure is needed.
 */
export type CheckSumStatus = 'ok' | 'rounding-tail' | 'mismatch' | 'not-computable'

/** Result of {@link checkSum}. Amounts are `null` only when the status is `not-computable`. */
export interface CheckSumResult {
  readonly status: CheckSumStatus
  /** Σ of the printed parts (blank and dash parts count as zero). */
  readonly expected: Amount | null
  /** The printed total (a blank or dash total counts as zero). */
  readonly printed: Amount | null
  /** `printed − expected`. */
  readonly difference: Amount | null
  /** Largest |difference| rounding can explain: Σ of the half-units of the last printed place of every figure. */
  readonly tolerance: Amount | null
  /** Indexes of blank parts, counted as zero. */
  readonly blankParts: readonly number[]
  /** Indexes of dash parts (`-`, `—`), counted as zero. */
  readonly dashParts: readonly number[]
  /** Indexes of placeholder parts; any makes the check not computable. */
  readonly placeholderParts: readonly number[]
  /** How the total was printed when it was not a number: blank and dash count as zero, a placeholder stops the check. */
  readonly totalPrinted: Printed['kind']
}

/**
 * Checks a printed sum identity (合计 = Σ 明细) the way XBRL Calculations 1.1 does: each printed
 * value `v` with `d` decimals stands for the interval `[v − ½·10^-d, v + ½·10^-d]`, and the
 * identity holds when the interval of the sum of the parts meets the interval of the total.
 * Exactly equal is `ok`; different but within rounding is `rounding-tail` (尾差); more is a
 * `mismatch`. Blank and dash parts count as zero (exactly, with no rounding width) and are
 * reported; a placeholder anywhere makes the check `not-computable`.
 *
 * @param parts - the printed parts
 * @param total - the printed total
 * @returns the verdict with the expected sum, the printed total, their difference and the tolerance
 * @throws MedbudgetError `CALC_INVALID_INPUT` when two figures carry different printed units
 * @example
 * ```ts
 * checkSum([parsePrinted('658.67'), parsePrinted('8285.36')], parsePrinted('8944.03')).status // 'ok'
 * checkSum([parsePrinted('1.33'), parsePrinted('1.33'), parsePrinted('1.33')], parsePrinted('4.00'))
 * // { status: 'rounding-tail', expected: 3.99, printed: 4.00, difference: 0.01, tolerance: 0.02 }
 * checkSum([parsePrinted('1.00'), parsePrinted('2.00')], parsePrinted('3.10')).status // 'mismatch'
 * ```
 */
export function checkSum(parts: readonly Printed[], total: Printed): CheckSumResult {
  const isPrinted = (x: unknown): boolean => x !== null && typeof x === 'object' && !isArray(x)
  const printed: What = ['印刷数（parsePrinted(…)）', 'a printed figure (parsePrinted(…))']
  checkItems(parts, 'CALC_INVALID_INPUT', ['明细（第 1 个参数）', 'parts (1st argument)'], isPrinted, printed)
  if (!isPrinted(total))
    checkItems(
      [total],
      'CALC_INVALID_INPUT',
      ['合计（第 2 个参数）', 'total (2nd argument)'],
      isPrinted,
      printed,
    )
  return guardShape('CALC_INVALID_INPUT', ['明细与合计', 'parts and total'], () => {
    // each figure shaped as parsePrinted makes it: a hand-made one must not count as a placeholder
    for (let i = 0; i < parts.length; i++)
      checkPrinted(parts[i], 'CALC_INVALID_INPUT', [`明细第 ${i + 1} 项`, `part ${i + 1}`])
    checkPrinted(total, 'CALC_INVALID_INPUT', ['合计（第 2 个参数）', 'total (2nd argument)'])
    return checkSumOf(parts, total)
  })
}

/**
 * The body of {@link checkSum}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * checkSumOf([parsePrinted('1.00'), parsePrinted('2.00')], parsePrinted('3.00')).status // 'ok'
 * ```
 */
function checkSumOf(parts: readonly Printed[], total: Printed): CheckSumResult {
  const blankParts: number[] = []
  const dashParts: number[] = []
  const placeholderParts: number[] = []
  const values: Amount[] = []
  const widths: Amount[] = []
  let unit: MoneyUnit | undefined
  const useUnit = (u: MoneyUnit | undefined): void => {
    if (u === undefined) return
    if (unit !== undefined && unit !== u) {
      throw new MedbudgetError(
        'CALC_INVALID_INPUT',
        `合计与明细的单位不一致（${unit} 与 ${u}），请先换算单位`,
        `The figures carry different units (${unit} and ${u}); convert them first`,
      )
    }
    unit = u
  }
  parts.forEach((p, i) => {
    if (p.kind === 'amount') {
      useUnit(p.unit)
      values.push(p.value)
      widths.push(halfPlace(p.decimals))
    } else if (p.kind === 'blank') blankParts.push(i)
    else if (p.kind === 'dash') dashParts.push(i)
    else placeholderParts.push(i)
  })
  if (total.kind === 'amount') useUnit(total.unit)
  const reported = {
    blankParts: Object.freeze(blankParts),
    dashParts: Object.freeze(dashParts),
    placeholderParts: Object.freeze(placeholderParts),
    totalPrinted: total.kind,
  }
  if (placeholderParts.length > 0 || total.kind === 'placeholder') {
    return Object.freeze({
      status: 'not-computable',
      expected: null,
      printed: null,
      difference: null,
      tolerance: null,
      ...reported,
    })
  }
  const expected = sum(values)
  const printed = total.kind === 'amount' ? total.value : sum([])
  if (total.kind === 'amount') widths.push(halfPlace(total.decimals))
  const tolerance = sum(widths)
  const difference = sub(printed, expected)
  const status: CheckSumStatus = isZero(difference)
    ? 'ok'
    : cmp(abs(difference), tolerance) <= 0
      ? 'rounding-tail'
      : 'mismatch'
  return Object.freeze({ status, expected, printed, difference, tolerance, ...reported })
}
