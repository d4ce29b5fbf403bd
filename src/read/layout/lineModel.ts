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

// A printed amount: 1,234.56 / 1234.5 / -12 / 12.3% / (12.00). No nested ambiguity: linear.
const AMOUNT = /^[-−–]?[(（]?\d{1,3}(?:,\d{3})*(?:\.\d+)?[)）]?%?$|^[-−–]?\d+(?:\.\d+)?%?$/

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
