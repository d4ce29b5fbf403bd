import { z } from 'zod'
import type { MoneyUnit } from '../money/types'
import { type AssetItem, AssetItemSchema } from './asset'
import { CellSchema } from './cell'
import { type DepartmentPerformance, DepartmentPerformanceSchema } from './departmentPerformance'
import { FACT_KEYS, type FactKey } from './factKeys'
import { type LineItem, LineItemSchema } from './lineItem'
import { type ProcurementItem, ProcurementItemSchema } from './procurement'
import { type Project, ProjectSchema } from './project'
import {
  FactKeySchema,
  MoneyUnitSchema,
  type PrintedTable,
  PrintedTableSchema,
  type Row,
  TableKindSchema,
} from './table'
import type { TableKind } from './tableKinds'
import { type TextFigure, TextFigureSchema } from './textFigure'

/**
 * Identifies the JSON format of a disclosure; bumped only on a breaking change of the format.
 *
 * @example
 * ```ts
 * DISCLOSURE_FORMAT // 'medbudget/disclosure@1'
 * ```
 */
export const DISCLOSURE_FORMAT = 'medbudget/disclosure@1'

/**
 * A budget unit (预算单位) of the department: code (department code + three digits, as a string),
 * name, and type — 行政 (administrative), 事业 (public institution) or 参公 (public institution
 * managed like an administrative unit).
 *
 * @example
 * ```ts
 * BudgetUnitSchema.parse({ code: '309201', name: '焦作市社会医疗保险中心', type: '参公' })
 * ```
 */
export const BudgetUnitSchema = /*#__PURE__*/ z.strictObject({
  code: z.string().regex(/^\d{1,12}$/, '单位编码应为数字字符串 / a unit code is a string of digits'),
  name: z.string().min(1),
  type: z.enum(['行政', '事业', '参公']).optional(),
})

/** A budget unit. */
export interface BudgetUnit extends z.infer<typeof BudgetUnitSchema> {}

/**
 * A required table that the document does not carry, and why: not published at all, listed in
 * the 目录 but missing from the text, or not applicable to the department.
 *
 * @example
 * ```ts
 * AbsentTableSchema.parse({ kind: 'projects', reason: 'not-published' })
 * ```
 */
export const AbsentTableSchema = /*#__PURE__*/ z.strictObject({
  kind: TableKindSchema,
  title: z.string().optional(),
  reason: z.enum(['not-published', 'listed-not-printed', 'not-applicable']),
  note: z.string().optional(),
})

/** A required table recorded as absent. */
export interface AbsentTable extends z.infer<typeof AbsentTableSchema> {
  kind: TableKind
}

/**
 * A figure of the prior year that the document compares against (printed in its text, or
 * derived from a printed change), so year-on-year questions have one answer.
 *
 * @example
 * ```ts
 * PriorFactSchema.parse({ subject: '收入总计', key: 'rev.total', value: '7845.61', source: 'derived', figures: ['s1-f1', 's1-f2'] })
 * ```
 */
export const PriorFactSchema = /*#__PURE__*/ z.strictObject({
  subject: z.string(),
  key: FactKeySchema.optional(),
  code: z.string().optional(),
  value: CellSchema,
  source: z.enum(['text', 'table', 'derived']),
  figures: z.array(z.string()).optional(),
})

/** A prior-year figure. */
export interface PriorFact extends z.infer<typeof PriorFactSchema> {
  key?: FactKey
}

/**
 * What makes a row one row of its table (block, kind, key, codes, line, name, unit name and the
 * item bought where printed): the model keeps one row per identity.
 *
 * @example
 * ```ts
 * rowIdentity({ kind: 'total', name: '合计', cells: {} }) // '[0,"total","","","","","","","合计"]'
 * ```
 * @internal
 */
export const rowIdentity = (row: Row): string =>
  JSON.stringify([
    row.block ?? 0,
    row.kind,
    row.key ?? '',
    row.code ?? '',
    row.govCode ?? '',
    row.unitCode ?? '',
    row.projectType ?? '',
    row.line ?? '',
    row.name,
    // the same class under another unit (a table listing each unit's classes) is another row
    ...(row.unitName !== undefined ? [row.unitName] : []),
    // another item bought for the same project (政府采购: 投影仪, 扫描仪 under one 专项) is another row
    ...(row.item !== undefined ? [{ item: row.item }] : []),
  ])

/**
 * The schema of a disclosure document of either kind (预算 `budget`, 决算 `final-account`).
 *
 * Structure: department and units, fiscal year, template id, amount unit, publication date; the
 * standard tables as printed (or built); the projects, department performance targets,
 * procurement and assets; the figures of the explanatory text; the prior-year figures it
 * compares against; the glossary as printed; and, for producers, the line items.
 *
 * Beyond the shape, it checks what a document cannot contain: two tables with one id, the same
 * row twice in a table, a negative amount where none is possible, a text figure pointing at
 * a figure or table that does not exist. Whether required tables are present is checked against
 * a template by `parseDisclosure`.
 *
 * @example
 * ```ts
 * const doc = DisclosureSchema.parse(json) // throws a ZodError; prefer parseDisclosure
 * ```
 */
export const DisclosureSchema = /*#__PURE__*/ z
  .strictObject({
    format: z.literal(DISCLOSURE_FORMAT),
    kind: z.enum(['budget', 'final-account']),
    fiscalYear: z.number().int().min(2000).max(2100),
    department: z.strictObject({
      code: z
        .string()
        .regex(/^\d{1,12}$/, '部门编码应为数字字符串 / a department code is a string of digits')
        // many published documents print no department code
        .optional(),
      name: z.string().min(1),
    }),
    units: z.array(BudgetUnitSchema),
    template: z.string().min(1),
    amountUnit: MoneyUnitSchema,
    title: z.string().optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    source: z.strictObject({ file: z.string().optional(), note: z.string().optional() }).optional(),
    tables: z.array(PrintedTableSchema),
    absent: z.array(AbsentTableSchema),
    projects: z.array(ProjectSchema).optional(),
    departmentPerformance: DepartmentPerformanceSchema.optional(),
    procurement: z.array(ProcurementItemSchema).optional(),
    assets: z.array(AssetItemSchema).optional(),
    text: z.strictObject({ figures: z.array(TextFigureSchema) }).optional(),
    priorYear: z.strictObject({ fiscalYear: z.number().int(), facts: z.array(PriorFactSchema) }).optional(),
    glossary: z.array(z.strictObject({ term: z.string(), definition: z.string() })).optional(),
    lineItems: z.array(LineItemSchema).optional(),
  })
  .superRefine((doc, ctx) => {
    const tableIds = new Set<string>()
    doc.tables.forEach((table, t) => {
      if (tableIds.has(table.id))
        ctx.addIssue({
          code: 'custom',
          path: ['tables', t, 'id'],
          message: `表标识“${table.id}”重复 / duplicate table id "${table.id}"`,
        })
      tableIds.add(table.id)
      const seen = new Map<string, number>()
      table.rows.forEach((row, r) => {
        const id = rowIdentity(row)
        const first = seen.get(id)
        if (first !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['tables', t, 'rows', r],
            message: `“${row.name}”行与第${first + 1}行重复 / row "${row.name}" duplicates row ${first + 1}`,
          })
        else seen.set(id, r)
        // a row that is a change (增减, e.g. a “三公” table's row under its two years) may be negative
        const rowInfo = row.key !== undefined ? FACT_KEYS[row.key] : undefined
        const signedRow = rowInfo !== undefined && 'signed' in rowInfo && rowInfo.signed === true
        for (const [key, cell] of Object.entries(row.cells)) {
          const info = FACT_KEYS[key as keyof typeof FACT_KEYS]
          if (
            cell?.startsWith('-') &&
            /\d/.test(cell) &&
            info &&
            !signedRow &&
            !('signed' in info && info.signed)
          )
            ctx.addIssue({
              code: 'custom',
              path: ['tables', t, 'rows', r, 'cells', key],
              message: `“${row.name}”的${info.zh}不能为负数（${cell}）/ ${info.en} of "${row.name}" cannot be negative (${cell})`,
            })
        }
      })
    })
    const figureIds = new Set<string>()
    const figures = doc.text?.figures ?? []
    figures.forEach((f, i) => {
      if (figureIds.has(f.id))
        ctx.addIssue({
          code: 'custom',
          path: ['text', 'figures', i, 'id'],
          message: `文字数字标识“${f.id}”重复 / duplicate figure id "${f.id}"`,
        })
      figureIds.add(f.id)
    })
    figures.forEach((f, i) => {
      const refs: { path: (string | number)[]; figure?: string; table?: string }[] = []
      if (f.partOf !== undefined) refs.push({ path: ['partOf'], figure: f.partOf })
      if (f.refersTo) refs.push({ path: ['refersTo', 'table'], table: f.refersTo.table })
      for (const [role, op] of Object.entries(f.operands ?? {})) {
        if (op && 'figure' in op) refs.push({ path: ['operands', role, 'figure'], figure: op.figure })
        if (op && 'cell' in op) refs.push({ path: ['operands', role, 'cell', 'table'], table: op.cell.table })
      }
      for (const ref of refs) {
        if (ref.figure !== undefined && !figureIds.has(ref.figure))
          ctx.addIssue({
            code: 'custom',
            path: ['text', 'figures', i, ...ref.path],
            message: `引用的文字数字“${ref.figure}”不存在 / figure "${ref.figure}" does not exist`,
          })
        if (ref.table !== undefined && !tableIds.has(ref.table))
          ctx.addIssue({
            code: 'custom',
            path: ['text', 'figures', i, ...ref.path],
            message: `引用的表“${ref.table}”不存在 / table "${ref.table}" does not exist`,
          })
      }
    })
  })

/** A disclosure document (预算 or 决算), as validated by {@link DisclosureSchema}. */
export interface Disclosure extends z.infer<typeof DisclosureSchema> {
  units: BudgetUnit[]
  amountUnit: MoneyUnit
  tables: PrintedTable[]
  absent: AbsentTable[]
  projects?: Project[]
  departmentPerformance?: DepartmentPerformance
  procurement?: ProcurementItem[]
  assets?: AssetItem[]
  text?: { figures: TextFigure[] }
  priorYear?: { fiscalYear: number; facts: PriorFact[] }
  lineItems?: LineItem[]
}
