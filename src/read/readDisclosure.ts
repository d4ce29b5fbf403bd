import { MedbudgetError } from '../errors'
import type { ReadInput, ReadOptions, ReadResult } from './types'

/**
 * Reads a published disclosure — PDF bytes, or text extracted from a PDF — into the model.
 *
 * (Contract only: the pipeline lands with the reader.)
 *
 * @param input - PDF bytes, or a string of extracted text (tab-separated or column-aligned)
 * @param options - see {@link ReadOptions}
 * @returns the disclosure with every table found and what the reader was unsure of
 * @throws MedbudgetError `PDFJS_MISSING`, `PDF_INVALID`, `PDF_ENCRYPTED`, `NO_TEXT_LAYER`, `INPUT_TOO_LARGE`
 *
 * @example
 * ```ts
 * const result = await readDisclosure(readFileSync('budget.pdf'))
 * if (result.status === 'disclosure') console.log(reconcile(result.disclosure).summary)
 * ```
 */
export async function readDisclosure(input: ReadInput, options: ReadOptions = {}): Promise<ReadResult> {
  void input
  void options
  throw new MedbudgetError('PDF_INVALID', '读取器尚未实现', 'the reader is not implemented yet')
}
