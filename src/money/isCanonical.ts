import { isMedbudgetError } from '../errors'
import { parsePrinted } from './parsePrinted'
import { toCanonical } from './toCanonical'

/**
 * True when `text` is the canonical string of some printed value (what {@link toCanonical}
 * produces), so {@link fromCanonical} accepts it and the round trip is byte for byte.
 *
 * @param text - a stored cell string
 * @returns whether it is canonical
 * @example
 * ```ts
 * isCanonical('8938.04')  // true
 * isCanonical('8,938.04') // false (store '8938.04')
 * isCanonical('-0.00')    // false (a zero has no sign)
 * isCanonical('')         // true (blank)
 * ```
 */
export function isCanonical(text: string): boolean {
  try {
    return toCanonical(parsePrinted(text)) === text
  } catch (e) {
    if (isMedbudgetError(e)) return false
    throw e
  }
}
