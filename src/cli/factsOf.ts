/**
 * The long format of a disclosure's figures: one row per printed cell, then one per figure of the
 * explanatory text, the hand-off to an analytical engine (DuckDB, Spark) that reads CSV or JSON Lines
 * as it is.
 * @module
 */
import { amount, cellForm, convertUnit, type Disclosure, FACT_KEYS, type TextFigure } from '../index'
import { csvField } from '../internal/csv'
import { FACT_COLUMNS, type FactRow } from './schema'

const KIND_ZH = { budget: '预算', 'final-account': '决算' } as const

/**
 * Every non-blank printed cell of every table of a document, in long format (`source` `table`), then
 * every figure of its explanatory text (`source` `text`, see {@link textFactsOf}). A blank cell
 * (nothing printed) gives no row; a dash or a placeholder gives a row with `value_yuan` null.
 *
 * @param doc - the disclosure
 * @param documentName - how the document is named in the rows (the input path)
 * @returns the rows, in table, row and column order, then the text's figures in reading order
 * @example
 * ```ts
 * factsOf(loadSample('000'), '000.json')[0].column_key // 'total'
 * ```
 */
export function factsOf(doc: Disclosure, documentName: string): FactRow[] {
  const out: FactRow[] = []
  for (const table of doc.tables) {
    const unit = table.unit ?? doc.amountUnit
    const keysInOrder = table.columns.map((c) => c.key)
    for (const row of table.rows) {
      const keys = [...new Set([...keysInOrder, ...(Object.keys(row.cells) as (keyof typeof row.cells)[])])]
      for (const key of keys) {
        const cell = row.cells[key]
        if (cell === undefined || cell === '') continue
        const info = FACT_KEYS[key]
        const percent = 'percent' in info && info.percent === true
        const form = cellForm(cell)
        const yuan = form === 'amount' && !percent ? convertUnit(amount(cell), unit, '元').toString() : null
        out.push({
          document: documentName,
          department: doc.department.name,
          department_code: doc.department.code ?? null,
          fiscal_year: doc.fiscalYear,
          kind: KIND_ZH[doc.kind],
          table_id: table.id,
          table_kind: table.kind,
          table_title: table.title,
          row_kind: row.kind,
          row_code: row.code ?? null,
          code_system: row.codeSystem ?? null,
          gov_code: row.govCode ?? null,
          unit_code: row.unitCode ?? null,
          row_key: row.key ?? null,
          row_name: row.name,
          block: row.block ?? null,
          column_key: key,
          value_printed: cell,
          value_yuan: yuan,
          unit: percent ? '%' : unit,
          page: row.page ?? table.pages?.[0] ?? null,
          source: 'table',
        })
      }
    }
  }
  for (const figure of doc.text?.figures ?? []) out.push(textFact(doc, documentName, figure))
  return out
}

/**
 * The figures of a document's explanatory text as fact rows (`source` `text`): the number as printed
 * (`value_printed`, without its unit), in 元 when it is an amount (`value_yuan`; a stated decrease is
 * negative), the page of its sentence. A figure that restates a table cell names that cell
 * (`table_id`, `row_code`/`row_key`, `column_key`), so that it can be joined with the cell's row; one
 * that does not (a share, a growth rate, a count) has `column_key` `text.<kind>[.<direction>]`.
 * `table_kind` and `row_kind` are `text`: queries that sum the cells of a table kind leave them out.
 *
 * @param doc - the disclosure
 * @param documentName - how the document is named in the rows (the input path)
 * @returns one row per text figure, in reading order
 * @example
 * ```ts
 * textFactsOf(loadSample('000'), '000.json')[0].value_yuan // '89440300'
 * ```
 */
export function textFactsOf(doc: Disclosure, documentName: string): FactRow[] {
  return (doc.text?.figures ?? []).map((figure) => textFact(doc, documentName, figure))
}

const MONEY_UNITS = ['元', '万元', '亿元'] as const
type TextMoneyUnit = (typeof MONEY_UNITS)[number]
const isMoneyUnit = (unit: string): unit is TextMoneyUnit => (MONEY_UNITS as readonly string[]).includes(unit)

/**
 * One `facts` row of a figure of the explanatory text (`source` `text`): the cell it restates when
 * it restates one, its value as printed and, for money, in 元.
 * @example
 * ```ts
 * textFact(doc, 'a.pdf', doc.text.figures[0]).source // 'text'
 * ```
 */
function textFact(doc: Disclosure, documentName: string, figure: TextFigure): FactRow {
  const ref = figure.refersTo
  const money = (figure.kind === 'amount' || figure.kind === 'change') && isMoneyUnit(figure.unit)
  let yuan: string | null = null
  if (money && cellForm(figure.value) === 'amount') {
    const converted = convertUnit(amount(figure.value), figure.unit as TextMoneyUnit, '元').toString()
    yuan =
      figure.kind === 'change' && figure.direction === 'decrease' && !/^-|^0(?:\.0*)?$/.test(converted)
        ? `-${converted}`
        : converted
  }
  const unlinked = ['text', figure.kind, ...(figure.direction === undefined ? [] : [figure.direction])].join(
    '.',
  )
  return {
    document: documentName,
    department: doc.department.name,
    department_code: doc.department.code ?? null,
    fiscal_year: doc.fiscalYear,
    kind: KIND_ZH[doc.kind],
    table_id: ref?.table ?? 'text',
    table_kind: 'text',
    table_title: figure.section,
    row_kind: 'text',
    row_code: ref?.row.code ?? null,
    code_system: null,
    gov_code: ref?.row.govCode ?? null,
    unit_code: ref?.row.unitCode ?? null,
    row_key: ref?.row.key ?? null,
    row_name: figure.subject,
    block: ref?.block ?? ref?.row.block ?? null,
    column_key: ref?.column ?? unlinked,
    value_printed: figure.value,
    value_yuan: yuan,
    unit: figure.unit,
    page: figure.page ?? null,
    source: 'text',
  }
}

const field = (value: string | number | null): string => (value === null ? '' : csvField(String(value)))

/**
 * The CSV header line of the facts export (RFC 4180, `\n` line ends).
 *
 * @returns the header line with its line end
 * @example
 * ```ts
 * factsCsvHeader().startsWith('document,department,') // true
 * ```
 */
export function factsCsvHeader(): string {
  return `${FACT_COLUMNS.join(',')}\n`
}

/**
 * One fact row as a CSV line (RFC 4180 quoting, null as an empty field).
 *
 * @param row - the fact row
 * @returns the line with its line end
 * @example
 * ```ts
 * factCsvLine(row) // '000.json,卫辉市医疗保障局,503,2024,预算,…\n'
 * ```
 */
export function factCsvLine(row: FactRow): string {
  return `${FACT_COLUMNS.map((c) => field(row[c])).join(',')}\n`
}
