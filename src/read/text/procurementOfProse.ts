/**
 * The procurement lines a disclosure states only in its explanatory text (政府采购预算安排580万元，
 * 其中：政府采购货物预算150万元、政府采购工程预算0万元、政府采购服务预算460万元), as
 * `Disclosure.procurement`: one line per category (货物, 工程, 服务) with the amount as printed, the
 * item named as printed (政府采购货物预算) or by what the sentence says it mainly buys (…5.00万元，
 * 主要为：办公设备). Read from the first line of the text that states such an amount; found by the
 * words of the categories, never by where they stand.
 * @module
 */
import type { ProcurementItem } from '../../model/procurement'
import { canonicalCell } from '../interpret/readCellText'
import type { ProseLine } from '../layout/types'

// A category's amount: 政府采购货物预算 150 万元, 货物类采购支出为 5.00 万元, 服务 80 万元 (each part
// optional but the category and the amount; no nested quantifier: linear on any line).
const CATEGORY_AMOUNT =
  /(政府采购)?(货物|工程|服务)(类)?(采购)?(预算|支出)?(金额)?(?:为|安排|共计|合计)?\s{0,3}(\d[\d,，]{0,15}(?:[.．]\s?\d{1,6})?)\s{0,3}(亿元|万元|元)/g
// What the sentence says the category mainly buys, right after its amount: ，主要为：办公设备；
const MAINLY = /^\s{0,3}[，,]\s{0,3}主要(?:为|是|用于)\s{0,3}[：:]?\s{0,3}([^；;。，,、]{1,40})/
// Where a category may begin when the line does not print 政府采购 before it: after 其中 or a clause break.
const BEFORE = /(其中|[，,、：:；;\s])$/
const MAX_LINE = 2000

/**
 * The passages of the prose: its lines joined up to one that ends a sentence (。), so that a
 * sentence a PDF wraps over several lines is read whole; each cut at 2,000 characters.
 *
 * @param prose - the prose lines, in reading order
 * @returns the passages, in reading order
 * @example
 * ```ts
 * passagesOf([{ text: '其中：政府采购货物预算5万元、', page: 1 }, { text: '政府采购服务预算0万元。', page: 1 }])
 * // ['其中：政府采购货物预算5万元、政府采购服务预算0万元。']
 * ```
 */
function* passagesOf(prose: readonly ProseLine[]): Generator<string> {
  let open = ''
  for (const line of prose) {
    const text = line.text.trim()
    if (open.length < MAX_LINE) open += text.slice(0, MAX_LINE - open.length)
    if (text === '' || /[。.]$/.test(text)) {
      if (open !== '') yield open
      open = ''
    }
  }
  if (open !== '') yield open
}

/**
 * The procurement lines stated in the explanatory text (see the module). A line of the text is
 * read only when it speaks of 政府采购; an amount whose unit differs from the document's is not
 * converted and gives no line; a category stated twice keeps its first amount.
 *
 * @param prose - the prose lines, in reading order
 * @param amountUnit - the document's amount unit ('万元')
 * @returns the lines (货物, 工程, 服务 in the order printed), or none
 * @example
 * ```ts
 * procurementOfProse([{ text: '政府采购预算安排80万元，其中：政府采购货物预算0万元、政府采购服务预算80万元。', page: 3 }], '万元')
 * // [{ item: '政府采购货物预算', category: '货物', amount: '0' }, { item: '政府采购服务预算', category: '服务', amount: '80' }]
 * ```
 */
export function procurementOfProse(prose: readonly ProseLine[], amountUnit: string): ProcurementItem[] {
  for (const passage of passagesOf(prose)) {
    if (!passage.includes('政府采购')) continue
    const text = passage
    const out: ProcurementItem[] = []
    const seen = new Set<string>()
    for (const m of text.matchAll(CATEGORY_AMOUNT)) {
      const [phrase, prefix, category, kind, bought, stage, sum, figure, unit] = m
      const at = m.index ?? 0
      if (prefix === undefined && !BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue
      if (category === undefined || seen.has(category)) continue
      const amount = canonicalCell(`${figure!.replace(/[,，\s]/g, '').replace('．', '.')}${unit}`, amountUnit)
      if (amount === undefined) continue
      seen.add(category)
      const named = [prefix, category, kind, bought, stage, sum].join('')
      const mainly = MAINLY.exec(text.slice(at + phrase.length, at + phrase.length + 60))?.[1]?.trim()
      const item = mainly !== undefined && mainly !== '' ? mainly : named
      out.push({ item, category, amount })
    }
    if (out.length > 0) return out
  }
  return []
}
