import type { FactKey } from '../../model/factKeys'
import type { Indicator } from '../../model/indicator'
import type { Project } from '../../model/project'
import type { Cells, PrintedTable } from '../../model/table'
import type { GridRow, GridTable } from '../layout/types'
import type { ReadDiagnostic } from '../types'
import {
  clean,
  indicatorHeadingOf,
  indicatorPairsOf,
  indicatorsOfPairRow,
  level,
  readIndicatorRows,
} from './indicatorGrid'
import { headerLabels, normalizeLabel } from './normalizeLabel'
import { canonicalCell } from './readCellText'

/** A table that prints projects' performance targets, as laid out, with the id it is reported under. */
export interface PerformanceGrid {
  readonly grid: GridTable
  readonly table: string
}

const AMOUNT = /^[-+−]?[\d,，\s]{1,24}(?:[.．]\s?\d{1,6})?$/
// a project code (13050023P00935510015N, 410781220000000024477): letters and digits, longer than a unit's
const PROJECT_CODE = /^[0-9A-Za-z]{13,40}$/
const UNIT_CODE = /^\d{3,9}$/
const nameKey = (name: string): string => normalizeLabel(name)

// a project's key in its unit (a unit's name cannot hold a tab)
const unitKey = (unit: string, name: string): string => `${normalizeLabel(unit)}\t${nameKey(name)}`

/**
 * Where the 项目支出表 prints a project a performance table names: the same name, or the same name
 * with or without its trailing 项目 (a form titled “保安服务项目绩效目标表” for the line 保安服务, and
 * the reverse).
 *
 * @param byName - the 项目支出表's projects by folded name
 * @param name - the name the performance table prints
 * @returns the index of the project, or `undefined`
 * @example
 * ```ts
 * indexOfName(new Map([['保安服务', 0]]), '保安服务项目') // 0
 * ```
 */
function indexOfName(byName: ReadonlyMap<string, number>, name: string): number | undefined {
  const key = nameKey(name)
  return byName.get(key) ?? (key.endsWith('项目') ? byName.get(key.slice(0, -2)) : byName.get(`${key}项目`))
}

const unplaced = (table: string, page: number | undefined, zh: string, en: string): ReadDiagnostic => ({
  code: 'CELL_UNPLACED',
  severity: 'warning',
  table,
  ...(page !== undefined ? { page } : {}),
  message: { zh, en },
})

/** A project as one performance table prints it, before it is matched with the 项目支出表. */
interface Printed {
  name: string
  code?: string
  unitCode?: string
  unitName?: string
  goal?: string
  amounts: Cells
  indicators: Indicator[]
}

/**
 * The projects of a pair-shaped 项目绩效目标汇总表 (单位编码（项目编码） | 项目单位（项目名称） | 资金总额
 * … | 成本指标: 三级指标 | 指标值 | 产出指标: …): a row printing a project code and a name starts a
 * project, a row printing a unit code and a name sets the unit of the projects under it, the rows
 * below a project add its indicators (and a name cell alone the rest of its wrapped name). A row
 * whose pairs are half printed (a name without its target, or cells one column off) is not split
 * into indicators: a `CELL_UNPLACED` diagnostic with its page.
 *
 * @param entry - the laid-out table and its id
 * @param diagnostics - where to report
 * @returns the projects, in print order (empty when the table prints no pairs)
 * @example
 * ```ts
 * // 4107812 2000000 0024492 | 财政对优诊人员基金的补助 | 545.00 | … | 总成本 | ≤5450000元 | 保障人数 | 178人 | …
 * projectsOfPairs({ grid, table: 'project-performance' }, [])[0]
 * // { name: '财政对优诊人员基金的补助', code: '410781220000000024492', amounts: { total: '545.00' }, indicators: [{ level1: '成本指标', name: '总成本', target: '≤5450000元' }, …] }
 * ```
 */
function projectsOfPairs(entry: PerformanceGrid, diagnostics: ReadDiagnostic[]): Printed[] {
  const { grid, table } = entry
  const pairs = indicatorPairsOf(grid.columns)
  if (pairs.length === 0) return []
  const first = Math.min(...pairs.map((p) => p.name))
  const labels = grid.columns.map((c) => headerLabels(c.header).join('/'))
  const codeAt = labels.findIndex((l, i) => i < first && /编码|代码/.test(l))
  const nameAt = labels.findIndex((l, i) => i < first && /名称/.test(l))
  const totalAt = labels.findIndex(
    (l, i) => i < first && /资金总额|合计|金额/.test(l.split('/').at(-1) ?? ''),
  )
  if (nameAt < 0) return []
  const out: Printed[] = []
  let unit: { code?: string; name?: string } = {}
  let current: Printed | undefined
  for (const row of grid.rows) {
    const code = codeAt < 0 ? '' : level(row.cells[codeAt] ?? '')
    const name = clean(row.cells[nameAt] ?? '')
    const total = totalAt < 0 ? '' : clean(row.cells[totalAt] ?? '')
    if (code !== '' && name !== '' && UNIT_CODE.test(code) && !PROJECT_CODE.test(code)) {
      unit = { code, name: level(name) }
      current = undefined
      continue
    }
    if (name !== '' && (PROJECT_CODE.test(code) || (codeAt < 0 && AMOUNT.test(total)))) {
      const amount = AMOUNT.test(total) ? canonicalCell(total, grid.unit) : undefined
      current = {
        name: level(name),
        ...(PROJECT_CODE.test(code) ? { code } : {}),
        ...(unit.code !== undefined ? { unitCode: unit.code } : {}),
        ...(unit.name !== undefined ? { unitName: unit.name } : {}),
        amounts: amount !== undefined && amount !== '' ? { total: amount } : {},
        indicators: [],
      }
      out.push(current)
    } else if (current !== undefined && code === '' && name !== '' && total === '') {
      // the rest of a wrapped project name
      current.name += level(name)
    } else if (code !== '' || name !== '') {
      current = undefined
      continue
    }
    const indicators = indicatorsOfPairRow(row.cells, pairs)
    if (indicators === undefined) {
      diagnostics.push(
        unplaced(
          table,
          row.page,
          `绩效目标表中一行的指标与“三级指标/指标值”栏对不齐（${row.cells
            .slice(first)
            .filter((c) => clean(c) !== '')
            .join('、')
            .slice(0, 40)}），未读作指标`,
          `a line of the performance table does not fit its 三级指标/指标值 columns (${row.cells
            .slice(first)
            .filter((c) => clean(c) !== '')
            .join(', ')
            .slice(0, 40)}); not read as indicators`,
        ),
      )
      continue
    }
    if (indicators.length === 0) continue
    if (current === undefined && out.length > 0) {
      diagnostics.push(
        unplaced(
          table,
          row.page,
          `绩效指标“${indicators[0]?.name.slice(0, 40)}”印在任何项目之外，未采用`,
          `the indicator "${indicators[0]?.name.slice(0, 40)}" is printed outside any project; not used`,
        ),
      )
      continue
    }
    if (current === undefined) {
      // indicators above the first project's line: the table prints each project at the middle of its
      // merged cell, so no line tells where a project's indicators begin; none is read
      diagnostics.push(
        unplaced(
          table,
          row.page,
          `《${grid.title.slice(0, 40)}》在项目行之外印有绩效指标（“${indicators[0]?.name.slice(0, 40)}”），无法确定各指标属于哪个项目，本表的指标未读取`,
          `"${grid.title.slice(0, 40)}" prints indicators outside a project's line ("${indicators[0]?.name.slice(0, 40)}"); which project they belong to cannot be told, so none of its indicators is read`,
        ),
      )
      return out.map((p) => ({ ...p, indicators: [] }))
    }
    current.indicators.push(...indicators)
  }
  return out
}

// the labels of a project form's fields, and the amounts it prints beside them
// (a label may end in its colon: 资金总额：)
const FORM_FIELDS: readonly (readonly [RegExp, 'code' | 'name' | 'goal' | 'total' | 'src.fiscal'])[] = [
  [/^(项目编码|项目代码):?$/, 'code'],
  [/^项目名称:?$/, 'name'],
  [
    /^(绩效目标|年度绩效目标|项目绩效目标|总体目标|年度目标|项目年度目标|项目实施期目标|实施期目标|项目总体目标):?$/,
    'goal',
  ],
  [/^(预算数|项目预算|预算金额|资金总额|项目资金|年度资金总额)(\(万元\)|\(元\))?:?$/, 'total'],
  [/^(其中:?财政资金|财政拨款):?$/, 'src.fiscal'],
]

// a form's title that names its project: <name>项目绩效目标表, <name>绩效目标表 (one form per project)
const FORM_TITLE = /^(.{1,80}?)(?:绩效目标(?:申报)?表)$/
// what is left of a title that names no project (2026年项目支出绩效目标表, 部门预算项目绩效目标表)
const GENERIC_TITLE =
  /^(?:\d{4}\s*年度?)?(?:部门|单位|本级|市级|县级|区级|省级|预算|项目|支出|重点|整体|\s)*$/

/**
 * The project a one-project form names in its title, when the form prints no 项目名称 field
 * (泉州: “市行政中心保安服务项目绩效目标表”, 资金总额 …, 项目实施期目标 …, then the indicators): the
 * title less its 绩效目标表 and its leading year. A title that names no project (2026年项目支出绩效目标表,
 * 部门预算项目绩效目标表) gives none.
 *
 * @param title - the form's title as printed
 * @returns the project's name, or `undefined`
 * @example
 * ```ts
 * projectNameOfTitle('市行政中心保安服务项目绩效目标表') // '市行政中心保安服务项目'
 * projectNameOfTitle('2026年项目支出绩效目标表') // undefined
 * ```
 */
export function projectNameOfTitle(title: string): string | undefined {
  const folded = title.replace(/\s+/g, '').slice(0, 120)
  const m = FORM_TITLE.exec(folded)
  if (m === null) return undefined
  const name = (m[1] ?? '').replace(/^\d{4}年度?/, '')
  if (name === '' || GENERIC_TITLE.test(name)) return undefined
  return name
}

/**
 * The one project of a form-shaped 项目绩效目标表 (河北: 项目编码 | … | 项目名称 | …, 预算数 | …,
 * 绩效目标 | …, then the indicator list under 一级指标 | 二级指标 | 三级指标 | 指标值 …): each field
 * is the first cell printed after its label (in the header or the rows above the indicator heading),
 * the indicators those read by `readIndicatorRows`. A form without a 项目名称 takes its project's
 * name from its title (泉州: “市行政中心保安服务项目绩效目标表”, see `projectNameOfTitle`); one whose
 * title names no project either is no project form.
 *
 * @param entry - the laid-out form and its id
 * @param diagnostics - where to report
 * @returns the project, or `undefined`
 * @example
 * ```ts
 * // 项目编码 | 13050024P00935510019K | 项目名称 | 办公楼租赁经费; 预算数 | 70.00; 绩效目标 | 确保办公楼租赁费…
 * projectOfForm({ grid, table: '办公楼租赁经费绩效目标表' }, [])
 * // { name: '办公楼租赁经费', code: '13050024P00935510019K', amounts: { total: '70.00', … }, goal: '确保…', indicators: [...] }
 * ```
 */
function projectOfForm(entry: PerformanceGrid, diagnostics: ReadDiagnostic[]): Printed | undefined {
  const { grid, table } = entry
  const heading = indicatorHeadingOf(grid.columns, grid.rows)
  if (heading === undefined || heading.from === 0) return undefined
  const lines: readonly (readonly string[])[] = [
    grid.columns.map((c) => c.header[c.header.length - 1] ?? ''),
    ...grid.rows.slice(0, heading.from - 1).map((r) => r.cells),
  ]
  const fields: Partial<Record<(typeof FORM_FIELDS)[number][1], string>> = {}
  for (const cells of lines) {
    cells.forEach((cell, i) => {
      const label = normalizeLabel(clean(cell))
      const field = FORM_FIELDS.find(([p]) => p.test(label))?.[1]
      if (field === undefined || fields[field] !== undefined) return
      const after = cells.slice(i + 1)
      const end = after.findIndex((c) => FORM_FIELDS.some(([p]) => p.test(normalizeLabel(clean(c)))))
      const rest = (end < 0 ? after : after.slice(0, end)).filter(
        (c) => clean(c) !== '' && clean(c) !== clean(cell),
      )
      // a goal's text may be laid out over several cells of its line: all of them, up to the next label
      const text = field === 'goal' ? rest.map(clean).join('') : rest[0]
      if (text !== undefined && text !== '') fields[field] = clean(text)
    })
  }
  const name = fields.name ?? projectNameOfTitle(grid.title)
  if (name === undefined || name === '') return undefined
  const amounts: Cells = {}
  for (const key of ['total', 'src.fiscal'] as const) {
    const text = fields[key]
    if (text === undefined || !AMOUNT.test(text)) continue
    const value = canonicalCell(text, grid.unit)
    if (value !== undefined && value !== '') amounts[key] = value
  }
  const code = (fields.code ?? '').replace(/\s+/g, '')
  const read = readIndicatorRows(grid.rows.slice(heading.from), heading.columns, table)
  diagnostics.push(...read.diagnostics)
  return {
    name,
    ...(/^[0-9A-Za-z]{1,40}$/.test(code) ? { code } : {}),
    ...(fields.goal !== undefined ? { goal: fields.goal } : {}),
    amounts,
    indicators: read.indicators,
  }
}

/**
 * A list-shaped 项目支出绩效目标表 that prints its projects in columns of their own beside the
 * indicators (单位编码 | 单位（项目）名称 | 资金总额 | 绩效目标 | 一级指标 | …). Which indicator belongs
 * to which project depends on where each project's merged cell begins and ends, which the grid does
 * not keep (长沙 prints the project name at the middle of its indicators, above and below it): the
 * reader does not guess, it reports the table.
 *
 * @param entry - the laid-out table and its id
 * @returns a diagnostic, or `undefined` when the table is not of that shape
 * @example
 * ```ts
 * // 单位编码 | 单位（项目）名称 | 资金总额 | 绩效目标 | 绩效指标/一级指标 | … | 绩效指标/指标值 | …
 * unsplitList({ grid, table: 'project-performance' })?.code // 'CELL_UNPLACED'
 * ```
 */
function unsplitList(entry: PerformanceGrid): ReadDiagnostic | undefined {
  const heading = indicatorHeadingOf(entry.grid.columns, entry.grid.rows)
  if (heading === undefined || heading.from !== 0) return undefined
  const rows = entry.grid.rows.filter((r: GridRow) => r.cells.some((c) => clean(c) !== ''))
  if (rows.length === 0) return undefined
  return unplaced(
    entry.table,
    entry.grid.pages[0],
    `《${entry.grid.title.slice(0, 40)}》的绩效指标与项目印在并列的合并单元格中，无法确定每个指标属于哪个项目，未读取`,
    `"${entry.grid.title.slice(0, 40)}" prints its indicators beside its projects in merged cells; which indicator belongs to which project cannot be told, so none is read`,
  )
}

const GOAL_NAME = /^(项目名称|项目)$/
const GOAL_TEXT = /^(项目)?(总体|年度|整体)?绩效目标$|^年度目标$/
const GOAL_UNIT = /^(单位名称|项目单位|预算单位)$/
const GOAL_AMOUNT = /^(金额|资金总额|预算数|预算金额|项目金额|合计)(\(万元\)|\(元\))?$|^预算数\(单位:万元\)$/

/**
 * The projects of a goal list: a project performance table printing each project's 绩效目标 as
 * text on its line, with no indicator grid (浙江: 单位名称 | 项目名称 | 金额 | 绩效目标). Columns
 * are found from the header vocabulary (项目名称, 绩效目标 / 项目总体绩效目标, 金额 / 资金总额 / 预算数,
 * 单位名称). A line printing a name and a goal is a project; a line printing only goal text under a
 * project is the rest of its wrapped goal; a line printing a goal under no project, or a name
 * without a goal, is reported (`CELL_UNPLACED`), not guessed at.
 *
 * @param entry - the laid-out table and its id
 * @param diagnostics - where to report
 * @returns the projects, in print order (empty when the table is no goal list)
 * @example
 * ```ts
 * // 单位名称 | 项目名称 | 金额 | 绩效目标; 杭州市气象局 | 气象业务建设 | 1,097.02 | 通过气象监测能力项目等提升…
 * projectsOfGoalList({ grid, table: 'project-performance' }, [])[0]
 * // { name: '气象业务建设', unitName: '杭州市气象局', goal: '通过气象监测能力项目等提升…', amounts: { total: '1097.02' }, indicators: [] }
 * ```
 */
function projectsOfGoalList(entry: PerformanceGrid, diagnostics: ReadDiagnostic[]): Printed[] {
  const { grid, table } = entry
  if (indicatorHeadingOf(grid.columns, grid.rows) !== undefined) return []
  // the last label of each column that says something (湖州 prints a line of ** under its header)
  const labels = grid.columns.map((c) =>
    normalizeLabel(
      level(
        headerLabels(c.header)
          .filter((l) => /[\u4e00-\u9fff]/.test(l))
          .at(-1) ?? '',
      ),
    ),
  )
  const nameAt = labels.findIndex((l) => GOAL_NAME.test(l))
  const goalAt = labels.findIndex((l) => GOAL_TEXT.test(l))
  if (nameAt < 0 || goalAt < 0 || goalAt === nameAt) return []
  const unitAt = labels.findIndex((l) => GOAL_UNIT.test(l))
  const amountAt = labels.findIndex((l) => GOAL_AMOUNT.test(l))
  const out: Printed[] = []
  let current: Printed | undefined
  for (const row of grid.rows) {
    const name = level(row.cells[nameAt] ?? '')
    const goal = clean(row.cells[goalAt] ?? '')
    const total = amountAt < 0 ? '' : clean(row.cells[amountAt] ?? '')
    const unitName = unitAt < 0 ? '' : level(row.cells[unitAt] ?? '')
    if (name === '' && goal === '') continue
    if (/^(合计|总计)$/.test(name)) {
      current = undefined
      continue
    }
    if (name !== '' && goal !== '') {
      const amount = AMOUNT.test(total) ? canonicalCell(total, grid.unit) : undefined
      current = {
        name,
        ...(unitName !== '' ? { unitName } : {}),
        goal,
        amounts: amount !== undefined && amount !== '' ? { total: amount } : {},
        indicators: [],
      }
      out.push(current)
      continue
    }
    if (name === '' && total === '' && current !== undefined) {
      // the rest of the goal above, wrapped onto a line of its own
      current.goal = `${current.goal ?? ''}${goal}`
      continue
    }
    current = undefined
    diagnostics.push(
      unplaced(
        table,
        row.page,
        `《${grid.title.slice(0, 40)}》中一行${name === '' ? `的绩效目标（“${goal.slice(0, 30)}”）不在任何项目名下` : `的项目“${name.slice(0, 30)}”未印绩效目标`}，未读取`,
        `a line of "${grid.title.slice(0, 40)}" ${name === '' ? `prints a goal ("${goal.slice(0, 30)}") under no project` : `names the project "${name.slice(0, 30)}" without its goal`}; not read`,
      ),
    )
  }
  return out
}

/**
 * A form that prints an indicator list under fields of its own but names no project (no 项目名称
 * field, and a title such as 2026年项目支出绩效目标表): whose indicators they are cannot be told, so
 * none is read and the form is reported.
 *
 * @param entry - the laid-out form and its id
 * @returns a diagnostic, or `undefined` when the grid is no such form
 * @example
 * ```ts
 * // “2025年项目支出绩效目标表”: 资金总额： | 10.00; 一级指标 | 二级指标 | 三级指标 | 指标值; 产出指标 | …
 * unnamedForm({ grid, table: 'project-performance' })?.code // 'CELL_UNPLACED'
 * ```
 */
function unnamedForm(entry: PerformanceGrid): ReadDiagnostic | undefined {
  const heading = indicatorHeadingOf(entry.grid.columns, entry.grid.rows)
  if (heading === undefined || heading.from === 0) return undefined
  if (!entry.grid.rows.slice(heading.from).some((r) => r.cells.some((c) => clean(c) !== ''))) return undefined
  const page = entry.grid.rows[heading.from]?.page ?? entry.grid.pages[0]
  return unplaced(
    entry.table,
    page,
    `《${entry.grid.title.slice(0, 40)}》印有绩效指标，但未印项目名称，无法确定属于哪个项目，未读取`,
    `"${entry.grid.title.slice(0, 40)}" prints performance indicators but names no project; whose they are cannot be told, so none is read`,
  )
}

/**
 * The projects of a 预算 (`Disclosure.projects`) from what the document prints: each project line
 * of the 项目支出表 (name, unit, 项目类型, amounts by fund source) and each project of the project
 * performance tables (项目绩效目标表 / 汇总表 / one form per project: code, 绩效目标, indicators),
 * matched by name. A performance project whose name no 项目支出表 line prints is a project of its
 * own, with the amount its performance table prints, and a diagnostic when the document has a
 * 项目支出表 (the names differ, or the 项目支出表 leaves it out). Amounts come from the 项目支出表 when
 * it prints the project, so that the rules compare the two tables rather than a figure with itself.
 *
 * @param tables - the printed tables as read
 * @param grids - the project performance tables as laid out
 * @returns the projects in print order (项目支出表 first) and the diagnostics
 * @example
 * ```ts
 * projectsOfTables(printed, [{ grid, table: 'project-performance' }]).projects[0]
 * // { name: '财政对优诊人员基金的补助', unitName: '卫辉市医疗保障局', type: '特定目标类', amounts: { total: '545.00', 'src.gpb': '545.00' }, code: '…', indicators: [...] }
 * ```
 */
export function projectsOfTables(
  tables: readonly PrintedTable[],
  grids: readonly PerformanceGrid[],
): { readonly projects: Project[]; readonly diagnostics: ReadDiagnostic[] } {
  const diagnostics: ReadDiagnostic[] = []
  const projects: Project[] = []
  const byName = new Map<string, number>()
  const listed = tables.some((t) => t.kind === 'projects')
  for (const table of tables) {
    if (table.kind !== 'projects') continue
    for (const row of table.rows) {
      if (row.kind !== 'detail' || row.name.trim() === '') continue
      if (row.projectType === undefined && row.unitName === undefined) continue
      const amounts: Cells = {}
      for (const key of Object.keys(row.cells) as FactKey[]) {
        const value = row.cells[key]
        if (value !== undefined && value !== '') amounts[key] = value
      }
      if (Object.keys(amounts).length === 0) continue
      const name = row.name.replace(/\s+/g, '')
      if (!byName.has(nameKey(name))) byName.set(nameKey(name), projects.length)
      // the same name in two units: each unit's line, for a performance table that prints the unit
      if (row.unitName !== undefined) byName.set(unitKey(row.unitName, name), projects.length)
      projects.push({
        name,
        ...(row.unitCode !== undefined && /^\d{1,12}$/.test(row.unitCode) ? { unitCode: row.unitCode } : {}),
        ...(row.unitName !== undefined ? { unitName: row.unitName } : {}),
        ...(row.projectType !== undefined ? { type: row.projectType } : {}),
        amounts,
        indicators: [],
      })
    }
  }
  for (const entry of grids) {
    const printed: Printed[] = []
    const pairs = projectsOfPairs(entry, diagnostics)
    const goals = pairs.length > 0 ? [] : projectsOfGoalList(entry, diagnostics)
    if (pairs.length > 0) printed.push(...pairs)
    else if (goals.length > 0) printed.push(...goals)
    else {
      const form = projectOfForm(entry, diagnostics)
      if (form !== undefined) printed.push(form)
      else {
        const unsplit = unsplitList(entry) ?? unnamedForm(entry)
        if (unsplit !== undefined) diagnostics.push(unsplit)
      }
    }
    for (const p of printed) {
      const at =
        (p.unitName === undefined ? undefined : byName.get(unitKey(p.unitName, p.name))) ??
        indexOfName(byName, p.name)
      const known = at === undefined ? undefined : projects[at]
      if (at !== undefined && known !== undefined) {
        projects[at] = {
          ...known,
          ...(known.code === undefined && p.code !== undefined ? { code: p.code } : {}),
          ...(known.unitCode === undefined && p.unitCode !== undefined ? { unitCode: p.unitCode } : {}),
          ...(known.goal === undefined && p.goal !== undefined ? { goal: p.goal } : {}),
          indicators: [...known.indicators, ...p.indicators],
        }
        continue
      }
      if (listed) {
        diagnostics.push({
          code: 'ROW_UNMAPPED',
          severity: 'warning',
          table: entry.table,
          ...(entry.grid.pages[0] !== undefined ? { page: entry.grid.pages[0] } : {}),
          message: {
            zh: `绩效目标表中的项目“${p.name.slice(0, 40)}”在项目支出表中没有同名项目，其${p.indicators.length > 0 ? '绩效指标' : '绩效目标'}未采用`,
            en: `the project "${p.name.slice(0, 40)}" of the performance table has no line of that name in the project expenditure table; its ${p.indicators.length > 0 ? 'indicators are' : 'goal is'} not used`,
          },
        })
        continue
      }
      byName.set(nameKey(p.name), projects.length)
      projects.push({
        name: p.name,
        ...(p.code !== undefined ? { code: p.code } : {}),
        ...(p.unitCode !== undefined ? { unitCode: p.unitCode } : {}),
        ...(p.unitName !== undefined ? { unitName: p.unitName } : {}),
        amounts: p.amounts,
        ...(p.goal !== undefined ? { goal: p.goal } : {}),
        indicators: p.indicators,
      })
    }
  }
  return { projects, diagnostics }
}
