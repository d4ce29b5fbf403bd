/**
 * Normalises seed text the way the text-figure fixtures quote it: drops the markdown emphasis
 * markers (`**`) that the PDF extraction left around some headings, removes line breaks (a
 * sentence in a PDF wraps across lines and pages) and collapses each run of spaces to one space
 * (OCR spacing such as `132465. 29` survives, as one space).
 *
 * @param text - seed text as read from `test/fixtures/seeds`.
 * @returns the normalised text.
 * @example
 * ```ts
 * normaliseSeedText('社会保障和就业\n\n（类）支出  81.37万元') // '社会保障和就业（类）支出 81.37万元'
 * normaliseSeedText('**（一）因公出国（境）费**0万元') // '（一）因公出国（境）费0万元'
 * ```
 */
export function normaliseSeedText(text: string): string {
  return text
    .replaceAll('**', '')
    .replace(/[\r\n]+/g, '')
    .replace(/[ \t\u3000]+/g, ' ')
}
