/**
 * The one door to decimal arithmetic. Every add, multiply, divide and round of the library goes
 * through the functions of this module; no other module constructs a decimal.js `Decimal`.
 *
 * An {@link Amount} is, at runtime, a frozen `Decimal` of a private decimal.js clone configured for
 * exactness: the largest precision decimal.js allows (add, subtract and multiply never round;
 * division is only ever done as an exact integer quotient and remainder), plain notation in
 * `toString`, and half-up as the default rounding. Results beyond 2000 digits throw
 * `AMOUNT_OUT_OF_RANGE`.
 * @module
 */
import { Decimal } from 'decimal.js'
import { MedbudgetError } from '../errors'
import { checkOption, excerpt, shownValue } from '../internal/limits'
import type { Amount, AmountInput, DecimalLike, RoundingMode } from './types'

/** Significant digits of the private clone: the maximum decimal.js allows, so add, subtract and multiply never round. */
const PRECISION = 1e9
/** Results longer than this are refused: no budget figure needs them, and they would only slow everything down. */
const MAX_RESULT_DIGITS = 2000
/** Inputs longer than this (digits) are refused, so products of two inputs stay exact. @internal */
export const MAX_INPUT_DIGITS = 400
/**
 * Most decimals a rounding, an interval or a printed figure may have.
 * @example
 * ```ts
 * roundTo(amount('1.5'), MAX_DECIMALS)     // accepted
 * roundTo(amount('1.5'), MAX_DECIMALS + 1) // throws PRECISION_INVALID
 * ```
 * @internal
 */
export const MAX_DECIMALS = 100

const Dec = /*#__PURE__*/ Decimal.clone({
  precision: PRECISION,
  rounding: Decimal.ROUND_HALF_UP,
  toExpPos: 9e15,
  toExpNeg: -9e15,
  maxE: 9e15,
  minE: -9e15,
})

const ROUNDING: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
}

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/
const DECIMAL_LITERAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i

const ROUNDING_MODES: readonly RoundingMode[] = ['halfUp', 'halfEven', 'down']

function outOfRange(): MedbudgetError {
  return new MedbudgetError(
    'AMOUNT_OUT_OF_RANGE',
    `金额超出可计算范围（无穷大、非数字，或超过 ${MAX_RESULT_DIGITS} 位）`,
    `The amount is out of range (infinite, not a number, or over ${MAX_RESULT_DIGITS} digits)`,
  )
}

function tooManyDigits(): MedbudgetError {
  return new MedbudgetError(
    'AMOUNT_OUT_OF_RANGE',
    `金额位数过多（超过 ${MAX_RESULT_DIGITS} 位），不再计算`,
    `The amount has too many digits (over ${MAX_RESULT_DIGITS}); refusing to go on`,
  )
}

function freeze(x: Decimal): Amount {
  // Infinity and NaN never become amounts: NaN would compare equal to everything.
  if (x.d === null || !x.isFinite()) throw outOfRange()
  // The exponent bounds the plain notation's length (a shift by 10^9 would print 10^9 zeros).
  if (x.e > MAX_RESULT_DIGITS || x.e < -MAX_RESULT_DIGITS) throw outOfRange()
  // -0 would print as '0' but compare and serialise inconsistently across operations.
  const y = x.isZero() && x.isNegative() ? new Dec(0) : x
  if (y.d !== null && y.d.length * 7 > MAX_RESULT_DIGITS) throw tooManyDigits()
  Object.freeze(y.d)
  return Object.freeze(y) as unknown as Amount
}

/** `10^n`, built from its literal so no division is ever involved. */
function pow10(n: number): Decimal {
  return new Dec(`1e${n}`)
}

/**
 * True for a Decimal of any copy of decimal.js; false for anything else, a throwing Proxy included.
 * @example
 * ```ts
 * isForeignDecimal(new Decimal(1)) // true
 * ```
 */
function isForeignDecimal(value: unknown): boolean {
  try {
    return Decimal.isDecimal(value)
  } catch {
    return false
  }
}

/** The decimal.js view of an amount; anything else (a caller's Decimal, a number, an object) is refused. */
function dec(a: Amount): Decimal {
  if (!isAmount(a)) throw notAnAmount(a)
  return a as unknown as Decimal
}

/**
 * The typed error for a money operation handed something that is not an amount.
 * @example
 * ```ts
 * notAnAmount(1.5).code // 'CALC_INVALID_INPUT'
 * ```
 */
function notAnAmount(value: unknown): MedbudgetError {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
  return new MedbudgetError(
    'CALC_INVALID_INPUT',
    `需要一个金额（用 amount() 或 parseAmount() 得到），收到的是 ${kind}`,
    `Expected an amount (made by amount() or parseAmount()), got ${kind}`,
    { input: kind },
  )
}

function tooLong(text: string): MedbudgetError {
  return new MedbudgetError(
    'AMOUNT_OUT_OF_RANGE',
    `金额数字过长（超过 ${MAX_INPUT_DIGITS} 位）`,
    `The amount has more than ${MAX_INPUT_DIGITS} digits`,
    { input: text.slice(0, 40) },
  )
}

/**
 * Reads a decimal literal (plain or exponent notation, e.g. the output of `String(0.1)` or
 * `String(1e21)`) exactly. Internal: callers use {@link amount} or `amountFromFloat`.
 *
 * @internal
 */
export function fromDecimalLiteral(text: string): Amount {
  if (!DECIMAL_LITERAL.test(text)) {
    throw new MedbudgetError(
      'AMOUNT_MALFORMED',
      `不是数字：“${excerpt(text)}”`,
      `Not a number: "${excerpt(text)}"`,
      { input: excerpt(text) },
    )
  }
  if (text.length > MAX_INPUT_DIGITS + 8) throw tooLong(text)
  return freeze(new Dec(text))
}

/** decimal.js's digits per word of its coefficient array (base 1e7). */
const LOG_BASE = 7

/** The amount 0, as decimal.js builds it from `'0'` (sign +, exponent 0, one zero word). */
let zero: Amount | undefined

/**
 * Builds the amount of a plain figure from its digits before and after the point, without
 * decimal.js's string parser: the digits go straight into decimal.js's own representation (words of
 * seven digits aligned on the point, the first word's length given by the exponent, leading and trailing
 * zeros dropped), exactly as its constructor lays out `new Decimal('8938.04')`. The fast path of
 * `parsePrinted`: a property test checks it against the constructor field by field.
 * The caller has checked the digits (ASCII only) and their number.
 *
 * @param intPart - one or more ASCII digits (leading zeros allowed)
 * @param fraction - zero or more ASCII digits (trailing zeros allowed); at most `MAX_INPUT_DIGITS` in all
 * @param negative - the figure's sign (a zero has none)
 * @example
 * ```ts
 * String(fromPlainDigits('8938', '04'))       // '8938.04'
 * String(fromPlainDigits('0012', '50', true)) // '-12.5'
 * ```
 * @internal
 */
export function fromPlainDigits(intPart: string, fraction: string, negative = false): Amount {
  const all = fraction === '' ? intPart : intPart + fraction
  const n = all.length
  let p = 0
  while (p < n && all.charCodeAt(p) === 48) p++
  if (p === n) {
    zero ??= freeze(new Dec(0))
    return zero
  }
  let q = n - 1
  while (all.charCodeAt(q) === 48) q--
  // exponent of the first significant digit, and the length of the first word (decimal.js's parseDecimal)
  const e = intPart.length - 1 - p
  // the bounds every amount keeps (see freeze): the exponent, and the number of digits
  if (e > MAX_RESULT_DIGITS || e < -MAX_RESULT_DIGITS) throw outOfRange()
  const first = (((e + 1) % LOG_BASE) + LOG_BASE) % LOG_BASE || LOG_BASE
  const words: number[] = []
  let k = p
  let width = first
  while (k <= q) {
    let w = 0
    for (let j = 0; j < width; j++, k++) w = w * 10 + (k <= q ? all.charCodeAt(k) - 48 : 0)
    words.push(w)
    width = LOG_BASE
  }
  if (words.length * LOG_BASE > MAX_RESULT_DIGITS) throw tooManyDigits()
  // decimal.js's own layout of a decimal (the fields its constructor sets, in its order)
  const built = Object.create(Dec.prototype) as { constructor: unknown; s: number; e: number; d: number[] }
  built.constructor = Dec
  built.s = negative ? -1 : 1
  built.e = e
  built.d = words
  Object.freeze(words)
  return Object.freeze(built) as unknown as Amount
}

/**
 * Makes an exact {@link Amount}.
 *
 * Accepts a plain decimal string (`'-12.50'`, no separators, units or exponent: use
 * `parseAmount` for printed figures), a safe integer, a bigint, or a Decimal. A JS float (a
 * non-integer number, or an integer beyond `Number.MAX_SAFE_INTEGER`) is refused: it has
 * already lost exactness. Convert one explicitly with `amountFromFloat`.
 *
 * @param input - the value
 * @returns the amount, frozen
 * @throws MedbudgetError `AMOUNT_FLOAT_REJECTED` for a float, `AMOUNT_NOT_A_NUMBER` for NaN/Infinity,
 *   `AMOUNT_MALFORMED` for a string that is not a plain decimal
 * @example
 * ```ts
 * String(amount('8938.04')) // '8938.04'
 * String(amount(12))        // '12'
 * String(amount(10n ** 20n)) // '100000000000000000000'
 * amount(0.1)               // throws AMOUNT_FLOAT_REJECTED
 * ```
 */
export function amount(input: AmountInput): Amount {
  if (typeof input === 'string') {
    // A long text of other characters is malformed, not "more than 400 digits": its first
    // characters (a bounded look) tell which.
    if (
      input.length > MAX_INPUT_DIGITS + 2 &&
      /^[+-]?[0-9]*\.?[0-9]*$/.test(input.slice(0, MAX_INPUT_DIGITS + 3))
    ) {
      throw tooLong(input)
    }
    if (input.length > MAX_INPUT_DIGITS + 2 || !PLAIN_DECIMAL.test(input)) {
      throw new MedbudgetError(
        'AMOUNT_MALFORMED',
        `“${input.slice(0, 40)}”不是规范的数字写法（只允许数字、小数点和负号；印刷格式请用 parseAmount）`,
        `"${input.slice(0, 40)}" is not a plain decimal number (digits, one point, a sign; use parseAmount for printed figures)`,
        { input: input.slice(0, 40) },
      )
    }
    // the cap counts digits, as parsePrinted's does: a sign and a point are no digits
    const digits = input.length - (/^[+-]/.test(input) ? 1 : 0) - (input.includes('.') ? 1 : 0)
    if (digits > MAX_INPUT_DIGITS) throw tooLong(input)
    return freeze(new Dec(input))
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      throw new MedbudgetError('AMOUNT_NOT_A_NUMBER', `不是有效数字：${input}`, `Not a number: ${input}`, {
        input: String(input),
      })
    }
    if (!Number.isSafeInteger(input)) {
      throw new MedbudgetError(
        'AMOUNT_FLOAT_REJECTED',
        `拒绝使用浮点数 ${input} 表示金额（可能已失去精度）；请传入字符串，或用 amountFromFloat 明确指定小数位`,
        `Refusing the floating-point number ${input} as money (it may already be inexact); pass a string, or use amountFromFloat with explicit decimals`,
        { input: String(input) },
      )
    }
    return freeze(new Dec(input))
  }
  if (typeof input === 'bigint') {
    const text = input.toString()
    if (text.length - (input < 0n ? 1 : 0) > MAX_INPUT_DIGITS) throw tooLong(text)
    return freeze(new Dec(text))
  }
  if (isAmount(input)) return input
  if (isForeignDecimal(input)) {
    const d = input as unknown as DecimalLike
    if (d.d === null) {
      throw new MedbudgetError(
        'AMOUNT_NOT_A_NUMBER',
        '不是有效数字（NaN 或无穷大）',
        'Not a number (NaN or Infinity)',
      )
    }
    if (typeof d.e !== 'number' || Math.abs(d.e) > MAX_RESULT_DIGITS) throw outOfRange()
    return fromDecimalLiteral(d.toFixed())
  }
  throw new MedbudgetError('AMOUNT_MALFORMED', '无法识别的金额输入', 'Unrecognised amount input', {
    input: typeof input,
  })
}

/**
 * True when `value` is an {@link Amount} made by this library.
 * @example
 * ```ts
 * isAmount(amount('1')) // true
 * isAmount('1')         // false
 * ```
 */
export function isAmount(value: unknown): value is Amount {
  // decimal.js clones share one prototype, so `instanceof` cannot tell ours from a caller's
  // Decimal; each instance records its own constructor. A Proxy or a throwing getter is no amount.
  try {
    return Decimal.isDecimal(value) && (value as { constructor: unknown }).constructor === Dec
  } catch {
    return false
  }
}

/**
 * The amount `units × 10^-scale`, e.g. integer cents to yuan. Used by the fast sums.
 * @example
 * ```ts
 * String(amountFromScaled(893804, 2)) // '8938.04'
 * ```
 */
export function amountFromScaled(units: number | bigint, scale: number): Amount {
  checkShift(scale)
  if (typeof units === 'number' && !Number.isSafeInteger(units)) throw outOfRange()
  if (scale < 0) {
    const base = typeof units === 'bigint' ? new Dec(units.toString()) : new Dec(units)
    return freeze(base.times(pow10(-scale)))
  }
  // The literal with its decimal point put in place: parsing it is exact, and much faster than a
  // multiplication at this clone's precision (allocations of 10^5 shares spent most of their time there).
  // The digits laid out by fromPlainDigits, as decimal.js would lay out that literal.
  const negative = units < 0
  let digits = (negative ? -units : units).toString()
  if (digits.length > MAX_RESULT_DIGITS) throw outOfRange()
  if (scale === 0) return fromPlainDigits(digits, '', negative)
  digits = digits.padStart(scale + 1, '0')
  return fromPlainDigits(
    digits.slice(0, digits.length - scale),
    digits.slice(digits.length - scale),
    negative,
  )
}

/** Powers of ten as doubles: the literals 1e0 … 1e22 are exact. */
const POW10: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
]

/**
 * `units × 10^-scale` for a safe integer, as {@link amountFromScaled} builds it (the same decimal.js
 * fields), but with no string at all: the words of seven digits are cut from the integer by exact
 * remainders. For the bulk builders (`roundTwoWayTable` builds one amount per cell); a property
 * test checks it against `amountFromScaled` field by field. Scales above 14 (and anything not a
 * safe integer) go through `amountFromScaled`.
 *
 * @param units - a safe integer
 * @param scale - decimals, 0…20
 * @example
 * ```ts
 * String(amountFromSafeScaled(893804, 2)) // '8938.04'
 * String(amountFromSafeScaled(-5, 3))     // '-0.005'
 * ```
 * @internal
 */
export function amountFromSafeScaled(units: number, scale: number): Amount {
  if (!Number.isSafeInteger(units) || !Number.isInteger(scale) || scale < 0 || scale > 14) {
    return amountFromScaled(units, scale)
  }
  if (units === 0) return fromPlainDigits('0', '')
  const u = units < 0 ? -units : units
  const p = POW10[scale] as number
  const fraction = u % p
  const whole = (u - fraction) / p // exact: an integer below 2^53
  // the whole part in base 10^7 (below 2^53 < 10^21: three words), positions 2, 1, 0
  const w0 = whole % 1e7
  const w1 = ((whole - w0) / 1e7) % 1e7
  const w2 = (whole - w0 - w1 * 1e7) / 1e14
  // the fraction padded to whole words (at most two: scale ≤ 14), positions −1, −2
  const fractionWords = scale === 0 ? 0 : scale <= 7 ? 1 : 2
  const padded = fraction * (POW10[fractionWords * 7 - scale] as number) // below 10^14: exact
  const f1 = fractionWords === 2 ? padded % 1e7 : 0
  const f0 = fractionWords === 2 ? (padded - f1) / 1e7 : padded
  // the first and last non-zero word (u > 0, so there is one), and the words between them
  const first = w2 !== 0 ? 0 : w1 !== 0 ? 1 : w0 !== 0 ? 2 : f0 !== 0 ? 3 : 4
  const last = f1 !== 0 ? 4 : f0 !== 0 ? 3 : w0 !== 0 ? 2 : w1 !== 0 ? 1 : 0
  const lead = first === 0 ? w2 : first === 1 ? w1 : first === 2 ? w0 : first === 3 ? f0 : f1
  const leadDigits =
    lead < 10 ? 1 : lead < 100 ? 2 : lead < 1e3 ? 3 : lead < 1e4 ? 4 : lead < 1e5 ? 5 : lead < 1e6 ? 6 : 7
  // an array of exactly its length (a push would reserve room for 17 words: most of the memory)
  const words: number[] = new Array<number>(last - first + 1)
  let k = 0
  if (first <= 0 && last >= 0) words[k++] = w2
  if (first <= 1 && last >= 1) words[k++] = w1
  if (first <= 2 && last >= 2) words[k++] = w0
  if (first <= 3 && last >= 3) words[k++] = f0
  if (last >= 4) words[k] = f1
  // decimal.js's own layout of a decimal (the fields its constructor sets, in its order)
  const built = Object.create(Dec.prototype) as { constructor: unknown; s: number; e: number; d: number[] }
  built.constructor = Dec
  built.s = units < 0 ? -1 : 1
  built.e = 7 * (2 - first) + leadDigits - 1
  built.d = words
  Object.freeze(words)
  return Object.freeze(built) as unknown as Amount
}

/**
 * `a × 10^scale` as a plain number when it is a safe integer, otherwise `undefined` (more than
 * `scale` decimals, or too large). Read from decimal.js's words by exact products and quotients,
 * with no string. For the bulk readers (`roundTwoWayTable` reads every cell once).
 *
 * @param a - an amount
 * @param scale - decimals, 0…100
 * @example
 * ```ts
 * toSafeScaled(amount('8938.04'), 2) // 893804
 * toSafeScaled(amount('0.001'), 2)   // undefined
 * ```
 * @internal
 */
export function toSafeScaled(a: Amount, scale: number): number | undefined {
  const x = dec(a)
  if (x.d === null || !Number.isInteger(scale)) return undefined
  return safeScaledOf(x, scale)
}

/**
 * {@link toSafeScaled} of a decimal already checked to be an amount, and an integer scale.
 *
 * @example
 * ```ts
 * safeScaledOf(new Decimal('12.34'), 2) // 1234
 * safeScaledOf(new Decimal('1e300'), 0) // undefined (not a safe integer)
 * ```
 */
function safeScaledOf(x: Decimal, scale: number): number | undefined {
  const words = x.d
  const top = Math.floor(x.e / LOG_BASE)
  let acc = 0
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as number
    if (w === 0) continue
    const exp = LOG_BASE * (top - k) + scale
    let term: number
    if (exp >= 0) {
      if (exp > 22) return undefined
      term = w * (POW10[exp] as number)
    } else {
      if (exp < -22) return undefined
      const p = POW10[-exp] as number
      if (w % p !== 0) return undefined
      term = w / p
    }
    acc += term
    if (!Number.isSafeInteger(term) || !Number.isSafeInteger(acc)) return undefined
  }
  return acc === 0 ? 0 : x.s < 0 ? -acc : acc
}

/**
 * Reads a cell of a bulk input once: checks it is an amount (else `undefined`), stores
 * `a × 10^places` in `units[k]` when that is a safe integer (NaN otherwise), and answers `places`,
 * the amount's decimal places (as {@link decimalPlaces}). One visit of the amount's object and
 * words instead of one per question (`roundTwoWayTable` reads 10^5–10^6 cells scattered in memory).
 *
 * @param a - anything
 * @param units - where the scaled integer goes
 * @param k - its index in `units`
 * @example
 * ```ts
 * const units = new Float64Array(1)
 * readScaledCell(amount('8938.04'), units, 0) // 2 (and units[0] is 893804)
 * ```
 * @internal
 */
export function readScaledCell(a: unknown, units: Float64Array, k: number): number | undefined {
  if (!isAmount(a)) return undefined
  const x = a as unknown as Decimal
  const words = x.d
  // decimal.js's decimalPlaces: whole words after the point, less the last word's trailing zeros
  let last = words.length - 1
  let places = (last - Math.floor(x.e / LOG_BASE)) * LOG_BASE
  last = words[last] as number
  if (last !== 0) for (; last % 10 === 0; last /= 10) places--
  if (places < 0) places = 0
  units[k] = safeScaledOf(x, places) ?? Number.NaN
  return places
}

/**
 * The integer `a × 10^scale` as a bigint; throws when `a` has more than `scale` decimals.
 * @example
 * ```ts
 * toScaledBigInt(amount('12.3'), 2) // 1230n
 * ```
 */
export function toScaledBigInt(a: Amount, scale: number): bigint {
  checkShift(scale)
  if (scale < 0) {
    const x = dec(a).times(pow10(scale))
    if (!x.isInteger()) {
      throw new MedbudgetError(
        'PRECISION_INVALID',
        `金额 ${String(a)} 的小数位多于 ${scale} 位`,
        `The amount ${String(a)} has more than ${scale} decimals`,
      )
    }
    return BigInt(x.toFixed(0))
  }
  // From the plain notation, without decimal multiplication (which is slow at this precision).
  const text = dec(a).toFixed()
  const point = text.indexOf('.')
  const fraction = point < 0 ? '' : text.slice(point + 1)
  if (fraction.length > scale) {
    throw new MedbudgetError(
      'PRECISION_INVALID',
      `金额 ${String(a)} 的小数位多于 ${scale} 位`,
      `The amount ${String(a)} has more than ${scale} decimals`,
    )
  }
  const whole = point < 0 ? text : text.slice(0, point)
  return BigInt(whole + fraction.padEnd(scale, '0'))
}

/**
 * `a + b`, exact.
 * @example
 * ```ts
 * String(add(amount('0.1'), amount('0.2'))) // '0.3'
 * ```
 */
export function add(a: Amount, b: Amount): Amount {
  return freeze(dec(a).plus(dec(b)))
}

/**
 * `a − b`, exact.
 * @example
 * ```ts
 * String(sub(amount('8944.03'), amount('5.99'))) // '8938.04'
 * ```
 */
export function sub(a: Amount, b: Amount): Amount {
  return freeze(dec(a).minus(dec(b)))
}

/**
 * `a × b`, exact.
 * @example
 * ```ts
 * String(mul(amount('1.5'), amount('4'))) // '6'
 * ```
 */
export function mul(a: Amount, b: Amount): Amount {
  return freeze(dec(a).times(dec(b)))
}

/**
 * `−a`.
 * @example
 * ```ts
 * String(neg(amount('2.5'))) // '-2.5'
 * ```
 */
export function neg(a: Amount): Amount {
  return freeze(dec(a).negated())
}

/**
 * `|a|`.
 * @example
 * ```ts
 * String(abs(amount('-2.5'))) // '2.5'
 * ```
 */
export function abs(a: Amount): Amount {
  return freeze(dec(a).abs())
}

/**
 * `a × 10^n`, exact (a decimal shift).
 * @example
 * ```ts
 * String(shift(amount('8938.04'), 4)) // '89380400'
 * ```
 */
export function shift(a: Amount, n: number): Amount {
  checkShift(n)
  return freeze(dec(a).times(pow10(n)))
}

/**
 * The exact sum of a list (0 for an empty list).
 * @example
 * ```ts
 * String(sum([amount('658.67'), amount('8285.36')])) // '8944.03'
 * ```
 */
export function sum(values: readonly Amount[]): Amount {
  if (!Array.isArray(values)) throw notAnAmount(values)
  let acc = new Dec(0)
  for (const v of values) acc = acc.plus(dec(v))
  return freeze(acc)
}

/**
 * Compares: −1 when `a < b`, 0 when equal, 1 when `a > b`.
 * @example
 * ```ts
 * cmp(amount('9187.2'), amount('9187.20')) // 0
 * ```
 */
export function cmp(a: Amount, b: Amount): -1 | 0 | 1 {
  const c = dec(a).cmp(dec(b))
  return c < 0 ? -1 : c > 0 ? 1 : 0
}

/**
 * True when `a = b` (numerically: `9187.2` equals `9187.20`).
 * @example
 * ```ts
 * eq(amount('1.0'), amount('1')) // true
 * ```
 */
export function eq(a: Amount, b: Amount): boolean {
  return dec(a).eq(dec(b))
}

/**
 * −1, 0 or 1 by the sign of `a`.
 * @example
 * ```ts
 * sign(amount('-0.01')) // -1
 * ```
 */
export function sign(a: Amount): -1 | 0 | 1 {
  const x = dec(a)
  return x.isZero() ? 0 : x.isNegative() ? -1 : 1
}

/**
 * True when `a` is zero.
 * @example
 * ```ts
 * isZero(amount('0.00')) // true
 * ```
 */
export function isZero(a: Amount): boolean {
  return dec(a).isZero()
}

/**
 * True when `a` is a whole number.
 * @example
 * ```ts
 * isInteger(amount('12.00')) // true
 * ```
 */
export function isInteger(a: Amount): boolean {
  return dec(a).isInteger()
}

/**
 * Number of decimals needed to write `a` exactly (`'12.50'` needs 1).
 * @example
 * ```ts
 * decimalPlaces(amount('12.50')) // 1
 * ```
 */
export function decimalPlaces(a: Amount): number {
  return dec(a).decimalPlaces()
}

/**
 * Rounds `a` to `decimals` places with the given mode (internal door; the public names are
 * `roundTo`, `halfUp`, `halfEven`, `down`).
 * @example
 * ```ts
 * String(round(amount('2.345'), 2, 'halfUp')) // '2.35'
 * ```
 */
export function round(a: Amount, decimals: number, mode: RoundingMode): Amount {
  checkDecimals(decimals)
  checkMode(mode)
  return freeze(dec(a).toDecimalPlaces(decimals, ROUNDING[mode]))
}

/**
 * `a / b` rounded to `decimals` places, exact: the quotient is computed as an integer quotient and
 * remainder, so a tie is recognised as a tie however long the decimal expansion.
 *
 * @throws MedbudgetError `CALC_INVALID_INPUT` when `b` is zero (callers decide what an undefined ratio means)
 * @example
 * ```ts
 * String(divRound(amount('658.67'), amount('8944.03'), 4, 'halfUp')) // '0.0736'
 * ```
 */
export function divRound(a: Amount, b: Amount, decimals: number, mode: RoundingMode): Amount {
  checkDecimals(decimals)
  checkMode(mode)
  const x = dec(a)
  const y = dec(b)
  if (y.isZero()) {
    throw new MedbudgetError('CALC_INVALID_INPUT', '除数为零', 'Division by zero')
  }
  const scaled = x.times(pow10(decimals))
  const q = scaled.dividedToIntegerBy(y) // truncated toward zero
  const r = scaled.minus(q.times(y)) // same sign as scaled, |r| < |y|
  let units = q
  if (!r.isZero()) {
    const negative = x.isNegative() !== y.isNegative()
    const twice = r.abs().times(2).cmp(y.abs())
    const awayFromZero =
      mode === 'down'
        ? false
        : mode === 'halfUp'
          ? twice >= 0
          : twice > 0 || (twice === 0 && !q.mod(2).isZero())
    if (awayFromZero) units = negative ? q.minus(1) : q.plus(1)
  }
  return freeze(units.times(pow10(-decimals)))
}

/**
 * Floor of `a / b` (toward −∞) and the remainder `a − floor·b`, exact. For allocation.
 * @example
 * ```ts
 * divFloor(amount('7'), amount('2')) // { quotient: 3, remainder: 1 }
 * ```
 */
export function divFloor(a: Amount, b: Amount): { readonly quotient: Amount; readonly remainder: Amount } {
  const x = dec(a)
  const y = dec(b)
  if (y.isZero()) throw new MedbudgetError('CALC_INVALID_INPUT', '除数为零', 'Division by zero')
  let q = x.dividedToIntegerBy(y)
  let r = x.minus(q.times(y))
  if (!r.isZero() && r.isNegative() !== y.isNegative()) {
    q = q.minus(1)
    r = r.plus(y)
  }
  return { quotient: freeze(q), remainder: freeze(r) }
}

/**
 * Plain notation with exactly `decimals` places, rounding half-up when `a` has more.
 * @example
 * ```ts
 * toFixed(amount('0'), 2)     // '0.00'
 * toFixed(amount('9187.2'), 1) // '9187.2'
 * ```
 */
export function toFixed(a: Amount, decimals: number): string {
  checkDecimals(decimals)
  const text = dec(a).toFixed(decimals, Decimal.ROUND_HALF_UP)
  // -0.004 rounds to zero, and a printed zero has no sign
  return text.startsWith('-') && /^-0(\.0*)?$/.test(text) ? text.slice(1) : text
}

/**
 * `10^-decimals`: one unit in the last printed place.
 * @example
 * ```ts
 * String(ulp(2)) // '0.01'
 * ```
 */
export function ulp(decimals: number): Amount {
  checkDecimals(decimals)
  return freeze(pow10(-decimals))
}

/**
 * Half a unit in the last place, `½·10^-decimals`: the rounding error a printed figure may carry.
 * @example
 * ```ts
 * String(halfUlp(2)) // '0.005'
 * ```
 */
export function halfUlp(decimals: number): Amount {
  checkDecimals(decimals)
  return freeze(new Dec(5).times(pow10(-decimals - 1)))
}

/**
 * Reads a safe integer-like amount as a JS number (for indexes and counts only, never money).
 * @throws MedbudgetError `AMOUNT_OUT_OF_RANGE` when `a` is not a safe integer
 * @example
 * ```ts
 * toSafeInteger(amount('3')) // 3
 * ```
 */
export function toSafeInteger(a: Amount): number {
  const n = dec(a).toNumber()
  if (!Number.isSafeInteger(n) || !dec(a).isInteger()) {
    throw new MedbudgetError(
      'AMOUNT_OUT_OF_RANGE',
      `${String(a)} 不是安全整数`,
      `${String(a)} is not a safe integer`,
    )
  }
  return n
}

function checkMode(mode: RoundingMode): void {
  checkOption(mode, ROUNDING_MODES, ['舍入方式', 'rounding mode'])
}

/** A decimal shift must be a whole number of places within the result cap. */
function checkShift(n: number): void {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new MedbudgetError(
      'CALC_INVALID_INPUT',
      `小数点移动的位数必须是整数，收到 ${excerpt(shownValue(n))}`,
      `A decimal shift must be a whole number of places, got ${excerpt(shownValue(n))}`,
    )
  }
  if (n > MAX_RESULT_DIGITS || n < -MAX_RESULT_DIGITS) throw outOfRange()
}

function checkDecimals(decimals: number): void {
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new MedbudgetError(
      'PRECISION_INVALID',
      `小数位数必须是 0 到 ${MAX_DECIMALS} 之间的整数，收到 ${excerpt(shownValue(decimals))}`,
      `Decimals must be an integer from 0 to ${MAX_DECIMALS}, got ${excerpt(shownValue(decimals))}`,
    )
  }
}
