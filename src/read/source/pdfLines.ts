/**
 * PDF → positioned lines: text items of each page through the viewport transform (y downward),
 * vertical text skipped, grouped into lines by baseline and into chunks by gap; page numbers and
 * running heads set apart. Each page is freed after reading and the document destroyed.
 * @module
 */
import { MedbudgetError } from '../../errors'
import { tooManyPages } from '../layout/errors'
import type { SourceLines } from '../layout/layoutDocument'
import type { LayoutLine } from '../layout/lineModel'
import { groupLines, type PositionedItem } from '../layout/lines'
import { setApartFurniture } from '../layout/runningHeads'
import type { ReadOptions } from '../types'
import { loadPdfjs, type PdfTextItem } from './loadPdfjs'

/** Default most pages read. */
export const DEFAULT_MAX_PAGES = 2000

/**
 * Reads the text lines of a PDF.
 *
 * @param input - PDF bytes
 * @param options - `maxPages`
 * @returns the lines of every page, the page count and the pages without text
 * @throws MedbudgetError `PDFJS_MISSING`, `PDF_INVALID`, `PDF_ENCRYPTED`, `INPUT_TOO_LARGE`
 * @example
 * ```ts
 * const { lines, pages } = await pdfLines(readFileSync('budget.pdf'))
 * ```
 */
export async function pdfLines(
  input: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<SourceLines> {
  const { pdfjs, cMapUrl, standardFontDataUrl } = await loadPdfjs()
  // PDF.js takes ownership of the buffer it is given: pass a copy
  const data = input instanceof Uint8Array ? new Uint8Array(input) : new Uint8Array(input.slice(0))
  if (!looksLikePdf(data)) {
    throw new MedbudgetError(
      'PDF_INVALID',
      '输入不是 PDF 文件（缺少 %PDF 文件头）',
      'the input is not a PDF (no %PDF header)',
    )
  }
  const task = pdfjs.getDocument({
    data,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  })
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
  } catch (e) {
    await task.destroy().catch(() => undefined)
    const name = e instanceof Error ? e.name : ''
    if (name === 'PasswordException') {
      throw new MedbudgetError(
        'PDF_ENCRYPTED',
        'PDF 已加密，需要密码才能读取',
        'the PDF is encrypted and needs a password',
      )
    }
    const why = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200)
    throw new MedbudgetError(
      'PDF_INVALID',
      `PDF 文件损坏或无法打开：${why}`,
      `the PDF is corrupt or cannot be opened: ${why}`,
    )
  }
  try {
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
    if (doc.numPages > maxPages) throw tooManyPages(doc.numPages, maxPages)
    const perPage: LayoutLine[][] = []
    const heights: number[] = []
    const emptyPages: number[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      try {
        const viewport = page.getViewport({ scale: 1 })
        const content = await page.getTextContent()
        const items: PositionedItem[] = []
        for (const raw of content.items) {
          const it = raw as Partial<PdfTextItem>
          if (typeof it.str !== 'string' || !Array.isArray(it.transform)) continue
          const str = it.str
          if (str.trim() === '') continue
          const tx = pdfjs.Util.transform(viewport.transform, it.transform)
          const [a, b, c, d, e, f] = tx as [number, number, number, number, number, number]
          // vertical or rotated text (a stamp, a side note): not part of the reading order
          if (Math.abs(b) > Math.abs(a) * 0.2 || Math.abs(c) > Math.abs(d) * 0.2) continue
          const size = Math.hypot(c, d) || Math.abs(d) || 1
          const scaleX = Math.hypot(a, b) / (Math.hypot(it.transform[0] ?? 1, it.transform[1] ?? 0) || 1)
          const width = Math.max(0, (it.width ?? 0) * scaleX)
          items.push({ text: str, x: e, y: f, width, size })
        }
        if (items.length === 0) emptyPages.push(n)
        perPage.push(groupLines(items, n))
        heights.push(viewport.height)
      } finally {
        page.cleanup()
      }
    }
    const lines = setApartFurniture(perPage, heights)
    return { source: 'pdf', pages: doc.numPages, lines, emptyPages }
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}

function looksLikePdf(data: Uint8Array): boolean {
  // %PDF within the first 1,024 bytes (some files carry a preamble)
  const n = Math.min(data.length - 4, 1024)
  for (let i = 0; i < n; i++) {
    if (data[i] === 0x25 && data[i + 1] === 0x50 && data[i + 2] === 0x44 && data[i + 3] === 0x46) return true
  }
  return false
}
