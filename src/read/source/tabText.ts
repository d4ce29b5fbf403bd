/**
 * Tab-separated text (cells split by tabs, pages by form feeds) → lines of cells.
 * @module
 */
import type { Chunk, LayoutLine } from '../layout/lineModel'

// Inline emphasis some extractions leave in cells (<b>762.71</b>, <u> </u>): not part of the text.
const INLINE_TAG = /<\/?(?:b|strong|u|i|em|span|sup|sub|br)\s?\/?>/gi

/** Most cells kept on one line (the rest of a pathological line is joined into the last cell). */
const MAX_CELLS = 256

/**
 * Splits tab-separated text into lines of cells. A cell's index is its column.
 *
 * @param text - text whose cells are separated by tabs; form feeds separate pages
 * @returns one line per non-blank text line, in order
 * @example
 * ```ts
 * linesOfTabText('项目\t金额\n合计\t1.00')[1].chunks.map((c) => c.text) // ['合计', '1.00']
 * ```
 */
export function linesOfTabText(text: string): LayoutLine[] {
  const out: LayoutLine[] = []
  let page = 1
  for (const pageText of text.split('\f')) {
    for (const raw of pageText.split(/\r\n|\r|\n/)) {
      if (raw.trim() === '') continue
      const parts = raw.split('\t')
      if (parts.length > MAX_CELLS)
        parts.splice(MAX_CELLS - 1, parts.length, parts.slice(MAX_CELLS - 1).join(' '))
      const chunks: Chunk[] = parts.map((p, i) => ({
        text: p.replace(INLINE_TAG, '').replace(/\s+/g, ' ').trim(),
        x0: i,
        x1: i,
      }))
      out.push({ page, chunks, tabbed: parts.length > 1 })
    }
    page++
  }
  return out
}

/** Number of pages of a text (form feeds + 1). */
export function pagesOfText(text: string): number {
  let n = 1
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) n++
  return n
}
