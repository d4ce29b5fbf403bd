/**
 * Column-aligned text (as `pdftotext -layout` writes it) → positioned lines: chunks split on runs
 * of two or more spaces, character offsets as x (a CJK character counts two columns, as it is
 * printed), pages split by form feeds.
 * @module
 */
import { type Chunk, isAmount, type LayoutLine } from '../layout/lineModel'

/** Longest line kept, in characters (the rest is cut: never a hang on a line without end). */
const MAX_LINE = 20_000

function displayWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0
  return code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000)
    ? 2
    : 1
}

/**
 * Splits column-aligned text into positioned lines.
 *
 * @param text - text as `pdftotext -layout` writes it
 * @returns one line per non-blank text line; x in display columns, size 2 (a CJK character)
 * @example
 * ```ts
 * linesOfLayoutText('合计        1.00')[0].chunks.map((c) => c.text) // ['合计', '1.00']
 * ```
 */
export function linesOfLayoutText(text: string): LayoutLine[] {
  const out: LayoutLine[] = []
  let page = 1
  for (const pageText of text.split('\f')) {
    let y = 0
    for (const raw0 of pageText.split(/\r\n|\r|\n/)) {
      y += 4
      const raw = raw0.length > MAX_LINE ? raw0.slice(0, MAX_LINE) : raw0
      if (raw.trim() === '') continue
      const chunks: Chunk[] = []
      let x = 0
      let cur = ''
      let x0 = 0
      let spaces = 0
      for (const ch of raw.replace(/\t/g, '  ')) {
        if (ch === ' ' || ch === '\u3000') {
          spaces += ch === ' ' ? 1 : 2
          x += ch === ' ' ? 1 : 2
          continue
        }
        if (cur !== '' && spaces >= 2) {
          chunks.push({ text: cur.trim(), x0, x1: x - spaces })
          cur = ''
        }
        if (cur === '') x0 = x
        else if (spaces > 0) cur += ' '
        spaces = 0
        cur += ch
        x += displayWidth(ch)
      }
      if (cur !== '') chunks.push({ text: cur.trim(), x0, x1: x - spaces })
      out.push({ page, chunks: chunks.flatMap(splitAmounts), tabbed: false, size: 2, y })
    }
    page++
  }
  return out
}

/** An amount separated by a single space from its neighbour is a cell of its own ('1.00 2.00', '1.00 合计'). */
function splitAmounts(chunk: Chunk): Chunk[] {
  if (!chunk.text.includes(' ')) return [chunk]
  const out: Chunk[] = []
  let x = chunk.x0
  let text = ''
  let start = x
  let prevAmount = false
  for (const token of chunk.text.split(' ')) {
    const amount = isAmount(token)
    if (text !== '' && (amount || prevAmount)) {
      out.push({ text, x0: start, x1: x - 1 })
      text = ''
    }
    if (text === '') {
      start = x
      text = token
    } else text += ` ${token}`
    x += [...token].reduce((w, ch) => w + displayWidth(ch), 0) + 1
    prevAmount = amount
  }
  if (text !== '') out.push({ text, x0: start, x1: x - 1 })
  return out
}
