import { z } from 'zod'
import { type Indicator, IndicatorSchema } from './indicator'
import { type Cells, CellsSchema } from './table'

/**
 * A project (项目) with its amounts by fund source and its performance indicators.
 * Project codes are strings and may contain letters (`13050023P00935510015N`); where the print
 * wraps a code over several lines the parts are joined.
 *
 * @example
 * ```ts
 * ProjectSchema.parse({ code: '410781220000000024477', name: '城乡居民基本医疗保险地方配套资金',
 *   unitName: '卫辉市医疗保障局', type: '特定目标类', amounts: { total: '6432.00' }, indicators: [] })
 * ```
 */
export const ProjectSchema = /*#__PURE__*/ z.strictObject({
  code: z
    .string()
    .regex(/^[0-9A-Za-z]{1,40}$/)
    .optional(),
  name: z.string().min(1),
  unitCode: z
    .string()
    .regex(/^\d{1,12}$/)
    .optional(),
  unitName: z.string().optional(),
  /** 其他运转类 / 特定目标类 as printed (some templates print other categories). */
  type: z.string().optional(),
  functionalCode: z
    .string()
    .regex(/^\d{3}(\d{2}){0,2}$/)
    .optional(),
  amounts: CellsSchema,
  /** 项目概况 / 绩效目标 text as printed. */
  goal: z.string().optional(),
  indicators: z.array(IndicatorSchema),
})

/** A project. */
export interface Project extends z.infer<typeof ProjectSchema> {
  amounts: Cells
  indicators: Indicator[]
}
