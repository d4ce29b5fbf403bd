import { PROVINCIAL_TEMPLATE_REQUIREMENTS } from './provincialTemplates'
import type { TableKind } from './tableKinds'

/**
 * What a template (the province/kind layout a disclosure is printed in) requires: its table
 * kinds in print order. A document printed in the template must carry each required table or
 * record its absence. Templates are data: define your own with the same shape.
 */
export interface TemplateRequirement {
  readonly id: string
  readonly zh: string
  readonly en: string
  readonly kind: 'budget' | 'final-account'
  /**
   * Whose disclosure the layout is: a department's (部门预算/决算, the department and its units) or
   * one unit's (单位预算/决算). Default `department`. Nothing in the rules depends on it: a unit's
   * document is checked as a department's with no unit rows.
   */
  readonly scope?: 'department' | 'unit'
  /**
   * The province whose documents print this layout (`河南`, `广东` …); absent for a national one.
   * The reader uses it to choose a template by the province or city a document names.
   */
  readonly province?: string
  readonly tables: readonly TableKind[]
}

// The nine tables of the national final-account set, in the 公开01表…公开09表 order
// (河北 prints the same nine in its own wording).
const NINE_PUBLIC_TABLES: readonly TableKind[] = [
  'summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'gpb-expenditure',
  'gpb-basic',
  'gov-fund',
  'soe-capital',
  'three-public',
]

const freeze = <T extends TemplateRequirement>(t: T): T =>
  Object.freeze({ ...t, tables: Object.freeze([...t.tables]) })

/**
 * 河南 budget template (2023/24: 郑州, 卫辉): thirteen tables, 类 rows numbered by code.
 *
 * @example
 * ```ts
 * HENAN_BUDGET_2024.tables.length // 13
 * ```
 */
export const HENAN_BUDGET_2024: TemplateRequirement = /*#__PURE__*/ freeze({
  id: 'henan-budget-2024',
  province: '河南',
  zh: '河南省部门预算公开模板（2023—2024）',
  en: 'Henan department budget template (2023–2024)',
  kind: 'budget',
  tables: [
    'summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'gpb-expenditure',
    'gpb-basic',
    'economic-summary',
    'three-public',
    'gov-fund',
    'soe-capital',
    'projects',
    'department-performance',
    'project-performance',
  ],
})

/**
 * 河南 budget template, 2025 variant (焦作): adds 一般公共预算基本支出明细表 and 机关运行经费,
 * and the column 其中：上级专项转移支付安排支出.
 *
 * @example
 * ```ts
 * HENAN_BUDGET_2025.tables.includes('gpb-basic-detail') // true
 * ```
 */
export const HENAN_BUDGET_2025: TemplateRequirement = /*#__PURE__*/ freeze({
  id: 'henan-budget-2025',
  province: '河南',
  zh: '河南省部门预算公开模板（2025，焦作）',
  en: 'Henan department budget template (2025 variant, Jiaozuo)',
  kind: 'budget',
  tables: [
    'summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'gpb-expenditure',
    'gpb-basic',
    'gpb-basic-detail',
    'economic-summary',
    'three-public',
    'gov-fund',
    'soe-capital',
    'projects',
    'operating-costs',
    'department-performance',
    'project-performance',
  ],
})

/**
 * 河北 budget template (邢台 2024): 序号 and 栏次 columns, nine tables plus project
 * performance tables and the fixed-asset table in the text.
 *
 * @example
 * ```ts
 * HEBEI_BUDGET_2024.tables[0] // 'summary'
 * ```
 */
export const HEBEI_BUDGET_2024: TemplateRequirement = /*#__PURE__*/ freeze({
  id: 'hebei-budget-2024',
  province: '河北',
  zh: '河北省部门预算公开模板（2024）',
  en: 'Hebei department budget template (2024)',
  kind: 'budget',
  tables: NINE_PUBLIC_TABLES,
})

/**
 * The national final-account template: 公开01表 … 公开09表, with 行次.
 *
 * @example
 * ```ts
 * NATIONAL_FINAL_ACCOUNT.tables.length // 9
 * ```
 */
export const NATIONAL_FINAL_ACCOUNT: TemplateRequirement = /*#__PURE__*/ freeze({
  id: 'national-final-account',
  zh: '部门决算公开模板（公开01表—公开09表）',
  en: 'National final-account template (tables 01–09)',
  kind: 'final-account',
  tables: NINE_PUBLIC_TABLES,
})

/**
 * What the templates shipped with the library require of a document (which tables, which
 * columns), by id. Pass your own list to `parseDisclosure` to validate documents printed in
 * another layout. (The templates that build tables are `BUNDLED_TABLE_TEMPLATES`.)
 *
 * @example
 * ```ts
 * BUNDLED_TEMPLATE_REQUIREMENTS.map((t) => t.id)
 * // ['henan-budget-2024', 'henan-budget-2025', 'hebei-budget-2024', 'national-final-account']
 * ```
 */
export const BUNDLED_TEMPLATE_REQUIREMENTS: readonly TemplateRequirement[] = /*#__PURE__*/ Object.freeze([
  HENAN_BUDGET_2024,
  HENAN_BUDGET_2025,
  HEBEI_BUDGET_2024,
  NATIONAL_FINAL_ACCOUNT,
])

/**
 * Former name of {@link BUNDLED_TEMPLATE_REQUIREMENTS}, easily confused with `BUNDLED_TABLE_TEMPLATES`.
 *
 * @deprecated Use {@link BUNDLED_TEMPLATE_REQUIREMENTS}; this alias goes in the next minor version.
 * @example
 * ```ts
 * BUNDLED_TEMPLATES === BUNDLED_TEMPLATE_REQUIREMENTS // true
 * ```
 */
export const BUNDLED_TEMPLATES: readonly TemplateRequirement[] = BUNDLED_TEMPLATE_REQUIREMENTS

/**
 * Every template requirement the library knows: the bundled ones (which it can also build) and
 * the provincial ones it only reads and checks (`PROVINCIAL_TEMPLATE_REQUIREMENTS`). The default
 * of `parseDisclosure` and `reconcile`.
 *
 * @example
 * ```ts
 * KNOWN_TEMPLATE_REQUIREMENTS.some((t) => t.id === 'jiangsu-budget-2026') // true
 * ```
 */
export const KNOWN_TEMPLATE_REQUIREMENTS: readonly TemplateRequirement[] = /*#__PURE__*/ Object.freeze([
  ...BUNDLED_TEMPLATE_REQUIREMENTS,
  ...PROVINCIAL_TEMPLATE_REQUIREMENTS,
])
