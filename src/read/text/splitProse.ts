/**
 * Splits the prose of a disclosure into its parts: the title page, the explanatory text (情况说明)
 * as numbered sections of sentences, and the glossary (名词解释) lines. Vocabulary only: headings
 * are recognized by their ordinals (一、 （一） 1.) and by the words of their titles, never by position.
 * @module
 */
import type { ProseLine } from '../layout/types'

/** A sentence of the explanatory text, with the section it belongs to. */
export interface ProseSentence {
  /** From the start of the sentence to its 。 ； or ; (included), line breaks removed, spaces collapsed. */
  readonly text: string
  /** Page of each character of `text` is `pages[i]`; a sentence may run over a page break. */
  readonly pages: readonly number[]
  /** Top-level heading of the section, as printed ('一、收入支出预算总体情况说明'). */
  readonly section: string
  /** Position of the heading among the numbered headings since the numbering last restarted at 一 (1-based). */
  readonly sectionIndex: number
  /** Counts paragraphs (blocks between sub-headings) of the whole text: a new value starts a new topic. */
  readonly block: number
}

/** The parts of the prose. */
export interface SplitProse {
  readonly sentences: readonly ProseSentence[]
  /** Lines of the 名词解释 section, cleaned, with their pages. */
  readonly glossary: readonly ProseLine[]
  /** Lines before the first part or section (title page, 目录), cleaned. */
  readonly front: readonly ProseLine[]
}

const CN_NUMERAL = '一二三四五六七八九十'
const TOP_HEADING = /^([一二三四五六七八九十]{1,3})[、.．]/
const PART_HEADING = /^第[一二三四五六七八九十]{1,2}部分/
const SUB_ORDINAL = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]是)/
const TERMINATORS = '。；;!！?？'

/** Removes markdown left by some extractions, collapses spaces, trims. */
export function cleanLine(text: string): string {
  let t = text.replaceAll('**', '').replace(/[ \t\u3000\u00a0]+/g, ' ')
  t = t.trim()
  // markdown heading and list markers
  let k = 0
  while (t[k] === '#') k++
  if (k > 0 && t[k] === ' ') t = t.slice(k + 1)
  if (t.startsWith('- ') || t.startsWith('* ')) t = t.slice(2)
  return t.trim()
}

const endsSentence = (t: string): boolean => TERMINATORS.includes(t[t.length - 1] ?? '')

/** Farthest a bracket is looked for past a sentence end inside brackets (a bound, so the split stays linear). */
const BRACKET_REACH = 120

/**
 * Whether a closing bracket comes within `reach` characters of `from`, before any opening one, and the
 * sentence goes on after it ('…。）比上年增加…'; not '…变化）；', where the bracket ends the sentence too).
 */
function closesWithin(text: string, from: number, reach: number): boolean {
  const end = Math.min(text.length, from + reach)
  for (let i = from; i < end; i++) {
    const c = text[i]
    if (c === '）' || c === ')') {
      const next = text[i + 1]
      return next !== undefined && !TERMINATORS.includes(next)
    }
    if (c === '（' || c === '(') return false
  }
  return false
}

/**
 * A sub-heading run into its paragraph: '（一）机关运行经费：2026 年本单位机关运行经费' (the figure on the
 * next line). Its words after the colon begin a sentence; it is not a heading only.
 */
const runsIn = (t: string): boolean => /^[^：:]{1,30}[：:]\s*\S{2}/.test(t.replace(SUB_ORDINAL, ''))

/**
 * A line that is a heading only: numbered, short, no sentence end, no figure. A heading run into
 * its sentence ('（三）公务用车购置和运行维护费。2026 年预算数 25.42', the unit on the next line) is not.
 */
function isHeadingOnly(t: string): boolean {
  return (
    t.length <= 40 &&
    !endsSentence(t) &&
    !/[。；;]/.test(t) &&
    !/\d\.\d{1,4}$/.test(t) &&
    !t.endsWith('，') &&
    !t.endsWith(',') &&
    !/\d\s?(?:万元|元|%)/.test(t)
  )
}

/**
 * A numbered line whose figure's unit wraps onto the next line ('10.其他科学技术支出（项）支出 0' +
 * '万元，与上年相比减少…'): a sentence, not a heading, though it looks like one on its own.
 */
const unitFollows = (t: string, next: ProseLine | undefined): boolean =>
  /\d$/.test(t) && next !== undefined && /^(?:万\s?元|元|%)/.test(cleanLine(next.text))

type PartRole = 'front' | 'overview' | 'explanatory' | 'glossary' | 'annex'

function roleOfPartTitle(title: string): PartRole | undefined {
  if (title.includes('名词解释')) return 'glossary'
  if (/附件|附表|公开表|决算表|预算表/.test(title)) return 'annex'
  if (title.includes('概况')) return 'overview'
  if (/说明|情况/.test(title)) return 'explanatory'
  return undefined
}

/**
 * Splits prose lines into the explanatory text's sentences, the glossary lines and the front matter.
 *
 * @param lines - prose lines in reading order
 * @returns sentences with their section, glossary lines, front-matter lines
 * @example
 * ```ts
 * splitProse([{ text: '一、收入支出预算总体情况说明', page: 3 }, { text: '收入总计8944.03万元。', page: 3 }])
 *   .sentences[0]?.section // '一、收入支出预算总体情况说明'
 * ```
 */
export function splitProse(lines: readonly ProseLine[]): SplitProse {
  const sentences: ProseSentence[] = []
  const glossary: ProseLine[] = []
  const front: ProseLine[] = []
  let role: PartRole = 'front'
  let sawParts = false
  let pendingPartTitle = false
  let section = ''
  let sectionIndex = 0
  let block = 0
  let buffer = ''
  let bufferPages: number[] = []
  /** The line before was a top heading: a short line now may be its wrapped end, once. */
  let headed = false

  const flush = (): void => {
    let start = 0
    let depth = 0
    for (let i = 0; i < buffer.length; i++) {
      const c = buffer[i] as string
      if (c === '（' || c === '(') depth++
      else if ((c === '）' || c === ')') && depth > 0) depth--
      if (!TERMINATORS.includes(c)) continue
      // a sentence end inside brackets that close soon ('…567.72万元（购置费230.55万元；运行维护费337.17万元。）比上年
      // 增加…') is not the end of the sentence: the words after the bracket still speak of the figure before it
      if (depth > 0 && closesWithin(buffer, i + 1, BRACKET_REACH)) continue
      depth = 0
      push(start, i + 1)
      start = i + 1
    }
    if (start < buffer.length) push(start, buffer.length)
    buffer = ''
    bufferPages = []
  }
  const push = (from: number, to: number): void => {
    let a = from
    let b = to
    while (a < b && buffer[a] === ' ') a++
    while (b > a && buffer[b - 1] === ' ') b--
    if (b <= a) return
    sentences.push({ text: buffer.slice(a, b), pages: bufferPages.slice(a, b), section, sectionIndex, block })
  }
  const append = (t: string, page: number): void => {
    buffer += t
    for (let i = 0; i < t.length; i++) bufferPages.push(page)
  }

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as ProseLine
    const t = cleanLine(line.text)
    if (t === '') continue
    if (PART_HEADING.test(t)) {
      flush()
      sawParts = true
      const title = t.replace(PART_HEADING, '').trim()
      const r = title ? roleOfPartTitle(title) : undefined
      role = r ?? 'front'
      pendingPartTitle = r === undefined
      section = ''
      sectionIndex = 0
      block++
      continue
    }
    if (pendingPartTitle) {
      const r = roleOfPartTitle(t)
      if (r !== undefined && t.length <= 60 && !endsSentence(t)) {
        role = r
        pendingPartTitle = false
        continue
      }
      pendingPartTitle = false
    }
    if (/^(附件|附表)/.test(t) && t.length <= 60) {
      flush()
      role = 'annex'
      continue
    }
    const top = TOP_HEADING.exec(t)
    if (top && isHeadingOnly(t)) {
      const title = t.slice(top[0].length)
      if (title.includes('名词解释')) {
        flush()
        role = 'glossary'
        continue
      }
      if (role === 'glossary' && !/[：:]/.test(t)) {
        // a numbered heading after the glossary entries ends the glossary
        role = sawParts ? 'annex' : 'explanatory'
      }
      if (role === 'glossary') {
        glossary.push({ text: t, page: line.page })
        continue
      }
      flush()
      if (!sawParts && role === 'front') role = 'explanatory'
      if (top[1] === '一') sectionIndex = 0
      sectionIndex++
      section = t
      block++
      headed = true
      continue
    }
    if (role === 'glossary') {
      glossary.push({ text: t, page: line.page })
      continue
    }
    if (role === 'front' || role === 'overview' || role === 'annex') {
      if (role === 'front') front.push({ text: t, page: line.page })
      continue
    }
    // explanatory text
    if (
      headed &&
      section !== '' &&
      !endsSentence(section) &&
      buffer === '' &&
      t.length <= 4 &&
      !/\d/.test(t) &&
      isHeadingOnly(t)
    ) {
      section += t // a heading wrapped onto a second line ('…决算情况' + '说明')
      headed = false
      continue
    }
    headed = false
    if (SUB_ORDINAL.test(t)) {
      flush()
      headed = false
      if (runsIn(t)) block++
      else if (isHeadingOnly(t) && !unitFollows(t, lines[li + 1])) {
        block++
        continue
      }
    }
    append(t, line.page)
  }
  flush()
  void CN_NUMERAL
  return { sentences, glossary, front }
}
