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

/** Why a ratio cannot be computed. */
export type NotComputableReason = 'zero-denominator' | 'blank-denominator' | 'not-a-number'

/**
 * Former name of {@link NotComputableReason}.
 * @deprecated Use {@link NotComputableReason}; this alias goes in the next minor version.
 */
export type UndefinedReason = NotComputableReason

/**
 * A ratio that cannot be computed (无法计算): never Infinity, NaN or 100%. `status` is
 * `'not-computable'`, the word the percentage checks and `checkSum` use too.
 */
export interface NotComputableRatio {
  readonly status: 'not-computable'
  readonly reason: NotComputableReason
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

/**
 * Former name of {@link NotComputableRatio}.
 * @deprecated Use {@link NotComputableRatio}; this alias goes in the next minor version.
 */
export type UndefinedRatio = NotComputableRatio

/** Result of `share`, `completion` and the performance ratios. */
export type RatioResult = PercentValue | NotComputableRatio

/**
 * Direction of a change, the one vocabulary of the library (results, inputs, and the text figures
 * of the model): `increase` (增长/增加), `decrease` (下降/减少), `flat` (持平). The words a
 * disclosure prints are given by `directionWord`.
 */
export type Direction = 'increase' | 'decrease' | 'flat'

/**
 * The words printed before a growth rate: 增长, 下降, 持平.
 * @deprecated Pass a {@link Direction}; the Chinese words are still accepted as input until the next minor version.
 */
export type GrowthDirection = '增长' | '下降' | '持平'

/**
 * The words printed before a change in amount: 增加, 减少, 持平.
 * @deprecated Pass a {@link Direction}; the Chinese words are still accepted as input until the next minor version.
 */
export type ChangeDirection = '增加' | '减少' | '持平'

/** Result of `growth`. `value` is signed; `magnitude` is what the text prints after 增长/下降. */
export type GrowthResult =
  | (PercentValue & {
      readonly magnitude: Amount
      /** From the sign of the exact change: `flat` only when nothing changed. */
      readonly direction: Direction
    })
  | NotComputableRatio

/** Result of `change` (增减额): `value` = current − prior. */
export type ChangeResult =
  | {
      readonly status: 'ok'
      readonly value: Amount
      readonly magnitude: Amount
      readonly direction: Direction
    }
  | NotComputableRatio

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
  readonly reason?: NotComputableReason
}

/** Re-exported for the signatures of this folder. */
export type { Amount, Printed }
