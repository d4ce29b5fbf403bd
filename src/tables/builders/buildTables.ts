import { MedbudgetError } from '../../errors'
import { deepFreeze } from '../../internal/deepFreeze'
import { checkItems, checkObject, guardShape, isArray, type What } from '../../internal/shape'
import { cellForm } from '../../model/cell'
import type { PrintedTable } from '../../model/table'
import type { TableKind } from '../../model/tableKinds'
import { TABLE_KINDS } from '../../model/tableKinds'
import type { TableSpec } from '../templates/types'
import { buildAssetsTable } from './buildAssetsTable'
import { buildDepartmentPerformanceTable } from './buildDepartmentPerformanceTable'
import { buildEconomicSummaryTable } from './buildEconomicSummaryTable'
import { buildExpenditureTable } from './buildExpenditureTable'
import { buildFiscalSummaryTable } from './buildFiscalSummaryTable'
import { buildGovFundTable } from './buildGovFundTable'
import { buildGpbBasicDetailTable } from './buildGpbBasicDetailTable'
import { buildGpbBasicTable } from './buildGpbBasicTable'
import { buildGpbExpenditureTable } from './buildGpbExpenditureTable'
import { buildIncomeTable } from './buildIncomeTable'
import { buildOperatingCostsTable } from './buildOperatingCostsTable'
import { buildProcurementTable } from './buildProcurementTable'
import { buildProjectPerformanceTable } from './buildProjectPerformanceTable'
import { buildProjectsTable } from './buildProjectsTable'
import { buildSelfEvaluationTable } from './buildSelfEvaluationTable'
import { buildSoeCapitalTable } from './buildSoeCapitalTable'
import { buildSummaryTable } from './buildSummaryTable'
import { buildThreePublicTable } from './buildThreePublicTable'
import { createBuildContext } from './createBuildContext'
import type { BuildContext, BuildTablesInput } from './types'

type Builder = (spec: TableSpec, ctx: BuildContext) => PrintedTable

const BUILDERS: Readonly<Partial<Record<TableKind, Builder>>> = /*#__PURE__*/ Object.freeze({
  summary: buildSummaryTable,
  income: buildIncomeTable,
  expenditure: buildExpenditureTable,
  'fiscal-summary': buildFiscalSummaryTable,
  'gpb-expenditure': buildGpbExpenditureTable,
  'gpb-basic': buildGpbBasicTable,
  'gpb-basic-detail': buildGpbBasicDetailTable,
  'economic-summary': buildEconomicSummaryTable,
  'three-public': buildThreePublicTable,
  'gov-fund': buildGovFundTable,
  'soe-capital': buildSoeCapitalTable,
  projects: buildProjectsTable,
  'operating-costs': buildOperatingCostsTable,
  'department-performance': buildDepartmentPerformanceTable,
  'project-performance': buildProjectPerformanceTable,
  procurement: buildProcurementTable,
  assets: buildAssetsTable,
  'department-self-evaluation': buildSelfEvaluationTable,
  'project-self-evaluation': buildSelfEvaluationTable,
})

/**
 * Builds every standard table of a template from line items: the producer direction of the
 * model. The line items are validated, summed exactly into a fact cube (equal dimensions added
 * once), and each table of the template is built by the builder of its kind. Every printed cell
 * is the exact sum of its items rounded half-up (四舍五入) once, to the template's decimals: a
 * total is the rounded exact sum, so printed parts may differ from it by a 尾差, as in real
 * disclosures. Cells with nothing in them print blank or 0.00 as the template says; a table with
 * no money of its kind carries the template's empty note.
 *
 * @param input - line items, department, units, fiscal year, template, and optional entities and figures
 * @returns the tables in the template's print order
 * @throws MedbudgetError `LINE_ITEM_INVALID` for a malformed line item (every problem listed, with its path),
 *   `TEMPLATE_INVALID` for a template table whose kind no builder knows or a bad `decimals`
 * @example
 * ```ts
 * const tables = buildTables({ lineItems, department: { code: '503', name: '卫辉市医疗保障局' },
 *   units: [{ code: '503001', name: '卫辉市医疗保障局' }], fiscalYear: 2024, template: HENAN_BUDGET_2024_TABLES })
 * tables.map((t) => t.kind).slice(0, 3) // ['summary', 'income', 'expenditure']
 * ```
 */
export function buildTables(input: BuildTablesInput): PrintedTable[] {
  checkBuildInput(input)
  return guardShape('LINE_ITEM_INVALID', INPUT, () => buildTablesOf(input))
}

const INPUT: What = ['生成表格的输入', 'input to build the tables from']

/**
 * The input is an object whose `lineItems` is an array of objects: checked in one linear pass
 * before any work, so 10^6 non-objects fail at once.
 * @example
 * ```ts
 * checkBuildInput({ lineItems: [null] }) // throws LINE_ITEM_INVALID
 * ```
 */
function checkBuildInput(input: unknown): void {
  const o = checkObject(input, 'LINE_ITEM_INVALID', INPUT)
  const items = guardShape('LINE_ITEM_INVALID', INPUT, () => (o as Record<string, unknown>).lineItems)
  checkItems(
    items,
    'LINE_ITEM_INVALID',
    ['明细（lineItems）', 'line items (lineItems)'],
    (x) => x !== null && typeof x === 'object' && !isArray(x),
    ['对象（一条明细）', 'an object (one line item)'],
  )
}

/**
 * The body of {@link buildTables}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * buildTablesOf(input).map((t) => t.kind) // ['summary', 'income', …]
 * ```
 */
function buildTablesOf(input: BuildTablesInput): PrintedTable[] {
  const ctx = createBuildContext(input)
  // Tables handed out are frozen all the way down, like every other result.
  return deepFreeze(
    input.template.tables.map((spec, i) => {
      const build = BUILDERS[spec.kind]
      if (build === undefined) {
        throw new MedbudgetError(
          'TEMPLATE_INVALID',
          `模板“${input.template.id}”的第 ${i + 1} 张表“${spec.title}”的种类 ${spec.kind} 没有生成器`,
          `table ${i + 1} ("${spec.title}") of template "${input.template.id}" is of kind ${spec.kind}, which no builder makes`,
          { path: ['template', 'tables', i, 'kind'] },
        )
      }
      return withEmptyNote(build(spec, ctx), input.fiscalYear)
    }),
  )
}

/**
 * A table built without a single figure says so, as the disclosure rules require of an empty
 * table (空表须注明原因): its `empty` note names the year and the table.
 */
function withEmptyNote(table: PrintedTable, year: number): PrintedTable {
  if (table.empty !== undefined) return table
  const hasData = table.rows.some((r) => Object.values(r.cells).some((c) => cellForm(c) === 'amount'))
  if (hasData) return table
  return { ...table, empty: { note: `本部门${year}年无${TABLE_KINDS[table.kind].zh}数据，本表为空表。` } }
}
