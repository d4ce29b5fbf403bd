import type { Disclosure } from '../model/disclosure'
import { indicatorLayout } from './indicatorLayout'
import type { TableLayout } from './tableLayout'

/**
 * The indicator tables of a document, laid out for the renderers: the department-wide performance
 * targets (or, for a 决算, its self-evaluation) and one table per project that has indicators.
 *
 * @param doc - a disclosure
 * @returns the layouts, department first, then projects in document order
 * @example
 * ```ts
 * performanceLayouts(loadSample('000')).map((l) => l.title)
 * // ['部门整体绩效目标表（绩效指标）', '项目绩效目标：城乡居民基本医疗保险地方配套资金', …]
 * ```
 */
export function performanceLayouts(doc: Disclosure): TableLayout[] {
  const out: TableLayout[] = []
  const final = doc.kind === 'final-account'
  const dept = doc.departmentPerformance
  if (dept && dept.indicators.length > 0)
    out.push(
      indicatorLayout(dept.indicators, {
        id: 'department-performance-indicators',
        title: `${dept.title ?? (final ? '部门整体支出绩效自评表' : '部门整体绩效目标表')}（绩效指标）`,
        notes: dept.goals,
      }),
    )
  ;(doc.projects ?? []).forEach((project, i) => {
    if (project.indicators.length === 0) return
    out.push(
      indicatorLayout(project.indicators, {
        id: `project-indicators-${i + 1}`,
        title: `${final ? '项目支出绩效自评' : '项目绩效目标'}：${project.name}`,
        notes: [
          [
            project.code,
            project.unitName,
            project.amounts.total ? `${project.amounts.total}${doc.amountUnit}` : '',
          ]
            .filter((s) => s !== undefined && s !== '')
            .join(' · '),
          ...(project.goal ? [project.goal] : []),
        ].filter((s) => s !== ''),
      }),
    )
  })
  return out
}
