import { z } from 'zod'
import type { FactKey } from './factKeys'
import { FactKeySchema } from './table'

/**
 * A reference to one printed cell: a table of the same document, the row (by code, fact key,
 * unit code or name) and the column (by fact key).
 *
 * @example
 * ```ts
 * CellRefSchema.parse({ table: 'summary', row: { key: 'rev.total' }, column: 'total' })
 * ```
 */
export const CellRefSchema = /*#__PURE__*/ z.strictObject({
  table: z.string(),
  row: z.strictObject({
    code: z.string().optional(),
    key: FactKeySchema.optional(),
    unitCode: z.string().optional(),
    govCode: z.string().optional(),
    name: z.string().optional(),
    block: z.number().int().optional(),
  }),
  column: FactKeySchema,
  block: z.number().int().optional(),
})

/** A reference to one printed cell. */
export interface CellRef extends z.infer<typeof CellRefSchema> {
  row: { code?: string; key?: FactKey; unitCode?: string; govCode?: string; name?: string; block?: number }
  column: FactKey
}

/**
 * What a derived figure is computed from: another figure of the text (`figure`), a table cell
 * (`cell`), or a value printed elsewhere, with a description of where (`value` + `source`).
 *
 * @example
 * ```ts
 * OperandSchema.parse({ value: '8938.04', source: '一般公共预算支出表 合计' })
 * ```
 */
export const OperandSchema = /*#__PURE__*/ z.union([
  z.strictObject({ figure: z.string() }),
  z.strictObject({ cell: CellRefSchema }),
  z.strictObject({ value: z.string(), source: z.string() }),
])

/** An operand of a derived text figure. */
export type Operand = { figure: string } | { cell: CellRef } | { value: string; source: string }

/**
 * Kinds of figures stated in the explanatory text.
 *
 * @example
 * ```ts
 * TEXT_FIGURE_KINDS.includes('growth') // true
 * ```
 */
export const TEXT_FIGURE_KINDS = [
  'amount',
  'share',
  'change',
  'growth',
  'completion',
  'ratio',
  'count',
] as const

/**
 * One figure stated in the explanatory text (情况说明), exactly as printed, pointing at what it
 * describes so that it can be checked: an amount restates a table cell (`refersTo`); a share,
 * change, growth or completion names its `operands` (`part`/`whole`, `current`/`prior`/`change`,
 * `actual`/`budget`). A part of a stated breakdown names its total in `partOf`; a total whose list of
 * parts ends in 等 says `partsIncomplete`.
 *
 * @example
 * ```ts
 * TextFigureSchema.parse({ id: 's3-f2', section: '三、支出预算总体情况说明',
 *   sentence: '其中：基本支出658.67万元，占7.36%', kind: 'share', printed: '7.36%', value: '7.36',
 *   unit: '%', subject: '基本支出占支出合计的比重',
 *   operands: { part: { figure: 's3-f1' }, whole: { figure: 's3-f0' } } })
 * ```
 */
export const TextFigureSchema = /*#__PURE__*/ z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/),
  section: z.string(),
  sentence: z.string(),
  kind: z.enum(TEXT_FIGURE_KINDS),
  printed: z.string(),
  value: z.string(),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease', 'flat']).optional(),
  subject: z.string(),
  year: z.number().int().optional(),
  operands: z
    .strictObject({
      part: OperandSchema.optional(),
      whole: OperandSchema.optional(),
      current: OperandSchema.optional(),
      prior: OperandSchema.optional(),
      change: OperandSchema.optional(),
      actual: OperandSchema.optional(),
      budget: OperandSchema.optional(),
    })
    .optional(),
  partOf: z.string().optional(),
  /**
   * The parts stated under this total are some of it, not all: their list ends in 等 ('其中：A…，
   * B…等'), so they need not add up to it.
   */
  partsIncomplete: z.literal(true).optional(),
  refersTo: CellRefSchema.optional(),
  note: z.string().optional(),
  /** Page of the source document the sentence is printed on (1-based), when read from a document. */
  page: z.number().int().min(1).optional(),
})

/** One figure stated in the explanatory text. */
export interface TextFigure extends z.infer<typeof TextFigureSchema> {
  operands?: {
    part?: Operand
    whole?: Operand
    current?: Operand
    prior?: Operand
    change?: Operand
    actual?: Operand
    budget?: Operand
  }
  refersTo?: CellRef
}
