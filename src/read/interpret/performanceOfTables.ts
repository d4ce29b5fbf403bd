import type { DepartmentPerformance } from '../../model/departmentPerformance'
import type { Cells, PrintedTable } from '../../model/table'

/**
 * The department's performance-target budget (`Disclosure.departmentPerformance`) from the tables
 * as read: the budget lines of the 部门整体绩效目标表 (部门预算总额, 资金来源, 资金结构: `total`,
 * `src.*`, `exp.basic`, `exp.project`) or, in a 决算, the figures of the 部门整体自评表's
 * 部门预算总额 line (年初预算数, 全年预算数, 全年执行数, 执行率). Goals, tasks and indicators are
 * not read (empty). `undefined` when neither table prints a budget.
 *
 * @param tables - the printed tables as read
 * @returns the performance targets' budget, or `undefined`
 * @example
 * ```ts
 * // 部门整体绩效目标表 read as lines 部门预算总额 8944.03, 基本支出 658.67, 项目支出 8285.36
 * performanceOfTables(tables)?.budget // { total: '8944.03', 'exp.basic': '658.67', 'exp.project': '8285.36' }
 * ```
 */
export function performanceOfTables(tables: readonly PrintedTable[]): DepartmentPerformance | undefined {
  const performance = tables.find((t) => t.kind === 'department-performance')
  if (performance !== undefined) {
    const budget: Cells = {}
    for (const row of performance.rows) {
      const cell = row.cells.total
      if (row.key === undefined || cell === undefined || row.key in budget) continue
      budget[row.key] = cell
    }
    if (Object.values(budget).some((v) => v !== ''))
      return { title: performance.title, goals: [], tasks: [], budget, indicators: [] }
  }
  const evaluation = tables.find((t) => t.kind === 'department-self-evaluation')
  const total = evaluation?.rows.find((r) => r.key === 'total')
  if (evaluation !== undefined && total !== undefined && Object.values(total.cells).some((v) => v !== ''))
    return { title: evaluation.title, goals: [], tasks: [], budget: { ...total.cells }, indicators: [] }
  return undefined
}
