/**
 * `--format fdp`: the facts as an OpenSpending Fiscal Data Package (Frictionless Tabular Data
 * Package with os-types `columnType`s): datapackage.json and one CSV.
 * @module
 */
import { departmentEconomicCatalog, functionalCatalog, governmentEconomicCatalog } from '../index'
import { csvField } from '../internal/csv'
import type { FactRow } from './schema'

/** Columns of the FDP CSV, with their Table Schema type and os-type. */
export const FDP_FIELDS = [
  { name: 'document', type: 'string', title: '文件 / document' },
  { name: 'department', type: 'string', columnType: 'administrative-classification:generic:level1:label' },
  {
    name: 'department_code',
    type: 'string',
    columnType: 'administrative-classification:generic:level1:code',
  },
  { name: 'fiscal_year', type: 'integer', columnType: 'date:fiscal-year' },
  { name: 'phase', type: 'string', columnType: 'phase:id', title: 'budget | executed' },
  { name: 'direction', type: 'string', columnType: 'direction:code', title: 'expenditure | revenue' },
  { name: 'functional_l1_code', type: 'string', columnType: 'functional-classification:generic:level1:code' },
  {
    name: 'functional_l1_label',
    type: 'string',
    columnType: 'functional-classification:generic:level1:label',
  },
  { name: 'functional_l2_code', type: 'string', columnType: 'functional-classification:generic:level2:code' },
  {
    name: 'functional_l2_label',
    type: 'string',
    columnType: 'functional-classification:generic:level2:label',
  },
  { name: 'functional_l3_code', type: 'string', columnType: 'functional-classification:generic:level3:code' },
  {
    name: 'functional_l3_label',
    type: 'string',
    columnType: 'functional-classification:generic:level3:label',
  },
  { name: 'economic_code', type: 'string', columnType: 'economic-classification:generic:code' },
  { name: 'economic_label', type: 'string', columnType: 'economic-classification:generic:label' },
  { name: 'table_kind', type: 'string', title: '表 / standard table' },
  { name: 'measure', type: 'string', columnType: 'value-kind:code', title: 'column fact key' },
  { name: 'value', type: 'number', columnType: 'value', title: '金额（元）/ amount in yuan' },
] as const

type FdpField = (typeof FDP_FIELDS)[number]['name']

const REVENUE = /^(rev|src|carry)\./

/** The phase of a figure: what was planned (预算, 决算's 预算数 columns) or what was spent. */
function phaseOf(row: FactRow): 'budget' | 'executed' {
  if (row.kind === '预算') return 'budget'
  return row.column_key === 'fa.budget' || row.column_key === 'fa.adjusted' ? 'budget' : 'executed'
}

/**
 * The FDP rows of a document's facts: amount cells of rows that carry a functional or economic
 * code, with the code's levels and names (catalog edition of the document's year). Summary rows
 * (合计) and cells that are not amounts are left out, so sums over a table kind and a measure do
 * not count a figure twice. The figures of the explanatory text (`source` `text`) are left out too:
 * an amount there restates a cell already in the package, and a share or a growth rate is not a
 * fiscal amount os-types can type.
 *
 * @param facts - the facts of one or more documents
 * @returns the FDP rows as records keyed by field name
 * @example
 * ```ts
 * fdpRows(factsOf(doc, 'a.json'))[0].functional_l1_code // '210'
 * ```
 */
export function fdpRows(facts: readonly FactRow[]): Record<FdpField, string | number>[] {
  const out: Record<FdpField, string | number>[] = []
  for (const f of facts) {
    if (f.source !== 'table' || f.value_yuan === null || f.row_code === null || f.row_kind === 'total')
      continue
    const functional = f.code_system === 'functional'
    const economic = f.code_system === 'economic-department' || f.code_system === 'economic-government'
    if (!functional && !economic) continue
    const year = f.fiscal_year
    const name = (code: string): string =>
      (functional
        ? functionalCatalog.nameOf(code, year)
        : f.code_system === 'economic-government'
          ? governmentEconomicCatalog.nameOf(code, year)
          : departmentEconomicCatalog.nameOf(code, year)) ?? ''
    const level = (n: number): [string, string] => {
      if (!functional || f.row_code === null || f.row_code.length < n) return ['', '']
      const code = f.row_code.slice(0, n)
      return [code, name(code)]
    }
    const [l1, l1n] = level(3)
    const [l2, l2n] = level(5)
    const [l3, l3n] = level(7)
    out.push({
      document: f.document,
      department: f.department,
      department_code: f.department_code ?? '',
      fiscal_year: year,
      phase: phaseOf(f),
      direction: REVENUE.test(f.column_key) ? 'revenue' : 'expenditure',
      functional_l1_code: l1,
      functional_l1_label: l1n,
      functional_l2_code: l2,
      functional_l2_label: l2n,
      functional_l3_code: l3,
      functional_l3_label: l3n,
      economic_code: economic ? f.row_code : '',
      economic_label: economic ? name(f.row_code) : '',
      table_kind: f.table_kind,
      measure: f.column_key,
      value: f.value_yuan,
    })
  }
  return out
}

const field = (value: string | number | null): string => (value === null ? '' : csvField(String(value)))

/** The header line of the FDP CSV. */
export const fdpCsvHeader = (): string => `${FDP_FIELDS.map((f) => f.name).join(',')}\n`

/** One FDP row as a CSV line. */
export const fdpCsvLine = (row: Record<FdpField, string | number>): string =>
  `${FDP_FIELDS.map((f) => field(row[f.name])).join(',')}\n`

/**
 * The datapackage.json descriptor of the FDP export.
 *
 * @param csvPath - path of the CSV, relative to the descriptor
 * @returns the descriptor as a plain object
 * @example
 * ```ts
 * writeFileSync('out/datapackage.json', JSON.stringify(fdpDescriptor('facts.csv'), null, 2))
 * ```
 */
export function fdpDescriptor(csvPath: string): Record<string, unknown> {
  return {
    name: 'medbudget-facts',
    title: '部门预算/决算公开数字 / figures of department budget and final-account disclosures',
    profile: 'fiscal-data-package',
    resources: [
      {
        name: 'facts',
        path: csvPath,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        profile: 'tabular-data-resource',
        schema: {
          fields: FDP_FIELDS.map((f) =>
            f.name === 'value'
              ? { ...f, decimalChar: '.', groupChar: '', currency: 'CNY', factor: 1, bareNumber: true }
              : f,
          ),
          extraFields: [
            { name: 'currency', type: 'string', columnType: 'value-currency:code', constant: 'CNY' },
          ],
        },
      },
    ],
  }
}
