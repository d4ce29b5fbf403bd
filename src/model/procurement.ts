import { z } from 'zod'
import { CellSchema } from './cell'

/**
 * One government-procurement line (政府采购预算): what is bought, its category (货物, 工程, 服务)
 * and the budgeted amount, with the project or unit it belongs to.
 *
 * @example
 * ```ts
 * ProcurementItemSchema.parse({ item: '办公设备', category: '货物', amount: '5.00' })
 * ```
 */
export const ProcurementItemSchema = /*#__PURE__*/ z.strictObject({
  item: z.string(),
  category: z.string().optional(),
  project: z.string().optional(),
  unitName: z.string().optional(),
  quantity: z.string().optional(),
  amount: CellSchema,
})

/** One government-procurement line. */
export interface ProcurementItem extends z.infer<typeof ProcurementItemSchema> {}
