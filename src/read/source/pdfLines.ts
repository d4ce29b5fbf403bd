/**
 * PDF → positioned lines: text items of each page through the viewport transform (y downward),
 * vertical text skipped, grouped into lines by baseline and into chunks by gap; page numbers and
 * running heads set apart. Each page is freed after reading and the document destroyed.
 * @module
 */
import { MedbudgetError } from '../../errors'
import { tooManyPages } from '../layout/errors'
import { foldGlyphVariants } from '../layout/glyphs'
import type { SourceLines } from '../layout/layoutDocument'
import { isAmount, isDash, type LayoutLine } from '../layout/lineModel'
import { groupLines, type PositionedItem } from '../layout/lines'
import type { Ruling } from '../layout/rulings'
import { setApartFurniture } from '../layout/runningHeads'
import type { ReadOptions } from '../types'
import { contentRulings } from './contentRulings'
import { loadInflate } from './inflate'
import { loadPdfjs, type PdfTextItem, pdfDocumentParams } from './loadPdfjs'
import { openPdfObjects, type PdfObjects } from './pdfObjects'
import { pageRulings } from './pdfRulings'

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
  const loaded = await loadPdfjs()
  const { pdfjs } = loaded
  // the bytes as given, read (never written) by the rulings reader
  const original = input instanceof Uint8Array ? input : new Uint8Array(input)
  // PDF.js takes ownership of the buffer it is given: pass a copy
  const data = input instanceof Uint8Array ? new Uint8Array(input) : new Uint8Array(input.slice(0))
  if (!looksLikePdf(data)) {
    throw new MedbudgetError(
      'PDF_INVALID',
      '输入不是 PDF 文件（缺少 %PDF 文件头）',
      'the input is not a PDF (no %PDF header)',
    )
  }
  const task = pdfjs.getDocument(pdfDocumentParams(loaded, data))
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
    const rulings: Ruling[] = []
    // the rulings come from the content streams, read directly (pdfObjects.ts, contentRulings.ts);
    // PDF.js's operator list only for a document or a page that reader leaves to it
    let objects: PdfObjects | null | undefined
    const rulingsOf = async (
      page: Parameters<typeof pageRulings>[1],
      n: number,
      viewport: readonly number[],
    ) => {
      if (objects === undefined) {
        const inflate = await loadInflate()
        const opened = inflate && openPdfObjects(original, inflate, maxPages)
        objects = opened && opened.pages.length === doc.numPages ? opened : null
      }
      return (objects && contentRulings(objects, n - 1, viewport, n)) ?? pageRulings(pdfjs, page, viewport, n)
    }
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await onPage(n, () => doc.getPage(n))
      try {
        const viewport = page.getViewport({ scale: 1 })
        const content = await onPage(n, () => page.getTextContent())
        const items: PositionedItem[] = []
        for (const raw of content.items) {
          const it = raw as Partial<PdfTextItem>
          if (typeof it.str !== 'string' || !Array.isArray(it.transform)) continue
          const str = foldGlyphVariants(normalizeRadicals(it.str))
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
        // rulings only where a table may be printed: a page of prose needs none
        let lines = groupLines(items, n)
        if (looksTabular(lines)) {
          const ruled = await rulingsOf(page, n, viewport.transform)
          for (const r of ruled) rulings.push(r)
          if (ruled.length > 0) lines = groupLines(items, n, ruled)
        }
        perPage.push(lines)
        heights.push(viewport.height)
      } finally {
        page.cleanup()
      }
    }
    const lines = setApartFurniture(perPage, heights)
    return { source: 'pdf', pages: doc.numPages, lines, emptyPages, rulings }
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}

/** A page PDF.js cannot read (a broken page tree, a corrupt stream): a typed error naming the page. */
async function onPage<T>(n: number, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (e) {
    const why = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200)
    throw new MedbudgetError(
      'PDF_INVALID',
      `PDF 第 ${n} 页损坏，无法读取：${why}`,
      `page ${n} of the PDF is corrupt and cannot be read: ${why}`,
    )
  }
}

/**
 * Lines of two or more chunks that print an amount, three of them, or one beside two more lines of
 * several chunks (a header over a table of one or two rows: a “三公” table, the last page of a
 * table continued): a table may be printed.
 */
function looksTabular(lines: readonly LayoutLine[]): boolean {
  let amounts = 0
  let several = 0
  for (const l of lines) {
    if (l.chunks.length < 2) continue
    several++
    if (l.chunks.some((c) => isAmount(c.text) || isDash(c.text))) amounts++
  }
  return amounts >= 3 || (amounts >= 1 && several >= 3)
}

function looksLikePdf(data: Uint8Array): boolean {
  // %PDF within the first 1,024 bytes (some files carry a preamble)
  const n = Math.min(data.length - 4, 1024)
  for (let i = 0; i < n; i++) {
    if (data[i] === 0x25 && data[i + 1] === 0x50 && data[i + 2] === 0x44 && data[i + 3] === 0x46) return true
  }
  return false
}

/**
 * Kangxi radicals and CJK radical supplements (U+2E80–U+2FDF) as the ideographs they stand for:
 * some PDF producers (Chromium among them) map glyphs to the radicals ('⼀' for '一').
 */
export function normalizeRadicals(text: string): string {
  return /[\u2e80-\u2fdf]/.test(text)
    ? text.replace(/[\u2e80-\u2fdf]/g, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'))
    : text
}

// CJK Radicals Supplement forms have no compatibility mapping: the simplified ideographs they stand for
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2e8b': '㔾',
  '\u2e96': '忄',
  '\u2e9d': '月',
  '\u2ea0': '民',
  '\u2ea7': '牛',
  '\u2eaa': '疋',
  '\u2eab': '目',
  '\u2eb2': '罒',
  '\u2ebc': '月',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec8': '讠',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ecc': '辶',
  '\u2ed5': '钅',
  '\u2ed7': '雨',
  '\u2ed8': '青',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee0': '饣',
  '\u2ee2': '马',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee9': '黄',
  '\u2eec': '齐',
  '\u2eed': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
  '\u2ee3': '骨',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed2': '长',
  '\u2ecf': '阝',
  '\u2ed6': '阝',
  '\u2ed1': '长',
  '\u2ed0': '钅',
  '\u2ee7': '麦',
  '\u2eea': '黾',
  '\u2ef2': '龟',
  '\u2eca': '足',
  '\u2ec3': '覀',
  '\u2eda': '页',
  '\u2ed9': '韦',
  '\u2ee8': '麦',
}
