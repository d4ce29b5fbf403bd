/**
 * The shape of a table template: which standard tables a disclosure template prints, in which
 * order, and how each one looks (title, number, label and value columns, summary lines, 类 rows,
 * blank-versus-zero, the note of an empty table). Templates are data: a user defines another
 * province's layout with the same shape and passes it to `buildTables`.
 * @module
 */
import type { FactKey } from '../../model/factKeys'
import type { TableKind } from '../../model/tableKinds'
import type { MoneyUnit } from '../../money/types'

/**
 * A value column: its fact key and its header path (top of the header tree down to the column).
 *
 * @example
 * ```ts
 * const column: ColumnSpec = { key: 'src.gpb.fiscal', header: ['本年收入', '一般公共预算', '其中：财政拨款'] }
 * ```
 */
export interface ColumnSpec {
  readonly key: FactKey
  readonly header: readonly string[]
  /** Side-by-side block (收支总表: revenue 0, expenditure 1). */
  readonly block?: number
  /** 栏次 printed under the header. */
  readonly line?: string
}

/**
 * One 类 row of a summary table. `code` is the 类 the row stands for; a row without a code is a
 * stale or special line the template prints (（九）医疗卫生与计划生育支出, 三十一、人行专用科目): it is
 * printed, always empty, with its `note`.
 */
export interface ClassLineSpec {
  readonly code?: string
  readonly name: string
  readonly ordinal?: string
  /** 行次 / 序号 as printed. */
  readonly line?: string
  readonly note?: string
}

/**
 * A summary line named by a fact key (本年收入合计 `rev.current`, 上年结转结余 `carry.total` …).
 *
 * @example
 * ```ts
 * const line: FactLineSpec = { type: 'fact', key: 'rev.current', name: '本年收入合计', kind: 'total' }
 * ```
 */
export interface FactLineSpec {
  readonly type: 'fact'
  readonly key: FactKey
  readonly name: string
  readonly kind: 'total' | 'subtotal' | 'detail'
  readonly ordinal?: string
  readonly line?: string
  /** A source line (`src.*`) that counts the carried-over money too (部门整体绩效目标表: 政府预算资金). */
  readonly includesCarry?: boolean
}

/** Where the 类 rows of an expenditure side go, and which ones the template lists. */
export interface ClassesLineSpec {
  readonly type: 'classes'
  /**
   * How the ordinals run: by code (219 援助其他地区支出 is 十九, so 十八 is skipped) or in sequence.
   * Informational for shipped templates (their ordinals are written out); `classLines` uses it
   * to number a list for a template of your own.
   */
  readonly numbering: 'by-code' | 'sequence'
  readonly classes: readonly ClassLineSpec[]
}

/** A line printed with a label and no figures the line items can give (其中：教学科研人员因公出国（境）费). */
export interface LabelLineSpec {
  readonly type: 'label'
  readonly name: string
  readonly ordinal?: string
  readonly line?: string
  readonly note?: string
}

/** One line of a side of a two-sided table (收支总表, 财政拨款收支总表). */
export type LineSpec = FactLineSpec | ClassesLineSpec | LabelLineSpec

/** One side (block) of a two-sided table: its lines in print order. */
export interface SideSpec {
  readonly block: number
  readonly lines: readonly LineSpec[]
}

/**
 * Which money a table shows. `all`: every line item; `fiscal`: 财政拨款 (一般公共预算 财政拨款,
 * 政府性基金, 国有资本经营); `gpb`: 一般公共预算 财政拨款 only; `gov-fund`, `soe-capital`: that fund only.
 */
export type TableScope = 'all' | 'fiscal' | 'gpb' | 'gov-fund' | 'soe-capital'

/**
 * How the body rows of a one-sided table are laid out.
 * - `unit-xiang`: 合计, the department row, then one row per 项 (河南 支出表).
 * - `units`: 合计, the department row, one row per budget unit (河南 收入表).
 * - `hierarchy`: 合计, then 类 and 款 subtotal rows above their 项 (河北).
 * - `xiang`: 合计, then one row per 项 (决算 公开02/03/05表).
 * - `economic-gov`: 合计, one row per department economic code × government code (河南 基本支出表).
 * - `economic-class`: 合计, economic 类 subtotals above their 款 (河北 基本支出表).
 * - `economic-unit`: 合计, the department row, one row per economic code × government code (支出经济分类汇总表).
 * - `projects`: 合计, the department row, one row per project (项目支出表).
 * - `project-units`: department row, unit rows, one row per project with its code (项目绩效目标表).
 * - `single`: one row (三公, 机关运行经费).
 * - `three-public-lines`: one row per 三公 item (河北: 合计, 因公出国, 公务用车 …), funds as columns.
 * - `final-three-public`: 公开09表: a budget row (block 0) and an actual row (block 1).
 * - `budget-lines`: the 预算情况 block of the department performance table.
 * - `final-basic`: 公开06表, three blocks (人员经费 | 公用经费 | 公用经费).
 * - `procurement`, `assets`, `self-evaluation`: from the document's entities.
 */
export type RowLayout =
  | 'unit-xiang'
  | 'units'
  | 'hierarchy'
  | 'xiang'
  | 'economic-gov'
  | 'economic-class'
  | 'economic-unit'
  | 'projects'
  | 'project-units'
  | 'single'
  | 'three-public-lines'
  | 'final-three-public'
  | 'budget-lines'
  | 'final-basic'
  | 'procurement'
  | 'assets'
  | 'self-evaluation'

/** Blank versus zero: what a cell with nothing in it prints (河南 预算: blank; 决算: 0.00). */
export type EmptyCellStyle = 'blank' | 'zero'

/**
 * One table of a template: kind, title pattern, number, label and value columns, and either its
 * summary sides (two-sided tables) or its row layout, with the money it shows.
 *
 * @example
 * ```ts
 * const spec: TableSpec = {
 *   kind: 'gpb-expenditure', title: '{year}年一般公共预算支出情况表', number: '五', scope: 'gpb',
 *   currentOnly: true, layout: 'unit-xiang', labelHeader: [['科目编码', '类'], ['科目编码', '款'], ['科目编码', '项'], ['单位代码'], ['单位（科目名称）']],
 *   columns: [{ key: 'total', header: ['合计'] }, { key: 'exp.basic', header: ['基本支出', '小计'] }],
 * }
 * ```
 */
export interface TableSpec {
  readonly kind: TableKind
  /** Table id in the built document (default: the kind). */
  readonly id?: string
  /** Title; `{year}` is replaced by the fiscal year. */
  readonly title: string
  /** 公开01表, 预算01表, 一 … */
  readonly number?: string
  readonly labelHeader?: readonly (readonly string[])[]
  readonly columns: readonly ColumnSpec[]
  /** Two-sided tables: their sides. */
  readonly sides?: readonly SideSpec[]
  /** One-sided tables: how the rows are laid out. */
  readonly layout?: RowLayout
  readonly scope?: TableScope
  /** Only this year's money (the carry-over is left out): 一般公共预算支出表 "本表仅含当年财政拨款安排的支出". */
  readonly currentOnly?: boolean
  /** Only basic expenditure (基本支出表). */
  readonly basicOnly?: boolean
  /** Only project expenditure. */
  readonly projectOnly?: boolean
  /** Source columns (`src.*`) count carried-over money too (项目绩效目标表: 政府预算资金 includes the carry-over;
   * 财政拨款收支总表: the fund columns of the expenditure side). Summary lines say it per line. */
  readonly sourcesIncludeCarry?: boolean
  /** Print 序号 / 行次 on the body rows, counting from this number. */
  readonly lineFrom?: number
  /** Overrides the template's blank-versus-zero style for this table. */
  readonly emptyCells?: EmptyCellStyle
  /** The note printed when the table has no data (`{year}` is replaced by the fiscal year). */
  readonly emptyNote?: string
  readonly notes?: readonly string[]
  /**
   * Economic codes the table lists whether or not they carry money, in print order (决算 公开06表
   * lists its whole 301/303 | 302 | 307/310/399 catalogue); 3-digit codes are 类 subtotal rows.
   */
  readonly codes?: readonly (readonly string[])[]
  /** What a table with no money prints: a blank 合计 row (default) or no row at all (河北). */
  readonly emptyRows?: 'total' | 'none'
  /** Economic codes the table leaves out (机关运行经费 in 河南 2025 excludes 30228 工会经费, 30229 福利费, 30239 其他交通费用). */
  readonly excludeCodes?: readonly string[]
  /** Name of the 合计 row ('' where the print gives it no label). */
  readonly totalName?: string
}

/**
 * A table template: the layout of a province's (or the national) disclosure of one kind.
 * `id` matches a `TemplateRequirement` id (src/model/templates.ts) for the shipped ones; define
 * your own with the same shape (see docs/tables.md).
 *
 * @example
 * ```ts
 * const mine: TableTemplate = { ...HENAN_BUDGET_2024_TABLES, id: 'my-county', tables: HENAN_BUDGET_2024_TABLES.tables.slice(0, 3) }
 * buildTables({ ...input, template: mine }).length // 3
 * ```
 */
export interface TableTemplate {
  readonly id: string
  readonly zh: string
  readonly en: string
  readonly kind: 'budget' | 'final-account'
  /** The province whose documents print this layout (`河南`); absent for a national one. */
  readonly province?: string
  /** Decimals the tables print (2 for 万元 tables). A document may override it. */
  readonly decimals: number
  readonly unit: MoneyUnit
  /** What an empty cell prints. */
  readonly emptyCells: EmptyCellStyle
  /** The tables in print order. */
  readonly tables: readonly TableSpec[]
}
