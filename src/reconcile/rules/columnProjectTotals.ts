import type { FactKey } from '../../model/factKeys'
import { label } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { byShape, type RowShape, ShapeMemo, type TableShape } from '../tableShape'
import {
  type DownGroup,
  type DownSum,
  runTableSums,
  type SumSpec,
  type TableSums,
  withTableSums,
} from '../tableSums'

// Columns that are not amounts (a rate of completion, a growth) are not added down.
const NOT_ADDED: ReadonlySet<FactKey> = new Set<FactKey>(['fa.completion', 'fa.growth'])

interface Place {
  readonly zh: string
  readonly en: string
}

const IDENTITIES = new Map<string, Place>()
const identityOf = (what: 'total' | 'unit', key: FactKey): Place => {
  const id = `${what}|${key}`
  let identity = IDENTITIES.get(id)
  if (identity === undefined) {
    const [zh, en] =
      what === 'total'
        ? ['合计 = 各项目之和', 'total = the sum of the projects']
        : ['单位 = 其项目之和', 'a unit = the sum of its projects']
    identity = { zh: `${zh}（${label(key).zh}）`, en: `${en} (${label(key).en})` }
    IDENTITIES.set(id, identity)
  }
  return identity
}
const TOTAL_OF = (key: FactKey) => identityOf('total', key)
const UNIT_OF = (key: FactKey) => identityOf('unit', key)

const isTotal = (r: RowShape): boolean => r.kind === 'total' && (r.key === undefined || r.key === 'total')
// a project: a detail row named by no fact key and by no classification code (a table listed by
// class, with its projects under each 类/款/项, is not summed here)
const isProject = (r: RowShape): boolean =>
  r.kind === 'detail' && r.key === undefined && (r.code === undefined || r.codeSystem === 'project')

// a row known to be a project: by its code, its type (特定目标类) or the unit it names in a column of
// its own. A row printed by its name alone may be a unit printed as a heading over its projects
// (广东 tells them by indentation only): such a list is not summed, not guessed.
const isPlaced = (r: RowShape): boolean =>
  r.codeSystem === 'project' || r.projectType !== undefined || r.unitName !== undefined

const PLANS = new ShapeMemo<TableSums>()

/**
 * The down sums of a 项目支出表, from its rows without their cells: each unit row = Σ the projects
 * printed under it (up to the next unit), and the 合计 = Σ every project. Nothing where the table
 * prints no 合计 (or more than one), lists its projects under classification codes, prints a unit
 * without any project under it (its projects elided: the 合计 is then not the sum of those printed),
 * or lists rows by their names alone, outside any unit row (units and projects cannot be told apart).
 * @example
 * planOf(table).down[0]?.sums.length // the units with projects, and the total
 */
function planOf(table: TableShape): TableSums {
  const rows = table.rows
  const keys = [...new Set(table.columns.map((c) => c.key))].filter((k) => !NOT_ADDED.has(k))
  const totals: number[] = []
  const projects: number[] = []
  const units: { index: number; parts: number[] }[] = []
  let classed = false
  let bare = false
  let current: { index: number; parts: number[] } | undefined
  rows.forEach((row, index) => {
    if (isTotal(row)) {
      totals.push(index)
      current = undefined
    } else if (row.kind === 'unit') {
      current = { index, parts: [] }
      units.push(current)
    } else if (isProject(row)) {
      projects.push(index)
      current?.parts.push(index)
      if (!current && !isPlaced(row)) bare = true
    } else if (row.code !== undefined) classed = true
  })
  if (classed || bare || keys.length === 0 || projects.length === 0) return { across: [], down: [] }
  const sums: DownSum[] = []
  // a unit printed right above another one is their department: it holds no project of its own
  const parents = new Set(
    units.filter((u, i) => u.parts.length === 0 && units[i + 1]?.index === u.index + 1).map((u) => u.index),
  )
  for (const u of units)
    if (u.parts.length > 0) sums.push({ parent: u.index, parts: u.parts, identity: UNIT_OF })
  const elided = units.some((u) => u.parts.length === 0 && !parents.has(u.index))
  if (totals.length === 1 && !elided)
    sums.push({ parent: totals[0] as number, parts: projects, identity: TOTAL_OF })
  const down: DownGroup[] = sums.length > 0 ? [{ keys, sums }] : []
  return { across: [], down }
}

const SPEC: SumSpec = {
  // one list of rows: a table printed in blocks side by side is not a list of projects
  applies: (table) => table.kind === 'projects' && table.columns.every((c) => (c.block ?? 0) === 0),
  sumsOf: (table) => byShape(PLANS, table, planOf),
  severity: 'error',
}

/**
 * Down every amount column of a 项目支出表: the 合计 = Σ the project rows, and each budget unit's
 * row = Σ the projects printed under it. A difference that rounding the n projects to the printed
 * digit explains is a rounding tail (尾差), not a contradiction. Silent on a table that prints no
 * 合计 (projects split over several tables or units without a total), on one that lists projects
 * under classification codes, on one that prints a unit without its projects, and on a list of bare
 * names outside any unit row (a unit printed as a heading over its projects cannot be told apart).
 *
 * @example
 * ```ts
 * columnProjectTotals.check(doc).findings // columns whose printed 合计 is not the sum of the projects
 * ```
 */
export const columnProjectTotals = /*#__PURE__*/ withTableSums(
  /*#__PURE__*/ defineRule({
    id: 'column-project-totals',
    title: {
      zh: '合计 = Σ 项目（项目支出表，逐列）',
      en: 'Total = Σ projects (project expenditure table, each column)',
    },
    family: 'within-table',
    severity: 'error',
    reads: {
      zh: '项目支出表的合计行、单位行和各项目行，逐列',
      en: 'the total, unit and project rows of the project expenditure table, each column',
    },
    check: (doc) => {
      const { checks, findings } = runTableSums(doc, SPEC)
      return checks === 0
        ? notApplicable('没有印有合计的项目支出表', 'no project expenditure table prints a total')
        : { status: 'ran', checks, findings }
    },
  }),
  SPEC,
)
