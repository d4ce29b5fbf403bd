/**
 * Which shape a text is: tab-separated cells (as the seeds), column-aligned (`pdftotext -layout`),
 * or plain.
 * @module
 */

/** The shape of an extracted text. */
export type TextShape = 'text-tabs' | 'text-layout' | 'plain'

/**
 * Detects the shape of an extracted text from its lines: tab-separated when at least three lines (or
 * a tenth of the lines with content) carry tabs, or more lines carry tabs than wide gaps; column-aligned when as many lines carry a run of
 * two or more spaces between words; plain otherwise.
 *
 * @param text - the whole text
 * @returns its shape
 * @example
 * ```ts
 * detectTextShape('项目\t金额\n合计\t1.00\n小计\t1.00') // 'text-tabs'
 * ```
 */
export function detectTextShape(text: string): TextShape {
  let lines = 0
  let tabbed = 0
  let aligned = 0
  let start = 0
  // look at the first 2,000 lines only: the shape is the same throughout
  while (start <= text.length && lines < 2000) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, Math.min(end, start + 2000))
    start = end + 1
    if (line.trim() === '') continue
    lines++
    if (line.includes('\t')) tabbed++
    else if (/\S {2,}\S/.test(line)) aligned++
  }
  const need = Math.max(3, Math.ceil(lines / 10))
  if (tabbed >= need || (tabbed > 0 && tabbed >= aligned)) return 'text-tabs'
  if (aligned >= need) return 'text-layout'
  return 'plain'
}
