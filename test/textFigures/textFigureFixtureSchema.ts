import { z } from 'zod'

/**
 * Where an operand of a derived figure comes from: another figure of the same fixture file, or a
 * value printed elsewhere (a table) with the place it is printed in words.
 *
 * @example
 * ```ts
 * FixtureOperandSchema.parse({ figure: 's3-f1' })
 * FixtureOperandSchema.parse({ value: '8944.03', source: '部门收支总表 支出总计' })
 * ```
 */
export const FixtureOperandSchema = /*#__PURE__*/ z.union([
  z.strictObject({ figure: z.string().min(1) }),
  z.strictObject({ value: z.string().min(1), source: z.string().min(1) }),
])

const operand = FixtureOperandSchema.optional()

/**
 * One figure of the explanatory text, as transcribed in `test/fixtures/text-figures/*.json`.
 * The shape follows `src/model/textFigure.ts` (without `refersTo`, which the fixtures do not use).
 *
 * @example
 * ```ts
 * TextFigureFixtureSchema.parse({ id: 's3-f3', section: '三、支出预算总体情况说明',
 *   sentence: '…基本支出658.67万元，占7.36%；', kind: 'share', printed: '7.36%', value: '7.36',
 *   unit: '%', subject: '基本支出占支出合计的比重',
 *   operands: { part: { figure: 's3-f2' }, whole: { figure: 's3-f1' } } })
 * ```
 */
export const TextFigureFixtureSchema = /*#__PURE__*/ z.strictObject({
  id: z.string().regex(/^s\d+-f\d+$/),
  section: z.string().min(1),
  sentence: z.string().min(1),
  kind: z.enum(['amount', 'share', 'change', 'growth', 'completion', 'ratio', 'count']),
  printed: z.string().min(1),
  value: z.string().min(1),
  unit: z.string().min(1),
  direction: z.enum(['increase', 'decrease', 'flat']).optional(),
  subject: z.string().min(1),
  year: z.number().int().min(2000).max(2100).optional(),
  operands: z
    .strictObject({
      part: operand,
      whole: operand,
      current: operand,
      prior: operand,
      change: operand,
      actual: operand,
      budget: operand,
    })
    .optional(),
  partOf: z.string().optional(),
  note: z.string().min(1).optional(),
})

/** One transcribed text figure. */
export type TextFigureFixture = z.infer<typeof TextFigureFixtureSchema>
