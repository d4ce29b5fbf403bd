import type { FactKey } from '../../model/factKeys'
import type { Project } from '../../model/project'
import type { Cells } from '../../model/table'
import type { GridTable } from '../layout/types'
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

const clean = (s: string): string => s.replace(/<[^>]{0,20}>/g, '').trim()

/**
 * The evaluated projects of a 决算's project self-evaluation summary (项目单位自评汇总表: 单位编码 |
 * 单位名称 | … | 项目名称 | 项目类型 | … | 全年预算数 | 全年执行数 | 系统查询全年执行数 | 预算执行率 | …),
 * as `Disclosure.projects`: one project per row that prints a project name and figures, the name
 * rejoined when it wraps onto a row of its own (a row printing only more of the name). Indicators
 * are not read. Columns are recognized by their headings with the wrapping spaces removed; a table
 * without 项目名称 and 全年执行数 headings gives no project.
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
  grid.columns.forEach((c, i) => {
    const labels = headerLabels(c.header).map((l) => l.replace(/\s+/g, ''))
    const leaf = labels[labels.length - 1] ?? ''
    for (const [p, f] of FIELDS) if (p.test(leaf) && !fields.has(f)) fields.set(f, i)
    for (const [p, k] of AMOUNTS) if (p.test(leaf) && !amounts.has(k)) amounts.set(k, i)
  })
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
      indicators: [],
    })
  }
  return out
}
