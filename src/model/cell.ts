import { z } from 'zod'
import { isMedbudgetError } from '../errors'
import { parsePrinted } from '../money/parsePrinted'
import { toCanonical } from '../money/toCanonical'
import type { Printed } from '../money/types'

/**
 * The grammar of a printed cell as the model stores it: a canonical string.
 *
 * - an amount: a plain decimal that keeps its printed decimals (`'8938.04'`, `'0.00'`, `'9187.2'`, `'-3.50'`);
 * - `''`: a blank cell (nothing printed; a different fact from `'0.00'`);
 * - a dash as printed (`'-'`, `'—'`, `'－'`, `'--'`);
 * - a placeholder left in print (`'××.××'`, `'·'`, `'XX'`, `'***'`).
 *
 * The same grammar is produced by `toCanonical` in the money module, so a cell converts to
 * a typed printed value without loss.
 * @module
 */

/**
 * Canonical decimal as stored in a cell: optional minus, no leading zeros, optional fraction.
 *
 * @example
 * ```ts
 * CANONICAL_AMOUNT.test('8938.04') // true
 * CANONICAL_AMOUNT.test('8,938.04') // false
 * ```
 */
export const CANONICAL_AMOUNT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/

/** Classification of a stored cell string. */
export type CellForm = 'amount' | 'blank' | 'dash' | 'placeholder'

/**
 * Tells which form a stored cell string has, or `undefined` when it is not a valid cell. The
 * grammar is the money module's canonical form (`isCanonical`: `toCanonical(parsePrinted(s)) === s`), without a unit: a cell's unit is
 * its table's.
 *
 * @param text - the stored cell string
 * @returns the form, or `undefined` for text that is neither an amount, blank, a dash nor a placeholder
 * @example
 * ```ts
 * cellForm('8938.04') // 'amount'
 * cellForm('')        // 'blank'
 * cellForm('××.××')   // 'placeholder'
 * cellForm('1,234')   // undefined (not canonical: store '1234')
 * ```
 */
export function cellForm(text: string): CellForm | undefined {
  return readCell(text)?.kind
}

/**
 * The printed value a stored cell string stands for, or `undefined` when the string is not a valid
 * cell. Parses once (the canonical check and the reading are the same parse).
 *
 * @internal
 */
export function readCell(text: string): Printed | undefined {
  let printed: Printed
  try {
    printed = parsePrinted(text)
  } catch (e) {
    if (isMedbudgetError(e)) return undefined
    throw e
  }
  if (toCanonical(printed) !== text) return undefined
  return printed.kind === 'amount' && printed.unit !== undefined ? undefined : printed
}

/**
 * Schema of one stored cell (see the module note for the grammar).
 *
 * @example
 * ```ts
 * CellSchema.parse('8938.04') // '8938.04'
 * CellSchema.safeParse('8,938.04').success // false
 * ```
 */
export const CellSchema = /*#__PURE__*/ z.string().refine((s) => cellForm(s) !== undefined, {
  message:
    '单元格应为规范金额（如 8938.04）、空白、短横线或占位符 / a cell must be a canonical amount (e.g. 8938.04), blank, a dash or a placeholder',
})

/** A stored cell string (see {@link CellSchema}). */
export type Cell = z.infer<typeof CellSchema>
