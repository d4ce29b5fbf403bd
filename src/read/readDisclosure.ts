import { interpretDocument } from './interpret/interpretDocument'
import { layoutDocument } from './layout/layoutDocument'
import { readInputOf, readOptionsOf } from './readOptions'
import type { ReadInput, ReadOptions, ReadResult } from './types'

/**
 * Reads a published disclosure — PDF bytes, or text extracted from a PDF (tab-separated, or
 * column-aligned as `pdftotext -layout` writes it) — into the model: layout (lines, cells, tables)
 * then interpretation (table kinds, fact keys, codes, text figures, glossary, metadata).
 *
 * Tables the reader cannot map are listed as `unrecognized` with the reason, never forced into a
 * kind; a cell it cannot place is a diagnostic, never a number in the wrong column. A document with
 * text but no standard table (a notice saved as a budget) gives `status: 'not-a-disclosure'`.
 * The result is deeply frozen. Options are read once: a value that is not an options object, a
 * field that cannot be read, of the wrong type or out of range (`maxBytes: NaN`, a catalog not made
 * by this library) is `OPTION_INVALID`; unknown fields are ignored. A leading byte-order mark of
 * extracted text is dropped (it marks the file, not a cell).
 *
 * @param input - PDF bytes, or a string of extracted text
 * @param options - see {@link ReadOptions}
 * @returns the disclosure with every table found and what the reader was unsure of
 * @throws MedbudgetError `PDFJS_MISSING`, `PDF_INVALID`, `PDF_ENCRYPTED`, `NO_TEXT_LAYER`, `INPUT_TOO_LARGE`;
 *   `OPTION_INVALID` for bad options; `DOCUMENT_INVALID` for an input that is neither bytes nor text
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { readDisclosure } from '@medbudget/core/read'
 * import { reconcile } from '@medbudget/core/reconcile'
 *
 * const result = await readDisclosure(readFileSync('budget.pdf'), { fileName: 'budget.pdf' })
 * if (result.status === 'disclosure') console.log(reconcile(result.disclosure).summary)
 * else console.log(result.reason.zh)
 * ```
 */
export async function readDisclosure(input: ReadInput, options: ReadOptions = {}): Promise<ReadResult> {
  const checked = readOptionsOf(options)
  const laidOut = await layoutDocument(readInputOf(input), checked)
  return interpretDocument(laidOut, checked)
}
