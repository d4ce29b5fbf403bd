/**
 * Errors of the layout half.
 * @module
 */
import { MedbudgetError } from '../../errors'

/**
 * The error for an input over `maxBytes`.
 *
 * @param size - size of the input in bytes (characters for a string)
 * @param max - the limit
 * @returns an `INPUT_TOO_LARGE` error
 * @example
 * ```ts
 * throw tooLarge(200_000_000, 100_000_000)
 * ```
 */
export function tooLarge(size: number, max: number): MedbudgetError {
  return new MedbudgetError(
    'INPUT_TOO_LARGE',
    `输入过大：${size} 字节，上限为 ${max} 字节（可通过 maxBytes 调整）`,
    `the input is too large: ${size} bytes, the limit is ${max} (see maxBytes)`,
  )
}

/**
 * The error for a document over `maxPages`.
 *
 * @param pages - pages of the document
 * @param max - the limit
 * @returns an `INPUT_TOO_LARGE` error
 * @example
 * ```ts
 * throw tooManyPages(3000, 2000)
 * ```
 */
export function tooManyPages(pages: number, max: number): MedbudgetError {
  return new MedbudgetError(
    'INPUT_TOO_LARGE',
    `文档页数过多：${pages} 页，上限为 ${max} 页（可通过 maxPages 调整）`,
    `the document has too many pages: ${pages}, the limit is ${max} (see maxPages)`,
  )
}
