/**
 * What the table builders take: the line items and the document's entities, the template, and
 * the choices a producer may make (decimals, given figures, names).
 * @module
 */
import type { Catalog } from '../../codes/catalog'
import type { AssetItem } from '../../model/asset'
import type { DepartmentPerformance } from '../../model/departmentPerformance'
import type { BudgetUnit } from '../../model/disclosure'
import type { LineItem } from '../../model/lineItem'
import type { ProcurementItem } from '../../model/procurement'
import type { Project } from '../../model/project'
import type { TableKind } from '../../model/tableKinds'
import type { TableTemplate } from '../templates/types'

/**
 * The "三公" figures a producer can give instead of summing economic codes.
 *
 * @example
 * ```ts
 * const given: ThreePublicFigures = { '3p.vehicle.operation': '0.72', '3p.reception': '0' }
 * ```
 */
export interface ThreePublicFigures {
  readonly '3p.abroad'?: string
  readonly '3p.vehicle.purchase'?: string
  readonly '3p.vehicle.operation'?: string
  readonly '3p.reception'?: string
}

/**
 * Names of classification codes. Line items carry codes only; the builders ask these functions
 * for the name to print, and the bundled catalogs (edition of the fiscal year) where they answer
 * undefined.
 *
 * @example
 * ```ts
 * const names: CodeNames = { functional: (code) => ({ '2050202': '小学教育' })[code] }
 * ```
 */
export interface CodeNames {
  readonly functional?: (code: string, year: number) => string | undefined
  readonly economic?: (code: string, year: number) => string | undefined
  readonly government?: (code: string, year: number) => string | undefined
}

/**
 * Input of `buildTables`.
 *
 * @example
 * ```ts
 * const input: BuildTablesInput = {
 *   lineItems: [{ unitCode: '503001', functionalCode: '2101501', kind: 'basic', basicClass: 'personnel',
 *     economicCode: '30101', govEconomicCode: '50101', source: 'gpb', amount: '291.0812' }],
 *   department: { code: '503', name: '卫辉市医疗保障局' }, units: [{ code: '503001', name: '卫辉市医疗保障局' }],
 *   fiscalYear: 2024, template: HENAN_BUDGET_2024_TABLES,
 * }
 * ```
 */
export interface BuildTablesInput {
  /** The producer's atoms: unit × 项 × basic/project × economic code × source → amount. */
  readonly lineItems: readonly LineItem[]
  readonly department: { readonly code: string; readonly name: string }
  readonly units: readonly BudgetUnit[]
  readonly fiscalYear: number
  readonly template: TableTemplate
  /** Decimals to print (default: the template's). */
  readonly decimals?: number
  /** Projects (names, codes, indicators) for the project and project-performance tables. */
  readonly projects?: readonly Project[]
  readonly departmentPerformance?: DepartmentPerformance
  readonly procurement?: readonly ProcurementItem[]
  readonly assets?: readonly AssetItem[]
  /** "三公" figures to print instead of the sums of 30212/30217/30231/31013. */
  readonly threePublic?: ThreePublicFigures
  /** 决算 公开09表: the (adjusted) budget of the "三公" expenses. */
  readonly threePublicBudget?: ThreePublicFigures
  /** 机关运行经费 to print instead of the 公用经费 of administrative (行政, 参公) units. */
  readonly operatingCosts?: string
  /** Notes of empty tables, overriding the template's. */
  readonly emptyNotes?: Partial<Record<TableKind, string>>
  /** Which 一般公共预算 items are 上级专项转移支付 (the 2025 河南 column); line items do not say. */
  readonly isSuperiorTransfer?: (item: LineItem) => boolean
  readonly names?: CodeNames
  /**
   * The functional catalog that names the 功能分类 codes (default: the bundled one) — e.g. one built
   * from your official list with `functionalCatalogFromCsv`. `names.functional`, when given, still wins.
   */
  readonly functionalCatalog?: Catalog<string>
}

/**
 * One cell of the fact cube: line items with equal dimensions, summed exactly.
 *
 * @example
 * ```ts
 * factCube(lineItems)[0] // { item: { unitCode: '503001', functionalCode: '2101501', … }, amount: '291.0812' }
 * ```
 */
export interface CubeEntry {
  /** The first line item of the group (its dimensions; its amount is not the group's). */
  readonly item: LineItem
  /** Exact sum of the group, canonical decimal string. */
  readonly amount: string
}

/**
 * What every table builder reads: the input, the fact cube, resolved decimals and names. Make one
 * with `createBuildContext`.
 *
 * @example
 * ```ts
 * const ctx: BuildContext = createBuildContext(input)
 * ```
 */
export interface BuildContext {
  readonly input: BuildTablesInput
  readonly cube: readonly CubeEntry[]
  readonly decimals: number
  readonly names: Required<CodeNames>
}
