import type { Row } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { departmentRow, rowCells, totalRow } from './tableParts'
import type { BuildContext, CubeEntry } from './types'

const TYPE_NAME = { operating: '其他运转类', specific: '特定目标类' } as const
const BASIC_TYPE_NAME = { personnel: '人员类', public: '公用经费' } as const

/**
 * Rows of the project tables: `projects` (合计, the department, one row per project with its
 * type and unit: 项目支出表) and `project-units` (the department, each unit, one row per project
 * with its code: 项目绩效目标表). A project is identified by its code, else its unit and name;
 * projects come in the order of their first line item. For a basic-only table (河南 2025
 * 一般公共预算基本支出明细表) the "projects" are the named basic-expenditure items (在职人员基本工资,
 * 公用经费项目 …) of each unit, typed 人员类 or 公用经费.
 *
 * @internal
 */
export function projectRows(entries: readonly CubeEntry[], spec: TableSpec, ctx: BuildContext): Row[] {
  const projects = new Map<string, CubeEntry[]>()
  const basic = spec.basicOnly === true
  for (const e of entries) {
    if (basic ? e.item.projectName === undefined : e.item.kind !== 'project') continue
    const id = e.item.projectCode ?? `${e.item.unitCode}\u0001${e.item.projectName ?? ''}`
    const g = projects.get(id)
    if (g) g.push(e)
    else projects.set(id, [e])
  }
  const unitName = (code: string): string => ctx.input.units.find((u) => u.code === code)?.name ?? ''
  const projectRow = (mine: readonly CubeEntry[], withCode: boolean): Row => {
    const first = (mine[0] as CubeEntry).item
    return {
      kind: 'detail',
      ...(withCode && first.projectCode !== undefined
        ? { code: first.projectCode, codeSystem: 'project' as const }
        : {}),
      unitCode: first.unitCode,
      ...(withCode ? {} : { unitName: unitName(first.unitCode) }),
      ...(basic && first.basicClass !== undefined ? { projectType: BASIC_TYPE_NAME[first.basicClass] } : {}),
      ...(withCode || basic || first.projectType === undefined
        ? {}
        : { projectType: TYPE_NAME[first.projectType] }),
      name: first.projectName ?? '',
      cells: rowCells(mine, spec.columns, spec, ctx),
    }
  }
  if (spec.layout === 'project-units') {
    const rows: Row[] = [departmentRow(entries, spec, ctx, '')]
    for (const unit of ctx.input.units) {
      const mine = entries.filter((e) => e.item.unitCode === unit.code)
      rows.push({
        kind: 'unit',
        unitCode: unit.code,
        name: unit.name,
        cells: rowCells(mine, spec.columns, spec, ctx),
      })
    }
    for (const mine of projects.values()) rows.push(projectRow(mine, true))
    return rows
  }
  const rows: Row[] = [totalRow(entries, spec, ctx), departmentRow(entries, spec, ctx)]
  for (const mine of projects.values()) rows.push(projectRow(mine, false))
  return rows
}
