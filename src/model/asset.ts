import { z } from 'zod'
import { CellSchema } from './cell'

/**
 * One line of state-owned assets in use (国有资产占用): a category (车辆, 一般公务用车,
 * 单价50万元以上通用设备 …), how many (as printed, with its measure word) and, where printed, their value.
 *
 * @example
 * ```ts
 * AssetItemSchema.parse({ category: '其他用车', quantity: '1', measure: '辆' })
 * ```
 */
export const AssetItemSchema = /*#__PURE__*/ z.strictObject({
  category: z.string(),
  parent: z.string().optional(),
  quantity: CellSchema.optional(),
  measure: z.string().optional(),
  value: CellSchema.optional(),
  asOf: z.string().optional(),
})

/** One line of state-owned assets in use. */
export interface AssetItem extends z.infer<typeof AssetItemSchema> {}
