/**
 * The standard tables of the budget (预算) and final-account (决算) sets, as kinds shared by
 * every template. A template says which kinds it prints, in which order and under which title.
 * @module
 */

interface TableKindInfo {
  readonly zh: string
  readonly en: string
  /** Number in the national final-account set, where the kind has one. */
  readonly finalAccountNo?: string
}

const define = <const T extends Record<string, TableKindInfo>>(t: T): { readonly [K in keyof T]: T[K] } =>
  Object.freeze(t)

/**
 * Every standard table kind with its usual Chinese title and an English one.
 *
 * @example
 * ```ts
 * TABLE_KINDS['three-public'].zh // '“三公”经费支出表'
 * TABLE_KINDS['summary'].finalAccountNo // '公开01表'
 * ```
 */
export const TABLE_KINDS = /*#__PURE__*/ define({
  summary: { zh: '收支总表', en: 'Revenue and expenditure summary', finalAccountNo: '公开01表' },
  income: { zh: '收入总表', en: 'Revenue', finalAccountNo: '公开02表' },
  expenditure: { zh: '支出总表', en: 'Expenditure', finalAccountNo: '公开03表' },
  'fiscal-summary': {
    zh: '财政拨款收支总表',
    en: 'Fiscal appropriation revenue and expenditure summary',
    finalAccountNo: '公开04表',
  },
  'gpb-expenditure': {
    zh: '一般公共预算支出表',
    en: 'General public budget expenditure',
    finalAccountNo: '公开05表',
  },
  'gpb-basic': {
    zh: '一般公共预算基本支出表',
    en: 'General public budget basic expenditure',
    finalAccountNo: '公开06表',
  },
  'gpb-basic-detail': {
    zh: '一般公共预算基本支出明细表',
    en: 'General public budget basic expenditure, detail',
  },
  'economic-summary': { zh: '支出经济分类汇总表', en: 'Expenditure by economic classification' },
  // Kinds other provinces print (issue 12): rows by economic class (部门 30x or 政府 50x), or by unit
  // and then class, with one amount per row or amounts by fund source.
  'gpb-economic': {
    zh: '一般公共预算支出经济分类表',
    en: 'General public budget expenditure by economic classification',
  },
  'gpb-project-economic': {
    zh: '一般公共预算项目支出经济分类表',
    en: 'General public budget project expenditure by economic classification',
  },
  'basic-by-source': { zh: '基本支出预算表（按资金来源）', en: 'Basic expenditure by fund source' },
  // 江苏 (公开05表, 公开06表): the 支出总表 and the 一般公共预算基本支出表 again, for all 财政拨款
  // (一般公共预算 + 政府性基金 + 国有资本经营) instead of all sources or the 一般公共预算 only.
  'fiscal-expenditure': {
    zh: '财政拨款支出表（功能科目）',
    en: 'Fiscal appropriation expenditure by functional class',
  },
  'fiscal-basic': {
    zh: '财政拨款基本支出表（经济科目）',
    en: 'Fiscal appropriation basic expenditure by economic class',
  },
  'three-public': {
    zh: '“三公”经费支出表',
    en: 'Three public expenses',
    finalAccountNo: '公开09表',
  },
  'gov-fund': {
    zh: '政府性基金预算支出表',
    en: 'Government fund budget expenditure',
    finalAccountNo: '公开07表',
  },
  'soe-capital': {
    zh: '国有资本经营预算支出表',
    en: 'State capital operation budget expenditure',
    finalAccountNo: '公开08表',
  },
  projects: { zh: '项目支出表', en: 'Project expenditure' },
  'operating-costs': { zh: '机关运行经费表', en: 'Administrative operating costs' },
  'special-funds': { zh: '部门主管专项资金表', en: 'Special funds administered by the department' },
  'department-performance': { zh: '部门整体绩效目标表', en: 'Department-wide performance targets' },
  'project-performance': { zh: '项目绩效目标表', en: 'Project performance targets' },
  procurement: { zh: '政府采购预算表', en: 'Government procurement budget' },
  assets: { zh: '国有资产占用情况表', en: 'State-owned assets in use' },
  'department-self-evaluation': {
    zh: '部门整体支出绩效自评表',
    en: 'Department-wide performance self-evaluation',
  },
  'project-self-evaluation': { zh: '项目支出绩效自评表', en: 'Project performance self-evaluation' },
})

/** A standard table kind (see {@link TABLE_KINDS}). */
export type TableKind = keyof typeof TABLE_KINDS

/**
 * Every table kind, in the usual print order.
 *
 * @example
 * ```ts
 * TABLE_KIND_LIST[0] // 'summary'
 * ```
 */
export const TABLE_KIND_LIST: readonly TableKind[] = /*#__PURE__*/ Object.freeze(
  Object.keys(TABLE_KINDS) as TableKind[],
)
