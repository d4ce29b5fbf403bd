import { MedbudgetError } from '../../errors'
import { csvRows } from '../../internal/csv'
import { deepFreeze } from '../../internal/deepFreeze'
import { excerpt, optionsOf } from '../../internal/limits'
import { type LineItem, LineItemSchema } from '../../model/lineItem'
import { toFixed } from '../../money/decimal'
import { parsePrinted } from '../../money/parsePrinted'

/** Options of {@link lineItemsFromCsv}. */
export interface LineItemsFromCsvOptions {
  /** Most characters read (default 50,000,000: about 500,000 line items). */
  readonly maxLength?: number
  /** Most line items (default 1,000,000). */
  readonly maxRows?: number
}

type Field = keyof LineItem

/** Column headings accepted for each field: the field's own name, and the words a budget office uses. */
const HEADINGS: Readonly<Record<Field, readonly string[]>> = {
  unitCode: ['unitCode', '单位编码', '单位代码', '预算单位编码'],
  functionalCode: ['functionalCode', '功能科目编码', '功能分类科目编码', '功能科目', '功能分类', '科目编码'],
  kind: ['kind', '支出类型', '支出类别', '基本/项目'],
  basicClass: ['basicClass', '基本支出类别', '人员/公用', '经费类别'],
  economicCode: [
    'economicCode',
    '部门经济科目编码',
    '部门经济分类',
    '经济科目编码',
    '经济分类科目编码',
    '经济科目',
  ],
  govEconomicCode: ['govEconomicCode', '政府经济科目编码', '政府经济分类', '政府预算经济分类'],
  projectType: ['projectType', '项目类别', '项目类型'],
  projectCode: ['projectCode', '项目编码', '项目代码'],
  projectName: ['projectName', '项目名称'],
  source: ['source', '资金来源', '资金性质'],
  fiscal: ['fiscal', '财政拨款', '是否财政拨款'],
  carryOver: ['carryOver', '上年结转', '是否上年结转', '结转'],
  amount: ['amount', '金额', '预算数', '决算数', '金额（万元）', '金额(万元)', '金额（元）', '金额(元)'],
}

const KINDS: Readonly<Record<string, LineItem['kind']>> = {
  basic: 'basic',
  基本支出: 'basic',
  基本: 'basic',
  project: 'project',
  项目支出: 'project',
  项目: 'project',
}
const BASIC_CLASSES: Readonly<Record<string, NonNullable<LineItem['basicClass']>>> = {
  personnel: 'personnel',
  人员经费: 'personnel',
  人员: 'personnel',
  public: 'public',
  公用经费: 'public',
  公用: 'public',
}
const PROJECT_TYPES: Readonly<Record<string, NonNullable<LineItem['projectType']>>> = {
  operating: 'operating',
  其他运转类: 'operating',
  其他运转类项目: 'operating',
  specific: 'specific',
  特定目标类: 'specific',
  特定目标类项目: 'specific',
}
const SOURCES: Readonly<Record<string, LineItem['source']>> = {
  gpb: 'gpb',
  一般公共预算: 'gpb',
  一般公共预算拨款: 'gpb',
  'gov-fund': 'gov-fund',
  政府性基金: 'gov-fund',
  政府性基金预算: 'gov-fund',
  政府性基金预算拨款: 'gov-fund',
  'soe-capital': 'soe-capital',
  国有资本经营预算: 'soe-capital',
  国有资本经营预算拨款: 'soe-capital',
  'special-account': 'special-account',
  财政专户管理资金: 'special-account',
  business: 'business',
  事业收入: 'business',
  operating: 'operating',
  事业单位经营收入: 'operating',
  superior: 'superior',
  上级补助收入: 'superior',
  affiliates: 'affiliates',
  附属单位上缴收入: 'affiliates',
  other: 'other',
  其他收入: 'other',
  'business-fund': 'business-fund',
  用事业基金弥补收支差额: 'business-fund',
}
const YES_NO: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  是: true,
  否: false,
  y: true,
  n: false,
  '1': true,
  '0': false,
}

const invalid = (line: number, zh: string, en: string): MedbudgetError =>
  new MedbudgetError('LINE_ITEM_INVALID', `明细表第 ${line} 行：${zh}`, `line items, line ${line}: ${en}`, {
    path: [line],
  })

function pick<T>(table: Readonly<Record<string, T>>, value: string, line: number, heading: string): T {
  const hit = Object.hasOwn(table, value) ? table[value] : undefined
  if (hit === undefined)
    throw invalid(
      line,
      `“${heading}”列的“${excerpt(value)}”无法识别，可用：${Object.keys(table).join('、')}`,
      `"${excerpt(value)}" in column "${heading}" is not one of: ${Object.keys(table).join(', ')}`,
    )
  return hit
}

/**
 * Reads line items from a CSV export of a budget system or a spreadsheet (save as CSV, UTF-8): a
 * heading row, then one line item a row. Headings may be the field names of `LineItem` or the
 * words a budget office uses (单位编码, 功能科目编码, 支出类型, 基本支出类别, 部门经济科目编码,
 * 项目类别, 项目名称, 资金来源, 金额 …); values likewise (`基本支出`, `人员经费`, `特定目标类`,
 * `一般公共预算`). Codes may be printed split or bracketed (`【2101501】行政运行`); amounts as printed
 * (`1,234.50`), kept exact. Every row is checked against the `LineItem` schema; the first bad row
 * throws with its line number. Pass the result to `buildDisclosure` or `buildTables`.
 *
 * @param text - the CSV text
 * @param options - bounds on its size
 * @returns the line items, frozen
 * @throws MedbudgetError `LINE_ITEM_INVALID` naming the line and column, `INPUT_TOO_LARGE`
 * @example
 * ```ts
 * const items = lineItemsFromCsv('单位编码,功能科目编码,支出类型,基本支出类别,部门经济科目编码,资金来源,金额\n503001,2101501,基本支出,人员经费,30101,一般公共预算,"1,234.50"')
 * items[0]?.amount  // '1234.50'
 * items[0]?.kind    // 'basic'
 * ```
 */
export function lineItemsFromCsv(text: string, options?: LineItemsFromCsvOptions): readonly LineItem[] {
  const csv = optionsOf(options, ['明细表选项', 'line-item options'])
  const maxLength = csv.maxLength ?? 50_000_000
  const maxRows = csv.maxRows ?? 1_000_000
  if (typeof text !== 'string')
    throw new MedbudgetError('LINE_ITEM_INVALID', '明细表应为 CSV 文本', 'line items must be CSV text')
  if (text.length > maxLength)
    throw new MedbudgetError(
      'INPUT_TOO_LARGE',
      `明细表过长（${text.length} 个字符，上限 ${maxLength}）`,
      `the line items are too long (${text.length} characters, at most ${maxLength})`,
    )
  const rows = csvRows(text)
  const head = rows.next()
  if (head.done) throw invalid(1, '没有标题行', 'there is no heading row')
  const fields = new Map<number, Field>()
  head.value.cells.forEach((cell, i) => {
    const heading = cell.trim()
    for (const [field, names] of Object.entries(HEADINGS) as [Field, readonly string[]][])
      if (names.includes(heading)) fields.set(i, field)
  })
  for (const needed of ['unitCode', 'functionalCode', 'kind', 'source', 'amount'] as const)
    if (![...fields.values()].includes(needed))
      throw invalid(
        head.value.line,
        `标题行缺少“${HEADINGS[needed][1]}”列`,
        `the heading row has no "${needed}" column (${HEADINGS[needed].join(' / ')})`,
      )
  const items: LineItem[] = []
  for (const { cells, line } of rows) {
    if (items.length >= maxRows)
      throw new MedbudgetError('INPUT_TOO_LARGE', `明细超过 ${maxRows} 行`, `more than ${maxRows} line items`)
    const raw: Record<string, unknown> = {}
    for (const [i, field] of fields) {
      const value = (cells[i] ?? '').trim()
      if (value === '') continue
      const heading = (head.value.cells[i] ?? '').trim()
      if (field === 'kind') raw[field] = pick(KINDS, value, line, heading)
      else if (field === 'basicClass') raw[field] = pick(BASIC_CLASSES, value, line, heading)
      else if (field === 'projectType') raw[field] = pick(PROJECT_TYPES, value, line, heading)
      else if (field === 'source') raw[field] = pick(SOURCES, value, line, heading)
      else if (field === 'fiscal' || field === 'carryOver')
        raw[field] = pick(YES_NO, value.toLowerCase(), line, heading)
      else if (field === 'amount') {
        const printed = parsePrinted(value)
        if (printed.kind !== 'amount')
          throw invalid(
            line,
            `金额“${excerpt(value)}”不是数字`,
            `the amount "${excerpt(value)}" is not a number`,
          )
        raw[field] = toFixed(printed.value, printed.decimals)
      } else if (field.endsWith('Code') && field !== 'projectCode') raw[field] = codeDigits(value)
      else raw[field] = value
    }
    const parsed = LineItemSchema.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.join('.') ?? ''
      throw invalid(
        line,
        `${where === '' ? '' : `“${where}”`}${issue?.message ?? '不合规'}`,
        `${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid'}`,
      )
    }
    items.push(parsed.data)
  }
  return deepFreeze(items)
}

/** The digits of a printed code (`210 15 01`, `【2101501】行政运行`, `30101 基本工资`). */
function codeDigits(value: string): string {
  const bracket = /^[【[]\s*([0-9\s]{1,40})\s*[】\]]/.exec(value)
  const digits = (bracket?.[1] ?? /^[0-9][0-9\s|]{0,40}/.exec(value)?.[0] ?? value).replace(/[\s|]/g, '')
  return digits
}
