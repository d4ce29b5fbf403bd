import { fromPlainDigits } from './decimal'
import type { PrintedAmount } from './types'

// a stored amount in its canonical form ('8938.04', '-12.5', '0'): no leading zero, no separator, no
// unit, up to 30 digits on each side of the point (far below the digit limit of every amount)
const CANONICAL = /^(-?)(0|[1-9]\d{0,29})(?:\.(\d{1,30}))?$/

/**
 * The cheap first parse of a stored cell: a canonical amount ('8938.04', '-12.5') read straight into
 * its printed value, without the round trip through the canonical form that `readCell` makes; any
 * other text (blank, dash, placeholder, a negative zero, a longer figure) gives `undefined` and is left
 * to the full parser. Gives exactly what `readCell` gives (a property test compares them).
 *
 * @param text - a stored cell
 * @returns the amount, or `undefined` for anything but a short canonical amount
 * @example
 * ```ts
 * parseCanonicalAmount('8938.04')?.decimals // 2
 * parseCanonicalAmount('-0.00')             // undefined (not canonical: readCell decides)
 * parseCanonicalAmount('8,938.04')          // undefined
 * ```
 * @internal
 */
export function parseCanonicalAmount(text: string): PrintedAmount | undefined {
  const m = text.length <= 62 ? CANONICAL.exec(text) : null
  if (m === null) return undefined
  const intPart = m[2] as string
  const fraction = m[3] ?? ''
  const negative = m[1] === '-'
  // a negative zero ('-0', '-0.00') is not a canonical cell
  if (negative && intPart === '0' && !/[1-9]/.test(fraction)) return undefined
  return Object.freeze({
    kind: 'amount',
    value: fromPlainDigits(intPart, fraction, negative),
    decimals: fraction.length,
  })
}
