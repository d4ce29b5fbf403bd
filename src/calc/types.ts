/**
 * Result shapes of the calculations: ratios (占比, 增长率, 完成率, 绩效 ratios), changes and the
 * checks of printed percentages.
 * @module
 */
import type { Amount, Printed } from '../money/types'

/** An operand of a calculation: an exact amount, or a printed value (blank and dash count as zero in a numerator). */
export type CalcInput = Amount | Printed

/** Options of the percentage calculations. */
export interface PercentOptions {
  /** Decimals of the percentage, rounded half-up (四舍五入) as disclosures print. Default 2. */
  readonly decimals?: number
}

/** Why a ratio has no value. */
export type UndefinedReason = 'zero-denominator' | 'blank-denominator' | 'not-a-number'

/** A ratio that cannot be computed: never Infinity, NaN or 100%. */
export interface UndefinedRatio {
  readonly status: 'undefined'
  readonly reason: UndefinedReason
  /** Explanation in Chinese. */
  readonly zh: string
  /** Explanation in English. */
  readonly en: string
}

/** A percentage: `value` is the number of percent, rounded half-up to `decimals`. */
export interface PercentValue {
  readonly status: 'ok'
  readonly value: Amount
  readonly decimals: number
}

/** Result of `share`, `completion` and the performance ratios. */
export type RatioResult = PercentValue | UndefinedRatio

/** Direction of a year-on-year percentage: 增长 (up), 下降 (down), 持平 (unchanged). */
export type GrowthDirection = '增长' | '下降' | '持平'

/** Direction of a change in amount: 增加 (up), 减少 (down), 持平 (unchanged). */
export type ChangeDirection = '增加' | '减少' | '持平'

/** Result of `growth`. `value` is signed; `magnitude` is what the text prints after 增长/下降. */
export type GrowthResult =
  | (PercentValue & {
      readonly magnitude: Amount
      /** From the sign of the exact change: 持平 only when nothing changed. */
      readonly direction: GrowthDirection
    })
  | UndefinedRatio

/** Result of `change` (增减额): `value` = current − prior. */
export type ChangeResult =
  | {
      readonly status: 'ok'
      readonly value: Amount
      readonly magnitude: Amount
      readonly direction: ChangeDirection
    }
  | UndefinedRatio

/**
 * Verdict on a printed percentage or change:
 * - `right`: recomputing from the printed figures and rounding half-up gives the printed value;
 * - `right-within-rounding`: it does not, but some values inside the printed figures' rounding
 *   intervals do (the text was computed from unrounded data);
 * - `wrong`: no values the printed figures stand for give it;
 * - `not-computable`: the base is zero or blank, or a figure is a placeholder.
 */
export type PercentageStatus = 'right' | 'right-within-rounding' | 'wrong' | 'not-computable'

/** Result of `checkPercentage`, `checkGrowth` and `checkChange`. */
export interface PercentageCheck {
  readonly status: PercentageStatus
  /** The printed value (signed: a 下降 growth is negative); `null` when not a number. */
  readonly printed: Amount | null
  /** Recomputed from the printed figures, rounded half-up to the printed decimals. */
  readonly recomputed: Amount | null
  /**
   * The values the inputs support (every value the exact figures behind the printed ones could
   * give), widened outward to two more decimals than printed.
   */
  readonly interval: { readonly low: Amount; readonly high: Amount } | null
  /** Why it is not computable, when it is not. */
  readonly reason?: UndefinedReason
}

/** Re-exported for the signatures of this folder. */
export type { Amount, Printed }
