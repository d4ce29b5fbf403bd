import { z } from 'zod'
import type { MoneyUnit } from '../money/types'
import { type Cell, CellSchema } from './cell'
import { FACT_KEY_LIST, type FactKey } from './factKeys'
import { TABLE_KIND_LIST, type TableKind } from './tableKinds'

/**
 * Amount units printed on tables and in texts.
 *
 * @example
 * ```ts
 * MONEY_UNITS.includes('万元') // true
 * ```
 */
export const MONEY_UNITS = ['元', '万元', '亿元'] as const

/**
 * Schema of an amount unit: 元, 万元 or 亿元.
 *
 * @example
 * ```ts
 * MoneyUnitSchema.parse('万元') // '万元'
 * ```
 */
export const MoneyUnitSchema = /*#__PURE__*/ z.enum(MONEY_UNITS)

/**
 * Schema of a fact key (see `FACT_KEYS`).
 *
 * @example
 * ```ts
 * FactKeySchema.safeParse('exp.basic').success // true
 * ```
 */
export const FactKeySchema = /*#__PURE__*/ z.enum(FACT_KEY_LIST as [FactKey, ...FactKey[]])

/**
 * Schema of a table kind (see `TABLE_KINDS`).
 *
 * @example
 * ```ts
 * TableKindSchema.parse('three-public') // 'three-public'
 * ```
 */
export const TableKindSchema = /*#__PURE__*/ z.enum(TABLE_KIND_LIST as [TableKind, ...TableKind[]])

/**
 * Schema of the printed values of one row: a cell per fact key the row prints (absent: column not printed).
 *
 * @example
 * ```ts
 * CellsSchema.parse({ total: '8944.03', 'exp.project.operating': '' })
 * ```
 */
export const CellsSchema = /*#__PURE__*/ z.partialRecord(FactKeySchema, CellSchema)

/**
 * The printed values of one row, as validated by {@link CellsSchema}: a cell per fact key.
 *
 * @example
 * ```ts
 * const cells: Cells = { total: '8944.03', 'exp.project.operating': '' }
 * ```
 */
export type Cells = Partial<Record<FactKey, Cell>>

/**
 * A value column of a printed table: what it means (`key`), the header labels from the top of the
 * header tree down to the column (`header`), and, for tables printed as side-by-side blocks
 * (收支总表: revenue | expenditure; 公开06表: three blocks), the block it belongs to.
 *
 * @example
 * ```ts
 * ColumnSchema.parse({ key: 'src.gpb.fiscal', header: ['本年收入', '一般公共预算', '其中：财政拨款'] })
 * ```
 */
export const ColumnSchema = /*#__PURE__*/ z.strictObject({
  key: FactKeySchema,
  header: z.array(z.string()).min(1),
  block: z.number().int().min(0).max(9).optional(),
  /** 栏次 printed under the header. */
  line: z.string().optional(),
})

/** A value column of a printed table. */
export interface Column extends z.infer<typeof ColumnSchema> {
  key: FactKey
}

/**
 * What a row code is a code of.
 *
 * @example
 * ```ts
 * CODE_SYSTEMS[0] // 'functional'
 * ```
 */
export const CODE_SYSTEMS = [
  'functional',
  'economic-department',
  'economic-government',
  'unit',
  'project',
] as const

/**
 * One printed row. A row is identified by what it is about: a classification code (`code`, with
 * `govCode` beside a department economic code where the template prints one), a budget unit,
 * a project (with the `item` it buys, in a 政府采购 table), or a summary line named by a fact key
 * (`key`: 本年收入合计 is `rev.current`).
 * `name` is the label as printed (line wraps removed); `cells` hold the printed values by column key.
 *
 * @example
 * ```ts
 * RowSchema.parse({ kind: 'detail', code: '2101501', codeSystem: 'functional', name: '行政运行',
 *   cells: { total: '495.18', 'exp.basic': '495.18' } })
 * ```
 */
export const RowSchema = /*#__PURE__*/ z.strictObject({
  kind: z.enum(['total', 'subtotal', 'unit', 'detail']),
  key: FactKeySchema.optional(),
  code: z
    .string()
    .regex(/^[0-9A-Za-z]{1,40}$/, '编码只能包含数字和字母 / a code holds digits and letters only')
    .optional(),
  codeSystem: z.enum(CODE_SYSTEMS).optional(),
  /** The code exactly as printed when it differs from `code` (split columns, OCR slips). */
  printedCode: z.string().optional(),
  govCode: z
    .string()
    .regex(
      /^5\d{2}(\d{2})?$/,
      '政府经济分类编码应为 3 或 5 位、以 5 开头 / a government economic code has 3 or 5 digits starting with 5',
    )
    .optional(),
  govName: z.string().optional(),
  unitCode: z
    .string()
    .regex(/^\d{1,12}$/)
    .optional(),
  unitName: z.string().optional(),
  projectType: z.string().optional(),
  name: z.string(),
  /**
   * What a government-procurement row buys (采购品目名称 / 采购物品名称: 投影仪, 复印纸), where the table
   * prints it beside the project or 专项 that names the row: two items of one project are two rows.
   */
  item: z.string().optional(),
  /** Chinese ordinal or serial number as printed (（十）, 十、, 1). */
  ordinal: z.string().optional(),
  /** 行次 / 序号 as printed. */
  line: z.string().optional(),
  /**
   * The year a row's figures are for, where a table prints several years as rows (a “三公” table
   * printing 2025年 and 2026年, then 增减): rules read the row of the document's fiscal year.
   */
  year: z.number().int().min(1949).max(2200).optional(),
  block: z.number().int().min(0).max(9).optional(),
  cells: CellsSchema,
  note: z.string().optional(),
  /** Page of the source document the row is printed on (1-based), when read from a document. */
  page: z.number().int().min(1).optional(),
})

/** One printed row. */
export interface Row extends z.infer<typeof RowSchema> {
  key?: FactKey
  cells: Cells
}

/**
 * A standard table exactly as printed (consumer direction) or as built (producer direction).
 * Contradictions between tables are kept: the reconciliation engine reads them cell by cell.
 *
 * `empty` records a table published without data and the note it prints
 * ("本部门无政府性基金预算财政拨款安排的支出，故本表无数据").
 *
 * @example
 * ```ts
 * PrintedTableSchema.parse({ id: 'three-public', kind: 'three-public', title: '2024年一般公共预算“三公”经费支出情况表',
 *   unit: '万元', columns: [{ key: '3p.total', header: ['“三公”经费合计'] }],
 *   rows: [{ kind: 'total', name: '合计', cells: { '3p.total': '0.72' } }] })
 * ```
 */
export const PrintedTableSchema = /*#__PURE__*/ z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, '表标识只能用小写字母、数字和连字符 / a table id uses a-z, 0-9 and -'),
    kind: TableKindSchema,
    title: z.string().min(1),
    /** 公开01表, 预算01表, or the ordinal under which the table is listed. */
    number: z.string().optional(),
    unit: MoneyUnitSchema.optional(),
    /** Header paths of the label columns (codes, names), for rendering as printed. */
    labelHeader: z.array(z.array(z.string())).optional(),
    columns: z.array(ColumnSchema),
    rows: z.array(RowSchema),
    /** Notes printed with the table (注, 备注, 部门名称 …), as printed. */
    notes: z.array(z.string()).optional(),
    /** Remarks of whoever transcribed or built the table (not printed): layout quirks, readings of OCR. */
    remarks: z.array(z.string()).optional(),
    empty: z.strictObject({ note: z.string() }).optional(),
    /**
     * Value columns printed whose header names no fact key (a reader left them unread): their cells
     * are in no row, so a sum across a row of their block cannot be checked.
     */
    unmappedColumns: z
      .array(
        z.strictObject({
          header: z.array(z.string()),
          block: z.number().int().min(0).max(9).optional(),
        }),
      )
      .optional(),
    /** Pages of the source document the table is printed on (1-based, ascending), when read from a document. */
    pages: z.array(z.number().int().min(1)).optional(),
  })
  .superRefine((table, ctx) => {
    // a key names one column of a block: two columns with one key would make a row's cells ambiguous
    const seen = new Set<string>()
    table.columns.forEach((column, i) => {
      const id = `${column.block ?? 0}:${column.key}`
      if (seen.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'key'],
          message: `“${column.header.join('/')}”列的含义键“${column.key}”在同一栏块中重复 / key "${column.key}" of column "${column.header.join('/')}" repeats within its block`,
        })
      seen.add(id)
    })
  })

/** A standard table as printed or built. */
export interface PrintedTable extends z.infer<typeof PrintedTableSchema> {
  kind: TableKind
  unit?: MoneyUnit
  columns: Column[]
  rows: Row[]
}
