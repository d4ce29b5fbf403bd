import { MedbudgetError } from '../errors'
import { excerpt } from '../internal/limits'
import { shift } from './decimal'
import type { Amount, MoneyUnit } from './types'

/** Power of ten of each unit in yuan. */
const EXPONENT: Readonly<Record<MoneyUnit, number>> = /*#__PURE__*/ Object.freeze({ 元: 0, 万元: 4, 亿元: 8 })

/**
 * Converts an amount between 元, 万元 and 亿元, exactly (a decimal shift, no rounding): round the
 * result yourself with `roundTo` when you need a printed precision.
 *
 * @param value - the amount in unit `from`
 * @param from - its unit
 * @param to - the wanted unit
 * @returns the same sum of money in unit `to`
 * @throws MedbudgetError `UNIT_UNKNOWN` for a unit other than 元, 万元, 亿元
 * @example
 * ```ts
 * String(convertUnit(amount('8938.04'), '万元', '元'))  // '89380400'
 * String(convertUnit(amount('64320000'), '元', '万元')) // '6432'
 * String(convertUnit(amount('1.5'), '亿元', '万元'))    // '15000'
 * ```
 */
export function convertUnit(value: Amount, from: MoneyUnit, to: MoneyUnit): Amount {
  // Own keys only: `toString` or `__proto__` must not find Object.prototype's members.
  // A string first: any other key would be converted by its own (possibly throwing) toString.
  const f = typeof from === 'string' && Object.hasOwn(EXPONENT, from) ? EXPONENT[from] : undefined
  const t = typeof to === 'string' && Object.hasOwn(EXPONENT, to) ? EXPONENT[to] : undefined
  if (f === undefined || t === undefined) {
    const bad = excerpt(f === undefined ? from : to)
    throw new MedbudgetError(
      'UNIT_UNKNOWN',
      `未知的金额单位“${bad}”（可用：元、万元、亿元）`,
      `Unknown money unit "${bad}" (known: 元, 万元, 亿元)`,
      {
        input: bad,
      },
    )
  }
  return shift(value, f - t)
}
