/**
 * The bounds every public entry point applies to its input, in one place. A bound turns an input
 * that would take unbounded time or memory into a typed `INPUT_TOO_LARGE` error that says what
 * was too long and quotes a short excerpt of it.
 * @module
 * @internal
 */
import { MedbudgetError } from '../errors'

/** Longest text accepted where one printed cell, code, name or term is expected (characters). @internal */
export const MAX_CELL_LENGTH = 10_000

/** Characters of an input quoted in an error message. @internal */
export const EXCERPT_LENGTH = 40

/**
 * A bounded excerpt of `text` for an error message: the first {@link EXCERPT_LENGTH} characters,
 * with `…` when cut, and `(共 N 字符)` never repeated in full.
 * @example
 * ```ts
 * excerpt('x'.repeat(100)) // 'xxxx…' (41 characters)
 * ```
 * @internal
 */
export function excerpt(text: string, max: number = EXCERPT_LENGTH): string {
  if (typeof text !== 'string') return excerpt(shownValue(text), max)
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/**
 * Any value as text for an error message, never throwing: numbers, bigints, booleans, undefined
 * and null as JavaScript prints them, anything else (a symbol, an object whose `toString` throws, a
 * Proxy) as its type in brackets. Unbounded: pass the result through {@link excerpt}.
 * @example
 * ```ts
 * shownValue(-0)           // '0'
 * shownValue(Symbol('s'))  // '(symbol)'
 * shownValue({})           // '(object)'
 * ```
 * @internal
 */
export function shownValue(value: unknown): string {
  const kind = typeof value
  if (kind === 'string') return value as string
  if (kind === 'number' || kind === 'bigint' || kind === 'boolean' || value == null) return String(value)
  return `(${kind})`
}

/**
 * The options a caller passed, read once into a plain object of their own enumerable fields:
 * `undefined` is no options; anything but an object (null, an array, a string), or an object whose
 * fields cannot be read (a throwing getter or Proxy), is a typed error, never the caller's
 * TypeError from deep inside.
 * @param options - what the caller passed
 * @param what - what the options are, in Chinese and English (`['格式选项', 'format options']`)
 * @param code - the error code (`OPTION_INVALID`, or `CALC_INVALID_INPUT` for a calculation's input)
 * @example
 * ```ts
 * optionsOf({ decimals: 2 }, ['格式选项', 'format options']) // { decimals: 2 }
 * optionsOf(undefined, ['格式选项', 'format options'])       // {}
 * ```
 * @internal
 */
export function optionsOf<T extends object>(
  options: T | undefined,
  what: readonly [zh: string, en: string],
  code: 'OPTION_INVALID' | 'CALC_INVALID_INPUT' = 'OPTION_INVALID',
): Partial<T> {
  if (options === undefined) return {}
  const kind = options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options
  if (kind !== 'object') {
    throw new MedbudgetError(
      code,
      `${what[0]}应为对象，收到 ${kind}`,
      `The ${what[1]} must be an object, got ${kind}`,
    )
  }
  try {
    return { ...options }
  } catch {
    throw new MedbudgetError(
      code,
      `${what[0]}无法读取（读取其字段时出错）`,
      `The ${what[1]} cannot be read (reading its fields threw)`,
    )
  }
}

/**
 * Throws `INPUT_TOO_LARGE` when `text` is longer than `max` characters, `CALC_INVALID_INPUT` when it
 * is not a string at all.
 * @param text - the input
 * @param what - what the input is, in Chinese and English (`['金额', 'amount']`)
 * @param max - the bound
 * @example
 * ```ts
 * checkText('8938.04', ['金额', 'amount']) // returns '8938.04'
 * ```
 * @internal
 */
export function checkText(
  text: unknown,
  what: readonly [zh: string, en: string],
  max: number = MAX_CELL_LENGTH,
): string {
  if (typeof text !== 'string') {
    throw new MedbudgetError(
      'CALC_INVALID_INPUT',
      `${what[0]}应为文字，收到 ${typeof text}`,
      `The ${what[1]} must be a string, got ${typeof text}`,
    )
  }
  if (text.length > max) {
    throw new MedbudgetError(
      'INPUT_TOO_LARGE',
      `${what[0]}过长（${text.length} 个字符，上限 ${max}）：“${excerpt(text)}”`,
      `The ${what[1]} is too long (${text.length} characters, at most ${max}): "${excerpt(text)}"`,
      { input: excerpt(text) },
    )
  }
  return text
}

/**
 * Throws `OPTION_INVALID` unless `value` is one of `allowed` (an own key, never an inherited one
 * such as `toString` or `__proto__`).
 * @example
 * ```ts
 * checkOption('halfUp', ['halfUp', 'halfEven', 'down'], ['舍入方式', 'rounding mode'])
 * ```
 * @internal
 */
export function checkOption<T extends string>(
  value: unknown,
  allowed: readonly T[],
  what: readonly [zh: string, en: string],
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  const shown = typeof value === 'string' ? excerpt(value) : `(${typeof value})`
  throw new MedbudgetError(
    'OPTION_INVALID',
    `未知的${what[0]}“${shown}”（可用：${allowed.join('、')}）`,
    `Unknown ${what[1]} "${shown}" (known: ${allowed.join(', ')})`,
    { input: shown },
  )
}

/**
 * An optional boolean option: `undefined`, `true` or `false`; anything else (`'yes'`, `1`, a
 * symbol) is `OPTION_INVALID` naming the field, rather than read as truthy.
 * @param value - the field's value
 * @param field - the field's name (`bom`)
 * @param what - what the options are, in Chinese and English (`['CSV 选项', 'CSV options']`)
 * @example
 * ```ts
 * booleanOption(true, 'bom', ['CSV 选项', 'CSV options']) // true
 * booleanOption('yes', 'bom', ['CSV 选项', 'CSV options']) // throws OPTION_INVALID
 * ```
 * @internal
 */
export function booleanOption(
  value: unknown,
  field: string,
  what: readonly [zh: string, en: string],
): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value
  const kind = value === null ? 'null' : typeof value
  throw new MedbudgetError(
    'OPTION_INVALID',
    `${what[0]}的 ${field} 应为 true 或 false，收到 ${kind}`,
    `The ${field} of the ${what[1]} must be true or false, got ${kind}`,
  )
}

/**
 * An optional text option: `undefined` or a string of at most `max` characters; anything else (a
 * number, a symbol, an object whose `toString` throws) is `OPTION_INVALID` naming the field, and a
 * longer string `INPUT_TOO_LARGE` quoting an excerpt.
 * @param value - the field's value
 * @param field - the field's name (`title`)
 * @param what - what the options are, in Chinese and English (`['页面选项', 'page options']`)
 * @param max - the longest string accepted
 * @example
 * ```ts
 * stringOption('部门预算', 'title', ['页面选项', 'page options']) // '部门预算'
 * stringOption(5, 'title', ['页面选项', 'page options'])          // throws OPTION_INVALID
 * ```
 * @internal
 */
export function stringOption(
  value: unknown,
  field: string,
  what: readonly [zh: string, en: string],
  max: number = MAX_CELL_LENGTH,
): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    const kind = value === null ? 'null' : typeof value
    throw new MedbudgetError(
      'OPTION_INVALID',
      `${what[0]}的 ${field} 应为文字，收到 ${kind}`,
      `The ${field} of the ${what[1]} must be a string, got ${kind}`,
    )
  }
  return checkText(value, [`${what[0]}的 ${field}`, `${field} of the ${what[1]}`], max)
}
