/**
 * What a line of text is, by its words: a table title, a table number, a unit line, a department
 * line, a note, a heading of the explanatory text, a contents entry. Vocabulary only, no positions.
 * Every pattern is anchored and free of nested quantifiers (linear on any input).
 * @module
 */
import type { MoneyUnit } from '../../money/types'

const MAX_TITLE = 80

/** Removes markdown decoration some extractions add (#, **, list dashes) and trims. */
export function stripDecoration(text: string): string {
  let t = text.trim()
  t = t.replace(/^#{1,6}\s*/, '')
  t = t.replace(/\*\*/g, '')
  return t.trim()
}

/** A title printed with its unit on the same line ('…情况表 单位：万元'): the title part. */
export function withoutUnitClause(text: string): string {
  const m = /\s*(?:金额)?单位\s*[:：]\s*(?:万元|亿元|元)\s*$/.exec(text)
  return m && m.index > 0 ? text.slice(0, m.index) : text
}

/** True for a line that is a list item in the extracted text ('- 一、…'): contents, never a title. */
export function isListItem(text: string): boolean {
  return /^[-*•]\s/.test(text.trim())
}

const NUMBER_ONLY = /^(?:公开|预算|决算|附)?\s*(?:表\s*)?\d{1,3}\s*(?:表|-\d{1,3})?$/
const NUMBER_PREFIX = /^(?:(?:公开|预算|决算)\s*\d{1,3}\s*表|附?表\s*\d{1,3}(?:-\d{1,3})?)\s*[:：.、]?\s*/

/** A table number printed alone on a line ('公开01表', '预算01表', '表1'), normalized without spaces. */
export function tableNumberLine(text: string): string | undefined {
  const t = stripDecoration(text).replace(/\s+/g, '')
  if (t.length > 12 || !/\d/.test(t)) return undefined
  if (!/表/.test(t)) return undefined
  return NUMBER_ONLY.test(t) ? t : undefined
}

/** Splits a leading table number off a title ('表1 部门收支总表' → ['表1', '部门收支总表']). */
export function splitTableNumber(title: string): { number?: string; title: string } {
  // a caption numbered in words, run into the year ('九2024年…表')
  const w = /^([一二三四五六七八九十]{1,3})(?=\d{4}\s*年)/.exec(title)
  if (w) return { number: w[1]!, title: title.slice(w[0].length) }
  const m = NUMBER_PREFIX.exec(title)
  if (!m) return { title }
  return { number: m[0].replace(/[\s:：.、]/g, ''), title: title.slice(m[0].length).trim() }
}

/**
 * True for a table title: a short line ending in 表 (a trailing '(2024年度)' / '（续表）' allowed),
 * or starting with a table number. Not a sentence (no 。，；), not a contents line (no page number
 * or dot leaders), not a list item.
 */
export function isTableTitle(text: string): boolean {
  if (isListItem(text)) return false
  const t = withoutUnitClause(stripDecoration(text))
  if (t.length < 3 || t.length > MAX_TITLE) return false
  if (/[。；;，,]|…|\.{3}|·{3}/.test(t)) return false
  if (/(?:单位|部门名称|编制单位)\s*[:：]/.test(t)) return false
  const core = t.replace(/\s*[（(][^（()）]{0,12}[)）]\s*$/, '')
  if (/表$/.test(core)) {
    // 详见附表 / 见表 are references in prose
    return !/见.{0,4}表$/.test(core)
  }
  return NUMBER_PREFIX.test(t) && t.length > 6
}

/** A heading of the explanatory text ('第一部分 …', '一、…', '（一）…'). */
export function isHeading(text: string): boolean {
  const t = stripDecoration(text)
  if (t.length > 60) return false
  return /^第[一二三四五六七八九十]{1,3}部分/.test(t) || /^[一二三四五六七八九十]{1,3}[、.．]/.test(t)
}

/** The unit printed with a table ('单位：万元', '金额单位：元'); `'pending'` when the unit word is on the next line. */
export function unitOf(text: string): MoneyUnit | 'pending' | undefined {
  const t = stripDecoration(text).replace(/\s+/g, '')
  const m = /单位[:：]?(万元|亿元|元)/.exec(t)
  if (m) return m[1] as MoneyUnit
  if (/^(?:金额)?单位[:：]$/.test(t)) return 'pending'
  if (/^[（(]?(万元|亿元|元)[)）]?$/.test(t)) return t.replace(/[（()）]/g, '') as MoneyUnit
  return undefined
}

/** A bare unit word on its own line ('万元'), completing a '单位：' line. */
export function bareUnit(text: string): MoneyUnit | undefined {
  const t = stripDecoration(text).replace(/[\s（()）]/g, '')
  return t === '万元' || t === '元' || t === '亿元' ? t : undefined
}

/** The department named above a table ('部门名称：X', '编制单位：X', '单位名称：X'), or undefined. */
export function departmentOf(text: string): string | undefined {
  const t = stripDecoration(text)
  const m = /^(?:部门名称|编制单位|单位名称|编制部门|预算单位|部门)\s*[:：]\s*(.{1,60})$/.exec(t)
  if (!m) return undefined
  // '部门名称：X  单位：万元' on one line
  const name = m[1]!.replace(/\s*(?:金额)?单位\s*[:：].*$/, '').trim()
  return name === '' ? undefined : name
}

const ORG_SUFFIX = /(?:局|委|院|办|厅|会|部|所|站|馆|校|队|处|室|中心|司|社|团|单位|公司|本级|委员会)$/

/** A department printed as a code and name above a table ('417 邢台市医疗保障局'). */
export function codedDepartment(text: string): string | undefined {
  const t = stripDecoration(text)
  const m = /^\d{3,9}\s+(\S{2,40})$/.exec(t)
  return m && ORG_SUFFIX.test(m[1]!) ? m[1] : undefined
}

/** A note under a table ('注：…', '注，…' (an OCR'd colon), '备注：…', '说明：…', '本表无数据' …). */
export function isNote(text: string): boolean {
  const t = stripDecoration(text)
  return (
    /^(?:注|备注|说明|注释)\s*\d{0,2}\s*[:：.、,，]/.test(t) ||
    /^注\s*\d{1,2}\s/.test(t) ||
    /本表无数据|空表列示|此表无数据|本表为空表|故本表为空|无此项|本表金额/.test(t.slice(0, 80))
  )
}

/** A line continuing a note ('（1）…', '1.…'). */
export function isNoteContinuation(text: string): boolean {
  return /^(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．])/.test(stripDecoration(text))
}

/** A line that reads as a sentence (punctuation or length), not table furniture. */
export function isSentence(text: string): boolean {
  const t = stripDecoration(text)
  // an amount with its unit inside a list ('28.00 万元、社会保障和就业支出 396.67 万元、卫') is a sentence's
  return (
    t.length > 40 ||
    /[。；;]/.test(t) ||
    (/[，,]/.test(t) && t.length > 20) ||
    /\d\s?(?:万元|亿元|元)\s?[、，,]/.test(t)
  )
}

/** A contents entry: an ordinal heading followed by a page number. */
export function isContentsEntry(cells: readonly string[]): boolean {
  if (cells.length !== 2) return false
  const label = cells[0]!.trim()
  return (
    /^\d{1,3}$/.test(cells[1]!.trim()) &&
    label.length >= 4 &&
    !/\d/.test(label.slice(-1)) &&
    !/^(?:合计|总计|小计)/.test(label)
  )
}
