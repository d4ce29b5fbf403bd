import { z } from 'zod'
import { type Indicator, IndicatorSchema } from './indicator'
import { type Cells, CellsSchema } from './table'

/**
 * The department-wide performance targets (部门整体绩效目标表): goals, tasks, the budget they
 * cover (by fact key: `total`, `exp.basic`, `exp.project`, sources) and the indicators.
 *
 * @example
 * ```ts
 * DepartmentPerformanceSchema.parse({ goals: ['完成医疗救助资金发放工作'], tasks: [],
 *   budget: { total: '8944.03' }, indicators: [] })
 * ```
 */
export const DepartmentPerformanceSchema = /*#__PURE__*/ z.strictObject({
  title: z.string().optional(),
  goals: z.array(z.string()),
  tasks: z.array(
    z.strictObject({ name: z.string(), content: z.string().optional(), budget: CellsSchema.optional() }),
  ),
  budget: CellsSchema,
  indicators: z.array(IndicatorSchema),
})

/** The department-wide performance targets. */
export interface DepartmentPerformance extends z.infer<typeof DepartmentPerformanceSchema> {
  tasks: { name: string; content?: string; budget?: Cells }[]
  budget: Cells
  indicators: Indicator[]
}
