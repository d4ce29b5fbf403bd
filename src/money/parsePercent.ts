import { MedbudgetError } from '../errors'
import { checkText } from '../internal/limits'
import { bomInCell, parsePrinted } from './parsePrinted'
import type { Printed } from './types'

/**
 * Reads a printed percentage (`7.36%`, `100%`, `７．３６％`, `0. 51%`) into a printed value whose
 * `value` is the number of percent and `decimals` its printed precision. A bare number without
 * `%` is accepted too (table columns headed "%"). Blank, dash and placeholder forms come back as
 * such (`-%` is a dash).
 *
 * @param text - the printed percentage
 * @returns the printed value (frozen)
 * @throws MedbudgetError `AMOUNT_MALFORMED` when it is neither a percentage, blank, dash nor placeholder
 * @example
 * ```ts
 * parsePercent('7.36%') // { kind: 'amount', value: 7.36, decimals: 2 }
 * parsePercent('100%')  // { kind: 'amount', value: 100, decimals: 0 }
 * ```
 */
export function parsePercent(text: string): Printed {
  const checked = checkText(text, ['百分比', 'percentage'])
  if (checked.includes('\uFEFF')) throw bomInCell(checked)
  const t = checked
    .trim()
    .replace(/[%％]$/, '')
    .trim()
  const p = parsePrinted(t)
  if (p.kind === 'amount' && p.unit !== undefined) {
    throw new MedbudgetError(
      'AMOUNT_MALFORMED',
      `“${text.slice(0, 40)}”带有金额单位，不是百分比`,
      `"${text.slice(0, 40)}" carries a money unit, it is not a percentage`,
      { input: text.slice(0, 40) },
    )
  }
  return p
}
