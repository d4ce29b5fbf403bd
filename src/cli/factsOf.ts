/**
 * The long format of a disclosure's figures: one row per printed cell, the hand-off to an
 * analytical engine (DuckDB, Spark) that reads CSV or JSON Lines as it is.
 * @module
 */
import { amount, cellForm, convertUnit, type Disclosure, FACT_KEYS } from '../index'
import { FACT_COLUMNS, type FactRow } from './schema'

const KIND_ZH = { budget: '预算', 'final-account': '决算' } as const

/**
 * Every non-blank printed cell of every table of a document, in long format. A blank cell (nothing
 * printed) gives no row; a dash or a placeholder gives a row with `value_yuan` null.
 *
 * @param doc - the disclosure
 * @param documentName - how the document is named in the rows (the input path)
 * @returns the rows, in table, row and column order
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
        })
      }
    }
  }
  return out
}

const csvField = (value: string | number | null): string => {
  if (value === null) return ''
  const s = String(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

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
  return `${FACT_COLUMNS.map((c) => csvField(row[c])).join(',')}\n`
}
