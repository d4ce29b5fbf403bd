import type { DepartmentPerformance } from '../../model/departmentPerformance'
import type { Indicator } from '../../model/indicator'
import type { Cells, PrintedTable } from '../../model/table'
import type { TableKind } from '../../model/tableKinds'

/** The goals, tasks and indicators a department-wide performance form prints (see `departmentTargetsOf`). */
export interface PerformanceTargets {
  readonly goals: readonly string[]
  readonly tasks: readonly { readonly name: string; readonly content?: string }[]
  readonly indicators: readonly Indicator[]
}

/**
 * The department's performance-target budget (`Disclosure.departmentPerformance`) from the tables
 * as read: the budget lines of the 部门整体绩效目标表 (部门预算总额, 资金来源, 资金结构: `total`,
 * `src.*`, `exp.basic`, `exp.project`) or, in a 决算, the figures of the 部门整体自评表's
 * 部门预算总额 line (年初预算数, 全年预算数, 全年执行数, 执行率); with the goals, tasks and
 * indicators read from that form's grid. `undefined` when neither table prints a budget.
 *
 * @param tables - the printed tables as read
 * @param targets - the goals, tasks and indicators read from each form, by table kind
 * @returns the performance targets' budget, or `undefined`
 * @example
 * ```ts
 * // 部门整体绩效目标表 read as lines 部门预算总额 8944.03, 基本支出 658.67, 项目支出 8285.36
 * performanceOfTables(tables)?.budget // { total: '8944.03', 'exp.basic': '658.67', 'exp.project': '8285.36' }
 * ```
 */
export function performanceOfTables(
  tables: readonly PrintedTable[],
  targets: ReadonlyMap<TableKind, PerformanceTargets> = new Map(),
): DepartmentPerformance | undefined {
  const of = (kind: TableKind) => {
    const t = targets.get(kind)
    return {
      goals: [...(t?.goals ?? [])],
      tasks: (t?.tasks ?? []).map((task) => ({ ...task })),
      indicators: [...(t?.indicators ?? [])],
    }
  }
  const performance = tables.find((t) => t.kind === 'department-performance')
  if (performance !== undefined) {
    const budget: Cells = {}
    for (const row of performance.rows) {
      const cell = row.cells.total
      if (row.key === undefined || cell === undefined || row.key in budget) continue
      budget[row.key] = cell
    }
    if (Object.values(budget).some((v) => v !== ''))
      return { title: performance.title, ...of('department-performance'), budget }
  }
  const evaluation = tables.find((t) => t.kind === 'department-self-evaluation')
  const total = evaluation?.rows.find((r) => r.key === 'total')
  if (evaluation !== undefined && total !== undefined && Object.values(total.cells).some((v) => v !== ''))
    return { title: evaluation.title, ...of('department-self-evaluation'), budget: { ...total.cells } }
  return undefined
}
