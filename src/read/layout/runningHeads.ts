/**
 * Page furniture: page numbers and running heads (a line repeated at the top or bottom of at least
 * max(3, 30%) of the pages) are set apart from the text.
 * @module
 */
import { type LayoutLine, lineText } from './lineModel'

const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–\s]*$/
/** Share of the page height, at the top and at the bottom, where furniture is looked for. */
const MARGIN = 0.12

/**
 * Removes page numbers and running heads and returns the remaining lines of all pages in order.
 *
 * @param pages - lines of each page (index 0 = page 1)
 * @param heights - height of each page (same units as the lines' y)
 * @returns the lines of the document without furniture
 * @example
 * ```ts
 * setApartFurniture([[line('- 1 -')]], [800]) // []
 * ```
 */
export function setApartFurniture(
  pages: readonly (readonly LayoutLine[])[],
  heights: readonly number[],
): LayoutLine[] {
  const inMargin = (l: LayoutLine, h: number): boolean =>
    l.y === undefined || h <= 0 || l.y < h * MARGIN || l.y > h * (1 - MARGIN)
  const count = new Map<string, number>()
  pages.forEach((lines, i) => {
    const seen = new Set<string>()
    for (const l of lines) {
      if (!inMargin(l, heights[i] ?? 0)) continue
      const key = lineText(l).replace(/\d+/g, '#').replace(/\s+/g, '')
      if (key === '' || seen.has(key)) continue
      seen.add(key)
      count.set(key, (count.get(key) ?? 0) + 1)
    }
  })
  const needed = Math.max(3, Math.ceil(pages.length * 0.3))
  const out: LayoutLine[] = []
  pages.forEach((lines, i) => {
    for (const l of lines) {
      if (inMargin(l, heights[i] ?? 0)) {
        const text = lineText(l)
        if (l.chunks.length <= 2 && PAGE_NUMBER.test(text)) continue
        const key = text.replace(/\d+/g, '#').replace(/\s+/g, '')
        if ((count.get(key) ?? 0) >= needed) continue
      }
      out.push(l)
    }
  })
  return out
}
