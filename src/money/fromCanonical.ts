import { MedbudgetError } from '../errors'
import { isCanonical } from './isCanonical'
import { parsePrinted } from './parsePrinted'
import type { Printed } from './types'

/**
 * The printed value a canonical string stands for; inverse of {@link toCanonical}:
 * `toCanonical(fromCanonical(s)) === s` for every canonical `s`.
 *
 * @param text - a canonical string (see {@link isCanonical})
 * @returns the printed value (frozen)
 * @throws MedbudgetError `AMOUNT_MALFORMED` when `text` is not canonical (e.g. `'8,938.04'`)
 * @example
 * ```ts
 * fromCanonical('9187.2') // { kind: 'amount', value: 9187.2, decimals: 1 }
 * fromCanonical('')       // { kind: 'blank' }
 * fromCanonical('—')      // { kind: 'dash', text: '—' }
 * ```
 */
export function fromCanonical(text: string): Printed {
  if (!isCanonical(text)) {
    throw new MedbudgetError(
      'AMOUNT_MALFORMED',
      `“${text.slice(0, 40)}”不是规范的存储格式（金额应写成 8938.04 这样，不带千分位）`,
      `"${text.slice(0, 40)}" is not a canonical cell string (amounts are stored like 8938.04, without separators)`,
      { input: text.slice(0, 40) },
    )
  }
  return parsePrinted(text)
}
