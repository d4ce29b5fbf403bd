/**
 * What the prose says about the document itself: title, department, fiscal year, budget or
 * final account, publication date. Read from the vocabulary of titles ('2024年X局部门预算公开',
 * 'X局2024年度部门决算'), never from a position on the page.
 * @module
 */
import type { ProseLine } from '../layout/types'
import type { ProseMetadata } from './types'

const ORG_SUFFIX =
  /(?:局|委员会|委|厅|院|会|办公室|办|中心|部|署|馆|站|所|校|学|队|处|室|团|社|府|司|行|台|园|场|心|宫|监狱|法院|检察院)$/
const CN_DIGIT: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
}

/** Reads a 4-digit year written in Arabic or Chinese digits (二〇二四). */
function yearOf(text: string): number | undefined {
  const m = /(20\d{2})\s*年/.exec(text)
  if (m?.[1]) return Number(m[1])
  const c = /([〇零一二三四五六七八九]{4})年/.exec(text)
  if (c?.[1]) {
    const y = Number([...c[1]].map((ch) => CN_DIGIT[ch] ?? '').join(''))
    if (y >= 2000 && y <= 2100) return y
  }
  return undefined
}

/** The department named in a title, or undefined. */
function departmentOf(title: string): string | undefined {
  let t = title.replace(/\s+/g, '').replace(/^第[一二三四五六七八九十]{1,3}部分/, '')
  t = t.replace(/(?:20\d{2}|[〇零一二三四五六七八九]{4})年度?/g, '')
  const cut = /(?:部门|单位)?(?:预算|决算)/.exec(t)
  if (!cut) return undefined
  const name = t.slice(0, cut.index).replace(/^[（(][^）)]*[）)]/, '')
  return name.length >= 3 && name.length <= 40 && ORG_SUFFIX.test(name) ? name : undefined
}

/** A title that names no department: '2024年度部门决算', '二〇二五年部门预算公开'. */
const TITLE_WITHOUT_NAME = /^(?:20\d{2}|[〇零一二三四五六七八九]{4})\s*年度?\s*(?:部门|单位)?\s*(?:预算|决算)/

/**
 * A line that is an organisation's name and nothing else (the line above a title that names none).
 * @example
 * ```ts
 * nameAlone('上海市XX局') // '上海市XX局'
 * nameAlone('目 录')      // undefined
 * ```
 */
function nameAlone(line: string): string | undefined {
  const name = line.replace(/\s+/g, '')
  return name.length >= 3 && name.length <= 40 && ORG_SUFFIX.test(name) && !/[，。；：:、]/.test(name)
    ? name
    : undefined
}

/**
 * Reads the metadata stated by the front matter and the first sentences of a disclosure.
 *
 * @param front - the lines before the first part or section (title page, 目录)
 * @param all - every prose line (used when the front matter says nothing)
 * @returns what was found; every field may be missing
 * @example
 * ```ts
 * metadataOfProse([{ text: '2024年卫辉市医疗保障局 部门预算公开', page: 1 }], []).department // '卫辉市医疗保障局'
 * ```
 */
export function metadataOfProse(front: readonly ProseLine[], all: readonly ProseLine[]): ProseMetadata {
  let title: ProseLine | undefined
  let department: string | undefined
  let published: string | undefined
  const candidates = [...front, ...all.slice(0, 400)]
  let previous = ''
  for (const line of candidates) {
    const t = line.text.trim()
    const above = previous
    previous = t
    // a sentence, or the lead-in of a list ('纳入X局2024年度部门决算编制范围的单位包括：'), is no title
    if (t.length > 80 || /[。；]|[：:]$/.test(t)) continue
    if (!published) {
      const d = /^(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t)
      if (d) published = `${d[1]}-${(d[2] ?? '').padStart(2, '0')}-${(d[3] ?? '').padStart(2, '0')}`
    }
    if (/(?:预算|决算)/.test(t) && !/表$|目录$|^目录/.test(t)) {
      // a cover printing the name over the title: '上海市XX局' / '2024年度部门决算'
      const dep = departmentOf(t) ?? (TITLE_WITHOUT_NAME.test(t) ? nameAlone(above) : undefined)
      if (dep && !department) {
        department = dep
        if (!title) title = line
      }
      if (!title && /部门|单位/.test(t) && /公开|预算|决算/.test(t)) title = line
    }
    if (!department) {
      const m = /^(?:部门名称|单位名称|部门|编制单位|单位)[：:]\s*(\S{3,40})$/.exec(t)
      if (m?.[1] && ORG_SUFFIX.test(m[1])) department = m[1]
    }
  }
  const titleText = title?.text.trim()
  let fiscalYear = titleText ? yearOf(titleText) : undefined
  if (fiscalYear === undefined) {
    for (const line of candidates) {
      if (!/(?:预算|决算)/.test(line.text) || line.text.length > 80) continue
      fiscalYear = yearOf(line.text)
      if (fiscalYear !== undefined) break
    }
  }
  const kindText = candidates
    .filter((l) => l.text.length <= 80)
    .map((l) => l.text)
    .join('\n')
  const finals = (kindText.match(/决算/g) ?? []).length
  const budgets = (kindText.match(/预算/g) ?? []).length
  const kind = titleText?.includes('决算')
    ? 'final-account'
    : titleText?.includes('预算')
      ? 'budget'
      : finals > 0 && finals >= budgets / 3
        ? 'final-account'
        : budgets > 0
          ? 'budget'
          : undefined
  return {
    ...(department ? { department } : {}),
    ...(fiscalYear !== undefined ? { fiscalYear } : {}),
    ...(kind ? { kind } : {}),
    ...(titleText ? { title: titleText, page: title?.page } : {}),
    ...(published ? { published } : {}),
  }
}
