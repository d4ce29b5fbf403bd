import type { LayoutLine } from '../../src/read/layout/lineModel'

/** A word as a PDF prints it: its text and the left and right edges of its box, in points. */
export type Word = readonly [text: string, x0: number, x1: number]

/**
 * One synthetic line of positioned text, as the PDF source stage gives it to the layout stage: its
 * words with their x extents, on a page, at a baseline, in a font size.
 *
 * @example
 * ```ts
 * line(1, 132, [['合计', 48, 68], ['9.00', 180, 200]]) // a 10-point line of two words on page 1
 * ```
 */
export const line = (page: number, y: number, words: readonly Word[], size = 10): LayoutLine => ({
  page,
  y,
  size,
  tabbed: false,
  chunks: words.map(([text, x0, x1]) => ({ text, x0, x1 })),
})
