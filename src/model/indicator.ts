import { z } from 'zod'
import { CellSchema } from './cell'

/**
 * One performance indicator (绩效指标): the tree 一级 › 二级 › 三级 with the printed target value
 * (指标值, kept as printed: `'≥97%'`, `'有效保障'`); 决算 self-evaluations add the actual value,
 * weight (分值) and score (得分). Read a target as a typed expression with `parseIndicatorValue`.
 *
 * @example
 * ```ts
 * IndicatorSchema.parse({ level1: '产出指标', level2: '数量指标', name: '参保人数', target: '≥400000人' })
 * ```
 */
export const IndicatorSchema = /*#__PURE__*/ z.strictObject({
  level1: z.string(),
  level2: z.string().optional(),
  name: z.string(),
  target: z.string(),
  actual: z.string().optional(),
  weight: CellSchema.optional(),
  score: CellSchema.optional(),
  note: z.string().optional(),
})

/** One performance indicator. */
export interface Indicator extends z.infer<typeof IndicatorSchema> {}
