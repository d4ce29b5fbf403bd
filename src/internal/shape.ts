/**
 * Internal: cheap structural checks of the objects a public function reads (a table, a report,
 * an array of amounts), so that `null`, `{}`, a throwing getter or a Proxy handed where the
 * TypeScript type says otherwise is a typed {@link MedbudgetError} naming the argument, never a
 * TypeError and never a wrong number.
 * @module
 * @internal
 */
import { MedbudgetError, type MedbudgetErrorCode } from '../errors'

/** What an argument is, in Chinese and English (`['表格', 'table']`). @internal */
export type What = readonly [zh: string, en: string]

/**
 * What `value` is, in words (`null`, `数组/an array`, `数字/a number` …), without calling any of its
 * methods or getters.
 * @example
 * ```ts
 * kindOf(null) // ['null', 'null']
 * ```
 * @internal
 */
export function kindOf(value: unknown): What {
  if (value === null) return ['null', 'null']
  if (value === undefined) return ['undefined（未提供）', 'undefined (nothing)']
  switch (typeof value) {
    case 'string':
      return ['文字', 'a string']
    case 'number':
    case 'bigint':
      return ['数字', 'a number']
    case 'boolean':
      return ['布尔值', 'a boolean']
    case 'function':
      return ['函数', 'a function']
    case 'symbol':
      return ['symbol', 'a symbol']
  }
  return isArray(value) ? ['数组', 'an array'] : ['对象', 'an object']
}

/**
 * `Array.isArray`, false (not an exception) for a revoked Proxy.
 * @example
 * ```ts
 * isArray([]) // true
 * ```
 * @internal
 */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value)
  } catch {
    return false
  }
}

/**
 * Throws the typed error saying that `what` must be `expected` and what it got instead.
 * @example
 * ```ts
 * fail('TABLE_INVALID', ['表格', 'table'], ['对象', 'an object'], null) // throws TABLE_INVALID
 * ```
 */
function fail(code: MedbudgetErrorCode, what: What, expected: What, value: unknown): never {
  const got = kindOf(value)
  throw new MedbudgetError(
    code,
    `${what[0]}应为${expected[0]}，收到的是${got[0]}`,
    `The ${what[1]} must be ${expected[1]}, got ${got[1]}`,
  )
}

/**
 * `value` when it is an array, else a typed error with `code`.
 * @example
 * ```ts
 * checkArray([1], 'CALC_INVALID_INPUT', ['各部分', 'parts']) // [1]
 * ```
 * @internal
 */
export function checkArray(value: unknown, code: MedbudgetErrorCode, what: What): readonly unknown[] {
  if (!isArray(value)) fail(code, what, ['数组（列表）', 'an array (a list)'], value)
  return value
}

/**
 * `value` when it is an object (not null, not an array), else a typed error with `code`.
 * @example
 * ```ts
 * checkObject({}, 'TABLE_INVALID', ['表格', 'table']) // {}
 * ```
 * @internal
 */
export function checkObject(value: unknown, code: MedbudgetErrorCode, what: What): object {
  if (value === null || typeof value !== 'object' || isArray(value))
    fail(code, what, ['对象', 'an object'], value)
  return value
}

/**
 * Runs `f`; an error that is not a {@link MedbudgetError} (a TypeError from a wrong-shaped
 * argument, a throwing getter, a RangeError from a cyclic object) becomes a typed error with
 * `code` saying the argument is not what was expected.
 * @example
 * ```ts
 * guardShape('TABLE_INVALID', ['表格', 'table'], () => 1) // 1
 * ```
 * @internal
 */
export function guardShape<T>(code: MedbudgetErrorCode, what: What, f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof MedbudgetError) throw e
    throw new MedbudgetError(
      code,
      `${what[0]}的结构不对，无法读取（请传入本库生成的对象）`,
      `The ${what[1]} is not shaped as expected and cannot be read (pass an object this library made)`,
    )
  }
}

/**
 * Reads `obj[key]` and checks it is an array; a typed error (with `code`) when the read throws or
 * the field is no array.
 * @example
 * ```ts
 * fieldArray({ rows: [] }, 'rows', 'TABLE_INVALID', ['表格', 'table']) // []
 * ```
 * @internal
 */
export function fieldArray(
  obj: object,
  key: string,
  code: MedbudgetErrorCode,
  what: What,
): readonly unknown[] {
  const v = guardShape(code, what, () => (obj as Record<string, unknown>)[key])
  return checkArray(v, code, [`${what[0]}的 ${key}`, `${key} of the ${what[1]}`])
}

/**
 * Most items accepted in one list argument (a Proxy claiming 2^32−1 items is refused at once).
 * @example
 * ```ts
 * checkItems(list, 'CALC_INVALID_INPUT', what, isItem, itemWhat) // refuses more than MAX_ITEMS items
 * ```
 * @internal
 */
export const MAX_ITEMS = 10_000_000

/**
 * `value` when it is an array of at most {@link MAX_ITEMS} items each passing `isItem`, checked in
 * one pass that stops at the first wrong item; a typed error with `code` naming the item otherwise
 * (`INPUT_TOO_LARGE` for too many).
 * @param itemWhat - what each item must be, in Chinese and English (`['金额', 'an amount']`)
 * @example
 * ```ts
 * checkItems([1, 2], 'CALC_INVALID_INPUT', ['权重', 'weights'], (x) => typeof x === 'number', ['数字', 'a number'])
 * ```
 * @internal
 */
export function checkItems<T>(
  value: unknown,
  code: MedbudgetErrorCode,
  what: What,
  isItem: (x: unknown) => boolean,
  itemWhat: What,
): readonly T[] {
  const list = checkArray(value, code, what)
  const n = guardShape(code, what, () => list.length)
  if (n > MAX_ITEMS)
    throw new MedbudgetError(
      'INPUT_TOO_LARGE',
      `${what[0]}过长（${n} 项，上限 ${MAX_ITEMS}）`,
      `The ${what[1]} is too long (${n} items, at most ${MAX_ITEMS})`,
    )
  for (let i = 0; i < n; i++) {
    const item = guardShape(code, what, () => list[i])
    if (!isItem(item)) {
      const got = kindOf(item)
      throw new MedbudgetError(
        code,
        `${what[0]}的第 ${i + 1} 项应为${itemWhat[0]}，收到的是${got[0]}`,
        `Item ${i + 1} of the ${what[1]} must be ${itemWhat[1]}, got ${got[1]}`,
        { path: [i] },
      )
    }
  }
  return list as readonly T[]
}

/**
 * A list of tables as a plain array, read once: an array of at most {@link MAX_ITEMS} objects,
 * else `TABLE_INVALID` (`INPUT_TOO_LARGE` for more). The copy is what the caller then reads, so a
 * Proxy cannot answer one thing to the check and another to the renderer.
 * @example
 * ```ts
 * tableList(doc.tables).length // doc.tables.length
 * tableList(null)              // throws TABLE_INVALID
 * ```
 * @internal
 */
export function tableList<T extends object>(value: unknown): readonly T[] {
  const what: What = ['表格列表', 'list of tables']
  const list = checkItems<T>(value, 'TABLE_INVALID', what, (x) => typeof x === 'object' && x !== null, [
    '表格（对象）',
    'a table (an object)',
  ])
  return guardShape('TABLE_INVALID', what, () => Array.from(list))
}
