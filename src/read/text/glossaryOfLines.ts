/**
 * The glossary (名词解释): numbered entries `一、term：definition`, a definition running over
 * several lines.
 * @module
 */
import type { ProseLine } from '../layout/types'
import type { GlossaryEntryRead } from './types'

const ORDINAL =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))\s*/

/**
 * Reads glossary entries from the lines of the 名词解释 section.
 *
 * @param lines - the section's lines, in order
 * @returns the entries, terms without ordinal or quotes' markup, definitions as printed
 * @example
 * ```ts
 * glossaryOfLines([{ text: '一、基本支出：是指为保障机构正常运转', page: 9 }, { text: '所必需的开支。', page: 9 }])
 * // [{ term: '基本支出', definition: '是指为保障机构正常运转所必需的开支。' }]
 * ```
 */
export function glossaryOfLines(lines: readonly ProseLine[]): GlossaryEntryRead[] {
  const entries: { term: string; definition: string }[] = []
  for (const line of lines) {
    const t = line.text.trim()
    const ord = ORDINAL.exec(t)
    const body = ord ? t.slice(ord[0].length) : t
    const colon = body.search(/[：:]/)
    const term = colon > 0 ? body.slice(0, colon).trim() : ''
    const looksLikeTerm = term.length >= 2 && term.length <= 30 && !/[。；，,]/.test(term)
    if (
      looksLikeTerm &&
      (ord || entries.length === 0 || /[。；]$/.test(entries[entries.length - 1]?.definition ?? ''))
    ) {
      entries.push({ term, definition: body.slice(colon + 1).trim() })
      continue
    }
    const last = entries[entries.length - 1]
    if (last) last.definition += t
  }
  return entries.filter((e) => e.definition !== '')
}
