/**
 * Shapes shared by the money module: the exact amount, the printed value of a disclosure cell,
 * the money units and the rounding modes.
 * @module
 */

declare const amountBrand: unique symbol

/**
 * An exact decimal amount. Opaque: build one with {@link amount}, {@link parseAmount} or
 * {@link amountFromFloat}, compute with the functions of the money module (`add`, `sub`, `mul`,
 * `roundTo` …). Values are immutable (frozen at runtime).
 *
 * `String(a)` and `JSON.stringify(a)` give the plain decimal notation (`'8938.04'`, never
 * exponent notation).
 *
 * @example
 * ```ts
 * const a: Amount = amount('8938.04')
 * String(add(a, amount('5.99'))) // '8944.03'
 * ```
 */
export interface Amount {
  readonly [amountBrand]: 'Amount'
  /** Plain decimal notation, e.g. `'-12.5'`. */
  toString(): string
  /** Same as {@link Amount.toString}, so amounts serialise as JSON strings. */
  toJSON(): string
}

/** What {@link amount} accepts: a decimal string, a safe integer, a bigint, or an amount / decimal.js Decimal. */
export type AmountInput = string | number | bigint | Amount | DecimalLike

/** Structural view of a decimal.js `Decimal` (from any copy of decimal.js), so callers need not import it. */
export interface DecimalLike {
  readonly d: readonly number[] | null
  readonly e: number
  readonly s: number
  toFixed(): string
}

/** Money units of the disclosures: 元 (yuan), 万元 (10 000 yuan), 亿元 (100 000 000 yuan). */
export type MoneyUnit = '元' | '万元' | '亿元'

/**
 * Rounding modes. `halfUp` is 四舍五入 (ties away from zero), the rule of the disclosures;
 * `halfEven` is banker's rounding (ties to even); `down` truncates toward zero.
 */
export type RoundingMode = 'halfUp' | 'halfEven' | 'down'

/**
 * A printed value as it appears in a disclosure cell or sentence.
 *
 * - `amount`: a number, with the number of decimals it was printed with (its precision) and the
 *   unit when one was printed after it (`0.67万元`).
 * - `blank`: an empty cell — a different fact from `0.00` (not applicable, nothing reported).
 * - `dash`: `-`, `—`, `－`, `--`: printed "nothing", kept as printed.
 * - `placeholder`: `××.××`, `·`, `XX`, `***`: a figure the publisher never filled in.
 *
 * @example
 * ```ts
 * parsePrinted('9,187.2') // { kind: 'amount', value: 9187.2, decimals: 1 }
 * parsePrinted('')        // { kind: 'blank' }
 * ```
 */
export type Printed =
  | { readonly kind: 'amount'; readonly value: Amount; readonly decimals: number; readonly unit?: MoneyUnit }
  | { readonly kind: 'blank' }
  | { readonly kind: 'dash'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly text: string }

/** The `amount` member of {@link Printed}. */
export type PrintedAmount = Extract<Printed, { readonly kind: 'amount' }>
