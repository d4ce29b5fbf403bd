import type { FactKey } from '../../model/factKeys'
import type { PrintedTable, Row } from '../../model/table'
import { amount, divRound, isZero, mul, toFixed } from '../../money/decimal'
import type { TableSpec } from '../templates/types'
import { assembleTable } from './tableParts'
import type { BuildContext } from './types'

const NUMBER = /^-?\d+(\.\d+)?$/

/** The row's cells for the spec's columns; 执行率 computed from 全年执行数 / 全年预算数 when not given. */
function cellsOf(given: Partial<Record<FactKey, string>>, spec: TableSpec, ctx: BuildContext): Row['cells'] {
  const cells: Partial<Record<FactKey, string>> = {}
  for (const c of spec.columns) {
    const value = given[c.key]
    cells[c.key] =
      value === undefined
        ? ''
        : NUMBER.test(value) && c.key !== 'fa.completion'
          ? toFixed(amount(value), ctx.decimals)
          : value
  }
  const actual = given['fa.actual']
  const adjusted = given['fa.adjusted']
  if (
    spec.columns.some((c) => c.key === 'fa.completion') &&
    given['fa.completion'] === undefined &&
    actual !== undefined &&
    adjusted !== undefined &&
    NUMBER.test(actual) &&
    NUMBER.test(adjusted) &&
    !isZero(amount(adjusted))
  ) {
    cells['fa.completion'] = toFixed(
      divRound(mul(amount(actual), amount(100)), amount(adjusted), 2, 'halfUp'),
      2,
    )
  }
  return cells
}

/**
 * Builds the 决算 self-evaluation tables from the document's entities (line items are actuals and
 * carry no budget): `department-self-evaluation` prints the department's 年初预算数, 全年预算数,
 * 全年执行数 and 执行率 (`departmentPerformance.budget`), `project-self-evaluation` one row per
 * project (`projects[].amounts`). 执行率 is computed (全年执行数 / 全年预算数 × 100, half-up to 2
 * decimals) when the entity does not give it. The indicators with their actual values, weights and
 * scores stay in the entities (`Indicator`: target, actual, weight, score): that is the light
 * structure of the self-evaluation's indicator part; no table is made of them.
 *
 * @param spec - the table as the template defines it (columns `fa.budget`, `fa.adjusted`, `fa.actual`, `fa.completion`)
 * @param ctx - the input's `departmentPerformance` and `projects`
 * @returns the table
 * @example
 * ```ts
 * buildSelfEvaluationTable(spec, ctx).rows[0]?.cells // { 'fa.budget': '838.98', 'fa.adjusted': '2983.84', 'fa.actual': '2753.07', 'fa.completion': '92.27' } for seed 002
 * ```
 */
export function buildSelfEvaluationTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  if (spec.kind === 'project-self-evaluation') {
    const projects = ctx.input.projects ?? []
    const rows: Row[] = projects.map((p) => ({
      kind: 'detail',
      ...(p.code !== undefined ? { code: p.code, codeSystem: 'project' as const } : {}),
      ...(p.unitCode !== undefined ? { unitCode: p.unitCode } : {}),
      ...(p.unitName !== undefined ? { unitName: p.unitName } : {}),
      ...(p.type !== undefined ? { projectType: p.type } : {}),
      name: p.name,
      cells: cellsOf(p.amounts, spec, ctx),
    }))
    return assembleTable(spec, ctx, rows, rows.length > 0)
  }
  const budget = ctx.input.departmentPerformance?.budget
  const rows: Row[] = budget
    ? [{ kind: 'total', name: spec.totalName ?? '部门预算总额（万元）', cells: cellsOf(budget, spec, ctx) }]
    : []
  return assembleTable(spec, ctx, rows, rows.length > 0)
}
