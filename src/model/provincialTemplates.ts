/**
 * What the layouts of other provinces require of a document, as the development corpus prints
 * them (2026 部门预算 of 广州, 珠海, 苏州, 无锡, 杭州, 湖州, 长沙, 泉州): the standard tables each
 * prints, in print order. The library reads and checks documents in these layouts; it does not
 * build them (no table template).
 * @module
 */
import type { TemplateRequirement } from './templates'

const freeze = (t: TemplateRequirement): TemplateRequirement =>
  Object.freeze({ ...t, tables: Object.freeze([...t.tables]) })

/**
 * 广东 budget set (广州, 珠海 2026): 收支总体情况表 … 部门预算项目支出及其他支出预算表, twelve tables
 * (八、财政拨款安排的行政经费及“三公”经费预算表 is the three-public one), among them the
 * 一般公共预算项目支出情况表（按经济分类科目） and the 部门预算基本支出预算表 by fund source.
 *
 * @example
 * ```ts
 * GUANGDONG_BUDGET_2026.tables.includes('basic-by-source') // true
 * ```
 */
export const GUANGDONG_BUDGET_2026: TemplateRequirement = /*#__PURE__*/ freeze({
  id: 'guangdong-budget-2026',
  province: '广东',
  zh: '广东省部门预算公开表（2026，广州、珠海）',
  en: 'Guangdong department budget tables (2026, Guangzhou, Zhuhai)',
  kind: 'budget',
  scope: 'department',
  tables: [
    'summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'gpb-expenditure',
    'gpb-basic',
    'gpb-project-economic',
    'three-public',
    'gov-fund',
    'soe-capital',
    'basic-by-source',
    'projects',
  ],
})

/**
 * 江苏 budget set (苏州, 无锡 2026): 公开01表 … 公开13表, among them the 财政拨款支出表（功能科目）
 * (`fiscal-expenditure`) and the 财政拨款基本支出表（经济科目） (`fiscal-basic`).
 *
 * @example
 * ```ts
 * JIANGSU_BUDGET_2026.tables.at(-1) // 'procurement'
 * ```
 */
export const JIANGSU_BUDGET_2026: TemplateRequirement = /*#__PURE__*/ freeze({
  id: 'jiangsu-budget-2026',
  province: '江苏',
  zh: '江苏省部门预算公开表（2026，公开01表—公开13表）',
  en: 'Jiangsu department budget tables (2026, tables 01–13)',
  kind: 'budget',
  scope: 'department',
  tables: [
    'summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'fiscal-expenditure',
    'fiscal-basic',
    'gpb-expenditure',
    'gpb-basic',
    'three-public',
    'gov-fund',
    'soe-capital',
    'operating-costs',
    'procurement',
  ],
})

/**
 * 浙江 budget set (杭州, 湖州 2026): 表1 市级部门收支预算总表 … 表11 项目支出绩效表.
 *
 * @example
 * ```ts
 * ZHEJIANG_BUDGET_2026.tables.length // 11
 * ```
 */
export const ZHEJIANG_BUDGET_2026: TemplateRequirement = /*#__PURE__*/ freeze({
  id: 'zhejiang-budget-2026',
  province: '浙江',
  zh: '浙江省市级部门预算公开表（2026，杭州、湖州）',
  en: 'Zhejiang department budget tables (2026, Hangzhou, Huzhou)',
  kind: 'budget',
  scope: 'department',
  tables: [
    'summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'gpb-expenditure',
    'gpb-basic',
    'three-public',
    'gov-fund',
    'soe-capital',
    'projects',
    'project-performance',
  ],
})

/**
 * 湖南 budget set (长沙 2026): 部门收支总表 … 部门整体支出绩效目标表, ten tables.
 *
 * @example
 * ```ts
 * HUNAN_BUDGET_2026.tables.at(-1) // 'department-performance'
 * ```
 */
export const HUNAN_BUDGET_2026: TemplateRequirement = /*#__PURE__*/ freeze({
  id: 'hunan-budget-2026',
  province: '湖南',
  zh: '湖南省部门预算公开表（2026，长沙）',
  en: 'Hunan department budget tables (2026, Changsha)',
  kind: 'budget',
  scope: 'department',
  tables: [
    'summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'gpb-expenditure',
    'gpb-basic',
    'three-public',
    'gov-fund',
    'project-performance',
    'department-performance',
  ],
})

/**
 * 福建 budget set (泉州 2026): 收支预算总表 … 一般公共预算“三公”经费支出预算表 (八 is the
 * 一般公共预算支出经济分类情况表), then the department and project performance targets.
 *
 * @example
 * ```ts
 * FUJIAN_BUDGET_2026.tables.includes('gpb-economic') // true
 * ```
 */
export const FUJIAN_BUDGET_2026: TemplateRequirement = /*#__PURE__*/ freeze({
  id: 'fujian-budget-2026',
  province: '福建',
  zh: '福建省部门预算公开表（2026，泉州）',
  en: 'Fujian department budget tables (2026, Quanzhou)',
  kind: 'budget',
  scope: 'department',
  tables: [
    'summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'gpb-expenditure',
    'gov-fund',
    'soe-capital',
    'gpb-economic',
    'gpb-basic',
    'three-public',
    'department-performance',
    'project-performance',
  ],
})

/**
 * The layouts of other provinces the library checks but does not build, by id. Pass them (with
 * the bundled ones, or your own) as `templates` to `parseDisclosure` and `reconcile`; both use
 * {@link KNOWN_TEMPLATE_REQUIREMENTS} by default. A document in a layout none of them describes
 * is checked all the same: only the required-tables rule needs a template.
 *
 * @example
 * ```ts
 * PROVINCIAL_TEMPLATE_REQUIREMENTS.map((t) => t.id)
 * // ['guangdong-budget-2026', 'jiangsu-budget-2026', 'zhejiang-budget-2026', 'hunan-budget-2026', 'fujian-budget-2026']
 * ```
 */
export const PROVINCIAL_TEMPLATE_REQUIREMENTS: readonly TemplateRequirement[] = /*#__PURE__*/ Object.freeze([
  GUANGDONG_BUDGET_2026,
  JIANGSU_BUDGET_2026,
  ZHEJIANG_BUDGET_2026,
  HUNAN_BUDGET_2026,
  FUJIAN_BUDGET_2026,
])
