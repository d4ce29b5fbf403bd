import { MedbudgetError } from '../errors'
import { excerpt } from '../internal/limits'
import { accumulate, accumulatorResult, createAccumulator } from './scaledAccumulator'
import type { PrintedAmount } from './types'

/** Result of {@link sumPrinted}. */
export interface SumPrintedResult {
  /** The exact total, with the largest number of decimals among the figures. */
  readonly total: PrintedAmount
  /** How many figures were read (including blanks and dashes). */
  readonly count: number
  /** Blank figures, counted as zero. */
  readonly blanks: number
  /** Dash figures (`-`, `—`), counted as zero. */
  readonly dashes: number
}

/**
 * Adds up printed figures exactly and fast. Plain figures (`12,345.67`, up to 15 digits) are
 * read into scaled integers and added as JS numbers while all stays within
 * `Number.MAX_SAFE_INTEGER`; larger figures and sums switch to exact decimal arithmetic, so the
 * total is exact whatever the input. Other printed forms go through `parsePrinted` (OCR spacing,
 * full-width digits…). Blanks and dashes count as zero.
 *
 * @param texts - printed figures, all in the same unit
 * @returns the total and counts
 * @throws MedbudgetError `AMOUNT_MALFORMED` for text that is not a figure, a placeholder (`××.××`),
 *   or a figure carrying a unit (convert units first)
 * @example
 * ```ts
 * const r = sumPrinted(['658.67', '8,285.36', ''])
 * toCanonical(r.total) // '8944.03'
 * r.blanks             // 1
 * ```
 */
export function sumPrinted(texts: Iterable<string>): SumPrintedResult {
  // A string is iterable too, but summing its characters ('8938' → 8+9+3+8) is never meant.
  if (typeof texts === 'string' || texts === null || typeof texts !== 'object') {
    throw new MedbudgetError(
      'CALC_INVALID_INPUT',
      'sumPrinted 需要一组金额（数组），收到的是单个值',
      'sumPrinted takes a list of figures (an array), not a single value',
      { input: excerpt(String(typeof texts === 'string' ? texts : typeof texts)) },
    )
  }
  const acc = createAccumulator()
  for (const t of readableList(texts)) accumulate(acc, t)
  return Object.freeze({
    total: accumulatorResult(acc),
    count: acc.count,
    blanks: acc.blanks,
    dashes: acc.dashes,
  })
}

/**
 * The figures of a caller's iterable, read to the end first: an object that is not iterable, or
 * whose iteration throws (a Proxy, a failing generator), is a typed `CALC_INVALID_INPUT`, never a
 * TypeError from inside the sum.
 * @example
 * ```ts
 * readableList(new Set(['1.00', '2.00'])) // ['1.00', '2.00']
 * ```
 */
function readableList(texts: Iterable<string>): readonly string[] {
  try {
    if (typeof texts[Symbol.iterator] === 'function') return Array.from(texts)
  } catch {
    // the caller's iterable threw: reported below like any unreadable list
  }
  throw new MedbudgetError(
    'CALC_INVALID_INPUT',
    'sumPrinted 需要一组金额（数组），收到的对象无法逐项读取',
    'sumPrinted takes a list of figures (an array); the object given cannot be read item by item',
  )
}
