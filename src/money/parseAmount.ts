import { MedbudgetError } from '../errors'
import { excerpt } from '../internal/limits'
import { parsePrinted } from './parsePrinted'
import type { Amount } from './types'

/**
 * Reads a printed figure that must be a number (see {@link parsePrinted} for the forms it
 * understands) and returns its value. A printed unit is not applied: `'0.67万元'` gives 0.67.
 *
 * @param text - the printed figure
 * @returns the amount
 * @throws MedbudgetError `AMOUNT_MALFORMED` for a blank, a dash, a placeholder or anything not a number
 * @example
 * ```ts
 * String(parseAmount('132, 372. 61')) // '132372.61'
 * String(parseAmount('１，２３４．５６')) // '1234.56'
 * parseAmount('—')                    // throws AMOUNT_MALFORMED
 * ```
 */
export function parseAmount(text: string): Amount {
  const p = parsePrinted(text)
  if (p.kind === 'amount') return p.value
  const what =
    p.kind === 'blank'
      ? { zh: '空白', en: 'a blank' }
      : p.kind === 'dash'
        ? { zh: `短横线“${p.text}”`, en: `a dash "${p.text}"` }
        : { zh: `占位符“${excerpt(p.text)}”`, en: `a placeholder "${excerpt(p.text)}"` }
  throw new MedbudgetError(
    'AMOUNT_MALFORMED',
    `这里需要一个数字，但印的是${what.zh}`,
    `A number is needed here, but ${what.en} was printed`,
    { input: text.slice(0, 40) },
  )
}
