import type { ProseLine } from '../layout/types'

/** Most characters of prose looked at (the sections of a disclosure come early). */
const MAX_CHARS = 200_000

// What the title or opening lines of a disclosure call it.
const DISCLOSURE_NAME = /(?:部门|单位)(?:\d{4}\s*年度?)?\s*(?:预算|决算)|(?:预算|决算)(?:信息)?公开/

// The sections of a disclosure's explanatory text (情况说明), by their vocabulary.
const TOPICS: readonly RegExp[] = [
  /收入(?:预算|决算)|收入总计|收入合计|财政拨款收入/,
  /支出(?:预算|决算)|支出总计|支出合计|基本支出|项目支出/,
  /三公.{0,3}经费/,
  /政府采购/,
  /机关运行经费/,
  /名词解释/,
]

// An amount of money in a sentence ('110896.62 万元', '5,554.97万元', '786.69 元').
const AMOUNT_IN_TEXT = /\d(?:[\d,]{0,20})(?:\.\d{1,4})?\s?(?:万元|亿元|元)/g

/** Sections a disclosure's explanatory text must show (of the six in `TOPICS`). */
const MIN_TOPICS = 4
/** Amounts of money its sentences must print. */
const MIN_AMOUNTS = 3

/**
 * True when prose without any standard table is still a disclosure: the explanatory text of a
 * department budget or final account whose tables were published as a separate attachment (some
 * cities print 情况说明 and 报表 as two files). Told by vocabulary only: the document calls itself
 * a 部门预算/部门决算 (or 预算/决算公开) in its opening lines, its sentences cover at least four of
 * the sections of the explanatory text (收入, 支出, 三公经费, 政府采购, 机关运行经费, 名词解释), and
 * they print amounts of money. A notice, a bulletin or a report has not these sections.
 *
 * @param prose - the document's prose lines, in reading order
 * @returns whether the prose is the explanatory text of a disclosure
 * @example
 * ```ts
 * explanatoryTextOnly([
 *   { text: '北京市某局2026年度部门预算', page: 1 },
 *   { text: '二、收入预算情况说明 2026年度收入预算110896.62万元。', page: 4 },
 *   { text: '三、支出预算情况说明 基本支出预算11161.56万元。', page: 5 },
 *   { text: '四、财政拨款“三公”经费预算77.67万元。', page: 6 },
 *   { text: '六、名词解释', page: 7 },
 * ]) // true
 * ```
 * @internal
 */
export function explanatoryTextOnly(prose: readonly ProseLine[]): boolean {
  const opening = prose
    .slice(0, 40)
    .map((l) => l.text.replace(/\s+/g, ''))
    .join('\n')
  if (!DISCLOSURE_NAME.test(opening)) return false
  let text = ''
  for (const line of prose) {
    if (text.length + line.text.length > MAX_CHARS) break
    text += `${line.text.replace(/\s+/g, '')}\n`
  }
  const topics = TOPICS.filter((t) => t.test(text)).length
  if (topics < MIN_TOPICS) return false
  let amounts = 0
  for (const _ of text.matchAll(AMOUNT_IN_TEXT)) if (++amounts >= MIN_AMOUNTS) return true
  return false
}
