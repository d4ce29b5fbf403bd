import { MedbudgetError } from '../errors'
import { excerpt } from '../internal/limits'
import { fromDecimalLiteral, round } from './decimal'
import type { Amount, RoundingMode } from './types'

/**
 * The one documented way to turn a JS float into money. The float is read through its shortest
 * round-trip decimal form (what `String(x)` prints: `0.1 + 0.2` is `'0.30000000000000004'`), then
 * rounded to `decimals` places (half-up by default). Use it at the edge, for data that arrive as
 * floats (a spreadsheet export, `JSON.parse`), and say how many decimals the source meant.
 *
 * @param x - a finite number
 * @param decimals - decimals the figure was meant to have
 * @param mode - rounding mode, `'halfUp'` (四舍五入) by default
 * @returns the exact amount
 * @throws MedbudgetError `AMOUNT_NOT_A_NUMBER` for NaN or ±Infinity, `PRECISION_INVALID` for bad decimals
 * @example
 * ```ts
 * String(amountFromFloat(0.1 + 0.2, 2)) // '0.3'
 * String(amountFromFloat(8938.04, 2))   // '8938.04'
 * String(amountFromFloat(1.005, 2))     // '1.01' (the float prints as 1.005)
 * ```
 */
export function amountFromFloat(x: number, decimals: number, mode: RoundingMode = 'halfUp'): Amount {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new MedbudgetError(
      'AMOUNT_NOT_A_NUMBER',
      `不是有效数字：${excerpt(x as unknown as string)}`,
      `Not a finite number: ${excerpt(x as unknown as string)}`,
      {
        input: excerpt(x as unknown as string),
      },
    )
  }
  return round(fromDecimalLiteral(String(x)), decimals, mode)
}
