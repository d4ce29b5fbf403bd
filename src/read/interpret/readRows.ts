import Decimal from 'decimal.js'
import type { Catalog } from '../../codes/catalog'
import { rowIdentity } from '../../model/disclosure'
import { FACT_KEYS, type FactKey } from '../../model/factKeys'
import type { ProcurementItem } from '../../model/procurement'
import type { Row } from '../../model/table'
import type { TableKind } from '../../model/tableKinds'
import type { GridRow, GridTable } from '../layout/types'
import type { ReadDiagnostic } from '../types'
import type { MappedColumn } from './columnKeys'
import { type LabelLayout, type LabelRole, labelLayout } from './labelColumns'
import { normalizeLabel, splitOrdinal } from './normalizeLabel'
import { procurementLine, quantityColumnsOf } from './procurementLines'
import { canonicalCell } from './readCellText'
import { lineKeyOf, TOTAL_LINE_KEYS } from './rowKeys'

/** What the rows of a table were read as. */
export interface ReadRowsResult {
  readonly rows: readonly Row[]
  readonly diagnostics: readonly ReadDiagnostic[]
  /** A 政府采购 table's lines, every one printed (two purchases of one item included). */
  readonly purchases?: readonly ProcurementItem[]
}

/** Context of {@link readRows}. */
export interface ReadRowsContext {
  readonly kind: TableKind
  readonly tableId: string
  readonly functionalCatalog: Catalog<string>
  /** The department economic catalog, to recover the codes of an economic table printed by name only. */
  readonly economicCatalog?: Catalog<string>
  readonly fiscalYear?: number
}

type CodeSystem = NonNullable<Row['codeSystem']>

// Tables whose rows are named by fact keys (summary lines, revenue lines), not by codes.
const LINE_TABLES: ReadonlySet<TableKind> = new Set<TableKind>([
  'summary',
  'fiscal-summary',
  'three-public',
  'department-performance',
  'department-self-evaluation',
  'operating-costs',
])

const ECONOMIC_TABLES: ReadonlySet<TableKind> = new Set<TableKind>([
  'gpb-basic',
  'economic-summary',
  'operating-costs',
  'gpb-economic',
  'gpb-project-economic',
  'basic-by-source',
  'fiscal-basic',
])

const PROJECT_TABLES: ReadonlySet<TableKind> = new Set<TableKind>([
  'projects',
  'gpb-basic-detail',
  'project-performance',
  'procurement',
])

// the 人员经费 / 公用经费 total lines of the 公开06表, printed in the code column
const BASIC_LINE = /^(人员经费|公用经费)(合计)?$/

const CJK_GAP = /(?<=[\u4e00-\u9fff（）“”：、])\s(?=[\u4e00-\u9fff（）“”：、])/g

const stripTags = (s: string): string => s.replace(/<[^>]{0,20}>/g, '').trim()
const digitsOnly = (s: string): string => s.replace(/[\s\u3000]/g, '')
const isDigits = (s: string): boolean => /^\d{1,40}$/.test(s)
// one or more amounts run together (92,495.0219,190.33): thousands separators and two decimals
const AMOUNTS_ONLY = /^(?:-?\d{1,3}(?:,\d{3}){0,6}\.\d{1,2}){1,8}$/

const diag = (
  code: ReadDiagnostic['code'],
  severity: ReadDiagnostic['severity'],
  table: string,
  page: number,
  zh: string,
  en: string,
): ReadDiagnostic => ({ code, severity, table, page, message: { zh, en } })

interface BlockState {
  lei: string
  kuan: string
  recoveredLei: string
  recoveredKuan: string
  underCarry: boolean
  hasCurrentRevenue: boolean
  hasCurrentExpenditure: boolean
  unitCode: string
  unitName: string
  projectType: string
}

const freshState = (): BlockState => ({
  lei: '',
  kuan: '',
  recoveredLei: '',
  recoveredKuan: '',
  underCarry: false,
  hasCurrentRevenue: false,
  hasCurrentExpenditure: false,
  unitCode: '',
  unitName: '',
  projectType: '',
})

/**
 * Whether `rest` is the end of `row`'s name, wrapped onto a line of its own: the row prints a code the
 * catalog knows, and its printed name followed by `rest` begins (or is) the catalog's name of that code.
 * @example
 * ```ts
 * endsName({ kind: 'detail', code: '2080505', codeSystem: 'functional', name: '机关事业单位基本养老保险缴', cells: {} },
 *   '费支出', ctx) // true
 * endsName({ kind: 'detail', code: '2080505', codeSystem: 'functional', name: '机关事业单位基本养老保险缴', cells: {} },
 *   '其他支出', ctx) // false
 * ```
 */
function endsName(row: Row, rest: string, ctx: ReadRowsContext): boolean {
  if (row.code === undefined || row.key !== undefined) return false
  const catalog =
    row.codeSystem === 'functional'
      ? ctx.functionalCatalog
      : row.codeSystem === 'economic-department'
        ? ctx.economicCatalog
        : undefined
  const found = catalog?.lookup(row.code, ctx.fiscalYear !== undefined ? { year: ctx.fiscalYear } : {})
  if (found?.status !== 'known') return false
  const printed = normalizeLabel(row.name)
  const joined = normalizeLabel(`${row.name}${rest}`)
  const name = normalizeLabel(found.name)
  return printed.length > 0 && joined.length > printed.length && name.startsWith(joined)
}

function recoverCode(
  name: string,
  state: BlockState,
  ctx: ReadRowsContext,
  onlyLei: boolean,
  currentLei?: ReadonlySet<string>,
): string | undefined {
  if (name === '') return undefined
  const matches = ctx.functionalCatalog.searchByName(name, {
    ...(ctx.fiscalYear !== undefined ? { year: ctx.fiscalYear } : {}),
    // every match: 事业运行 and 行政运行 recur under dozens of 款, and the 款 above decides below
    limit: 1000,
  })
  // a former name (医疗卫生与计划生育支出 printed beside 卫生健康支出) is a stale row, not the code's
  const candidates = matches.filter((m) => (onlyLei ? m.code.length === 3 : true) && m.match !== 'former')
  if (candidates.length === 0 && onlyLei && currentLei !== undefined) {
    // …unless no row of the table prints the code's current name: then the template still uses
    // the former one (资源勘探信息等 for 215, whose name became 资源勘探工业信息等支出)
    const former = [...new Set(matches.filter((m) => m.code.length === 3).map((m) => m.code))]
    if (former.length === 1 && !currentLei.has(former[0]!)) return former[0]
    return undefined
  }
  if (candidates.length === 0) return undefined
  if (candidates.length === 1) return candidates[0]?.code
  // 行政运行 exists under every 款: the 类/款 read above decide
  for (const parent of [state.recoveredKuan, state.recoveredLei]) {
    if (parent === '') continue
    const under = candidates.filter((m) => m.code.startsWith(parent) && m.code !== parent)
    if (under.length === 1) return under[0]?.code
  }
  // a classification is printed depth first: a 项 of the 款 read above, a 款 of the 类 read above, or
  // a new 类 ('其他教育支出' is 款 20599 and its own 项 2059999: after 205 the 款, after 20599 the 项)
  if (state.recoveredLei !== '') {
    const next = candidates.filter(
      (m) =>
        m.code.length === 3 ||
        (m.code.length === 5 && m.code.startsWith(state.recoveredLei)) ||
        (m.code.length === 7 && state.recoveredKuan !== '' && m.code.startsWith(state.recoveredKuan)),
    )
    if (next.length === 1) return next[0]?.code
  }
  // the name printed as the catalog prints it beats a name equal only once normalised ('科学技术支出'
  // is 类 206; 2300306 '科学技术' matches it without its 支出): a 类 or 款 name so printed is that code
  const printed = name.replace(/\s+/g, '')
  const verbatim = candidates.filter((m) => m.score === 1 && m.matched.replace(/\s+/g, '') === printed)
  if (verbatim.length === 1 && (verbatim[0]?.code.length ?? 0) <= 5) return verbatim[0]?.code
  return undefined
}

// An economic table printed by name only (工资福利支出 / 基本工资 / 办公费 …): the department economic
// catalog's name printed as is, one code, or one under the 类 read above.
function recoverEconomicCode(name: string, state: BlockState, ctx: ReadRowsContext): string | undefined {
  if (name === '' || ctx.economicCatalog === undefined) return undefined
  const printed = name.replace(/\s+/g, '')
  const matches = ctx.economicCatalog
    .searchByName(printed, { ...(ctx.fiscalYear !== undefined ? { year: ctx.fiscalYear } : {}), limit: 50 })
    .filter((m) => m.score === 1 && m.match !== 'former')
  const verbatim = matches.filter((m) => m.matched.replace(/\s+/g, '') === printed)
  const pool = verbatim.length > 0 ? verbatim : matches
  if (pool.length === 1) return pool[0]?.code
  if (state.recoveredLei === '') return undefined
  const under = pool.filter((m) => m.code.startsWith(state.recoveredLei) && m.code !== state.recoveredLei)
  return under.length === 1 ? under[0]?.code : undefined
}

// the name of an organisation (a department or unit), never of an economic class
const ORGANISATION = /(局|中心|委员会|办公室|院|所|站|队|厅)$/

// a code in square brackets opening a label: [201] / 【30101】, then the name
const BRACKETED_CODE = /^([[【［](\d{3,7})[\]】］]) ?(\S.*)$/

function splitCode(
  layout: LabelLayout,
  cells: readonly string[],
  state: BlockState,
  system: CodeSystem,
): { code?: string; printed?: string; slip?: string } {
  const cell = (role: LabelRole): string => {
    const i = layout.roles.get(role)
    return i === undefined ? '' : digitsOnly(stripTags(cells[i] ?? ''))
  }
  if (layout.roles.has('lei')) {
    let lei = cell('lei')
    let kuan = cell('kuan')
    const xiang = cell('xiang')
    const printed = [lei, kuan, xiang].filter((p) => p !== '').join(' ')
    if (lei === '' && kuan === '' && xiang === '') return {}
    if (![lei, kuan, xiang].every((p) => p === '' || isDigits(p))) {
      // an OCR slip in a code cell ('301 | l'): what is printed, for the caller to keep or not
      const parts = (['lei', 'kuan', 'xiang'] as const)
        .map((r) => stripTags(cells[layout.roles.get(r) ?? -1] ?? '').trim())
        .filter((p) => p !== '')
      const slip = parts.join('').replace(/\s+/g, '')
      return /^[0-9A-Za-z]{1,8}$/.test(slip) ? { slip, printed: parts.join(' ') } : {}
    }
    // continuation rows omit the 类 (and 款) printed above
    if (lei === '') lei = state.lei
    if (kuan === '' && xiang !== '') kuan = state.kuan
    if (lei === '') return {}
    state.lei = lei
    state.kuan = kuan !== '' ? kuan : state.kuan
    if (kuan === '' && xiang === '') state.kuan = ''
    const code = lei + kuan + (kuan !== '' ? xiang : '')
    const expected =
      system === 'functional' ? code.length === 3 || code.length === 5 || code.length === 7 : true
    if (!expected) return {}
    return { code, ...(printed !== code ? { printed } : {}) }
  }
  const joined = cell('code')
  if (joined === '' || !/^[0-9A-Za-z]{1,40}$/.test(joined)) return {}
  const raw = layout.roles.has('code') ? stripTags(cells[layout.roles.get('code') ?? 0] ?? '') : ''
  return { code: joined, ...(raw !== joined ? { printed: raw } : {}) }
}

// 河南 templates print the government economic code beside the department one.
function govCodeOf(label: (role: LabelRole) => string): { govCode?: string; govName?: string } {
  const joined = digitsOnly(label('gov-code'))
  const split = digitsOnly(label('gov-lei')) + digitsOnly(label('gov-kuan'))
  const code = joined !== '' ? joined : split
  const name = label('gov-name')
  return {
    ...(/^5\d{2}(\d{2})?$/.test(code) ? { govCode: code } : {}),
    ...(name !== '' ? { govName: name } : {}),
  }
}

function systemOf(code: string, kind: TableKind): CodeSystem | 'unit' | undefined {
  if (PROJECT_TABLES.has(kind) && code.length > 8) return 'project'
  if (/^2\d{2}(\d{2}(\d{2})?)?$/.test(code) && !ECONOMIC_TABLES.has(kind)) return 'functional'
  if (/^3\d{2}(\d{2})?$/.test(code)) return 'economic-department'
  if (/^5\d{2}(\d{2})?$/.test(code)) return 'economic-government'
  if (/^\d{6}$|^\d{3}$/.test(code)) return 'unit'
  return undefined
}

function readValues(
  mapped: readonly MappedColumn[],
  block: number | undefined,
  cells: readonly string[],
  ctx: ReadRowsContext,
  unit: string | undefined,
  page: number,
  out: ReadDiagnostic[],
): { cells: Partial<Record<FactKey, string>>; any: boolean } {
  const values: Partial<Record<FactKey, string>> = {}
  let any = false
  for (const column of mapped) {
    if (column.key === undefined || (column.block ?? 0) !== (block ?? 0)) continue
    let raw = cells[column.index] ?? ''
    const info = FACT_KEYS[column.key]
    if ('percent' in info && info.percent) raw = raw.replace(/[%％]\s*$/, '')
    // a closing bracket with no opening one after an amount ('0.85)') is a stray mark of the
    // extraction; in a column that cannot be negative it cannot be a lost '(' of a negative either
    if (!('signed' in info && info.signed) && /^[^()（）]{1,30}\d\s?[)）]$/.test(raw.trim()))
      raw = raw.trim().slice(0, -1)
    const value = canonicalCell(raw, unit)
    if (value === undefined) {
      out.push(
        diag(
          'CELL_UNPLACED',
          'warning',
          ctx.tableId,
          page,
          `“${column.header.join('/')}”列的“${raw.slice(0, 30)}”不是金额，未采用`,
          `"${raw.slice(0, 30)}" in column "${column.header.join('/')}" is not an amount; not used`,
        ),
      )
      continue
    }
    // a negative amount where the model allows none is a misread, not a figure
    if (value.startsWith('-') && /\d/.test(value) && !('signed' in info && info.signed)) {
      out.push(
        diag(
          'CELL_UNPLACED',
          'warning',
          ctx.tableId,
          page,
          `“${column.header.join('/')}”列印有负数“${raw.slice(0, 30)}”，该栏不应为负，未采用`,
          `column "${column.header.join('/')}" prints a negative "${raw.slice(0, 30)}" where none is possible; not used`,
        ),
      )
      continue
    }
    values[column.key] = value
    if (value !== '') any = true
  }
  return { cells: values, any }
}

/**
 * Reads the body rows of a recognized table into model rows: codes joined or split over
 * 类/款/项 (the 类 and 款 carried down to continuation rows), codes recovered from names through
 * the functional catalog with the 类/款 above as context, summary and revenue lines named by fact
 * keys, unit rows, project rows. Values are kept as printed (canonical strings), by column key.
 *
 * @param table - the laid-out table
 * @param mapped - its value columns with their keys (see `mapColumns`)
 * @param ctx - kind, table id, catalog and year
 * @returns the rows and what the reader was unsure of
 * @example
 * ```ts
 * const { rows } = readRows(grid, mapColumns(grid.columns, 'expenditure'),
 *   { kind: 'expenditure', tableId: 'expenditure', functionalCatalog })
 * rows[0] // { kind: 'total', name: '合计', cells: { total: '8944.03', … }, page: 5 }
 * ```
 */
export function readRows(
  table: GridTable,
  mapped: readonly MappedColumn[],
  ctx: ReadRowsContext,
): ReadRowsResult {
  const diagnostics: ReadDiagnostic[] = []
  const blocks: (number | undefined)[] = [...new Set(table.columns.map((c) => c.block ?? 0))].sort(
    (a, b) => a - b,
  )
  if (blocks.length === 1) blocks[0] = undefined
  const twoSided = blocks.length > 1
  const layouts = new Map(blocks.map((b) => [b, labelLayout(table.columns, b)]))
  const states = new Map(blocks.map((b) => [b, freshState()]))
  const perBlock = new Map<number | undefined, Row[]>(blocks.map((b) => [b, []]))
  const defaultSystem: CodeSystem = ECONOMIC_TABLES.has(ctx.kind) ? 'economic-department' : 'functional'
  const summaryKind = ctx.kind === 'summary' || ctx.kind === 'fiscal-summary'
  const currentLei = summaryKind ? currentLeiOf(table, layouts, ctx) : undefined
  // 收入合计 printed above 一、本年收入 (河南 2025) is the grand total: look ahead for the year's line
  if (twoSided)
    for (const block of blocks) {
      const layout = layouts.get(block)!
      const state = states.get(block)!
      for (const gridRow of table.rows.slice(0, 2000))
        for (const i of layout.names) {
          const name = normalizeLabel(stripTags(gridRow.cells[i] ?? '')).replace(
            /^[一二三四五六七八九十]{1,3}[、.]/,
            '',
          )
          if (/^本年收入(合计)?$/.test(name)) state.hasCurrentRevenue = true
          if (/^本年支出(合计)?$/.test(name)) state.hasCurrentExpenditure = true
        }
    }

  // a group of columns a one-sided table prints beside its own (see `mapColumns`): read for every row
  const besideBlocks = twoSided
    ? []
    : [...new Set(mapped.flatMap((c) => (c.block !== undefined && c.block > 0 ? [c.block] : [])))]
  const beside: Row[] = []
  // a 政府采购 table's lines as printed, with their quantities (the table keeps one row per identity)
  const purchases: ProcurementItem[] = []
  const quantities = ctx.kind === 'procurement' ? quantityColumnsOf(table) : undefined
  // a project table's rows printed by their names alone: how far each name is indented (per block, by
  // index in the block's rows), to tell the units printed over their projects
  const indentsOf = new Map<number | undefined, Map<number, number>>(blocks.map((b) => [b, new Map()]))
  const unitColumn = layouts.get(undefined)?.roles.get('unit-code')
  const bodyRows =
    PROJECT_TABLES.has(ctx.kind) && !twoSided && unitColumn !== undefined
      ? joinWrappedProjectCodes(
          table,
          unitColumn,
          layouts.get(undefined)?.roles.get('name'),
          mapped,
          ctx,
          diagnostics,
        )
      : defaultSystem === 'functional' && !twoSided && !PROJECT_TABLES.has(ctx.kind) && !summaryKind
        ? joinWrappedClassLines(table, layouts.get(undefined)!, mapped, ctx, diagnostics)
        : table.rows
  for (const gridRow of bodyRows) {
    const cells = gridRow.cells
    const readBefore = perBlock.get(blocks[0])!.length
    // blocks whose cells a label merged across them has taken (see BASIC_LINE)
    const consumed = new Set<number | undefined>()
    for (const block of blocks) {
      if (consumed.has(block)) continue
      const layout = layouts.get(block)!
      const state = states.get(block)!
      const label = (role: LabelRole): string => {
        const i = layout.roles.get(role)
        return i === undefined ? '' : stripTags(cells[i] ?? '')
      }
      let rawName = ''
      let nameColumn: number | undefined
      for (const i of layout.names) {
        rawName = stripTags(cells[i] ?? '')
        nameColumn = i
        if (rawName !== '') break
      }
      // a table whose rows are budget units (单位名称, no 科目 or 项目 name column): the unit's name
      // names the row
      const unitRows = listsUnits(layout)
      if (unitRows) rawName = label('unit-name')
      // 合计 printed in the code column, the name column left blank
      if (rawName === '')
        for (const i of layout.roles.values()) {
          const text = stripTags(cells[i] ?? '')
          if (/^(合计|总计)$/.test(normalizeLabel(text)) || BASIC_LINE.test(normalizeLabel(text))) {
            rawName = text
            break
          }
        }
      const line = label('line')
      if (/^栏次$/.test(normalizeLabel(line)) || /^栏次$/.test(normalizeLabel(rawName))) continue
      // a name made of amounts only: the label column has swallowed value cells, and the row's
      // values stand one or more columns off; nothing of the row can be placed
      if (rawName.length <= 120 && AMOUNTS_ONLY.test(digitsOnly(rawName))) {
        diagnostics.push(
          diag(
            'CELL_UNPLACED',
            'warning',
            ctx.tableId,
            gridRow.page,
            `行名“${rawName.slice(0, 40)}”只有金额：名称列吞并了金额列，该行未读取`,
            `the row name "${rawName.slice(0, 40)}" holds amounts only: the name column took value cells; the row is not read`,
          ),
        )
        continue
      }
      let { cells: values, any } = readValues(
        mapped,
        block,
        cells,
        ctx,
        table.unit,
        gridRow.page,
        diagnostics,
      )
      // 公开06表 prints 公用经费合计 across its second and third blocks: the amount stands under the
      // last block, whose label cells are blank (merged into this one)
      if (rawName !== '' && !any && block !== undefined && BASIC_LINE.test(normalizeLabel(rawName)))
        for (const next of blocks.filter((b) => b !== undefined && b > block)) {
          const nextLayout = layouts.get(next)!
          const blank = [...nextLayout.roles.values()].every((i) => stripTags(cells[i] ?? '') === '')
          if (!blank) break
          const borrowed = readValues(mapped, next, cells, ctx, table.unit, gridRow.page, [])
          if (!borrowed.any) continue
          values = borrowed.cells
          any = true
          consumed.add(next)
          break
        }
      const { ordinal, rest } = splitOrdinal(rawName)
      // Chinese prints no spaces between characters: one inside a label is the extraction's
      let name = rest.replace(/\s+/g, ' ').replace(CJK_GAP, '')
      // …nor between a number and the character after it, where a wrapped cell broke ('2025 年')
      if (PROJECT_TABLES.has(ctx.kind)) name = name.replace(/(?<=\d) (?=[\u4e00-\u9fff])/g, '')
      let split = splitCode(layout, cells, state, defaultSystem)
      // 广东's tables print the code in brackets before the name, in the name's cell: [201]一般公共服务支出
      const bracketed = split.code === undefined ? BRACKETED_CODE.exec(name) : null
      if (bracketed !== null) {
        split = {
          code: bracketed[2]!,
          printed: bracketed[1]!,
        }
        name = bracketed[3]!
      }
      const folded = normalizeLabel(name)
      let unitCode = digitsOnly(label('unit-code'))
      if (!isDigits(unitCode)) unitCode = ''
      // 单位编码(项目编码): a long code in the unit column is a project's
      let projectCode: string | undefined
      if (unitCode.length > 12) {
        projectCode = unitCode
        unitCode = ''
      }
      // …and one too long for a unit and too short for a project, beside a project's name, is a
      // project code printed in part (its second line lost): kept as printed, with no code
      let partialCode: string | undefined
      if (
        (ctx.kind === 'projects' || ctx.kind === 'project-performance') &&
        unitCode.length > 6 &&
        rawName !== '' &&
        !ORGANISATION.test(rawName)
      ) {
        partialCode = label('unit-code').trim()
        unitCode = ''
        diagnostics.push(
          diag(
            'CODE_UNKNOWN',
            'warning',
            ctx.tableId,
            gridRow.page,
            `项目“${rawName.slice(0, 40)}”的编码只印出一部分（“${partialCode}”），按名称保留`,
            `project "${rawName.slice(0, 40)}" prints part of its code only ("${partialCode}"); kept by its name`,
          ),
        )
      }
      let projectType = label('project-type')
      // a unit's code printed in the 类型 column (基本支出明细表: | 309 | 医疗保障局): the unit's row
      if (unitCode === '' && PROJECT_TABLES.has(ctx.kind) && /^\d{3}$|^\d{6}$/.test(projectType.trim())) {
        unitCode = projectType.trim()
        projectType = ''
      }
      const unitName = label('unit-name')
      if (projectType !== '') state.projectType = projectType
      if (unitName !== '') state.unitName = unitName
      if (rawName === '' && split.code === undefined && unitCode === '' && !any) continue

      const base = {
        ...(ordinal !== undefined ? { ordinal } : {}),
        ...(line !== '' && /^\d{1,4}$/.test(line) ? { line } : {}),
        ...(twoSided ? { block: block ?? 0 } : {}),
        cells: values,
        page: gridRow.page,
      }
      const rows = perBlock.get(block)!

      // 合计 / 总计 lines of code tables; summary lines of the line tables
      const isTotalWord = /^(合计|总计)$/.test(folded)
      let key = LINE_TABLES.has(ctx.kind) || isTotalWord ? lineKeyOf(rawName, state.underCarry) : undefined
      if (isTotalWord && twoSided && (ctx.kind === 'summary' || ctx.kind === 'fiscal-summary'))
        key = (block ?? 0) === 0 ? 'rev.total' : 'exp.total'
      if (/^收入合计$/.test(folded.replace(/:$/, '')) && twoSided)
        key = state.hasCurrentRevenue ? 'rev.total' : 'rev.current'
      if (/^支出合计$/.test(folded.replace(/:$/, '')) && twoSided)
        key = state.hasCurrentExpenditure ? 'exp.total' : 'exp.current'
      // the expenditure side of a 收/支 table prints no revenue lines: 国有资本经营预算 there is the 类 223
      if (twoSided && (block ?? 0) > 0 && key !== undefined && /^(src|carry)\./.test(key)) key = undefined
      if ((ctx.kind === 'gpb-basic' || ctx.kind === 'fiscal-basic') && key === undefined)
        key =
          /^人员经费/.test(folded) && BASIC_LINE.test(folded)
            ? 'exp.basic.personnel'
            : BASIC_LINE.test(folded)
              ? 'exp.basic.public'
              : undefined
      if (ctx.kind === 'three-public' && /^(预算数|预算)$/.test(folded)) key = 'fa.budget'
      if (ctx.kind === 'three-public' && /^(决算数|决算)$/.test(folded)) key = 'fa.actual'
      if (ctx.kind === 'three-public' && isTotalWord && !twoSided && key === undefined) key = 'total'
      if (key === 'carry.total' || key === 'carry.fiscal') state.underCarry = true
      else if (key === 'rev.current' || key === 'rev.total') state.underCarry = false
      if (key === 'rev.current') state.hasCurrentRevenue = true
      if (key === 'exp.current') state.hasCurrentExpenditure = true

      if (isTotalWord && !twoSided && split.code === undefined) {
        rows.push({ kind: 'total', ...(key !== undefined ? { key } : {}), name, ...base })
        continue
      }
      if (key !== undefined && split.code === undefined) {
        // the 预算数 / 决算数 rows of a 决算 三公 table are its totals
        const total = TOTAL_LINE_KEYS.has(key) || (ctx.kind === 'three-public' && /^fa\./.test(key))
        const subtotal =
          (ctx.kind === 'gpb-basic' || ctx.kind === 'fiscal-basic') && key.startsWith('exp.basic.')
        rows.push({ kind: total ? 'total' : subtotal ? 'subtotal' : 'detail', key, name, ...base })
        continue
      }

      // …and is that unit's row, never a class recovered from its name, nor a blank-labelled total
      if (unitRows && split.code === undefined && name !== '') {
        rows.push({ kind: 'unit', ...(unitCode !== '' ? { unitCode } : {}), name, ...base })
        continue
      }
      // amounts printed under no unit's name: not placed (never summed as a total)
      if (unitRows && split.code === undefined && unitCode === '' && name === '') {
        diagnostics.push(
          diag(
            'CELL_UNPLACED',
            'warning',
            ctx.tableId,
            gridRow.page,
            '一行金额未印单位名称，无法确定属于哪个单位，该行未读取',
            'a row of amounts prints no unit name and cannot be placed under a unit; the row is not read',
          ),
        )
        continue
      }
      let code = split.code ?? projectCode
      let printedCode =
        split.code !== undefined ? split.printed : projectCode !== undefined ? label('unit-code') : undefined
      // a unit code printed in the name column (项目支出表: 503 卫辉市医疗保障局)
      if (
        code === undefined &&
        isDigits(digitsOnly(rawName)) &&
        unitCode === '' &&
        (digitsOnly(rawName).length === 3 || digitsOnly(rawName).length === 6)
      ) {
        rows.push({ kind: 'unit', unitCode: digitsOnly(rawName), name: '', ...base })
        continue
      }
      let system = code !== undefined ? systemOf(code, ctx.kind) : undefined
      // 河南 prints the government economic code beside the department one: a row that prints a
      // government code and, in its department code cells, something that is no economic code (an
      // OCR slip: '301 | l', '1 1') is an economic line whose code is kept as printed, not dropped
      // and not guessed from its name
      const printedGov = layout.roles.has('gov-lei') || layout.roles.has('gov-code')
      const slip =
        ECONOMIC_TABLES.has(ctx.kind) && printedGov && govCodeOf(label).govCode !== undefined
          ? (split.slip ?? (code !== undefined && system === undefined ? code : undefined))
          : undefined
      if (slip !== undefined && !ORGANISATION.test(folded)) {
        const printedSlip = (['lei', 'kuan', 'xiang', 'code'] as const)
          .map((r) => stripTags(cells[layout.roles.get(r) ?? -1] ?? '').trim())
          .filter((p) => p !== '')
          .join(' ')
        diagnostics.push(
          diag(
            'CODE_UNKNOWN',
            'warning',
            ctx.tableId,
            gridRow.page,
            `“${name.slice(0, 40)}”印的经济分类编码“${printedSlip}”不是有效编码（可能是识别错误），按原样保留`,
            `"${name.slice(0, 40)}" prints the economic code "${printedSlip}", which is no valid code (likely a misreading); kept as printed`,
          ),
        )
        rows.push({
          kind: 'detail',
          code: slip,
          codeSystem: 'economic-department',
          ...(printedSlip !== slip ? { printedCode: printedSlip } : {}),
          ...govCodeOf(label),
          ...(unitCode !== ''
            ? { unitCode }
            : state.unitCode !== '' && !twoSided
              ? { unitCode: state.unitCode }
              : {}),
          name,
          ...base,
        })
        continue
      }
      // a 5xx in the department economic 类 column is a department's code (503 卫辉市医疗保障局),
      // not a government economic code: those have their own columns
      if (
        system === 'economic-government' &&
        split.code !== undefined &&
        ECONOMIC_TABLES.has(ctx.kind) &&
        (layout.roles.has('gov-lei') || layout.roles.has('gov-code')) &&
        code !== undefined &&
        /^\d{3}$|^\d{6}$/.test(code)
      )
        system = 'unit'
      // …and a 3xx there with no government code beside it, naming an organisation (309 医疗保障局),
      // is the department's code printed above its rows, not an economic 类
      if (
        system === 'economic-department' &&
        split.code !== undefined &&
        ECONOMIC_TABLES.has(ctx.kind) &&
        layout.roles.has('gov-lei') &&
        govCodeOf(label).govCode === undefined &&
        /^\d{3}$/.test(code ?? '') &&
        ORGANISATION.test(folded)
      )
        system = 'unit'
      if (code !== undefined && system === 'unit' && unitCode === '') {
        unitCode = code
        code = undefined
        printedCode = undefined
      }
      if (unitCode !== '' && code === undefined) {
        state.unitCode = unitCode
        rows.push({ kind: 'unit', unitCode, name, ...base })
        continue
      }
      if (code !== undefined && system !== undefined && system !== 'unit') {
        const gov = govCodeOf(label)
        if (system === 'functional') {
          // the 类/款 of the last code read are the context of a name printed without one
          state.recoveredLei = code.slice(0, 3)
          state.recoveredKuan = code.length >= 5 ? code.slice(0, 5) : ''
        }
        rows.push({
          kind: 'detail',
          code,
          codeSystem: system,
          ...(printedCode !== undefined && printedCode !== code ? { printedCode } : {}),
          ...gov,
          ...(unitCode !== ''
            ? { unitCode }
            : state.unitCode !== '' && !twoSided
              ? { unitCode: state.unitCode }
              : {}),
          ...unitNameOf(ctx, state),
          name,
          ...base,
        })
        continue
      }
      if (code !== undefined) {
        diagnostics.push(
          diag(
            'CODE_UNKNOWN',
            'warning',
            ctx.tableId,
            gridRow.page,
            `编码“${code}”不是${ctx.kind}表应有的科目编码，该行未采用`,
            `code "${code}" is not a classification code this table prints; row not used`,
          ),
        )
        continue
      }
      if (PROJECT_TABLES.has(ctx.kind)) {
        // the header printed again over a page break (类型 | 项目名称 | 项目单位): no row
        const labelCells = table.columns
          .map((c, i) => ({ c, text: normalizeLabel(stripTags(cells[i] ?? '')) }))
          .filter(({ c, text }) => c.role === 'label' && (c.block ?? 0) === (block ?? 0) && text !== '')
        if (
          !any &&
          labelCells.length > 1 &&
          labelCells.every(({ c, text }) => c.header.some((h) => normalizeLabel(h) === text))
        )
          continue
        // a project name wrapped onto a line of its own, with no amount, type or unit: the end of
        // the name above (提前下达2025年中央财政医疗服务与保障能力 / 提升补助资金)
        // (not in a 采购表, whose rows are named by a unit listed again and again: joined, the
        // unit's name would clash with its next row)
        const prev = rows.at(-1)
        if (
          (ctx.kind === 'projects' || ctx.kind === 'project-performance') &&
          partialCode === undefined &&
          !any &&
          label('name') === rawName &&
          label('project-type') === '' &&
          label('unit-name') === '' &&
          unitCode === '' &&
          prev?.kind === 'detail' &&
          prev.key === undefined
        ) {
          rows[rows.length - 1] = { ...prev, name: `${prev.name}${name}` }
          continue
        }
        // a 政府采购 table: a row that prints no item, only amounts under a name in the first name
        // column, heads the items below it (货物, a unit)
        const item = layout.roles.has('item') ? procurementLabel(label('item')) : ''
        // no item, a name in the first name column only
        const firstNameOnly =
          layout.roles.has('item') &&
          item === '' &&
          layout.names.every((i, k) => (stripTags(cells[i] ?? '') !== '') === (k === 0))
        const heading = firstNameOnly && any && name !== '' ? procurementHeading(name) : undefined
        // …and a line of the first name column alone, with no amount, right under a unit's heading is
        // the end of its name, wrapped (无锡市水利局 / （本级）)
        const above = rows.at(-1)
        if (
          firstNameOnly &&
          !any &&
          name !== '' &&
          above?.kind === 'subtotal' &&
          above.unitName !== undefined
        ) {
          const joined = `${above.name}${name}`
          state.unitName = procurementHeading(joined).unitName ?? joined
          rows[rows.length - 1] = { ...above, name: joined, unitName: state.unitName }
          continue
        }
        if (heading?.category !== undefined) {
          state.projectType = heading.category
          state.unitName = ''
        }
        if (heading?.unitName !== undefined) state.unitName = heading.unitName
        const indent = nameColumn === undefined ? undefined : gridRow.indents?.[nameColumn]
        if (indent !== undefined) indentsOf.get(block)!.set(rows.length, indent)
        rows.push({
          kind: heading !== undefined ? 'subtotal' : 'detail',
          ...(state.unitCode !== '' ? { unitCode: state.unitCode } : {}),
          ...(state.unitName !== '' ? { unitName: state.unitName } : {}),
          ...(state.projectType !== '' ? { projectType: state.projectType } : {}),
          ...(partialCode !== undefined ? { printedCode: partialCode } : {}),
          name,
          ...(item !== '' ? { item } : {}),
          ...base,
        })
        const purchase = quantities && procurementLine(rows[rows.length - 1]!, cells, quantities)
        if (purchase) purchases.push(purchase)
        continue
      }
      // a name wrapped onto a line of its own under its coded row, with no amount (机关事业单位基本养老保险缴 /
      // 费支出): the end of that row's name, when the two make the name the catalog gives its code
      const coded = rows.at(-1)
      if (
        !any &&
        name !== '' &&
        split.code === undefined &&
        coded !== undefined &&
        endsName(coded, name, ctx)
      ) {
        rows[rows.length - 1] = { ...coded, name: `${coded.name}${name}` }
        continue
      }
      // no code printed: recover it from the name (functional tables and the expenditure side of summaries)
      const functionalSide =
        !ECONOMIC_TABLES.has(ctx.kind) &&
        ctx.kind !== 'three-public' &&
        ctx.kind !== 'department-performance' &&
        ctx.kind !== 'department-self-evaluation'
      // a row that prints its government economic code beside blank department code cells is
      // that government line: nothing to recover, and its code cells stay blank as printed
      const govOnly =
        ECONOMIC_TABLES.has(ctx.kind) &&
        (layout.roles.has('gov-lei') || layout.roles.has('gov-code')) &&
        govCodeOf(label).govCode !== undefined
      if (govOnly) {
        rows.push({
          kind: 'detail',
          ...govCodeOf(label),
          ...(state.unitCode !== '' && !twoSided ? { unitCode: state.unitCode } : {}),
          name,
          ...base,
        })
        continue
      }
      const economic = ECONOMIC_TABLES.has(ctx.kind) ? recoverEconomicCode(name, state, ctx) : undefined
      if (economic !== undefined) {
        state.recoveredLei = economic.slice(0, 3)
        diagnostics.push(
          diag(
            'CODE_RECOVERED',
            'info',
            ctx.tableId,
            gridRow.page,
            `“${name}”未印编码，按经济分类科目名称取为 ${economic}`,
            `"${name}" prints no code; read as economic code ${economic} from its name`,
          ),
        )
        rows.push({
          kind: 'detail',
          code: economic,
          codeSystem: 'economic-department',
          ...unitNameOf(ctx, state),
          name,
          ...base,
        })
        continue
      }
      const recovered = functionalSide ? recoverCode(name, state, ctx, summaryKind, currentLei) : undefined
      if (recovered !== undefined) {
        if (recovered.length === 3) {
          state.recoveredLei = recovered
          state.recoveredKuan = ''
        } else if (recovered.length === 5) {
          state.recoveredLei = recovered.slice(0, 3)
          state.recoveredKuan = recovered
        } else if (recovered.length === 7) {
          state.recoveredLei = recovered.slice(0, 3)
          state.recoveredKuan = recovered.slice(0, 5)
        }
        if (!(ctx.kind === 'summary' || ctx.kind === 'fiscal-summary'))
          diagnostics.push(
            diag(
              'CODE_RECOVERED',
              'info',
              ctx.tableId,
              gridRow.page,
              `“${name}”未印编码，按科目名称取为 ${recovered}`,
              `"${name}" prints no code; read as ${recovered} from its name`,
            ),
          )
        rows.push({ kind: 'detail', code: recovered, codeSystem: 'functional', name, ...base })
        continue
      }
      if (name === '' && !any) continue
      // a unit's name, wrapped over lines: the rows of a run of uncoded rows make one name; a class
      // printed by a name the catalog does not know (工资和福利支出) stays under its unit
      const classLike = /(支出|补助)$/.test(folded)
      if (ctx.kind === 'basic-by-source' && name !== '' && !classLike) {
        const prev = rows.at(-1)
        const inRun =
          prev?.kind === 'detail' &&
          prev.code === undefined &&
          prev.key === undefined &&
          prev.unitName === undefined
        state.unitName = inRun ? `${state.unitName}${name}` : name
      }
      diagnostics.push(
        diag(
          'ROW_UNMAPPED',
          'warning',
          ctx.tableId,
          gridRow.page,
          `行“${name.slice(0, 40)}”既无编码也不是可识别的汇总行，按名称保留`,
          `row "${name.slice(0, 40)}" has no code and is no known summary line; kept by its name`,
        ),
      )
      rows.push({
        kind: name === '' ? 'total' : 'detail',
        ...(classLike ? unitNameOf(ctx, state) : {}),
        name,
        ...base,
      })
    }
    const own = perBlock.get(blocks[0])!
    if (besideBlocks.length > 0 && own.length > readBefore) {
      const row = own[own.length - 1]!
      for (const block of besideBlocks) {
        const read = readValues(mapped, block, cells, ctx, table.unit, gridRow.page, diagnostics)
        beside.push({ ...row, block, cells: read.cells })
      }
    }
  }

  const rows: Row[] = []
  for (const block of blocks) {
    const layout = layouts.get(block)!
    const own = perBlock.get(block)!
    const units = listsUnits(layout)
      ? departmentRows(own)
      : PROJECT_TABLES.has(ctx.kind) && !twoSided
        ? unitsByIndent(own, indentsOf.get(block)!)
        : own
    rows.push(...markSubtotals(units, ctx, diagnostics))
  }
  if (beside.length > 0) {
    for (let i = 0; i < rows.length; i++) rows[i] = { ...rows[i]!, block: 0 }
    rows.push(...markSubtotals(beside, ctx, diagnostics))
  }
  const grouped = PROJECT_TABLES.has(ctx.kind) && !twoSided ? groupRepeatedUnits(rows) : rows
  return {
    rows: dedupe(grouped, ctx, diagnostics),
    diagnostics,
    ...(purchases.length > 0 ? { purchases } : {}),
  }
}

// the three kinds of 政府采购品目, printed as headings of a procurement table's items
const PROCUREMENT_CATEGORY = /^(货物|工程|服务)类?$/

/**
 * A label of a procurement table as Chinese prints it: the spaces an extraction put inside it removed.
 *
 * @example
 * ```ts
 * procurementLabel('其他 存储设备') // '其他存储设备'
 * ```
 */
function procurementLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(CJK_GAP, '').trim()
}

/**
 * What a row of a 政府采购 table that prints no item heads: a category of 政府采购品目 (货物, 工程, 服务),
 * or, any other name, the unit whose items follow (江苏 prints 苏州市数据局 above its items; 河北 prints
 * 邢台市医疗保障局本级小计, its 小计 not part of the name).
 *
 * @param name - the row's name as read
 * @returns the category, or the unit's name
 * @example
 * ```ts
 * procurementHeading('货物')                     // { category: '货物' }
 * procurementHeading('邢台市医疗保障局本级小计') // { unitName: '邢台市医疗保障局本级' }
 * ```
 */
function procurementHeading(name: string): { category?: string; unitName?: string } {
  const folded = normalizeLabel(name)
  if (PROCUREMENT_CATEGORY.test(folded)) return { category: folded }
  return { unitName: name.replace(/(小计|合计)$/, '') || name }
}

/**
 * Whether a table's rows are budget units: it has a 单位名称 column and no 科目 or 项目 name column,
 * so a unit's name names each row.
 *
 * @example
 * ```ts
 * listsUnits(labelLayout([{ header: ['单位名称'], role: 'label' }], undefined)) // true
 * ```
 */
function listsUnits(layout: LabelLayout): boolean {
  return layout.names.length === 0 && layout.roles.has('unit-name')
}

/**
 * In a table whose rows are units, a department printed over its units: its row comes first and
 * its own office is listed again right below it under the same name (湖州市卫生健康委员会 |
 * 湖州市卫生健康委员会 | 湖州市疾病预防控制中心 …), under that name with the city before it
 * (退役军人事务局 | 湖州市退役军人事务局), or with 本级 / 机关 / 本部 after it.
 * Such a row is the subtotal of the units below, not one of them (the 合计 is the sum of the units,
 * and would be counted twice). A unit listed once is a unit.
 *
 * @param rows - the rows of one block, in print order
 * @returns the rows, a department's row over its units made a subtotal
 * @example
 * ```ts
 * departmentRows([unit('某局'), unit('某局'), unit('某中心')]).map((r) => r.kind)
 * // ['subtotal', 'unit', 'unit']
 * ```
 */
function departmentRows(rows: readonly Row[]): Row[] {
  const own = /(\((本级|机关|本部)\)|本级|机关|本部)$/
  return rows.map((row, i) => {
    const next = rows[i + 1]
    if (
      row.kind !== 'unit' ||
      next?.kind !== 'unit' ||
      row.unitCode !== undefined ||
      next.unitCode !== undefined
    )
      return row
    const name = normalizeLabel(row.name)
    const below = normalizeLabel(next.name)
    // …or with the city before it (退役军人事务局 | 湖州市退役军人事务局)
    const over = name !== '' && below.replace(own, '').endsWith(name)
    return over ? { ...row, kind: 'subtotal' } : row
  })
}

/** Two indents this close (in font sizes) are one level of a tree printed by indentation. */
const SAME_LEVEL = 0.3

/**
 * A project table printed as a tree by indentation alone (广州's 项目支出表: each unit flush in the
 * name column, its projects indented under it; nothing else tells them apart): the rows named only
 * by their names take exactly two indents, at least a font size apart; the outer one comes
 * first and holds fewer rows than the inner, and each level is tight (within a third of a font size). The
 * outer rows are then the units, and the rows under each name it as their unit. Any other shape (one
 * level, three, centred names scattered over many positions, a project before the first unit, two
 * projects of one name under one unit, which the model cannot hold both of) is left as read: the rows stay projects, and a rule that needs the units stays silent.
 *
 * @param rows - the rows of one block, in print order
 * @param indentOf - indent of the name of each row read by its name alone (by index in `rows`), in font sizes
 * @returns the rows, the outer ones made units where the tree is clear
 * @example
 * ```ts
 * // 广州市民政局 (indent 0.5) | 业务用房物业管理费 (2.5) | 平安通服务 (2.5) | 广州市东升医院 (0.5) | …
 * unitsByIndent(rows, indents).map((r) => r.kind) // ['unit', 'detail', 'detail', 'unit', …]
 * ```
 */
function unitsByIndent(rows: readonly Row[], indentOf: ReadonlyMap<number, number>): Row[] {
  const named = [...indentOf.keys()].filter((i) => {
    const r = rows[i]
    return (
      r?.kind === 'detail' &&
      r.key === undefined &&
      r.code === undefined &&
      r.printedCode === undefined &&
      r.unitCode === undefined &&
      r.unitName === undefined &&
      r.projectType === undefined
    )
  })
  if (named.length < 3) return [...rows]
  // the indents, grouped where they stand within SAME_LEVEL of the next: each group one level, tight
  const levels: { from: number; to: number }[] = []
  for (const x of [...new Set(named.map((i) => indentOf.get(i)!))].sort((a, b) => a - b)) {
    const last = levels[levels.length - 1]
    if (last !== undefined && x - last.to <= SAME_LEVEL) last.to = x
    else levels.push({ from: x, to: x })
  }
  const [outer, inner] = levels
  if (
    levels.length !== 2 ||
    outer === undefined ||
    inner === undefined ||
    levels.some((l) => l.to - l.from > SAME_LEVEL) ||
    inner.from - outer.to < 1
  )
    return [...rows]
  const units = new Set(named.filter((i) => indentOf.get(i)! <= outer.to))
  if (!units.has(named[0]!) || 2 * units.size > named.length) return [...rows]
  // …and each project under one names it (the same project name under two units is two rows)
  const projects = new Set(named)
  let unit: string | undefined
  const tree = rows.map((r, i): Row => {
    if (units.has(i)) {
      unit = r.name
      return { ...r, kind: 'unit' }
    }
    return unit !== undefined && projects.has(i) ? { ...r, unitName: unit } : r
  })
  // one unit printing two projects of one name (广州 卫健委: 科研经费 3.50 and 科研经费 225.00 under
  // 广州血液中心): the model holds one of them, so the unit would not be the sum of the projects kept;
  // the tree is not used
  const seen = new Set<string>()
  for (const r of tree) {
    if (r.unitName === undefined) continue
    const id = JSON.stringify([r.unitName, r.name])
    if (seen.has(id)) return [...rows]
    seen.add(id)
  }
  return tree
}

// 广东's 部门预算基本支出预算表 lists the same classes again under each unit, a unit printed by its name
// only: a class row carries the unit's name, which tells it from the same class of another unit.
const unitNameOf = (ctx: ReadRowsContext, state: BlockState): { unitName?: string } =>
  ctx.kind === 'basic-by-source' && state.unitName !== '' ? { unitName: state.unitName } : {}

// The 类 codes that some row of a summary table names by their current name (see recoverCode).
function currentLeiOf(
  table: GridTable,
  layouts: ReadonlyMap<number | undefined, LabelLayout>,
  ctx: ReadRowsContext,
): Set<string> {
  const out = new Set<string>()
  for (const gridRow of table.rows)
    for (const layout of layouts.values())
      for (const i of layout.names) {
        const name = splitOrdinal(stripTags(gridRow.cells[i] ?? '')).rest.replace(/\s+/g, ' ')
        if (name === '') continue
        for (const m of ctx.functionalCatalog.searchByName(name, {
          ...(ctx.fiscalYear !== undefined ? { year: ctx.fiscalYear } : {}),
          limit: 1000,
        }))
          if (m.code.length === 3 && m.match !== 'former') out.add(m.code)
        break
      }
  return out
}

// A project table that prints its department and unit rows again starts a second group of projects
// (郑州 prints its 专项转移支付 projects under their own 048 / 048001 rows): each group is a block.
function groupRepeatedUnits(rows: readonly Row[]): Row[] {
  const seen = new Set<string>()
  let group = 0
  return rows.map((row) => {
    if (row.kind === 'unit') {
      const id = row.unitCode ?? row.name
      if (seen.has(id)) {
        group++
        seen.clear()
      }
      seen.add(id)
    }
    return group > 0 ? { ...row, block: group } : row
  })
}

/**
 * The sum of the 合计 of the codes right below a row's code (the next level only), in the rows
 * that follow it while they stay under its code; undefined when some amount is not a number.
 *
 * @example
 * ```ts
 * // rows 302 (29.34) | 30201 (100.00) | 3020101 (60.00) | 30202 (196.01) | 303 …
 * sumBelow(rows, 0)?.toFixed(2) // '296.01' (30201 + 30202; 3020101 is a level deeper)
 * ```
 */
function sumBelow(rows: readonly Row[], i: number): Decimal | undefined {
  const code = rows[i]!.code!
  const below: Row[] = []
  for (let k = i + 1; k < rows.length; k++) {
    const r = rows[k]!
    if (r.code === undefined) continue
    if (!r.code.startsWith(code) || r.code.length <= code.length) break
    below.push(r)
  }
  let level = Number.POSITIVE_INFINITY
  for (const r of below) level = Math.min(level, r.code!.length)
  let sum = new Decimal(0)
  for (const r of below) {
    if (r.code!.length !== level) continue
    const v = r.cells.total ?? ''
    if (v === '') continue
    if (!/^-?\d+(\.\d+)?$/.test(v)) return undefined
    sum = sum.plus(v)
  }
  return sum
}

/**
 * A 类 or 款 row with deeper codes of its own below it is a subtotal of them, unless its printed
 * name has no Chinese character (an OCR garble such as '7 112 1', no subject's name) and its 合计 is
 * not the sum of those codes: then it is a line whose deeper code cells were not printed, kept as a
 * detail row, and reported.
 *
 * @example
 * ```ts
 * // rows 208 社会保障和就业支出 | 20805 行政事业单位养老支出 | 2080505 …
 * markSubtotals(rows, ctx, out).map((r) => r.kind) // ['subtotal', 'subtotal', 'detail']
 * ```
 */
function markSubtotals(rows: readonly Row[], ctx: ReadRowsContext, out: ReadDiagnostic[]): Row[] {
  // the next row printing a code, after each row: one pass from the end (not a scan per row)
  const nextCoded: (Row | undefined)[] = new Array(rows.length)
  let seen: Row | undefined
  for (let k = rows.length - 1; k >= 0; k--) {
    nextCoded[k] = seen
    if (rows[k]!.code !== undefined) seen = rows[k]
  }
  return rows.map((row, i) => {
    if (row.kind !== 'detail' || row.code === undefined || row.codeSystem === 'project') return row
    const next = nextCoded[i]
    if (next?.code === undefined || next.code.length <= row.code.length || !next.code.startsWith(row.code))
      return row
    const total = row.cells.total ?? ''
    if (row.name.trim() !== '' && !/\p{Script=Han}/u.test(row.name) && /^-?\d+(\.\d+)?$/.test(total)) {
      const sum = sumBelow(rows, i)
      if (sum !== undefined && !sum.equals(total)) {
        out.push(
          diag(
            'ROW_UNMAPPED',
            'warning',
            ctx.tableId,
            row.page ?? 1,
            `编码“${row.code}”行的名称“${row.name.slice(0, 20)}”不是科目名称，其合计${total}也不等于其下各编码之和${sum.toFixed(2)}：按明细行保留（下级编码未印出）`,
            `the row of code "${row.code}" prints "${row.name.slice(0, 20)}", no subject's name, and its total ${total} is not the sum of the codes below it (${sum.toFixed(2)}): kept as a detail line whose deeper code was not printed`,
          ),
        )
        return row
      }
    }
    return { ...row, kind: 'subtotal' }
  })
}

/**
 * A project code printed over two lines of its cell ('41080022000' / '0000014330'), the project's
 * name wrapped beside it: one row. Label cells are joined; an amount printed on one line only is
 * that line's. Where both lines print amounts that differ (an OCR ghost line), the line whose
 * 资金总额 is the sum of its sources is read, with a warning; when neither or both do, none is.
 * @example
 * // rows ['41080022000', '医保信息化', '20.00', '20.00'] and ['0000014330', '建设项目', '', '']
 * joinWrappedProjectCodes(table, 0, 1, mapped, ctx, out)
 * // one row: ['410800220000000014330', '医保信息化建设项目', '20.00', '20.00']
 */
function joinWrappedProjectCodes(
  table: GridTable,
  codeColumn: number,
  nameColumn: number | undefined,
  mapped: readonly MappedColumn[],
  ctx: ReadRowsContext,
  out: ReadDiagnostic[],
): GridRow[] {
  const digits = (row: GridRow | undefined): string => stripTags(row?.cells[codeColumn] ?? '').trim()
  const rows: GridRow[] = []
  const totalColumn = mapped.find((m) => m.key === 'total')?.index
  const checks = (row: GridRow): boolean => {
    if (totalColumn === undefined) return false
    const total = canonicalCell(row.cells[totalColumn] ?? '', table.unit)
    if (total === undefined || total === '') return false
    let sum = new Decimal(0)
    for (const m of mapped) {
      if (m.key === undefined || m.index === totalColumn) continue
      const v = canonicalCell(row.cells[m.index] ?? '', table.unit)
      if (v === undefined) return false
      if (v !== '' && /^-?\d+(\.\d+)?$/.test(v)) sum = sum.plus(v)
    }
    return sum.equals(total)
  }
  for (let i = 0; i < table.rows.length; i++) {
    const a = table.rows[i]!
    const b = table.rows[i + 1]
    const first = digits(a)
    const second = digits(b)
    if (
      b === undefined ||
      !/^\d{8,14}$/.test(first) ||
      !/^\d{4,14}$/.test(second) ||
      first.length + second.length < 15 ||
      first.length + second.length > 24
    ) {
      rows.push(a)
      continue
    }
    const value = new Set(mapped.filter((m) => m.key !== undefined).map((m) => m.index))
    const aHas = [...value].some((c) => (a.cells[c] ?? '').trim() !== '')
    const bHas = [...value].some((c) => (b.cells[c] ?? '').trim() !== '')
    const differ =
      aHas && bHas && [...value].some((c) => (a.cells[c] ?? '').trim() !== (b.cells[c] ?? '').trim())
    let source: GridRow | undefined = bHas && !aHas ? b : a
    if (differ) {
      source = checks(a) === checks(b) ? undefined : checks(a) ? a : b
      out.push(
        diag(
          'CELL_UNPLACED',
          'warning',
          ctx.tableId,
          a.page,
          source === undefined
            ? `项目编码“${first} ${second}”的两行印有不同金额，无法判断哪行正确，金额未采用`
            : `项目编码“${first} ${second}”的两行印有不同金额，采用资金总额等于各来源之和的一行`,
          source === undefined
            ? `the two lines of project code "${first} ${second}" print different amounts and neither can be told right; amounts not used`
            : `the two lines of project code "${first} ${second}" print different amounts; the line whose total is the sum of its sources is read`,
        ),
      )
    }
    const cells = a.cells.map((text, c) => {
      if (value.has(c)) return source === undefined ? '' : (source.cells[c] ?? '')
      if (c === codeColumn) return `${first} ${second}`
      if (c === nameColumn) return [text.trim(), (b.cells[c] ?? '').trim()].filter((x) => x !== '').join(' ')
      return text
    })
    rows.push({ cells, page: a.page })
    // the second line's other cells (a performance indicator printed beside the code's end) stay a line
    const rest = b.cells.map((text, c) => (value.has(c) || c === codeColumn || c === nameColumn ? '' : text))
    if (rest.some((t) => t.trim() !== '')) rows.push({ cells: rest, page: b.page })
    i++
  }
  return rows
}

/**
 * A subject name printed over two lines of its cell, that an OCR read as two lines each with its own
 * copy of the codes and the amounts ('财政对职工基本医疗保险基金' / '的补助'): one row, when the two
 * parts joined are a name of the functional catalog and the first alone is not. Of the two copies,
 * the one whose code cells are plain digits and whose 合计 is the sum of its top columns is read;
 * when not exactly one copy is such, the lines are left as printed (and reported as they are).
 * @example
 * // ['010', '1.0', '0.1', '财政对职工基本医疗保险基金', '100.00'] and
 * // ['210', '12', '01', '的补助', '130.00']
 * joinWrappedClassLines(table, layout, mapped, ctx, out)
 * // one row: ['210', '12', '01', '财政对职工基本医疗保险基金的补助', '130.00'], a CELL_UNPLACED warning
 */
function joinWrappedClassLines(
  table: GridTable,
  layout: LabelLayout,
  mapped: readonly MappedColumn[],
  ctx: ReadRowsContext,
  out: ReadDiagnostic[],
): readonly GridRow[] {
  // the name stands in the first name column that prints one (see readRows)
  const nameColumnOf = (row: GridRow): number | undefined =>
    layout.names.find((i) => stripTags(row.cells[i] ?? '') !== '')
  const codeColumns = (['lei', 'kuan', 'xiang', 'code'] as const).flatMap((r) => {
    const i = layout.roles.get(r as LabelRole)
    return i === undefined ? [] : [i]
  })
  if (layout.names.length === 0 || codeColumns.length === 0 || table.rows.length > 5000) return table.rows
  const valueColumns = mapped.filter((m) => m.key !== undefined && (m.block ?? 0) === 0)
  const keys = new Set(valueColumns.map((m) => m.key!))
  const totalColumn = valueColumns.find((m) => m.key === 'total')?.index
  // top columns: no other column's key is a prefix of theirs (其中 and 小计 columns are parts)
  const top = valueColumns.filter(
    (m) =>
      m.key !== 'total' && ![...keys].some((k) => k !== m.key && k !== 'total' && m.key!.startsWith(`${k}.`)),
  )
  const rawName = (row: GridRow): string => {
    const i = nameColumnOf(row)
    return i === undefined ? '' : stripTags(row.cells[i] ?? '')
  }
  const name = (row: GridRow): string => normalizeLabel(rawName(row)).replace(/\s+/g, '')
  const hasValues = (row: GridRow): boolean =>
    valueColumns.some((m) => stripTags(row.cells[m.index] ?? '').trim() !== '')
  const plainCode = (row: GridRow): boolean =>
    codeColumns.every((i) => /^\d{1,7}( \d{1,4}){0,2}$/.test(stripTags(row.cells[i] ?? '').trim()))
  const checks = (row: GridRow): boolean => {
    if (totalColumn === undefined) return false
    const total = canonicalCell(row.cells[totalColumn] ?? '', table.unit)
    if (total === undefined || !/^-?\d+(\.\d+)?$/.test(total)) return false
    let sum = new Decimal(0)
    for (const m of valueColumns) {
      const v = canonicalCell(row.cells[m.index] ?? '', table.unit)
      if (v === undefined) return false
      if (top.includes(m) && /^-?\d+(\.\d+)?$/.test(v)) sum = sum.plus(v)
    }
    return sum.equals(total)
  }
  const isName = (text: string): boolean =>
    text.length <= 60 &&
    ctx.functionalCatalog
      .searchByName(text, { ...(ctx.fiscalYear !== undefined ? { year: ctx.fiscalYear } : {}), limit: 5 })
      .some((m) => m.score === 1)
  const rows: GridRow[] = []
  for (let i = 0; i < table.rows.length; i++) {
    const a = table.rows[i]!
    const b = table.rows[i + 1]
    const first = b === undefined ? '' : name(a)
    const second = b === undefined ? '' : name(b)
    if (
      b === undefined ||
      first === '' ||
      second === '' ||
      !hasValues(a) ||
      !hasValues(b) ||
      !/\p{Script=Han}/u.test(second) ||
      isName(first) ||
      !isName(first + second)
    ) {
      rows.push(a)
      continue
    }
    const good = [a, b].filter((row) => plainCode(row) && checks(row))
    const joined = `${rawName(a)}${rawName(b)}`
    if (good.length !== 1) {
      rows.push(a)
      continue
    }
    const source = good[0]!
    const ghost = source === a ? b : a
    out.push(
      diag(
        'CELL_UNPLACED',
        'warning',
        ctx.tableId,
        a.page,
        `“${joined.slice(0, 40)}”印作两行，各带一份编码和金额；采用编码完整、合计等于各列之和的一行，另一行（${stripTags(
          ghost.cells[codeColumns[0]!] ?? '',
        )
          .trim()
          .slice(0, 12)}）未采用`,
        `"${joined.slice(0, 40)}" is printed over two lines, each with its own codes and amounts; the line whose codes are whole and whose total is the sum of its columns is read, the other (${stripTags(
          ghost.cells[codeColumns[0]!] ?? '',
        )
          .trim()
          .slice(0, 12)}) is not used`,
      ),
    )
    const nameColumn = nameColumnOf(source)
    rows.push({
      ...source,
      cells: source.cells.map((text, c) =>
        c === nameColumn ? joined : layout.names.includes(c) && nameColumn !== undefined ? '' : text,
      ),
    })
    i++
  }
  return rows
}

// The model keeps one row per identity; a second one (a heading repeated over a page break) is reported.
function dedupe(rows: readonly Row[], ctx: ReadRowsContext, out: ReadDiagnostic[]): Row[] {
  const seen = new Set<string>()
  const kept: Row[] = []
  for (const row of rows) {
    const id = rowIdentity(row)
    if (seen.has(id) && row.item !== undefined) {
      // two purchases of one item for one project (办公桌 at two prices, or under two 经济科目): nothing
      // a table row holds tells them apart (数量, 单价, 经济科目 and 采购方式 are no row fields), so the
      // table keeps the first, and says so; both are procurement lines (`purchases`, with their 数量)
      out.push(
        diag(
          'ROW_UNMAPPED',
          'warning',
          ctx.tableId,
          row.page ?? 1,
          `“${row.name.slice(0, 30)}”的“${row.item.slice(0, 20)}”印了两行，单位、项目和品目都相同（经济科目、采购方式、数量不在行的标识中），表中只列第一行；两行都列入政府采购明细`,
          `"${row.item.slice(0, 20)}" of "${row.name.slice(0, 30)}" is printed on two lines of the same unit, project and item (economic class, procurement method and quantity are not part of a row's identity); the table keeps the first, the procurement lines keep both`,
        ),
      )
      continue
    }
    if (seen.has(id)) {
      out.push(
        diag(
          'ROW_UNMAPPED',
          'warning',
          ctx.tableId,
          row.page ?? 1,
          `“${row.name.slice(0, 40)}”行重复出现，第二次未采用`,
          `row "${row.name.slice(0, 40)}" is printed twice; the second is not used`,
        ),
      )
      continue
    }
    seen.add(id)
    kept.push(row)
  }
  return kept
}
