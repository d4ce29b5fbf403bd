import { foldGlyphVariants } from '../layout/glyphs'

/**
 * One spelling for a printed label, so that vocabulary matches however the print spaces,
 * quotes or brackets it: glyph variants folded (戶 → 户), whitespace (letter-spacing 项 目, wraps) removed, full-width brackets,
 * colons and quotes folded to one form. Input longer than 400 characters is cut (labels are short).
 *
 * @param text - a label as printed
 * @returns the folded label
 * @example
 * ```ts
 * normalizeLabel('其中：财政拨款') // '其中:财政拨款'
 * normalizeLabel('项 目')          // '项目'
 * ```
 * @internal
 */
export function normalizeLabel(text: string): string {
  let out = ''
  const s = foldGlyphVariants(text.length > 400 ? text.slice(0, 400) : text)
  for (const ch of s) {
    if (ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\n' || ch === '\r')
      continue
    if (ch === '（' || ch === '〔' || ch === '[' || ch === '【') out += '('
    else if (ch === '）' || ch === '〕' || ch === ']' || ch === '】') out += ')'
    else if (ch === '：') out += ':'
    else if (
      ch === '“' ||
      ch === '”' ||
      ch === '"' ||
      ch === '＂' ||
      ch === '「' ||
      ch === '」' ||
      ch === "'"
    )
      out += '"'
    else if (ch === '，') out += ','
    else if (ch === '、') out += '、'
    else out += ch
  }
  return out
}

/** Chinese ordinals that head a label: 一、 （一） (1) 1. 1、 ①. Linear: one anchored alternation, no nesting. */
const ORDINAL =
  /^(?:[(（][一二三四五六七八九十百零〇\d]{1,6}[)）]|[一二三四五六七八九十百零〇]{1,6}[、.．]|\d{1,3}[、.．](?!\d)|[①-⑳])/

/**
 * Splits a leading ordinal off a printed label.
 *
 * @param text - a label as printed
 * @returns the ordinal as printed (without 、) and the rest, trimmed
 * @example
 * ```ts
 * splitOrdinal('（十）卫生健康支出') // { ordinal: '（十）', rest: '卫生健康支出' }
 * splitOrdinal('二十一、住房保障支出') // { ordinal: '二十一', rest: '住房保障支出' }
 * ```
 * @internal
 */
export function splitOrdinal(text: string): { readonly ordinal?: string; readonly rest: string } {
  const t = text.trim()
  const m = ORDINAL.exec(t)
  if (!m) return { rest: t }
  const raw = m[0]
  const ordinal = /[、.．]$/.test(raw) ? raw.slice(0, -1) : raw
  return { ordinal, rest: t.slice(raw.length).trim() }
}

/**
 * The meaningful labels of a header path: folded, markup removed, cut at 栏次 (what follows is
 * line numbering or figures swept into the header), numbers dropped.
 *
 * @param header - the header path as laid out
 * @returns the labels, top first
 * @example
 * ```ts
 * headerLabels(['项目', '科目代码', '栏次', '合计']) // ['项目', '科目代码']
 * headerLabels(['本年收 入合计', '1', '<b>762.71</b>']) // ['本年收入合计']
 * ```
 * @internal
 */
export function headerLabels(header: readonly string[]): string[] {
  const out: string[] = []
  for (const piece of header) {
    const l = normalizeLabel(piece.replace(/<[^>]{0,20}>/g, ''))
    if (l === '栏次') break
    if (l === '' || /^[\d.,-]+$/.test(l)) continue
    out.push(l)
  }
  return out
}
