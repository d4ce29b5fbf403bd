import { MedbudgetError } from '../errors'
import { deepFreeze } from '../internal/deepFreeze'
import { optionsOf, stringOption } from '../internal/limits'
import { checkItems, guardShape, type What } from '../internal/shape'
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
 * @returns a layout every renderer reads, deeply frozen
 * @throws MedbudgetError `TABLE_INVALID` for indicators that are not a list of objects with text
 *   fields; `OPTION_INVALID` for options that are not an object, cannot be read, or lack a title
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
  const o = optionsOf(options, OPTIONS)
  const title = stringOption(o.title, 'title', OPTIONS)
  if (title === undefined)
    throw new MedbudgetError(
      'OPTION_INVALID',
      '绩效表布局选项缺少标题 title',
      'The indicator layout options need a title',
    )
  const id = stringOption(o.id, 'id', OPTIONS)
  const notes = checkItems<string>(
    o.notes ?? [],
    'OPTION_INVALID',
    ['绩效表的说明 notes', 'notes of the indicator layout'],
    (x) => typeof x === 'string',
    ['文字', 'a string'],
  )
  const list = checkItems<object>(
    indicators,
    'TABLE_INVALID',
    INDICATORS,
    (x) => typeof x === 'object' && x !== null,
    ['绩效指标（对象）', 'an indicator (an object)'],
  )
  const plain = guardShape('TABLE_INVALID', INDICATORS, () => list.map(indicatorOf))
  return deepFreeze(layoutOf(plain, { ...(id === undefined ? {} : { id }), title, notes: [...notes] }))
}

const OPTIONS = ['绩效表布局选项', 'indicator layout options'] as const
const INDICATORS: What = ['绩效指标', 'indicators']
const FIELDS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'note'] as const

/**
 * One indicator read once into a plain object of its text fields; a field that is neither absent
 * nor a string is `TABLE_INVALID`.
 * @example
 * ```ts
 * indicatorOf({ level1: '产出指标', name: '数量', target: '≥10' }).level1 // '产出指标'
 * ```
 */
function indicatorOf(value: object): Indicator {
  const out: Record<string, string> = {}
  for (const f of FIELDS) {
    const v = (value as Record<string, unknown>)[f]
    if (v === undefined) continue
    if (typeof v !== 'string')
      throw new MedbudgetError(
        'TABLE_INVALID',
        `绩效指标的 ${f} 应为文字，收到 ${v === null ? 'null' : typeof v}`,
        `The ${f} of an indicator must be a string, got ${v === null ? 'null' : typeof v}`,
      )
    out[f] = v
  }
  return out as unknown as Indicator
}

/**
 * The body of {@link indicatorLayout}, on indicators and options already checked.
 * @example
 * ```ts
 * layoutOf([], { title: '部门整体绩效目标表' }).columns.length // 4
 * ```
 */
function layoutOf(indicators: readonly Indicator[], options: IndicatorLayoutOptions): TableLayout {
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
