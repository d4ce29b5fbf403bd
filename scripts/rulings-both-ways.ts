// The rulings of every page of a PDF read both ways — PDF.js's operator list (pdfRulings.ts) and the
// content stream read directly (contentRulings.ts) — for the page-by-page comparison of
// test/read/source/contentRulings.test.ts and scripts/compare-rulings.ts.
import type { Ruling } from '../src/read/layout/rulings'
import { contentRulings } from '../src/read/source/contentRulings'
import { loadInflate } from '../src/read/source/inflate'
import { loadPdfjs, pdfDocumentParams } from '../src/read/source/loadPdfjs'
import { openPdfObjects } from '../src/read/source/pdfObjects'
import { pageRulings } from '../src/read/source/pdfRulings'

/** One page's rulings both ways; `direct` is undefined where the direct reader defers to PDF.js. */
export interface PageBothWays {
  readonly page: number
  readonly operatorList: readonly Ruling[]
  readonly direct: readonly Ruling[] | undefined
}

/** Reads every page of a PDF both ways; `opened` says whether the direct reader could open it. */
export async function rulingsBothWays(
  bytes: Uint8Array,
): Promise<{ readonly opened: boolean; readonly pages: readonly PageBothWays[] }> {
  const loaded = await loadPdfjs()
  const { pdfjs } = loaded
  const inflate = await loadInflate()
  if (inflate === undefined) throw new Error('no node:zlib')
  const task = pdfjs.getDocument(pdfDocumentParams(loaded, new Uint8Array(bytes)))
  const doc = await task.promise
  try {
    const objects = openPdfObjects(bytes, inflate, 5000)
    const opened = objects !== undefined && objects.pages.length === doc.numPages
    const pages: PageBothWays[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const viewport = page.getViewport({ scale: 1 }).transform
      const operatorList = await pageRulings(pdfjs, page, viewport, n)
      const direct = opened ? contentRulings(objects, n - 1, viewport, n) : undefined
      pages.push({ page: n, operatorList, direct })
      page.cleanup()
    }
    return { opened, pages }
  } finally {
    await doc.destroy()
  }
}
