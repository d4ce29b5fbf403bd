import type { FactKey } from '../../model/factKeys'
import type { Indicator } from '../../model/indicator'
import type { Project } from '../../model/project'
import type { Cells } from '../../model/table'
import type { GridTable } from '../layout/types'
import { clean, level as squeeze } from './indicatorGrid'
import { headerLabels } from './normalizeLabel'
import { canonicalCell } from './readCellText'

type Field = 'unitCode' | 'unitName' | 'name' | 'type'

// Column headings of a 项目单位自评汇总表 / 项目支出绩效自评表 (printed wrapped: 全年 执行 数).
const FIELDS: readonly (readonly [RegExp, Field])[] = [
  [/^(单位编码|单位代码)$/, 'unitCode'],
  [/^单位名称$/, 'unitName'],
  [/^项目名称$/, 'name'],
  [/^项目类型$/, 'type'],
]
const AMOUNTS: readonly (readonly [RegExp, FactKey])[] = [
  [/^年初预算数$/, 'fa.budget'],
  [/^全年预算数$/, 'fa.adjusted'],
  [/^全年执行数$/, 'fa.actual'],
  [/^系统查询全年执行数$/, 'fa.actual.system'],
  [/^(预算执行率|执行率)$/, 'fa.completion'],
]

// The summary's score columns, each a line of the project's self-evaluation: a 得分率 per part of the
// scheme (资金管理情况得分率, 成本指标得分率 … : the part is the level-1 label), the 自评得分, and the
// facts printed beside them, kept as the note of the 自评得分 (in this order, whatever the columns').
const RATE = /^(.{1,12}?)(情况)?得分率$/
const SCORE = /^(自评得分|总得分|综合得分)$/
const NOTES: readonly (readonly [RegExp, string])[] = [
  [/^是否有偏差项目$/, '是否有偏差项目'],
  [/^资金归口处室$/, '资金归口处室'],
  [/^主管部门(编码|代码)$/, '主管部门'],
  [/^主管部门名称$/, '主管部门'],
]

/** Where a self-evaluation summary prints the score columns of its projects (see {@link scoreColumnsOf}). */
interface ScoreColumns {
  readonly rates: readonly { readonly at: number; readonly level1: string; readonly name: string }[]
  readonly score?: { readonly at: number; readonly name: string }
  readonly notes: readonly { readonly at: number; readonly label: string }[]
}

/**
 * The score columns of a project self-evaluation summary, by the last label of their headings
 * (wrapping spaces removed): each …得分率 with the part of the scheme it scores, the 自评得分, and
 * the 是否有偏差项目 / 资金归口处室 / 主管部门 columns kept as its note.
 *
 * @param leaves - each column's last heading label, spaces removed
 * @returns the columns found (none when the summary prints no scores)
 * @example
 * ```ts
 * scoreColumnsOf(['项目名称', '全年执行数', '成本指标得分率', '自评得分', '资金归口处室'])
 * // { rates: [{ at: 2, level1: '成本指标', name: '成本指标得分率' }], score: { at: 3, name: '自评得分' },
 * //   notes: [{ at: 4, label: '资金归口处室' }] }
 * ```
 */
export function scoreColumnsOf(leaves: readonly string[]): ScoreColumns {
  const rates: { at: number; level1: string; name: string }[] = []
  let score: { at: number; name: string } | undefined
  const notes: { at: number; label: string }[] = []
  leaves.forEach((leaf, at) => {
    const rate = RATE.exec(leaf)
    if (rate !== null) rates.push({ at, level1: rate[1]!, name: leaf })
    else if (SCORE.test(leaf) && score === undefined) score = { at, name: leaf }
  })
  for (const [pattern, label] of NOTES) {
    const at = leaves.findIndex((leaf) => pattern.test(leaf))
    if (at >= 0) notes.push({ at, label })
  }
  return { rates, ...(score !== undefined ? { score } : {}), notes }
}

/**
 * The self-evaluation lines of one project from its row of the summary: each 得分率 printed
 * (`{ level1: '成本指标', name: '成本指标得分率', target: '', actual: '100%' }`), then the 自评得分
 * with its score and the facts printed beside it as the note. A blank cell gives no line; a
 * 自评得分 that is no number gives none (nothing is guessed).
 *
 * @param cells - the row's cells
 * @param columns - the score columns (see {@link scoreColumnsOf})
 * @returns the indicators, in the order of the scheme's columns
 * @example
 * ```ts
 * scoreIndicators(['城乡医疗救助', '100%', '98.74', '否'], {
 *   rates: [{ at: 1, level1: '资金管理', name: '资金管理情况得分率' }],
 *   score: { at: 2, name: '自评得分' }, notes: [{ at: 3, label: '是否有偏差项目' }] })
 * // [{ level1: '资金管理', name: '资金管理情况得分率', target: '', actual: '100%' },
 * //  { level1: '自评得分', name: '自评得分', target: '', score: '98.74', note: '是否有偏差项目：否' }]
 * ```
 */
export function scoreIndicators(cells: readonly string[], columns: ScoreColumns): Indicator[] {
  const out: Indicator[] = []
  for (const rate of columns.rates) {
    const actual = squeeze(cells[rate.at] ?? '')
    if (actual !== '') out.push({ level1: rate.level1, name: rate.name, target: '', actual })
  }
  if (columns.score === undefined) return out
  const score = canonicalCell(squeeze(cells[columns.score.at] ?? ''))
  if (score === undefined || !/^\d/.test(score)) return out
  const notes = new Map<string, string>()
  for (const { at, label } of columns.notes) {
    const value = squeeze(cells[at] ?? '')
    if (value !== '') notes.set(label, notes.has(label) ? `${notes.get(label)} ${value}` : value)
  }
  const note = [...notes].map(([label, value]) => `${label}：${value}`).join('；')
  out.push({
    level1: columns.score.name,
    name: columns.score.name,
    target: '',
    score,
    ...(note !== '' ? { note } : {}),
  })
  return out
}

/**
 * The evaluated projects of a 决算's project self-evaluation summary (项目单位自评汇总表: 单位编码 |
 * 单位名称 | … | 项目名称 | 项目类型 | … | 全年预算数 | 全年执行数 | 系统查询全年执行数 | 预算执行率 | …),
 * as `Disclosure.projects`: one project per row that prints a project name and figures, the name
 * rejoined when it wraps onto a row of its own (a row printing only more of the name). The row's
 * scores are the project's self-evaluation lines (see {@link scoreIndicators}: each …得分率 as the
 * actual value of that part of the scheme, the 自评得分 as a score). Columns are recognized by their
 * headings with the wrapping spaces removed, in whatever order printed; a table without 项目名称 and
 * 全年执行数 headings gives no project.
 *
 * @param grid - the laid-out table, recognized as `project-self-evaluation`
 * @returns the projects, in print order
 * @example
 * ```ts
 * // row 517002 | 卢氏县社会医疗保险中心 | … | 城乡医疗救助 | 可执行项目 | … | 33.92 | 33.92 | 33.92 | 100% | …
 * projectsOfEvaluation(grid)[0]
 * // { name: '城乡医疗救助', unitCode: '517002', …, amounts: { 'fa.adjusted': '33.92', …, 'fa.completion': '100' } }
 * ```
 */
export function projectsOfEvaluation(grid: GridTable): Project[] {
  const fields = new Map<Field, number>()
  const amounts = new Map<FactKey, number>()
  const leaves = grid.columns.map((c) => {
    const labels = headerLabels(c.header).map((l) => l.replace(/\s+/g, ''))
    return labels[labels.length - 1] ?? ''
  })
  leaves.forEach((leaf, i) => {
    for (const [p, f] of FIELDS) if (p.test(leaf) && !fields.has(f)) fields.set(f, i)
    for (const [p, k] of AMOUNTS) if (p.test(leaf) && !amounts.has(k)) amounts.set(k, i)
  })
  const scores = scoreColumnsOf(leaves)
  const nameAt = fields.get('name')
  if (nameAt === undefined || !amounts.has('fa.actual')) return []
  const out: Project[] = []
  for (const row of grid.rows) {
    const cell = (i: number | undefined) => (i === undefined ? '' : clean(row.cells[i] ?? ''))
    const name = cell(nameAt).replace(/\s+/g, '')
    const values: Cells = {}
    let any = false
    for (const [key, i] of amounts) {
      const value = canonicalCell(cell(i).replace(/[%％]$/, ''))
      if (value === undefined) continue
      values[key] = value
      if (value !== '') any = true
    }
    const others = row.cells.some((c, i) => i !== nameAt && clean(c) !== '')
    const last = out[out.length - 1]
    // the rest of a wrapped name on a row of its own
    if (!any && !others && name !== '' && last !== undefined) {
      out[out.length - 1] = { ...last, name: last.name + name }
      continue
    }
    if (name === '' || !any) continue
    const unitCode = cell(fields.get('unitCode')).replace(/\s+/g, '')
    const unitName = cell(fields.get('unitName')).replace(/\s+/g, '')
    const type = cell(fields.get('type')).replace(/\s+/g, '')
    out.push({
      name,
      ...(/^\d{1,12}$/.test(unitCode) ? { unitCode } : {}),
      ...(unitName !== '' ? { unitName } : {}),
      ...(type !== '' ? { type } : {}),
      amounts: values,
      indicators: scoreIndicators(row.cells, scores),
    })
  }
  return out
}
