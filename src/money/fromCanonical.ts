import { MedbudgetError } from '../errors'
import { excerpt } from '../internal/limits'
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
  if (typeof text !== 'string' || !isCanonical(text)) {
    // a symbol, a Proxy or null is quoted by its type (excerpt never calls its toString)
    throw new MedbudgetError(
      'AMOUNT_MALFORMED',
      `“${excerpt(text)}”不是规范的存储格式（金额应写成 8938.04 这样，不带千分位）`,
      `"${excerpt(text)}" is not a canonical cell string (amounts are stored like 8938.04, without separators)`,
      { input: excerpt(text) },
    )
  }
  return parsePrinted(text)
}
