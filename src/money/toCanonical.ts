import { guardShape, type What } from '../internal/shape'
import { checkPrinted } from './checkPrinted'
import { toFixed } from './decimal'
import type { Printed } from './types'

/**
 * The canonical string of a printed value, as the document model stores a cell: an amount in
 * plain notation with its printed decimals (`'8938.04'`, `'0.00'`, `'9187.2'`, `'-3.50'`, no
 * thousands separators, the unit appended when one was printed: `'0.67万元'`), `''` for a blank,
 * and a dash or placeholder as printed (`'—'`, `'××.××'`). {@link fromCanonical} inverts it
 * exactly.
 *
 * @param printed - a printed value
 * @returns its canonical string
 * @example
 * ```ts
 * toCanonical(parsePrinted('8,938.04')) // '8938.04'
 * toCanonical(parsePrinted('0.00'))     // '0.00'
 * toCanonical(parsePrinted(''))         // ''
 * toCanonical(parsePrinted('××.××'))    // '××.××'
 * ```
 */
export function toCanonical(printed: Printed): string {
  const what: What = ['印刷数（parsePrinted(…) 的结果）', 'printed figure (what parsePrinted returns)']
  checkPrinted(printed, 'CALC_INVALID_INPUT', what)
  return guardShape('CALC_INVALID_INPUT', what, () => toCanonicalOf(printed))
}

/**
 * The body of {@link toCanonical}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * toCanonicalOf(parsePrinted('1,234.50')) // '1234.50'
 * ```
 */
function toCanonicalOf(printed: Printed): string {
  switch (printed.kind) {
    case 'amount':
      return toFixed(printed.value, printed.decimals) + (printed.unit ?? '')
    case 'blank':
      return ''
    case 'dash':
    case 'placeholder':
      return printed.text
  }
}
