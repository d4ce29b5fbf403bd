/**
 * The line model shared by every source: a line is a list of chunks (cells of a tab line, or runs
 * of text separated by wide gaps), each with a horizontal extent.
 * @module
 */

/** A run of text on a line. For tab text `x0` = `x1` = the cell's index; otherwise page or character units. */
export interface Chunk {
  readonly text: string
  readonly x0: number
  readonly x1: number
}

/** A line of a page, in reading order. */
export interface LayoutLine {
  /** Page (1-based). */
  readonly page: number
  /** Chunks left to right. Tab lines keep their empty cells (the index is the column). */
  readonly chunks: readonly Chunk[]
  /** True when chunks are tab-separated cells (positions are column indexes). */
  readonly tabbed: boolean
  /** Font size (PDF), for tolerances; absent for text. */
  readonly size?: number
  /** Baseline (PDF, y downward), absent for text. */
  readonly y?: number
}

/** Non-empty chunk texts of a line. */
export function lineCells(line: LayoutLine): string[] {
  const out: string[] = []
  for (const c of line.chunks) if (c.text !== '') out.push(c.text)
  return out
}

/** The text of a line, non-empty chunks joined by one space. */
export function lineText(line: LayoutLine): string {
  return lineCells(line).join(' ')
}

// A printed amount: 1,234.56 / 1234.5 / -12 / 12.3% / (12.00), brackets balanced ('1）' ends a
// caption, '（预算表 1）'). No nested ambiguity: linear.
const AMOUNT =
  /^[-−–]?[(（]\d{1,3}(?:,\d{3})*(?:\.\d+)?[)）]%?$|^[-−–]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$|^[-−–]?\d+(?:\.\d+)?%?$/

/** True for a printed amount, percentage or count ('1,234.56', '12.5%', '0'). */
export function isAmount(text: string): boolean {
  const t = text.replace(/\s+/g, '')
  return t.length > 0 && t.length <= 40 && AMOUNT.test(t)
}

/** True for a printed amount with a decimal point or thousands separator (never a code or a year). */
export function isMoneyLike(text: string): boolean {
  const t = text.replace(/\s+/g, '')
  return isAmount(t) && (t.includes('.') || t.includes(',') || t.includes('%'))
}

/** Placeholders printed in empty value cells ('-', '—', '/'). */
export function isDash(text: string): boolean {
  return /^[-－—–/／]{1,3}$/.test(text.trim())
}

/** A bare run of digits (a classification code or an ordinal): '208', '05', '30101'. */
export function isDigits(text: string): boolean {
  return /^\d{1,12}$/.test(text.trim())
}

// What follows a number in running text, never in a table cell: a unit or measure word glued to it
// ('110896.62 万元，比', '4 个，分别为') or the punctuation of a sentence.
const AFTER_INLINE_NUMBER = /^(?:万元|亿元|元|个|家|台|辆|套|人|名|次|项|%|％|[，。、；：）)])/
// outside a table a year glued to 年 is running text too ('第一部分 | 2026 | 年度部门预算情况说明'); inside
// one it may be a header cell cut at the year ('2025 | 年预算数')
const AFTER_INLINE_YEAR = /^[年月日]/
// a line of a paragraph may end on the first character of 万元 / 亿元, its 元 wrapped onto the next line
// ('…比上年执行数增加 | 3,110.78 | 万'): only as the line's last chunk
const UNIT_CUT_AT_LINE_END = /^[万亿]$/
// a number glued to the words before it, closing the chunk ('（项）12600.00' before '万元，主要用于')
const GLUED_NUMBER_AT_END = /\p{Script=Han}[）)]?\d[\d,]*\.\d+$/u
// the punctuation of a sentence inside a chunk ('…维护费用。比上年执行数增加' before '13.09')
const SENTENCE_MARK = /[。；，]/
// the unit of a number that ended the line above, printed first on the next line ('万元，减少5.62%')
const UNIT_OPENS_NEXT_LINE = /^(?:万元|亿元|元[，。；、])/
/** Widest gap between two chunks of running text, in font sizes (a space around a number). */
const RUNNING_GAP = 1.2

/**
 * True for a line of running text that the chunker cut around its numbers: every gap narrow (a
 * space printed around a half-width number), and a number followed by the unit or measure word or
 * the punctuation of a sentence ('2026 年度收入预算 | 110896.62 | 万元，比 | 2025 | 年年初预'), or by
 * the 万 of 万元 ending the line, its 元 wrapped onto the next ('…执行数增加 | 3,110.78 | 万'); a number
 * glued to the words before it counts as well ('（项）12600.00 | 万元，主要用于'), and so does a line
 * ending on a number after words that hold a sentence's punctuation ('…维护费用。比上年执行数增加 |
 * 13.09', its 万元 on the next line), or a line ending on a number after words whose unit opens the
 * next line ('…比上年减少 | 3,815.79' over '万元，减少 | 5.62%'). A table row has a column gap somewhere,
 * and never a cell that starts with its number's unit.
 *
 * @param line - a positioned line (tab lines are never running text)
 * @param outsideTable - the line is not inside a table: a number glued to 年/月/日 counts too
 * @param below - the line printed below it, if any: its first chunk may be the unit of this line's last number
 * @returns whether the line is prose rather than table cells
 * @example
 * ```ts
 * readsAsRunningText({ page: 1, tabbed: false, size: 16, chunks: [
 *   { text: '（一）本年财政拨款收入', x0: 122, x1: 293 }, { text: '110387.98', x0: 301, x1: 371 },
 *   { text: '万元', x0: 379, x1: 410 }] }) // true
 * ```
 */
export function readsAsRunningText(line: LayoutLine, outsideTable = false, below?: LayoutLine): boolean {
  if (line.tabbed || line.size === undefined || line.chunks.length < 2) return false
  const widest = RUNNING_GAP * line.size
  let inline = false
  for (let i = 1; i < line.chunks.length; i++) {
    const prev = line.chunks[i - 1]!
    const next = line.chunks[i]!
    if (next.x0 - prev.x1 > widest) return false
    // a justified line may space its characters out ('万 元 ， 增 长')
    const after = next.text.replace(/\s+/g, '')
    const last = i === line.chunks.length - 1
    if (
      (isAmount(prev.text) || GLUED_NUMBER_AT_END.test(prev.text)) &&
      (AFTER_INLINE_NUMBER.test(after) ||
        (last && UNIT_CUT_AT_LINE_END.test(after)) ||
        (outsideTable && AFTER_INLINE_YEAR.test(after)))
    )
      inline = true
    // a sentence ending the line on its number, the unit wrapped onto the next line
    if (last && isAmount(next.text) && SENTENCE_MARK.test(prev.text)) inline = true
    // words, then the line's last number, whose unit opens the next line of the same page
    if (last && isAmount(next.text) && /\p{Script=Han}$/u.test(prev.text) && unitOpens(line, below))
      inline = true
  }
  return inline
}

/**
 * True when `below`, printed under `line` on the same page and read as positioned text, opens with a
 * unit (万元, 亿元, or 元 before a sentence's punctuation): the unit of the number that ended `line`.
 * @example
 * ```ts
 * const at = (y: number, text: string): LayoutLine =>
 *   ({ page: 3, y, size: 16, tabbed: false, chunks: [{ text, x0: 90, x1: 300 }] })
 * unitOpens(at(300, '…比上年减少'), at(330, '万元，减少')) // true
 * unitOpens(at(300, '…比上年减少'), at(330, '主要原因是')) // false
 * ```
 */
function unitOpens(line: LayoutLine, below: LayoutLine | undefined): boolean {
  if (below === undefined || below.tabbed || below.page !== line.page) return false
  const first = below.chunks[0]
  return first !== undefined && UNIT_OPENS_NEXT_LINE.test(first.text.replace(/\s+/g, ''))
}
