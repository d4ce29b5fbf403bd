/**
 * PDF → positioned lines (placeholder until the PDF source lands).
 * @module
 */
import { MedbudgetError } from '../../errors'
import type { SourceLines } from '../layout/layoutDocument'
import type { ReadOptions } from '../types'

/**
 * Reads the text lines of a PDF.
 *
 * @param input - PDF bytes
 * @param options - limits
 * @returns the lines of every page
 * @example
 * ```ts
 * const src = await pdfLines(bytes)
 * ```
 */
export async function pdfLines(
  input: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<SourceLines> {
  void input
  void options
  throw new MedbudgetError('PDF_INVALID', 'PDF 读取尚未实现', 'PDF reading is not implemented yet')
}
