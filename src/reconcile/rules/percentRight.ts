import { cellInteger } from '../checks'

const POW10: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12]
// a printed percentage of plain digits: the form parsePercent reads into exactly these digits
const PLAIN_PERCENT = /^\s*(-?)(\d{1,12})(?:\.(\d{1,6}))?\s*[%％]?\s*$/

/**
 * True when a printed share `part / whole × 100`, rounded half-up (away from zero) to the printed
 * percentage's decimals, gives exactly the printed percentage — decided on integers while every
 * product is a safe integer. `false` means "not decided here" (the exact decimal check then
 * decides): it never says a wrong percentage is right. Agrees with `checkPercentage(…).status ===
 * 'right'` (a property test compares them).
 *
 * @example
 * ```ts
 * percentRight('1', '3', '33.33%') // true
 * percentRight('1', '3', '33.34%') // false (the decimal check decides)
 * ```
 * @internal
 */
export function percentRight(part: string | undefined, whole: string | undefined, printed: string): boolean {
  const n = cellInteger(part)
  const d = cellInteger(whole)
  return n !== undefined && d !== undefined && ratioRight(n, d, printed, false)
}

/**
 * True when a share's base is printed zero (`whole` a zero amount, `part` an amount, the
 * percentage plain digits): `checkPercentage` then says `not-computable` (`zero-denominator`), which
 * this decides without the decimal check. `false` means "not decided here" (a property test compares
 * both).
 *
 * @example
 * ```ts
 * percentZeroBase('0.00', '0.00', '0.00%') // true: not computable, the base is zero
 * percentZeroBase('1.00', '3.00', '33.33%') // false
 * ```
 * @internal
 */
export function percentZeroBase(
  part: string | undefined,
  whole: string | undefined,
  printed: string,
): boolean {
  const d = cellInteger(whole)
  return d !== undefined && d.digits === 0 && cellInteger(part) !== undefined && PLAIN_PERCENT.test(printed)
}

/** An amount as an integer of its last printed place: `digits × 10^-decimals`. @internal */
export interface ScaledInteger {
  readonly digits: number
  readonly decimals: number
}

/**
 * True when `n / d × 100`, rounded half-up (away from zero) to the printed percentage's decimals,
 * is exactly the printed percentage (negated first when `negate`: a rate printed after 下降) —
 * decided on safe integers; `false` when it is not, or when it cannot be decided here.
 *
 * @example
 * ```ts
 * ratioRight({ digits: 1, decimals: 0 }, { digits: 3, decimals: 0 }, '33.33%', false) // true
 * ```
 * @internal
 */
export function ratioRight(n: ScaledInteger, d: ScaledInteger, printed: string, negate: boolean): boolean {
  const m = PLAIN_PERCENT.exec(printed)
  if (m === null || d.digits === 0) return false
  const pd = (m[3] ?? '').length
  const pDigits = Number(`${m[2]}${m[3] ?? ''}`)
  const signed = m[1] === '-' && pDigits !== 0 ? -pDigits : pDigits
  const p = negate && signed !== 0 ? -signed : signed
  // n / d × 100 × 10^pd = (n.digits × 10^(2 + pd + d.decimals)) / (d.digits × 10^n.decimals)
  const up = 2 + pd + d.decimals - n.decimals
  const num = n.digits * (up >= 0 ? (POW10[up] ?? Number.NaN) : 1)
  const den = d.digits * (up < 0 ? (POW10[-up] ?? Number.NaN) : 1)
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || !Number.isSafeInteger(p)) return false
  const a = Math.abs(num)
  const b = Math.abs(den)
  const q = Math.floor(a / b)
  const r = a - q * b
  // Math.floor of a quotient of safe integers can be one off: the remainder says when
  if (r < 0 || r >= b) return false
  const rounded = 2 * r >= b ? q + 1 : q
  const negative = num < 0 !== den < 0
  const value = negative && rounded !== 0 ? -rounded : rounded
  return value === p
}
