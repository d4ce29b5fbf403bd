import type { Catalog } from '../../codes/catalog'
import { departmentEconomicCatalog } from '../../codes/economic/departmentEconomicCatalog'
import { functionalCatalog } from '../../codes/functional/functionalCatalog'
import { MedbudgetError } from '../../errors'
import { deepFreeze } from '../../internal/deepFreeze'
import { DISCLOSURE_FORMAT, type Disclosure, rowIdentity } from '../../model/disclosure'
import { safeParseDisclosure } from '../../model/parseDisclosure'
import type { ProcurementItem } from '../../model/procurement'
import type { Project } from '../../model/project'
import type { PrintedTable, Row } from '../../model/table'
import { TABLE_KINDS, type TableKind } from '../../model/tableKinds'
import { BUNDLED_TABLE_TEMPLATES } from '../../tables/templates/bundledTableTemplates'
import type { GridTable, LaidOutDocument } from '../layout/types'
import { readOptionsOf } from '../readOptions'
import { procurementOfProse } from '../text/procurementOfProse'
import { readExplanatoryText } from '../text/readExplanatoryText'
import type { ReadDiagnostic, ReadOptions, ReadResult, ReadTable } from '../types'
import { budgetActualSides } from './budgetActualSides'
import { chooseTemplate } from './chooseTemplate'
import { mapColumns } from './columnKeys'
import { columnsByTemplate } from './columnsByTemplate'
import { departmentTargetsOf } from './departmentTargets'
import { documentMetadata } from './documentMetadata'
import { readEvaluationForm } from './evaluationFormRows'
import { explanatoryTextOnly } from './explanatoryTextOnly'
import { readFormRows } from './formRows'
import { headerLabels } from './normalizeLabel'
import { fillOrdinalGaps } from './ordinalGap'
import { type PerformanceTargets, performanceOfTables } from './performanceOfTables'
import { projectsOfEvaluation } from './projectsOfEvaluation'
import { type PerformanceGrid, projectsOfTables } from './projectsOfTables'
import { canonicalCell } from './readCellText'
import { readRows } from './readRows'
import { realignShiftedRows } from './realignRows'
import { tableKindOf } from './tableKind'
import { threePublicColumns } from './threePublicColumns'
import { operatingCostsByTemplate } from './unlabeledOperatingCosts'

// The tables that make a document a budget or final-account disclosure (a notice has none of them).
const CORE_KINDS: ReadonlySet<TableKind> = new Set<TableKind>([
  'summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'gpb-expenditure',
  'gpb-basic',
  'three-public',
  'gov-fund',
  'soe-capital',
])

// The template id of a document in a layout no known template describes (required-tables says it
// cannot check the tables; parseDisclosure accepts it).
const UNKNOWN_TEMPLATE = 'unknown-layout'

const TEXT_ONLY_NOTE = {
  zh: '本文件只有说明文字（情况说明、名词解释），报表不在本文件中（另册公开）：只能核对文字中的数字',
  en: 'explanatory text only: the tables are not in this file (published separately); only the figures of the text can be checked',
} as const

// the title of one project's performance form (…经费绩效目标表), which names no standard table
const PROJECT_FORM_TITLE = /绩效目标表$/
const EMPTY_NOTE = /无数据|为空表|空表|没有.{0,20}(收入|支出|安排|经费)|不涉及|无此项|未安排/

/**
 * Turns a laid-out document into the reader's result: each table recognized (kind, columns
 * mapped to fact keys, rows to codes or fact keys) or listed as unrecognized with the reason;
 * kind, fiscal year, department, unit and template; the explanatory text's figures and the
 * glossary; and a `Disclosure` that `parseDisclosure` accepts. A document with text but none of
 * the standard tables is `not-a-disclosure`.
 *
 * @param doc - the laid-out document
 * @param hostOptions - catalog and file name (see `ReadOptions`), as the caller passed them
 * @returns the result, deeply frozen
 * @throws MedbudgetError `NO_TEXT_LAYER` when no page carries text; `OPTION_INVALID` for options
 *   `readDisclosure` would refuse (null, a Proxy, a throwing getter, a bad field); `DOCUMENT_INVALID`
 *   when `doc` is not a laid-out document
 * @example
 * ```ts
 * const result = interpretDocument(layoutText(seedText))
 * result.status === 'disclosure' && result.disclosure.tables.map((t) => t.id) // ['summary', 'income', …]
 * ```
 */
export function interpretDocument(doc: LaidOutDocument, hostOptions: ReadOptions = {}): ReadResult {
  // an internal stage, but reached with the caller's options: checked as readDisclosure checks them
  const options = readOptionsOf(hostOptions)
  checkLaidOut(doc)
  const noText =
    (doc.pages > 0 && doc.emptyPages.length >= doc.pages) ||
    (doc.tables.length === 0 && doc.prose.every((l) => l.text.trim() === ''))
  if (noText)
    throw new MedbudgetError(
      'NO_TEXT_LAYER',
      '文件没有可读取的文字（可能是扫描图片）：请先做文字识别（OCR）再读取',
      'the document carries no text (scanned pages?): run OCR first, then read it',
    )
  const catalog: Catalog<string> = options.functionalCatalog ?? functionalCatalog
  const meta = documentMetadata(doc)
  const diagnostics: ReadDiagnostic[] = []
  const source = {
    kind: doc.source,
    pages: doc.pages,
    ...(options.fileName !== undefined ? { file: options.fileName } : {}),
  }

  const readTables: ReadTable[] = []
  const evaluatedProjects: Project[] = []
  const performanceGrids: PerformanceGrid[] = []
  // the lines of the 政府采购 tables read (`Disclosure.procurement`)
  const procurement: ProcurementItem[] = []
  // the goals, tasks and indicators of the department-wide performance forms, by kind
  const targets = new Map<TableKind, PerformanceTargets>()
  const printed: PrintedTable[] = []
  const idCount = new Map<TableKind, number>()
  const unlabeled = new Map<string, { readonly values: readonly string[]; readonly page?: number }>()
  for (const laid of doc.tables) {
    const diagnosticsBefore = diagnostics.length
    let grid = withLabelRoles(laid)
    const recognized = tableKindOf(grid, meta.kind)
    if (recognized.status === 'unrecognized') {
      // one form per project (河北: “办公楼租赁经费绩效目标表”): read into the project, not a table
      if (PROJECT_FORM_TITLE.test(grid.title) && !/整体|部门绩效|自评/.test(grid.title))
        performanceGrids.push({ grid, table: grid.title.slice(0, 60) })
      readTables.push({
        title: grid.title,
        pages: grid.pages,
        ...(grid.unit !== undefined ? { unit: grid.unit } : {}),
        status: 'unrecognized',
        columns: grid.columns.filter((c) => c.role === 'value').map((c) => ({ header: c.header })),
        rows: 0,
        reason: recognized.reason,
      })
      diagnostics.push({
        code: 'TABLE_UNRECOGNIZED',
        severity: 'warning',
        table: grid.title.slice(0, 60),
        ...(grid.pages[0] !== undefined ? { page: grid.pages[0] } : {}),
        message: recognized.reason,
      })
      continue
    }
    const kind = recognized.kind
    grid = realignShiftedRows(sidesFor(grid, kind))
    if (kind === 'three-public') grid = budgetActualSides(grid)
    if (kind === 'project-self-evaluation') evaluatedProjects.push(...projectsOfEvaluation(grid))
    const n = (idCount.get(kind) ?? 0) + 1
    idCount.set(kind, n)
    const id = n === 1 ? kind : `${kind}-${n}`
    if (kind === 'project-performance') performanceGrids.push({ grid, table: id })
    if (kind === 'summary' || kind === 'fiscal-summary') {
      // an amount printed without its label where the numbered 类 lines around it decide the label
      const gaps = fillOrdinalGaps(grid, catalog, id)
      grid = gaps.grid
      diagnostics.push(...gaps.diagnostics)
    }
    const byHeaders =
      kind === 'three-public'
        ? threePublicColumns(mapColumns(grid.columns, kind))
        : mapColumns(grid.columns, kind)
    const byTemplate = columnsByTemplate(
      grid,
      byHeaders,
      kind,
      id,
      meta.kind,
      grid.notes.some((note) => EMPTY_NOTE.test(note)),
    )
    const mapped = byTemplate.mapped
    if (byTemplate.diagnostic) diagnostics.push(byTemplate.diagnostic)
    // 部门整体绩效目标表 is a form: its budget lines print their amounts beside their labels (read as
    // such whenever they do, whatever a column heading above them seemed to say)
    const formRows = kind === 'department-performance' ? readFormRows(grid, grid.unit) : []
    const form =
      kind === 'department-performance' &&
      (mapped.every((c) => c.key === undefined) ||
        formRows.some((r) => Object.values(r.cells).some((v) => v !== '')))
    for (const column of mapped)
      if (column.key === undefined && kind !== 'department-self-evaluation' && !form)
        diagnostics.push({
          code: 'COLUMN_UNMAPPED',
          severity: 'warning',
          table: id,
          ...(grid.pages[0] !== undefined ? { page: grid.pages[0] } : {}),
          message: {
            zh: `“${column.header.join('/') || '(无表头)'}”列无法对应到含义键，其数值未采用`,
            en: `column "${column.header.join('/') || '(no header)'}" maps to no fact key; its cells are not used`,
          },
        })
    for (const column of mapped)
      if (column.readAs !== undefined)
        diagnostics.push({
          code: 'COLUMN_HEADER_GARBLED',
          severity: 'info',
          table: id,
          ...(grid.pages[0] !== undefined ? { page: grid.pages[0] } : {}),
          message: {
            zh: `“${column.header.join('/')}”列的表头印得不清，按最接近的“${column.readAs}”读取`,
            en: `the heading of column "${column.header.join('/')}" is garbled; read as the closest label "${column.readAs}"`,
          },
        })
    // 部门整体自评表: its budget lines print their figures after their labels, not under the heading
    const evaluation =
      kind === 'department-self-evaluation' ? readEvaluationForm(grid, grid.unit, id) : undefined
    const {
      rows,
      diagnostics: rowDiagnostics,
      purchases = [],
    }: {
      rows: readonly Row[]
      diagnostics: readonly ReadDiagnostic[]
      purchases?: readonly ProcurementItem[]
    } = evaluation
      ? evaluation
      : form
        ? { rows: formRows, diagnostics: [] }
        : readRows(grid, mapped, {
            kind,
            tableId: id,
            functionalCatalog: catalog,
            economicCatalog: departmentEconomicCatalog,
            ...(meta.fiscalYear !== undefined ? { fiscalYear: meta.fiscalYear } : {}),
          })
    diagnostics.push(...rowDiagnostics)
    // a 机关运行经费 table of amounts alone (the extraction lost its labels): placed after all tables
    // are read, by its template's rows, if they confirm it
    if (
      kind === 'operating-costs' &&
      grid.rows.length > 1 &&
      grid.columns.length === 1 &&
      grid.columns[0]!.role === 'value'
    )
      unlabeled.set(id, {
        values: grid.rows.map((r) => canonicalCell(r.cells[0] ?? '', grid.unit) ?? ''),
        ...(grid.pages[0] !== undefined ? { page: grid.pages[0] } : {}),
      })
    const columns = evaluation
      ? evaluation.columns.map((c) => ({ key: c.key, header: [...c.header] }))
      : form
        ? rows.length > 0
          ? [{ key: 'total' as const, header: ['预算情况'] }]
          : []
        : mapped
            .filter((c) => c.key !== undefined)
            .map((c) => ({
              key: c.key!,
              header: c.header.length > 0 ? [...c.header] : [TABLE_KINDS[kind].zh],
              ...(c.block !== undefined ? { block: c.block } : {}),
            }))
    // a table none of whose printed columns the vocabulary names would be handed out as an empty
    // table (and read as one that prints nothing): it is unrecognized instead
    // …and so would one whose every row was left unread because its values could not be placed
    const unplaced =
      rows.length === 0 && grid.rows.length > 0 && rowDiagnostics.some((d) => d.code === 'CELL_UNPLACED')
    // …and so would a performance form that prints its indicators but none of whose amounts were read
    // (资金总额 printed beside lines the layout set apart): its figures were lost, it is not empty
    const formFiguresLost =
      PERFORMANCE_FORMS.has(kind) &&
      grid.rows.length > 0 &&
      !grid.notes.some((note) => EMPTY_NOTE.test(note)) &&
      rows.every((r) => Object.values(r.cells).every((v) => v === ''))
    if (
      unplaced ||
      formFiguresLost ||
      (columns.length === 0 && grid.columns.some((c) => c.role === 'value'))
    ) {
      const reason = formFiguresLost
        ? {
            zh: `“${grid.title.slice(0, 60)}”印有绩效指标，但其金额未能读出，表格未采用`,
            en: `"${grid.title.slice(0, 60)}" prints its performance indicators, but none of its amounts could be read; the table is not used`,
          }
        : unplaced
          ? {
              zh: `“${grid.title.slice(0, 60)}”的各行数值都无法放到列中，表格未采用`,
              en: `no row of "${grid.title.slice(0, 60)}" could be placed in its columns; the table is not used`,
            }
          : {
              zh: `“${grid.title.slice(0, 60)}”的各列都无法对应到含义键，表格未采用`,
              en: `no column of "${grid.title.slice(0, 60)}" maps to a fact key; the table is not used`,
            }
      readTables.push({
        title: grid.title,
        pages: grid.pages,
        ...(grid.unit !== undefined ? { unit: grid.unit } : {}),
        status: 'unrecognized',
        columns: mapped.map((c) => ({ header: c.header })),
        rows: 0,
        reason,
      })
      diagnostics.push({
        code: 'TABLE_UNRECOGNIZED',
        severity: 'warning',
        table: id,
        ...(grid.pages[0] !== undefined ? { page: grid.pages[0] } : {}),
        message: reason,
      })
      idCount.set(kind, n - 1)
      continue
    }
    procurement.push(...purchases)
    if (kind === 'department-performance' || kind === 'department-self-evaluation') {
      const read = departmentTargetsOf(grid, id)
      diagnostics.push(...read.diagnostics)
      const before = targets.get(kind)
      targets.set(kind, {
        goals: before?.goals.length ? before.goals : read.goals,
        tasks: before?.tasks.length ? before.tasks : read.tasks,
        indicators: [...(before?.indicators ?? []), ...read.indicators],
      })
    }
    if (grid.unit === undefined)
      diagnostics.push({
        code: 'UNIT_MISSING',
        severity: 'info',
        table: id,
        ...(grid.pages[0] !== undefined ? { page: grid.pages[0] } : {}),
        message: {
          zh: '表上未印金额单位，按全文单位读取',
          en: "the table prints no amount unit; the document's unit is assumed",
        },
      })
    const emptyNote = grid.notes.find((note) => EMPTY_NOTE.test(note))
    const prev = printed[printed.length - 1]
    if (prev !== undefined && continues(prev, kind, grid, columns, rows)) {
      // the same table continued on the next page, its title repeated over a header the grid split
      // otherwise: one table, read under the first page's id
      const merged = [...prev.rows, ...rows]
      const { empty: _empty, ...rest } = prev
      const hasData = merged.some((r) => Object.values(r.cells).some((v) => v !== ''))
      printed[printed.length - 1] = {
        ...(hasData ? rest : prev),
        rows: merged,
        notes: [...(prev.notes ?? []), ...grid.notes],
        pages: [...new Set([...(prev.pages ?? []), ...grid.pages])].sort((a, b) => a - b),
      }
      const entry = readTables.findIndex((t) => t.status === 'recognized' && t.id === prev.id)
      const read = readTables[entry]
      if (read !== undefined)
        readTables[entry] = {
          ...read,
          pages: [...new Set([...read.pages, ...grid.pages])].sort((a, b) => a - b),
          rows: read.rows + rows.length,
        }
      for (let d = diagnosticsBefore; d < diagnostics.length; d++)
        if (diagnostics[d]!.table === id) diagnostics[d] = { ...diagnostics[d]!, table: prev.id }
      idCount.set(kind, n - 1)
      continue
    }
    const labelHeader = grid.columns.filter((c) => c.role === 'label' && c.header.length > 0)
    // value columns left unread: a sum across their block's rows would miss their cells
    const unmapped = evaluation || form ? [] : mapped.filter((c) => c.key === undefined)
    printed.push({
      id,
      kind,
      title: grid.title.trim() || TABLE_KINDS[kind].zh,
      ...(grid.number !== undefined ? { number: grid.number } : {}),
      ...(grid.unit !== undefined ? { unit: grid.unit } : {}),
      ...(labelHeader.length > 0 ? { labelHeader: labelHeader.map((c) => [...c.header]) } : {}),
      columns,
      rows: [...rows],
      notes: [...(grid.department !== undefined ? [`部门名称：${grid.department}`] : []), ...grid.notes],
      ...(emptyNote !== undefined && rows.every((r) => Object.values(r.cells).every((v) => v === ''))
        ? { empty: { note: emptyNote } }
        : {}),
      ...(unmapped.length > 0
        ? {
            unmappedColumns: unmapped.map((c) => ({
              header: [...c.header],
              ...(c.block !== undefined ? { block: c.block } : {}),
            })),
          }
        : {}),
      ...(grid.pages.length > 0 ? { pages: [...grid.pages] } : {}),
    })
    readTables.push({
      title: grid.title,
      pages: grid.pages,
      ...(grid.unit !== undefined ? { unit: grid.unit } : {}),
      status: 'recognized',
      kind,
      id,
      columns: mapped.map((c) => ({
        header: c.header,
        ...(c.key !== undefined ? { key: c.key } : {}),
        ...(c.block !== undefined ? { block: c.block } : {}),
      })),
      rows: rows.length,
    })
  }

  const core = printed.filter((t) => CORE_KINDS.has(t.kind))
  // the explanatory text of a disclosure whose tables are a separate attachment is a disclosure still
  // (not when a table of figures is printed but could not be read: then the tables are in the file)
  const textOnly = core.length === 0 && !doc.tables.some(isTableOfFigures) && explanatoryTextOnly(doc.prose)
  if (core.length === 0 && !textOnly) {
    const reason = {
      zh:
        doc.tables.length === 0
          ? '文件有文字，但没有任何表格：不是部门预算或决算公开（可能是通知、公告）'
          : '文件中的表格都不是部门预算或决算的标准表：不是部门预算或决算公开（可能是通知、公告）',
      en:
        doc.tables.length === 0
          ? 'the document has text but no tables: not a budget or final-account disclosure (a notice, a bulletin?)'
          : 'none of its tables is a standard budget or final-account table: not a disclosure (a notice, a bulletin?)',
    }
    return deepFreeze({
      status: 'not-a-disclosure',
      reason,
      source,
      tables: readTables,
      diagnostics,
    })
  }

  const amountUnit = meta.amountUnit ?? '万元'
  const text = readExplanatoryText(doc.prose, {
    ...(meta.kind !== undefined ? { kind: meta.kind } : {}),
    ...(meta.fiscalYear !== undefined ? { fiscalYear: meta.fiscalYear } : {}),
    amountUnit,
    tables: printed,
  })
  // without tables no figure can be tied to a cell: one TABLES_NOT_IN_FILE says it for all of them
  diagnostics.push(
    ...(textOnly ? text.diagnostics.filter((d) => d.code !== 'TEXT_FIGURE_UNLINKED') : text.diagnostics),
  )
  const kind = meta.kind ?? text.metadata.kind ?? 'budget'
  const fiscalYear = meta.fiscalYear ?? text.metadata.fiscalYear
  const department = meta.department ?? text.metadata.department
  if (meta.kind === undefined && text.metadata.kind === undefined)
    diagnostics.push(
      missing(
        '文档类型（预算/决算）未印明，按预算读取',
        'the document does not say budget or final account; read as a budget',
      ),
    )
  if (fiscalYear === undefined) diagnostics.push(missing('未找到预算年度', 'no fiscal year found'))
  if (department === undefined) diagnostics.push(missing('未找到部门名称', 'no department name found'))

  if (textOnly)
    diagnostics.push({
      code: 'TABLES_NOT_IN_FILE',
      severity: 'warning',
      message: TEXT_ONLY_NOTE,
    })
  const choice = chooseTemplate(
    kind,
    printed.map((t) => t.kind),
    {
      texts: [
        ...(department !== undefined ? [department] : []),
        ...(text.metadata.title !== undefined ? [text.metadata.title] : []),
        ...printed.map((t) => t.title),
      ],
    },
  )
  for (const [id, { values, page }] of unlabeled) {
    const at = printed.findIndex((t) => t.id === id)
    const spec = BUNDLED_TABLE_TEMPLATES.find((t) => t.id === choice?.template.id)?.tables.find(
      (t) => t.kind === 'operating-costs',
    )
    const outcome = operatingCostsByTemplate(values, spec, printed, {
      table: id,
      ...(page !== undefined ? { page } : {}),
    })
    if (at >= 0 && outcome.rows !== undefined) {
      printed[at] = { ...printed[at]!, rows: [...outcome.rows] }
      const read = readTables.findIndex((t) => t.status === 'recognized' && t.id === id)
      if (read >= 0) readTables[read] = { ...readTables[read]!, rows: outcome.rows.length }
      // the rows were unlabeled: what the row reader said of them no longer holds
      for (let d = diagnostics.length - 1; d >= 0; d--)
        if (diagnostics[d]!.table === id && diagnostics[d]!.code === 'ROW_UNMAPPED') diagnostics.splice(d, 1)
    }
    diagnostics.push(outcome.diagnostic)
  }
  const absent = (choice?.missing ?? []).map((k) => ({
    kind: k,
    reason: 'not-published' as const,
    note: textOnly
      ? `${TEXT_ONLY_NOTE.zh} / ${TEXT_ONLY_NOTE.en}`
      : choice?.exact
        ? '读取时未找到此表 / not found by the reader'
        : `读取时未找到此表；文档的表与模板“${choice?.template.zh}”不完全相符 / not found by the reader; the document's tables do not match the template exactly`,
  }))
  const performance = performanceOfTables(printed, targets)
  // a 决算's projects are those it evaluates; a 预算's those its 项目支出表 and performance tables print
  const read = evaluatedProjects.length > 0 ? undefined : projectsOfTables(printed, performanceGrids)
  if (read !== undefined) diagnostics.push(...read.diagnostics)
  const projects = read?.projects ?? evaluatedProjects
  // no 政府采购 table read: the lines the explanatory text states by category (货物, 工程, 服务)
  const procurementLines = procurement.length > 0 ? procurement : procurementOfProse(doc.prose, amountUnit)
  const disclosure: Disclosure = {
    format: DISCLOSURE_FORMAT,
    kind,
    fiscalYear: fiscalYear ?? 2000,
    department: { name: department ?? '（未识别的部门）' },
    units: [],
    // a layout no known template describes: every rule but required-tables runs all the same
    template: choice?.template.id ?? UNKNOWN_TEMPLATE,
    amountUnit,
    ...(text.metadata.title !== undefined ? { title: text.metadata.title } : {}),
    ...(text.metadata.published !== undefined ? { published: text.metadata.published } : {}),
    source: {
      ...(options.fileName !== undefined ? { file: options.fileName } : {}),
      note: `由 @medbudget/core/read 自${doc.source === 'pdf' ? ' PDF ' : '文本'}读取 / read by @medbudget/core/read${textOnly ? `；${TEXT_ONLY_NOTE.zh} / ${TEXT_ONLY_NOTE.en}` : ''}`,
    },
    tables: printed,
    absent,
    ...(performance !== undefined ? { departmentPerformance: performance } : {}),
    ...(projects.length > 0 ? { projects } : {}),
    ...(procurementLines.length > 0 ? { procurement: procurementLines } : {}),
    ...(text.figures.length > 0 ? { text: { figures: [...text.figures] } } : {}),
    ...(text.glossary.length > 0
      ? { glossary: text.glossary.map((g) => ({ term: g.term, definition: g.definition })) }
      : {}),
  }
  // the reader never hands out a document the model rejects: without the text figures first, then
  // without each table the model still rejects (listed as unrecognized, with the reason)
  let candidate: Disclosure = disclosure
  let parsed = safeParseDisclosure(candidate)
  if (!parsed.success && candidate.text !== undefined) {
    diagnostics.push({
      code: 'TEXT_FIGURE_UNLINKED',
      severity: 'warning',
      message: {
        zh: `说明文字中的数字未能与表格一致地关联，未采用：${parsed.error.zh}`.slice(0, 300),
        en: `the figures of the explanatory text could not be linked consistently; not used: ${parsed.error.en}`.slice(
          0,
          300,
        ),
      },
    })
    const { text: _dropped, ...rest } = candidate
    candidate = rest
    parsed = safeParseDisclosure(candidate)
  }
  for (let attempt = 0; !parsed.success && attempt < 3; attempt++) {
    const bad = new Set(
      parsed.error.issues.map((i) =>
        i.path[0] === 'tables' && typeof i.path[1] === 'number' ? i.path[1] : -1,
      ),
    )
    if (bad.has(-1) || bad.size === 0) break
    const rejected = candidate.tables.filter((_, i) => bad.has(i))
    for (const table of rejected) {
      const entry = readTables.findIndex((t) => t.id === table.id)
      const reason = {
        zh: `读出的“${table.title}”不符合文档模型（${parsed.error.zh.slice(0, 120)}），未采用`,
        en: `"${table.title}" as read does not fit the document model (${parsed.error.en.slice(0, 120)}); not used`,
      }
      const old = readTables[entry]
      if (old !== undefined)
        readTables[entry] = {
          title: old.title,
          pages: old.pages,
          status: 'unrecognized',
          columns: old.columns,
          rows: 0,
          reason,
        }
      diagnostics.push({ code: 'TABLE_UNRECOGNIZED', severity: 'warning', table: table.id, message: reason })
    }
    candidate = { ...candidate, tables: candidate.tables.filter((_, i) => !bad.has(i)) }
    parsed = safeParseDisclosure(candidate)
  }
  if (!parsed.success) throw parsed.error
  return deepFreeze({
    status: 'disclosure',
    disclosure: parsed.data,
    ...(textOnly ? { textOnly: true as const } : {}),
    source,
    tables: readTables,
    diagnostics,
  })
}

/** Performance forms: they print an amount (资金总额) wherever they print indicators. */
const PERFORMANCE_FORMS: ReadonlySet<TableKind> = new Set<TableKind>([
  'department-performance',
  'project-performance',
])

/**
 * True when a table read is the continuation of the table read before it: the same kind, title, number
 * and unit, printed from the page after that table's last, every column it maps a column of that
 * table, and none of its rows already there (two tables of one title, each with its own 合计, stay
 * two; so does a continuation repeating a heading row, which the model would reject twice).
 *
 * @example
 * ```ts
 * // 项目支出绩效目标表 p.22 (合计 417.41 …), then the same title on p.23 with more indicator rows
 * continues(first, 'project-performance', secondGrid, [{ key: 'total', header: ['资金总额'] }], rows) // true
 * ```
 */
function continues(
  prev: PrintedTable,
  kind: TableKind,
  grid: GridTable,
  columns: readonly { readonly key: string; readonly block?: number }[],
  rows: readonly Row[],
): boolean {
  const squeeze = (t: string): string => t.replace(/\s+/g, '')
  const lastPage = prev.pages?.[prev.pages.length - 1]
  if (
    prev.kind !== kind ||
    grid.title.trim() === '' ||
    squeeze(prev.title) !== squeeze(grid.title) ||
    prev.unit !== grid.unit ||
    prev.number !== grid.number ||
    lastPage === undefined ||
    grid.pages[0] !== lastPage + 1 ||
    columns.length === 0
  )
    return false
  const known = new Set(prev.columns.map((c) => `${c.block ?? 0}:${c.key}`))
  if (!columns.every((c) => known.has(`${c.block ?? 0}:${c.key}`))) return false
  // a row the table already has (by the model's identity: a 合计 of its own, a heading of its own)
  // makes it another table of the same title
  const seen = new Set(prev.rows.map(rowIdentity))
  return rows.every((r) => !seen.has(rowIdentity(r)))
}

// A column whose header names codes, names or 序号 holds labels, whatever its cells look like
// (a 栏次 number under a code column makes it look like a value column).
const AMOUNT_LEAF = /^(资金总额|合计|小计|政府预算资金|财政拨款|财政专户管理资金|单位资金|其他资金)$/

function withLabelRoles(grid: GridTable): GridTable {
  const LABEL = /(编码|代码|名称|序号|行次|^项目|类型|^类|^款|^项)$/
  let changed = false
  const columns = grid.columns.map((c) => {
    const labels = headerLabels(c.header)
    // 单位编码(项目编码): the label before its parenthesis says what the column holds
    const leaf = (labels[labels.length - 1] ?? '').replace(/^(.+?)\(.{1,12}\)$/, '$1')
    // a heading wrapped over two lines (单位代 / 码) is read rejoined
    const wrapped = leaf.length <= 2 ? `${labels[labels.length - 2] ?? ''}${leaf}` : leaf
    const named = LABEL.test(leaf) ? leaf : /(编码|代码|名称)$/.test(wrapped) ? wrapped : leaf
    if (c.role === 'value' && LABEL.test(named) && !/支出$|金额|合计/.test(named)) {
      changed = true
      return { ...c, role: 'label' as const }
    }
    // …and a column printed under an amount heading (项目金额(万元)/单位资金) holds amounts, even
    // when the extraction moved words into some of its cells (those become diagnostics)
    if (
      c.role === 'label' &&
      labels.length > 1 &&
      labels.slice(0, -1).some((l) => /金额/.test(l)) &&
      !LABEL.test(leaf) &&
      AMOUNT_LEAF.test(leaf)
    ) {
      changed = true
      return { ...c, role: 'value' as const }
    }
    return c
  })
  return changed ? { ...grid, columns } : grid
}

const TWO_SIDED: ReadonlySet<TableKind> = new Set<TableKind>([
  'summary',
  'fiscal-summary',
  'gpb-basic',
  'income',
])

// Sides are kept where the kind prints them and each side has its own labels and values;
// otherwise the table is read as one side.
function sidesFor(grid: GridTable, kind: TableKind): GridTable {
  const blocks = new Set(grid.columns.map((c) => c.block ?? 0))
  if (blocks.size < 2) return grid
  const wellFormed = [...blocks].every(
    (b) =>
      grid.columns.some((c) => (c.block ?? 0) === b && c.role === 'label') &&
      grid.columns.some((c) => (c.block ?? 0) === b && c.role === 'value'),
  )
  if (TWO_SIDED.has(kind) && wellFormed) return grid
  return blankColumnsBeforeLabels({ ...grid, columns: grid.columns.map(({ block: _block, ...c }) => c) })
}

/**
 * In a one-sided table, a column printed left of every label column and blank in every row holds no
 * amount: it is a label column (the 科目编码 类/款/项 columns of a table that prints no coded row,
 * which the layout, finding nothing in them, took for value columns and a side of their own).
 * @example
 * ```ts
 * // 科 | 目编 | 码 | 单位(科目名称) | 合计 …, whose only row is '' | '' | '' | 合计 | '' …
 * blankColumnsBeforeLabels(grid).columns.map((c) => c.role) // ['label', 'label', 'label', 'label', 'value', …]
 * ```
 */
function blankColumnsBeforeLabels(grid: GridTable): GridTable {
  const firstLabel = grid.columns.findIndex((c) => c.role === 'label')
  if (firstLabel <= 0) return grid
  const blank = (i: number): boolean => grid.rows.every((r) => (r.cells[i] ?? '').trim() === '')
  if (!grid.columns.slice(0, firstLabel).every((_, i) => blank(i))) return grid
  return {
    ...grid,
    columns: grid.columns.map((c, i) => (i < firstLabel ? { ...c, role: 'label' as const } : c)),
  }
}

const FIGURE = /^[-−–]?[(（]?\d[\d,]{0,20}\.\d{1,4}[)）]?$/

// A table of at least three rows with two amounts each: a table of figures, whatever its title.
function isTableOfFigures(grid: GridTable): boolean {
  let rows = 0
  for (const row of grid.rows) {
    let amounts = 0
    for (const cell of row.cells) if (FIGURE.test(cell.replace(/\s+/g, '')) && ++amounts >= 2) break
    if (amounts >= 2 && ++rows >= 3) return true
  }
  return false
}

const missing = (zh: string, en: string): ReadDiagnostic => ({
  code: 'METADATA_MISSING',
  severity: 'warning',
  message: { zh, en },
})

/**
 * Checks the top of a laid-out document (its counts and lists) before it is read; the layout stages
 * make it, so this only stops a hand-made or foreign object from ending in a TypeError.
 *
 * @param doc - what {@link interpretDocument} was given
 * @throws MedbudgetError `DOCUMENT_INVALID` when it is not shaped as a laid-out document
 * @example
 * ```ts
 * checkLaidOut(layoutText('2024年部门收支总表')) // passes
 * checkLaidOut(null)                             // throws DOCUMENT_INVALID
 * ```
 */
function checkLaidOut(doc: unknown): void {
  let shaped = false
  try {
    const d = doc as LaidOutDocument
    shaped =
      typeof d === 'object' &&
      d !== null &&
      Number.isSafeInteger(d.pages) &&
      Array.isArray(d.tables) &&
      Array.isArray(d.prose) &&
      Array.isArray(d.emptyPages)
  } catch {
    // a Proxy or a throwing getter: not a laid-out document
  }
  if (!shaped)
    throw new MedbudgetError(
      'DOCUMENT_INVALID',
      '要解读的不是版面分析的结果（layoutText 或 layoutLines 的输出）',
      'What is interpreted is not a laid-out document (what layoutText or layoutLines returns)',
    )
}
