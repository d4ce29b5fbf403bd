import { z } from 'zod'
import { CANONICAL_AMOUNT } from './cell'

/**
 * Fund sources a line item can be paid from (the revenue side of the tables).
 *
 * @example
 * ```ts
 * FUND_SOURCES[0] // 'gpb' (一般公共预算)
 * ```
 */
export const FUND_SOURCES = [
  'gpb',
  'gov-fund',
  'soe-capital',
  'special-account',
  'business',
  'operating',
  'superior',
  'affiliates',
  'other',
  'business-fund',
] as const

/** A fund source. `gpb` is 一般公共预算; see `FACT_KEYS` (`rev.*`) for the labels. */
export type FundSource = (typeof FUND_SOURCES)[number]

/**
 * The producer's atom: one amount of expenditure, with every dimension the standard tables
 * project onto (unit × functional 项 × basic [人员/公用, economic code] or project [其他运转类 /
 * 特定目标类, named] × fund source, this year's money or carried over).
 *
 * `amount` is a canonical decimal string in the document's amount unit, or a finer one
 * (line items usually hold 元-level precision: '12345.6789' 万元).
 *
 * @example
 * ```ts
 * LineItemSchema.parse({ unitCode: '503001', functionalCode: '2101501', kind: 'basic',
 *   basicClass: 'personnel', economicCode: '30101', govEconomicCode: '50101',
 *   source: 'gpb', amount: '291.08' })
 * ```
 */
export const LineItemSchema = /*#__PURE__*/ z
  .strictObject({
    unitCode: z.string().regex(/^\d{1,12}$/),
    functionalCode: z
      .string()
      .regex(/^\d{7}$/, '功能分类应细化到项（7位）/ the functional code must be a 7-digit 项'),
    kind: z.enum(['basic', 'project']),
    basicClass: z.enum(['personnel', 'public']).optional(),
    economicCode: z
      .string()
      .regex(/^3\d{4}$/)
      .optional(),
    govEconomicCode: z
      .string()
      .regex(/^5\d{4}$/)
      .optional(),
    projectType: z.enum(['operating', 'specific']).optional(),
    projectCode: z
      .string()
      .regex(/^[0-9A-Za-z]{1,40}$/)
      .optional(),
    projectName: z.string().optional(),
    source: z.enum(FUND_SOURCES),
    /** For `gpb`: false when not 财政拨款 (e.g. 专项收入 outside 其中：财政拨款). Default true. */
    fiscal: z.boolean().optional(),
    carryOver: z.boolean().optional(),
    amount: z
      .string()
      .regex(CANONICAL_AMOUNT, '金额应为规范十进制字符串 / the amount must be a canonical decimal string'),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'basic' && (item.basicClass === undefined || item.economicCode === undefined))
      ctx.addIssue({
        code: 'custom',
        message:
          '基本支出须注明人员经费/公用经费及经济分类 / a basic-expenditure item needs basicClass and economicCode',
      })
    if (item.kind === 'project' && (item.projectType === undefined || item.projectName === undefined))
      ctx.addIssue({
        code: 'custom',
        message: '项目支出须注明项目类别和名称 / a project item needs projectType and projectName',
      })
  })

/** The producer's atom: one amount with all its dimensions. */
export interface LineItem extends z.infer<typeof LineItemSchema> {
  source: FundSource
}
