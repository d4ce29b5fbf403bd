/**
 * The shape check of a printed figure handed back to the money functions.
 * @module
 */
import { MedbudgetError, type MedbudgetErrorCode } from '../errors'
import { checkObject, type What } from '../internal/shape'
import { isAmount } from './decimal'
import type { Printed } from './types'

const UNITS: readonly unknown[] = ['元', '万元', '亿元']

/**
 * Checks that `value` is shaped as a {@link Printed} (what `parsePrinted` returns): a known `kind`;
 * for an amount an `Amount` value, whole-number `decimals` and no unit or a known one; for a dash or
 * a placeholder its text. Its fields are read once; a throwing getter is a typed error too.
 * A hand-made `{}`, an `Amount` itself, `{ kind: 'dash' }` without its text or a unit of `5` would
 * otherwise print as `undefined` or as a wrong number (`'1.00' + 5` is `'1.005'`).
 *
 * @param value - what the caller passed
 * @param code - the error code of the calling function
 * @param what - the argument, in Chinese and English
 * @returns `value`, typed
 * @throws MedbudgetError `code` naming the argument when it is not a printed figure
 * @example
 * ```ts
 * checkPrinted(parsePrinted('1.00'), 'CALC_INVALID_INPUT', ['印刷数', 'printed figure']) // the figure
 * checkPrinted(amount(1), 'CALC_INVALID_INPUT', ['印刷数', 'printed figure'])            // throws
 * ```
 * @internal
 */
export function checkPrinted(value: unknown, code: MedbudgetErrorCode, what: What): Printed {
  checkObject(value, code, what)
  let fields: Record<string, unknown>
  try {
    const p = value as Record<string, unknown>
    fields = { kind: p.kind, value: p.value, decimals: p.decimals, unit: p.unit, text: p.text }
  } catch {
    throw notPrinted(code, what, '读取其字段时出错', 'reading its fields threw')
  }
  switch (fields.kind) {
    case 'amount':
      if (!isAmount(fields.value))
        throw notPrinted(code, what, 'value 不是金额', 'its value is not an amount')
      if (!Number.isSafeInteger(fields.decimals))
        throw notPrinted(code, what, 'decimals 不是整数', 'its decimals are not a whole number')
      if (fields.unit !== undefined && !UNITS.includes(fields.unit))
        throw notPrinted(code, what, 'unit 不是元、万元或亿元', 'its unit is not 元, 万元 or 亿元')
      return value as Printed
    case 'blank':
      return value as Printed
    case 'dash':
    case 'placeholder':
      if (typeof fields.text !== 'string')
        throw notPrinted(code, what, 'text 不是文字', 'its text is not a string')
      return value as Printed
  }
  throw notPrinted(
    code,
    what,
    'kind 应为 amount、blank、dash 或 placeholder',
    'its kind must be amount, blank, dash or placeholder',
  )
}

/**
 * The error of {@link checkPrinted}: the argument, then what is wrong with it.
 * @example
 * ```ts
 * notPrinted('CALC_INVALID_INPUT', ['印刷数', 'printed figure'], 'text 不是文字', 'its text is not a string')
 * ```
 */
function notPrinted(code: MedbudgetErrorCode, what: What, zh: string, en: string): MedbudgetError {
  return new MedbudgetError(
    code,
    `${what[0]}不是 parsePrinted 的结果：${zh}`,
    `The ${what[1]} is not what parsePrinted returns: ${en}`,
  )
}
