import { MedbudgetError } from '../errors'
import { excerpt, optionsOf } from '../internal/limits'
import { toFixed } from './decimal'
import type { Amount, MoneyUnit } from './types'

/** How {@link formatAmount} prints. */
export interface FormatAmountOptions {
  /** Decimals to print; the amount is rounded half-up (四舍五入) to them. */
  readonly decimals: number
  /** Group the integer part by three with commas (`1,234.56`). Default `false`. */
  readonly thousands?: boolean
  /** Unit to append (`万元`). The amount is not converted: use `convertUnit` first. */
  readonly unit?: MoneyUnit
}

/**
 * Prints an amount as a disclosure prints it. `parsePrinted(formatAmount(x, o))` gives back `x`
 * rounded to `o.decimals`, with those decimals and that unit.
 *
 * @param value - the amount
 * @param options - decimals, thousands separators, unit
 * @returns the printed text
 * @throws MedbudgetError `PRECISION_INVALID` for a bad `decimals`, `UNIT_UNKNOWN` for a bad unit
 * @example
 * ```ts
 * formatAmount(amount('132372.605'), { decimals: 2, thousands: true }) // '132,372.61'
 * formatAmount(amount('0.672'), { decimals: 2, unit: '万元' })          // '0.67万元'
 * formatAmount(amount('-1234'), { decimals: 1, thousands: true })      // '-1,234.0'
 * ```
 */
export function formatAmount(value: Amount, options: FormatAmountOptions): string {
  const format = optionsOf(options, ['格式选项', 'format options'])
  if (format.unit !== undefined && !['元', '万元', '亿元'].includes(format.unit)) {
    const bad = excerpt(format.unit)
    throw new MedbudgetError('UNIT_UNKNOWN', `未知的金额单位“${bad}”`, `Unknown money unit "${bad}"`, {
      input: bad,
    })
  }
  const fixed = toFixed(value, format.decimals as number)
  const printed = format.thousands === true ? groupThousands(fixed) : fixed
  return printed + (format.unit ?? '')
}

function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-')
  const body = negative ? fixed.slice(1) : fixed
  const point = body.indexOf('.')
  const intPart = point < 0 ? body : body.slice(0, point)
  const rest = point < 0 ? '' : body.slice(point)
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return (negative ? '-' : '') + grouped + rest
}
