import type { Indicator } from '../model/indicator'
import { buildHeader, type LayoutCell, type LayoutColumn, type TableLayout } from './tableLayout'

/** Options of {@link indicatorLayout}. */
export interface IndicatorLayoutOptions {
  /** Anchor for links. */
  readonly id?: string
  readonly title: string
  /** Lines printed above the indicators (年度履职目标, the project and its amount …). */
  readonly notes?: readonly string[]
}

const HEADERS = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  note: '说明',
} as const

type Field = keyof typeof HEADERS

/**
 * Lays out a performance-target table (部门整体绩效目标表, 项目绩效目标表) or the indicator part of a
 * 决算 self-evaluation (自评表) for the renderers: one row per indicator with 一级, 二级 and 三级指标
 * and the target (指标值), plus 实际完成值, 分值 and 得分 when any indicator carries them. The
 * renderers take this layout where they take a table (`renderHtml(indicatorLayout(…))`).
 *
 * @param indicators - the indicators (of `departmentPerformance` or of a project)
 * @param options - title, anchor, notes
 * @returns a layout every renderer reads
 * @example
 * ```ts
 * const doc = loadSample('000')
 * const layout = indicatorLayout(doc.departmentPerformance?.indicators ?? [], { title: '部门整体绩效目标表' })
 * layout.body[0]?.cells.map((c) => c.text) // ['投入管理指标', '工作目标管理', '年度履职目标相关性', '相关']
 * ```
 */
export function indicatorLayout(
  indicators: readonly Indicator[],
  options: IndicatorLayoutOptions,
): TableLayout {
  const has = (f: 'actual' | 'weight' | 'score' | 'note') => indicators.some((i) => (i[f] ?? '') !== '')
  const fields: Field[] = [
    'level1',
    'level2',
    'name',
    'target',
    ...(['actual', 'weight', 'score'] as const).filter(has),
  ]
  const columns: LayoutColumn[] = fields.map((f) => ({ kind: 'text', block: 0, header: [HEADERS[f]] }))
  // a repeated 一级/二级 label is printed once, as the merged cells of the printed table show it
  let previous: Indicator | undefined
  const body = indicators.map((indicator) => {
    const cells: LayoutCell[] = fields.map((f) => {
      const value = indicator[f] ?? ''
      const repeated =
        (f === 'level1' && previous?.level1 === indicator.level1) ||
        (f === 'level2' && previous?.level1 === indicator.level1 && previous?.level2 === indicator.level2)
      const numeric = f === 'weight' || f === 'score'
      return {
        text: repeated ? '' : value,
        align: numeric ? 'right' : 'left',
        form: numeric && value !== '' ? 'amount' : 'label',
        rowKind: 'detail',
      }
    })
    previous = indicator
    return { kind: 'detail' as const, cells }
  })
  return {
    ...(options.id !== undefined ? { id: options.id } : {}),
    title: options.title,
    columns,
    header: buildHeader(columns),
    body,
    notes: options.notes ?? [],
  }
}
