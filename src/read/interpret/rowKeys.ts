import type { FactKey } from '../../model/factKeys'
import { normalizeLabel, splitOrdinal } from './normalizeLabel'

const LINE_KEYS: readonly (readonly [RegExp, FactKey])[] = [
  [/^本年收入(合计)?$/, 'rev.current'],
  [/^收入(总计|总额)$/, 'rev.total'],
  [/^本年支出(合计)?$/, 'exp.current'],
  [/^支出(总计|总额)$/, 'exp.total'],
  // the 财政拨款 carry-overs of a 财政拨款收支总表 are those of the fiscal funds only
  [/^(年初财政拨款结转和?结余|上年财政拨款结转(结余)?)(\(.{0,12}\))?$/, 'carry.fiscal'],
  [/^(年末财政拨款结转和?结余|年终财政拨款结转(结余)?)(\(.{0,12}\))?$/, 'end.fiscal'],
  [/^(上年结转结余|上年结转|年初结转和?结余|上年结余|上年结转资金)(\(.{0,12}\))?$/, 'carry.total'],
  // 广州 prints the carry-over to the next year as 结转结余下年 (收支总表) and 结转下年 (财政拨款收支总表)
  [/^(年终结转结余|年末结转和?结余|年末结转|结转(结余)?下年)(\(.{0,12}\))?$/, 'end.total'],
  [/^结余分配$/, 'exp.balance-distribution'],
  [/^使用非财政拨款结余/, 'src.non-fiscal-balance'],
  [/^用事业基金弥补收支差额/, 'src.business-fund'],
  [/^其中:?财政拨款(收入)?$/, 'src.gpb.fiscal'],
  [/^其中:?上级专项转移支付/, 'src.gpb.superior-transfer'],
  [/^一般公共预算(拨款|财政拨款)?(收入)?$/, 'src.gpb'],
  [/^政府性基金(预算)?(拨款|财政拨款)?(收入)?$/, 'src.gov-fund'],
  [/^国有资本经营(预算)?(拨款|财政拨款)?(收入)?$/, 'src.soe-capital'],
  [/^财政专户(管理资金|管理事业|拨款)?(收入)?$/, 'src.special-account'],
  [/^(其中:?)?教育收费(收入)?$/, 'src.special-account.education'],
  [/^其他(财政)?专户(收入)?(拨款)?(收入)?$/, 'src.special-account.other'],
  [/^单位资金$/, 'src.unit-funds'],
  // 广东's tables print the fiscal appropriation as 预算拨款
  // 长沙's 部门收支总体情况表 prints 本级财政拨款收入, 财政专户管理事业收入, 事业单位经营服务收入
  [/^(本级)?(财政拨款(收入)?|政府预算资金|预算拨款(收入)?)$/, 'src.fiscal'],
  [/^事业收入$/, 'src.business'],
  [/^(事业单位)?经营(服务)?收入$/, 'src.operating'],
  [/^上级补助收入$/, 'src.superior'],
  [/^附属单位上缴收入$/, 'src.affiliates'],
  [/^其[他它]收入$/, 'src.other'],
  // spending that is no 类, numbered among the 类 lines of a 收支总表 (二十四、对附属单位补助支出)
  [/^对附属单位补助(支出)?$/, 'exp.affiliates'],
  [/^上(缴|解)上级(支出)?$/, 'exp.remit-superior'],
  [/^基本支出$/, 'exp.basic'],
  [/^项目支出$/, 'exp.project'],
  [/^"?三公"?经费(小计|合计)?$/, '3p.total'],
  [/^因公出国\(境\)(费用?|支出)?$/, '3p.abroad'],
  [/^公务用车购置及运(行|维)(维护)?(费|支出)?$/, '3p.vehicle'],
  [/^(其中:)?公务用车购置费?$/, '3p.vehicle.purchase'],
  [/^(其中:)?公务用车运行(维护)?费?$/, '3p.vehicle.operation'],
  [/^公务接待(费|费用|支出|费支出)?$/, '3p.reception'],
  [/^机关运行经费/, 'other.operating-costs'],
  [/^部门预算总额/, 'total'],
]

const CARRY_OF: Partial<Record<FactKey, FactKey>> = {
  'src.gpb': 'carry.gpb',
  'src.gov-fund': 'carry.gov-fund',
  'src.soe-capital': 'carry.soe-capital',
  'src.special-account': 'carry.special-account',
  'src.unit-funds': 'carry.unit-funds',
  'src.fiscal': 'carry.fiscal',
}

/** Keys whose line is a total of its side. */
export const TOTAL_LINE_KEYS: ReadonlySet<FactKey> = new Set<FactKey>([
  'rev.current',
  'rev.total',
  'exp.current',
  'exp.total',
  'total',
])

/**
 * The fact key of a summary line (本年收入合计, 收入总计, 上年结转, 年末结转和结余 …) or of a
 * revenue line (一般公共预算拨款收入, 事业收入 …) from its printed label, or `undefined`.
 * Under a 上年结转 line, fund lines are the carry-overs of that fund.
 *
 * @param label - the label as printed (ordinal included)
 * @param underCarry - the line follows a 上年结转 line of the same side
 * @returns the key, or `undefined`
 * @example
 * ```ts
 * lineKeyOf('本年收入合计')          // 'rev.current'
 * lineKeyOf('（一）一般公共预算拨款', true) // 'carry.gpb'
 * lineKeyOf('二十四、对附属单位补助支出') // 'exp.affiliates'
 * lineKeyOf('行政运行')               // undefined
 * ```
 */
export function lineKeyOf(label: string, underCarry = false): FactKey | undefined {
  const folded = normalizeLabel(splitOrdinal(label).rest)
    .replace(/:$/, '')
    .replace(/^(资金来源|资金结构):/, '')
    // 其中：（一）因公出国（境）支出: the ordinal after 其中
    .replace(/^其中:(\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])/, '')
    .replace(/\((万元|元)\)$/, '')
  for (const [pattern, key] of LINE_KEYS) {
    if (pattern.test(folded)) return underCarry ? (CARRY_OF[key] ?? key) : key
  }
  return undefined
}
