// The floor of the reading benchmarks: PDF.js's own text extraction of every page, with the reader's
// options (CMaps and standard fonts: without them some PDFs lose their text). Shared by bench/read.ts
// and bench/cli.ts.
import { loadPdfjs, pdfDocumentParams } from '../src/read/source/loadPdfjs'

/** Extracts the text of every page of a PDF as the reader would; returns the number of text items. */
export async function extractOnly(bytes: Uint8Array): Promise<number> {
  const loaded = await loadPdfjs()
  const { pdfjs } = loaded
  const task = pdfjs.getDocument(pdfDocumentParams(loaded, bytes))
  const doc = await task.promise
  let items = 0
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p)
    items += (await page.getTextContent()).items.length
    page.cleanup()
  }
  await doc.destroy()
  return items
}
