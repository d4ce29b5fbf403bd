/**
 * Shapes of the glossary (名词解释): one entry per term a reader of a 部门预算/决算 disclosure meets.
 * @module
 */

/**
 * Names of the calculation functions of `@medbudget/core` (in `src/calc/`) that compute a ratio
 * the glossary defines. Kept as names, not imports, so the glossary can be loaded without the
 * arithmetic.
 *
 * @example
 * ```ts
 * GLOSSARY['carryover-rate'].calc // 'carryoverRate'
 * ```
 */
export type GlossaryCalcFunction =
  | 'budgetExecutionRate'
  | 'carryoverRate'
  | 'budgetAdjustmentRate'
  | 'threePublicControlRate'
  | 'procurementExecutionRate'
  | 'specialFundDetailRate'
  | 'share'
  | 'growth'
  | 'completion'

/**
 * Where a term belongs in a disclosure; used to group the generated documentation.
 *
 * @example
 * ```ts
 * GLOSSARY['official-reception'].category // 'three-public'
 * ```
 */
export type GlossaryCategory =
  | 'document'
  | 'fund-source'
  | 'revenue'
  | 'carryover'
  | 'expenditure'
  | 'classification'
  | 'three-public'
  | 'management'
  | 'performance'
  | 'ratio'
  | 'presentation'

/**
 * Standard table titles as the primer (§5) names them. Provinces print variants
 * (`2024年一般公共预算“三公”经费支出情况表`, `部门预算财政拨款“三公”经费支出表`); a reference here
 * names the kind of table, not one printing of it.
 *
 * @example
 * ```ts
 * GLOSSARY['official-reception'].tables[0].table // '一般公共预算“三公”经费支出表'
 * ```
 */
export type GlossaryTableName =
  // 预算
  | '部门收支总表'
  | '部门收入总表'
  | '部门支出总表'
  | '财政拨款收支总表'
  | '一般公共预算支出表'
  | '一般公共预算基本支出表'
  | '支出经济分类汇总表'
  | '一般公共预算“三公”经费支出表'
  | '政府性基金预算支出表'
  | '国有资本经营预算支出表'
  | '项目支出表'
  | '机关运行经费表'
  | '部门整体绩效目标表'
  | '项目绩效目标表'
  | '政府采购预算表'
  // 决算
  | '收入支出决算总表'
  | '收入决算表'
  | '支出决算表'
  | '财政拨款收入支出决算总表'
  | '一般公共预算财政拨款支出决算表'
  | '一般公共预算财政拨款基本支出决算明细表'
  | '政府性基金预算财政拨款收入支出决算表'
  | '国有资本经营预算财政拨款支出决算表'
  | '“三公”经费支出决算表'
  | '部门整体支出绩效自评表'
  | '项目支出绩效自评表'

/**
 * A table, and optionally the column (or row, for line items such as 上年结转) where the term is printed.
 *
 * @example
 * ```ts
 * GLOSSARY['official-reception'].tables[0] // { table: '一般公共预算“三公”经费支出表', column: '公务接待费' }
 * ```
 */
export interface GlossaryTableRef {
  readonly table: GlossaryTableName
  /** Column or row heading as usually printed. */
  readonly column?: string
}

/**
 * A formula in words, in both languages.
 *
 * @example
 * ```ts
 * GLOSSARY.share.formula // { zh: '占比 = 部分 ÷ 整体 × 100%', en: 'share = part ÷ whole × 100%' }
 * ```
 */
export interface GlossaryFormula {
  readonly zh: string
  readonly en: string
}

/**
 * One glossary entry.
 *
 * `definition` is the project's own wording, consistent with the seeds' 名词解释 but never copied
 * from them (a test enforces this). `related` holds ids of other entries; a test checks that each
 * one exists.
 *
 * @typeParam Id - the entry's id (the catalog key)
 * @example
 * ```ts
 * const e: GlossaryEntry = GLOSSARY['official-reception']
 * e.en.term // 'official hospitality'
 * ```
 */
export interface GlossaryEntry<Id extends string = string> {
  /** Stable ASCII key, equal to the catalog key. */
  readonly id: Id
  /** The term in Chinese, in its most common printed form. */
  readonly term: string
  /** Other printed names of the same thing (variant names, longer or shorter forms). */
  readonly aliases: readonly string[]
  readonly category: GlossaryCategory
  /** Definition in Chinese. */
  readonly definition: string
  readonly en: {
    readonly term: string
    readonly definition: string
    /** Other English names, for search. */
    readonly aliases?: readonly string[]
  }
  /** 部门预算支出经济分类 codes (类 or 款) the term covers. */
  readonly economicCodes?: readonly string[]
  /** 政府预算支出经济分类 codes (类 or 款) the term covers. */
  readonly governmentEconomicCodes?: readonly string[]
  /** 支出功能分类 codes the term is tied to. */
  readonly functionalCodes?: readonly string[]
  readonly tables?: readonly GlossaryTableRef[]
  readonly related?: readonly string[]
  /** For ratios: how it is computed. */
  readonly formula?: GlossaryFormula
  /** For ratios: the function of this library that computes it. */
  readonly calc?: GlossaryCalcFunction
}

/**
 * A glossary: entries keyed by their id. The built-in one is `GLOSSARY`; a caller may pass its own
 * (for example the built-in one plus local terms) to the lookup functions.
 *
 * @example
 * ```ts
 * const mine = { ...GLOSSARY, 'my-term': { id: 'my-term', term: '本地名词', aliases: [], category: 'document', definition: '…', en: { term: 'local term', definition: '…' } } } satisfies Glossary
 * lookupTerm('本地名词', mine).found // true
 * ```
 */
export type Glossary = { readonly [id: string]: GlossaryEntry }

/**
 * Language filter for `searchGlossary`.
 *
 * @example
 * ```ts
 * searchGlossary('vehicle', { lang: 'zh' }) // []
 * ```
 */
export type GlossaryLang = 'zh' | 'en'
