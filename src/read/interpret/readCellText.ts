import { isMedbudgetError } from '../../errors'
import { parsePrinted } from '../../money/parsePrinted'
import { toCanonical } from '../../money/toCanonical'

/**
 * A printed cell as the model stores it (see `CellSchema`): `'8,938.04'` → `'8938.04'`, blank
 * stays `''`, a dash or a placeholder stays as printed. Markup some extractions leave (`<b>`) is
 * dropped; a unit printed in the cell is dropped when it is the table's own. Anything else — a
 * word where a figure belongs — is `undefined`: the caller reports it and does not place it.
 *
 * @param text - the cell as printed
 * @param tableUnit - the table's unit, if printed
 * @returns the canonical cell, or `undefined`
 * @example
 * ```ts
 * canonicalCell('8,938.04')     // '8938.04'
 * canonicalCell('132, 372. 61') // '132372.61'
 * canonicalCell('有效保障')      // undefined
 * ```
 * @internal
 */
export function canonicalCell(text: string, tableUnit?: string): string | undefined {
  const t = (text.length > 80 ? text.slice(0, 80) : text).replace(/<[^>]{0,20}>/g, '').trim()
  try {
    const printed = parsePrinted(t)
    if (printed.kind === 'amount' && printed.unit !== undefined) {
      if (tableUnit !== undefined && printed.unit !== tableUnit) return undefined
      return toCanonical({ kind: 'amount', value: printed.value, decimals: printed.decimals })
    }
    return toCanonical(printed)
  } catch (e) {
    if (isMedbudgetError(e)) return undefined
    throw e
  }
}
