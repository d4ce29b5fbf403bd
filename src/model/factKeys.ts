/**
 * The shared vocabulary of what a printed figure means. A column of a table, or a row of a
 * summary table that is not a classification code, names its meaning with a fact key, so that
 * the same fact is found in every template however the province words its headings.
 *
 * Keys are grouped by prefix: `rev.` revenue totals, `src.` fund sources (a revenue line, or an expenditure column saying
 * which money pays), `carry.` carry-overs in, `exp.` expenditure
 * by kind or fund, `end.` carry-overs out, `3p.` the "三公" expenses, `fa.` final-account
 * comparisons, `perf.` performance figures.
 * @module
 */

interface FactKeyInfo {
  /** Standard Chinese label (the usual heading; provinces vary). */
  readonly zh: string
  /** English label. */
  readonly en: string
  /** True where a negative value is legitimate (changes, balances distributed). */
  readonly signed?: boolean
  /** True for a percentage, not an amount. */
  readonly percent?: boolean
}

const define = <const T extends Record<string, FactKeyInfo>>(t: T): { readonly [K in keyof T]: T[K] } =>
  Object.freeze(t)

/**
 * Every fact key with its Chinese and English label.
 *
 * @example
 * ```ts
 * FACT_KEYS['exp.basic.personnel'].zh // '人员经费'
 * FACT_KEYS['src.gpb.fiscal'].en      // 'of which: fiscal appropriation'
 * ```
 */
export const FACT_KEYS = /*#__PURE__*/ define({
  // a row's or a column's overall total, whatever the table measures (合计 / 总计 / 金额 / 预算数)
  total: { zh: '合计', en: 'Total' },
  // totals of the revenue side
  'rev.total': { zh: '收入总计', en: 'Total revenue (incl. carry-overs)' },
  'rev.current': { zh: '本年收入合计', en: 'Revenue of the year' },
  // fund sources: a revenue line, or the column of an expenditure table saying which money pays
  'src.fiscal': { zh: '财政拨款收入', en: 'Fiscal appropriation' },
  'src.gpb': { zh: '一般公共预算拨款', en: 'General public budget appropriation' },
  'src.gpb.fiscal': { zh: '其中：财政拨款', en: 'of which: fiscal appropriation' },
  'src.gpb.superior-transfer': {
    zh: '其中：上级专项转移支付安排支出',
    en: 'of which: special transfers from higher levels',
  },
  'src.gov-fund': { zh: '政府性基金预算拨款', en: 'Government fund budget appropriation' },
  'src.soe-capital': { zh: '国有资本经营预算拨款', en: 'State capital operation budget appropriation' },
  'src.special-account': { zh: '财政专户管理资金', en: 'Funds managed in special fiscal accounts' },
  // the parts of 财政专户 money some provinces print as columns of their own (广东: 财政专户拨款收入 over
  // 教育收费 | 其他专户收入拨款)
  'src.special-account.education': { zh: '教育收费', en: 'of special accounts: education fees' },
  'src.special-account.other': {
    zh: '其他财政专户收入',
    en: 'of special accounts: other special-account revenue',
  },
  'src.unit-funds': { zh: '单位资金', en: "Unit's own funds" },
  'src.business': { zh: '事业收入', en: 'Public-institution service revenue' },
  'src.operating': { zh: '事业单位经营收入', en: 'Business operation revenue' },
  'src.superior': { zh: '上级补助收入', en: 'Subsidies from higher-level units' },
  'src.affiliates': { zh: '附属单位上缴收入', en: 'Remittances from affiliated units' },
  'src.other': { zh: '其他收入', en: 'Other revenue' },
  'src.business-fund': { zh: '用事业基金弥补收支差额', en: 'Institution fund used to cover the deficit' },
  'src.non-fiscal-balance': { zh: '使用非财政拨款结余', en: 'Use of non-fiscal balances' },
  // carry-overs in
  'carry.total': { zh: '上年结转结余', en: 'Carry-over from the previous year' },
  'carry.fiscal': { zh: '年初财政拨款结转和结余', en: 'Fiscal carry-over at the start of the year' },
  'carry.gpb': { zh: '一般公共预算拨款结转', en: 'Carry-over: general public budget' },
  'carry.gov-fund': { zh: '政府性基金预算拨款结转', en: 'Carry-over: government fund budget' },
  'carry.soe-capital': { zh: '国有资本经营预算拨款结转', en: 'Carry-over: state capital operation budget' },
  'carry.special-account': { zh: '财政专户管理资金结转', en: 'Carry-over: special fiscal accounts' },
  'carry.unit-funds': { zh: '单位资金结转', en: "Carry-over: unit's own funds" },
  // expenditure
  'exp.total': { zh: '支出总计', en: 'Total expenditure (incl. carry-overs)' },
  'exp.current': { zh: '本年支出合计', en: 'Expenditure of the year' },
  'exp.basic': { zh: '基本支出', en: 'Basic expenditure' },
  'exp.basic.personnel': { zh: '人员经费', en: 'Personnel expenses' },
  'exp.basic.personnel.wages': { zh: '工资福利支出', en: 'Wages and benefits' },
  'exp.basic.personnel.family': { zh: '对个人和家庭的补助', en: 'Subsidies to individuals and households' },
  'exp.basic.public': { zh: '公用经费', en: 'Public (operating) expenses' },
  'exp.basic.public.goods': { zh: '商品和服务支出', en: 'Goods and services' },
  'exp.basic.public.capital': { zh: '资本性支出', en: 'Capital expenditure' },
  'exp.project': { zh: '项目支出', en: 'Project expenditure' },
  'exp.project.operating': { zh: '其他运转类', en: 'Projects: other operating' },
  'exp.project.specific': { zh: '特定目标类', en: 'Projects: specific objectives' },
  'exp.operating': { zh: '经营支出', en: 'Business operation expenditure' },
  'exp.remit-superior': { zh: '上缴上级支出', en: 'Remittances to higher-level units' },
  'exp.affiliates': { zh: '对附属单位补助支出', en: 'Subsidies to affiliated units' },
  'exp.balance-distribution': { zh: '结余分配', en: 'Distribution of balances', signed: true },
  // carry-overs out
  'end.total': { zh: '年末结转和结余', en: 'Carry-over at the end of the year' },
  'end.fiscal': { zh: '年末财政拨款结转和结余', en: 'Fiscal carry-over at the end of the year' },
  'end.gpb': { zh: '一般公共预算年末结转', en: 'End carry-over: general public budget' },
  'end.gov-fund': { zh: '政府性基金预算年末结转', en: 'End carry-over: government fund budget' },
  'end.soe-capital': { zh: '国有资本经营预算年末结转', en: 'End carry-over: state capital operation budget' },
  'end.non-fiscal': {
    zh: '年末非财政拨款结余结转',
    en: 'Non-fiscal balances and carry-over at the end of the year',
  },
  // the three public expenses
  '3p.total': { zh: '“三公”经费合计', en: 'Three public expenses, total' },
  '3p.abroad': { zh: '因公出国（境）费', en: 'Official travel abroad' },
  '3p.vehicle': { zh: '公务用车购置及运行费', en: 'Official vehicles: purchase and operation' },
  '3p.vehicle.purchase': { zh: '公务用车购置费', en: 'Official vehicles: purchase' },
  '3p.vehicle.operation': { zh: '公务用车运行维护费', en: 'Official vehicles: operation and maintenance' },
  '3p.reception': { zh: '公务接待费', en: 'Official reception' },
  // final-account comparisons
  'fa.budget': { zh: '年初预算数', en: 'Initial budget' },
  'fa.adjusted': { zh: '全年预算数', en: 'Adjusted full-year budget' },
  'fa.actual': { zh: '决算数', en: 'Final account (actual)' },
  'fa.actual.system': {
    zh: '系统查询全年执行数',
    en: 'Actual of the year as queried from the budget system',
  },
  'fa.completion': { zh: '完成预算（%）', en: 'Budget completion (%)', percent: true },
  'fa.change': { zh: '增减额', en: 'Change', signed: true },
  'fa.growth': { zh: '增减率（%）', en: 'Growth (%)', signed: true, percent: true },
  // other budget figures
  'other.operating-costs': { zh: '机关运行经费', en: 'Administrative operating costs' },
  'other.procurement': { zh: '政府采购预算', en: 'Government procurement budget' },
  'other.procurement.sme': {
    zh: '预留中小企业采购份额',
    en: 'Procurement reserved for small and medium enterprises',
  },
})

/** A key of the shared fact vocabulary (see {@link FACT_KEYS}). */
export type FactKey = keyof typeof FACT_KEYS

/**
 * Every fact key, in vocabulary order.
 *
 * @example
 * ```ts
 * FACT_KEY_LIST.includes('exp.project') // true
 * ```
 */
export const FACT_KEY_LIST: readonly FactKey[] = /*#__PURE__*/ Object.freeze(
  Object.keys(FACT_KEYS) as FactKey[],
)

/**
 * True when `key` belongs to the fact vocabulary.
 *
 * @example
 * ```ts
 * isFactKey('exp.basic') // true
 * isFactKey('__proto__') // false
 * ```
 */
export function isFactKey(key: string): key is FactKey {
  // a symbol or an object whose toString throws is no fact key (hasOwn would convert it)
  return typeof key === 'string' && Object.hasOwn(FACT_KEYS, key)
}
