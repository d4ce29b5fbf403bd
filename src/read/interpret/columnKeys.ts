import type { FactKey } from '../../model/factKeys'
import type { TableKind } from '../../model/tableKinds'
import type { GridColumn } from '../layout/types'
import { headerLabels } from './normalizeLabel'

/** A value column as mapped: its key, or why it has none. */
export interface MappedColumn {
  /** Index of the column in the grid. */
  readonly index: number
  readonly header: readonly string[]
  readonly block?: number
  readonly key?: FactKey
  /** The label a garbled heading was read as (OCR noise: `政政州性基金金` → `政府性基金`), when it was. */
  readonly readAs?: string
}

// Labels that only say "the amount of this column" (its meaning is in the parent label).
const GENERIC =
  /^(合计|总计|小计|金额|预算数|决算数|本年预算数?|预算金额|预算|决算|数额|合计数|金额合计|年初预算数|全年预算数|全年执行数|预算情况)$/

const PARENT_SUBTOTAL: readonly (readonly [RegExp, FactKey])[] = [
  [/^本年收入/, 'rev.current'],
  [/^(上年结转|年初结转)/, 'carry.total'],
  [/^一般公共预算(拨款|财政拨款)?$/, 'src.gpb'],
  [/^基本支出$/, 'exp.basic'],
  [/^人员(经费|支出)/, 'exp.basic.personnel'],
  [/^(公用经费|日常公用经费|日常公用支出|公用支出)/, 'exp.basic.public'],
  [/^项目支出/, 'exp.project'],
  [/^公务用车/, '3p.vehicle'],
  [/^本年支出/, 'exp.current'],
  [/三公/, '3p.total'],
  // 湖南 prints 本级财政拨款 over 金额 | 其中:经费拨款
  [/^(本级财政拨款|财政拨款|本年拨款)$/, 'src.fiscal'],
]

// Sources: the same label is a source of the year, or a carry-over when printed under 上年结转.
const SOURCES: readonly (readonly [RegExp, FactKey, FactKey | undefined])[] = [
  [/^其中:?财政拨款/, 'src.gpb.fiscal', undefined],
  [/^其中:?上级专项转移支付/, 'src.gpb.superior-transfer', undefined],
  [/^一般公共预算/, 'src.gpb', 'carry.gpb'],
  [/^政府性基金/, 'src.gov-fund', 'carry.gov-fund'],
  [/^国有资本经营/, 'src.soe-capital', 'carry.soe-capital'],
  // 广东 prints 财政专户拨款收入 over 教育收费 | 其他专户收入拨款, the parts of the special-account money
  [/^(其中:?)?教育收费/, 'src.special-account.education', undefined],
  [/^其他(财政)?专户/, 'src.special-account.other', undefined],
  [/^财政专户/, 'src.special-account', 'carry.special-account'],
  [/^单位资金/, 'src.unit-funds', 'carry.unit-funds'],
  // 广东 prints a unit's own money as 其他资金 (其他资金收入 in its 收入总表)
  [/^其他资金/, 'src.unit-funds', 'carry.unit-funds'],
  [/^(政府预算资金|财政拨款收入|财政拨款资金|财政拨款)$/, 'src.fiscal', 'carry.fiscal'],
  [/^事业收入/, 'src.business', undefined],
  [/^(事业单位)?经营(服务)?收入/, 'src.operating', undefined],
  [/^上级补助收入/, 'src.superior', undefined],
  [/^附属单位上缴收入/, 'src.affiliates', undefined],
  [/^其[他它]收入/, 'src.other', undefined],
  [/^用事业基金弥补收支差额/, 'src.business-fund', undefined],
  [/^使用非财政拨款结余/, 'src.non-fiscal-balance', undefined],
]

const LEAVES: readonly (readonly [RegExp, FactKey])[] = [
  [/^本年收入合计$/, 'rev.current'],
  [/^本年收入$/, 'rev.current'],
  [/^收入总计$/, 'rev.total'],
  [/^(上年结转(结余)?|年初结转和?结余|上年结转结余合计)$/, 'carry.total'],
  [/^本年支出合计$/, 'exp.current'],
  [/^支出总计$/, 'exp.total'],
  // 广州 prints 小计 | 其中：基本支出 | 项目支出: the basic part of the total beside the project part,
  // as 其中：公务用车购置费 is that part of 公务用车购置及运行费
  [/^(其中:?)?基本支出/, 'exp.basic'],
  [/^人员(经费|支出)/, 'exp.basic.personnel'],
  [/^(公用经费|日常公用经费|日常公用支出|公用支出)/, 'exp.basic.public'],
  [/^工资福利支出/, 'exp.basic.personnel.wages'],
  [/^对个人和家庭的?补助/, 'exp.basic.personnel.family'],
  [/^商品和服务支出/, 'exp.basic.public.goods'],
  [/^资本性支出/, 'exp.basic.public.capital'],
  [/^项目支出/, 'exp.project'],
  [/^其他运转类/, 'exp.project.operating'],
  [/^特定目标类/, 'exp.project.specific'],
  [/^(事业单位)?经营支出/, 'exp.operating'],
  [/^上(缴|解)上级支出/, 'exp.remit-superior'],
  [/^对附属单位补助支出/, 'exp.affiliates'],
  [/^结余分配/, 'exp.balance-distribution'],
  [/^年末结转和?结余/, 'end.total'],
  [/三公"?经费合计$|^"?三公"?经费$/, '3p.total'],
  [/^因公出国\(境\)/, '3p.abroad'],
  [/^公务用车购置及运(行|维)/, '3p.vehicle'],
  [/^(其中:)?公务用车购置费?$/, '3p.vehicle.purchase'],
  [/^(其中:)?公务用车运行(维护)?费?$/, '3p.vehicle.operation'],
  [/^公务接待费?$/, '3p.reception'],
  [/^年初预算数?$/, 'fa.budget'],
  [/^(全年预算数?|调整预算数?)$/, 'fa.adjusted'],
  [/^(决算数|全年执行数|执行数|实际支出)$/, 'fa.actual'],
  [/^(执行率|完成预算\(?%?\)?|预算完成率)/, 'fa.completion'],
  [/^(资金总额|预算总额|项目金额)/, 'total'],
  [/^机关运行经费/, 'other.operating-costs'],
]

const UNDER_CARRY = /^(上年结转|年初结转|财政拨款结转)/

function sourceKey(label: string, underCarry: boolean): FactKey | undefined {
  for (const [pattern, key, carry] of SOURCES)
    if (pattern.test(label)) {
      // a revenue of the year (其他收入) has no carry-over column: a 上年结转结余 group printed one
      // column early over it does not make it one
      if (underCarry && carry === undefined && /收入$/.test(label)) return key
      return underCarry ? carry : key
    }
  return undefined
}

/**
 * The fact key of a value column, from its header path as printed (top label first), or
 * `undefined` when the vocabulary does not name it.
 *
 * @param header - header labels from the top down
 * @param kind - the table kind (a 三公 table's 合计 is `3p.total`)
 * @param blocked - the column belongs to a side of a two-sided table
 * @returns the key, or `undefined`
 * @example
 * ```ts
 * columnKeyOf(['本年收入', '一般公共预算', '其中：财政拨款'], 'income') // 'src.gpb.fiscal'
 * columnKeyOf(['上年结转结余', '政府性基金'], 'income')                // 'carry.gov-fund'
 * columnKeyOf(['基本支出', '小计'], 'expenditure')                       // 'exp.basic'
 * ```
 */
export function columnKeyOf(
  header: readonly string[],
  kind: TableKind,
  blocked = false,
): FactKey | undefined {
  // 栏次 and unit notes printed as header pieces say nothing about the meaning
  const path = headerLabels(header)
    .map((l) => l.replace(/\((万元|元|亿元|%)\)$/, ''))
    .filter((l) => l !== '')
  const leaf = path[path.length - 1]
  if (leaf === undefined) return undefined
  const parents = path.slice(0, -1)
  const underCarry = parents.some((p) => UNDER_CARRY.test(p))
  if (GENERIC.test(leaf) || /^(其中:)?小计$/.test(leaf)) {
    // 公开06表 prints 人员经费 | 公用经费 as blocks side by side: each block's amount is its total
    if (blocked && kind === 'gpb-basic') return 'total'
    // the nearest parent that names a subtotal wins (本年收入/一般公共预算/小计 is the 一般公共预算 subtotal)
    for (let i = parents.length - 1; i >= 0; i--) {
      const p = parents[i] ?? ''
      if (underCarry && /^(上年结转|年初结转)/.test(p)) return 'carry.total'
      for (const [pattern, key] of PARENT_SUBTOTAL) if (pattern.test(p)) return carryOf(key, underCarry)
    }
    if (kind === 'three-public' && /^(合计|总计|小计)$/.test(leaf))
      return parents.some((p) => /预算数|决算数|三公/.test(p)) ? '3p.total' : 'total'
    if (/^年初预算数$/.test(leaf)) return 'fa.budget'
    if (/^全年预算数$/.test(leaf)) return 'fa.adjusted'
    if (/^全年执行数$/.test(leaf)) return 'fa.actual'
    return 'total'
  }
  for (const [pattern, key] of LEAVES) if (pattern.test(leaf)) return key
  const source = sourceKey(
    leaf.replace(/收入$|拨款$|预算拨款$/, (m) => m),
    underCarry,
  )
  if (source) return source
  // 一般公共预算财政拨款 / 政府性基金预算财政拨款: fund columns of a fiscal table
  if (/财政拨款$/.test(leaf)) return sourceKey(leaf.replace(/财政拨款$/, ''), underCarry)
  return undefined
}

// Fund and revenue labels an OCR'd heading garbles most (a character doubled, dropped or misread).
const FUND_LABELS = [
  '一般公共预算',
  '政府性基金',
  '国有资本经营预算',
  '财政专户管理资金',
  '单位资金',
  '事业收入',
  '事业单位经营收入',
  '上级补助收入',
  '附属单位上缴收入',
  '其他收入',
] as const

/**
 * Length of the longest common subsequence of two labels, each cut to 24 characters: how much of a
 * known label a garbled heading still holds.
 * @example
 * commonSubsequence('一般公共预算拨款', '一般公共预算') // 6
 * commonSubsequence('政府性基金', '国有资本经营') // 0
 */
function commonSubsequence(a: string, b: string): number {
  // labels are short (both cut to 24 characters): quadratic in at most 24 × 24
  const x = [...a.slice(0, 24)]
  const y = [...b.slice(0, 24)]
  let prev: number[] = new Array(y.length + 1).fill(0)
  for (const ch of x) {
    const cur: number[] = [0]
    for (let j = 0; j < y.length; j++) cur.push(ch === y[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!))
    prev = cur
  }
  return prev[y.length]!
}

/**
 * The fund or revenue label a garbled heading stands for, or `undefined`: a heading of CJK
 * characters only (its doubled characters taken once) sharing at least four fifths of the label's
 * characters, in order, with at most one character of its own, and closer to it than to any
 * other label. A mere piece of a label (`一般公共预`: the rest wrapped elsewhere) is not read.
 *
 * @param leaf - the heading as read (`政政州性基金金`)
 * @returns the label (`政府性基金`), or `undefined`
 * @example
 * ```ts
 * garbledFundLabel('政府基金金') // '政府性基金'
 * garbledFundLabel('合计')       // undefined
 * ```
 */
export function garbledFundLabel(leaf: string): string | undefined {
  if (!/^[\u4e00-\u9fff]{3,24}$/.test(leaf)) return undefined
  const once = leaf.replace(/(.)\1+/g, '$1')
  // a piece of a label (一般公共预, the rest wrapped elsewhere) is a header not fitted, not a garbled one
  if (FUND_LABELS.some((label) => label.includes(once))) return undefined
  let best: string | undefined
  let bestScore = 0
  let tie = false
  for (const label of FUND_LABELS) {
    const common = commonSubsequence(once, label)
    if (common / label.length < 0.8 || once.length - common > 1) continue
    const score = common / label.length
    if (score > bestScore) {
      best = label
      bestScore = score
      tie = false
    } else if (score === bestScore) tie = true
  }
  return tie ? undefined : best
}

function carryOf(key: FactKey, underCarry: boolean): FactKey {
  if (!underCarry) return key
  if (key === 'src.gpb') return 'carry.gpb'
  return key
}

/**
 * Maps every value column of a table to a fact key. A column the vocabulary does not name, or a
 * second column with a key its block already has, is left without a key (its cells are not used).
 *
 * @param columns - the grid's columns
 * @param kind - the table kind
 * @returns one entry per value column, in print order
 * @example
 * ```ts
 * mapColumns([{ header: ['项目'], role: 'label' }, { header: ['合计'], role: 'value' }], 'expenditure')
 * // [{ index: 1, header: ['合计'], key: 'total' }]
 * ```
 */
export function mapColumns(columns: readonly GridColumn[], kind: TableKind): readonly MappedColumn[] {
  const seen = new Set<string>()
  const out: MappedColumn[] = []
  const keyed = columns.map((column) => {
    if (column.role !== 'value') return { key: undefined, readAs: undefined }
    let key = wrappedHeaderKey(column, kind) ?? columnKeyOf(column.header, kind, column.block !== undefined)
    let readAs: string | undefined
    // a heading garbled by OCR (政政州性基金金): read as the one fund label it is closest to
    const leaf = column.header[column.header.length - 1]
    if (key === undefined && leaf !== undefined) {
      readAs = garbledFundLabel(leaf.replace(/\s+/g, ''))
      if (readAs !== undefined)
        key = columnKeyOf([...column.header.slice(0, -1), readAs], kind, column.block !== undefined)
      if (key === undefined) readAs = undefined
    }
    return { key, readAs }
  })
  const blocks = repeatedGroupBlocks(
    columns,
    keyed.map((k) => k.key),
  )
  columns.forEach((column, index) => {
    if (column.role !== 'value') return
    let { key } = keyed[index]!
    const { readAs } = keyed[index]!
    // a one-column table of a kind that prints one amount per row: its column is the total
    if (key === undefined && columns.filter((c) => c.role === 'value').length === 1) key = 'total'
    const block = column.block ?? blocks[index]
    const id = `${block ?? 0}:${key}`
    if (key !== undefined && seen.has(id)) key = undefined
    if (key !== undefined) seen.add(id)
    out.push({
      index,
      header: column.header,
      ...(block !== undefined ? { block } : {}),
      ...(key !== undefined ? { key } : {}),
      ...(key !== undefined && readAs !== undefined ? { readAs } : {}),
    })
  })
  return out
}

/**
 * A narrow header cell wraps its label over lines (附属单位 / 上缴收入, 一般公共 / 预算财政 / 拨款), and column
 * text gives each line as a level of the header. The wrapped lines are the trailing levels that fill the cell's
 * width alike (every line as long as the first, the last no longer): joined, they are one label, whose key is
 * the column's. A parent label above them (支出) is no line of the wrap and stays a parent. Undefined when the
 * trailing levels are no such run, when the run's first line names a column of its own (基本支出 / 人员经费 is a
 * parent over a child), or when their join names nothing.
 * @example
 * ```ts
 * wrappedHeaderKey({ header: ['附属单位', '上缴收入'], role: 'value' }, 'income') // 'src.affiliates'
 * wrappedHeaderKey({ header: ['支出', '国有资本', '经营预算', '财政拨款'], role: 'value' }, 'fiscal-summary')
 * // 'src.soe-capital'
 * wrappedHeaderKey({ header: ['附属', '说明'], role: 'value' }, 'income')         // undefined
 * ```
 */
function wrappedHeaderKey(column: GridColumn, kind: TableKind): FactKey | undefined {
  const pieces = column.header.map((l) => l.replace(/\s+/g, ''))
  const last = pieces.at(-1) ?? ''
  let start = pieces.length - 1
  // the lines above the last, each as wide as the one before the last
  const width = [...(pieces[start - 1] ?? '')].length
  while (start > 0 && [...(pieces[start - 1] ?? '')].length === width && width >= [...last].length) start--
  // a run whose first line is a label of its own (基本支出 / 人员经费) is a parent over a child, not a wrap
  if (pieces.length - start < 2 || columnKeyOf([column.header[start] ?? ''], kind) !== undefined)
    return undefined
  const joined = pieces.slice(start).join('')
  return columnKeyOf([...column.header.slice(0, start), joined], kind, column.block !== undefined)
}

/**
 * A one-sided table may print, beside its columns, a group that breaks the same amounts down
 * again (焦作's 收入表: 合计 by fund, then 本年收入 and 上年结转结余 by fund): a top-level group of two
 * or more value columns printed under 合计 (or 总计), each of whose keys another column outside the
 * group also has, is a
 * block of its own (block 1), read for every row beside the table's own columns. Nothing changes
 * in a two-sided table, or when no such group is printed.
 * @example
 * // 项目 | 合计 | 一般公共预算 | 政府性基金 | 合计 ▸ 本年收入 | 合计 ▸ 上年结转结余 (the last two under 合计,
 * // keys the columns before them also have)
 * repeatedGroupBlocks(table.columns, keys) // [undefined, undefined, undefined, undefined, 1, 1]
 */
function repeatedGroupBlocks(
  columns: readonly GridColumn[],
  keys: readonly (FactKey | undefined)[],
): (number | undefined)[] {
  const none = columns.map(() => undefined)
  if (columns.some((c) => c.block !== undefined)) return none
  const groups = new Map<string, number[]>()
  columns.forEach((c, i) => {
    if (c.role !== 'value' || c.header.length < 2) return
    const top = c.header[0]!
    groups.set(top, [...(groups.get(top) ?? []), i])
  })
  for (const [top, members] of groups) {
    // only a group printed under a total word (合计, its 合 lost in an OCR'd header: 计) breaks the
    // amounts down again; two groups of the same columns (当年预算 | 上年结转结余) are not one
    if (members.length < 2 || !/^(合计|总计|计)$/.test(top.replace(/\s+/g, ''))) continue
    const inside = new Set(members)
    const outsideKeys = new Set(keys.filter((k, i) => k !== undefined && !inside.has(i)))
    const memberKeys = members.map((i) => keys[i])
    if (memberKeys.filter((k) => k !== undefined).length < 2) continue
    if (!memberKeys.every((k) => k === undefined || outsideKeys.has(k))) continue
    return columns.map((_, i) => (inside.has(i) ? 1 : undefined))
  }
  return none
}
