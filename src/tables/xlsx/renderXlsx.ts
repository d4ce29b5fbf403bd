import { optionsOf, stringOption } from '../../internal/limits'
import { loadExceljs } from '../../internal/loadExceljs'
import { tableList } from '../../internal/shape'
import { cellForm } from '../../model/cell'
import type { PrintedTable } from '../../model/table'
import { tableLayout } from '../tableLayout'

/** Options of {@link renderXlsx}. */
export interface RenderXlsxOptions {
  /** Workbook creator (document properties). Default '@medbudget/core'. */
  readonly creator?: string
}

const FORBIDDEN = /[[\]:*?/\\]/g

/**
 * Text a worksheet can store: characters XML 1.0 cannot carry (controls other than tab and line
 * breaks, U+FFFE, U+FFFF, unpaired surrogates) become U+FFFD.
 */
function xmlText(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let bad = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
      bad = true
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      bad = true
    }
    if (bad) {
      out += `${text.slice(from, i)}\uFFFD`
      from = i + 1
    }
  }
  return from === 0 ? text : out + text.slice(from)
}

/** Trims, drops leading and trailing apostrophes (Excel refuses them) and cuts to 31 characters. */
function tidyName(text: string): string {
  let name = xmlText(text).replace(FORBIDDEN, ' ').trim()
  name = name.replace(/^[\s']+/, '')
  let end = name.length
  while (end > 0 && (name[end - 1] === "'" || name[end - 1] === ' ')) end--
  name = xmlText(name.slice(0, Math.min(end, 31)))
  end = name.length
  while (end > 0 && (name[end - 1] === "'" || name[end - 1] === ' ')) end--
  return name.slice(0, end)
}

/**
 * A worksheet name Excel accepts: 1–31 characters, none of []:*?/\, no apostrophe at either
 * end, not the reserved `History`, unique in the workbook ignoring case.
 */
function sheetName(table: PrintedTable, taken: Set<string>): string {
  let base = tidyName(table.number ? `${table.number} ${table.title}` : table.title)
  if (base === '') base = tidyName(table.id)
  if (base === '') base = 'Sheet'
  if (base.toLowerCase() === 'history') base = `${base} 表`
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${tidyName(base.slice(0, 26))}(${n})`
  taken.add(name.toLowerCase())
  return name
}

/**
 * An amount cell becomes a number cell only when the double holds the printed decimal exactly in
 * its shortest form (at most 15 significant digits): Excel stores numbers as doubles, and a
 * figure that would not round-trip is written as text instead, so no printed digit is ever lost.
 */
function numberOf(text: string): number | undefined {
  if (cellForm(text) !== 'amount' || text.replace(/[-.]/g, '').replace(/^0+/, '').length > 15)
    return undefined
  const n = Number(text)
  return Number.isFinite(n) && String(n) === text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')
    ? n
    : undefined
}

/**
 * Renders tables as an XLSX workbook, one worksheet per table, laid out as printed: the title
 * (with the table number) and unit on top, the multi-level header with merged cells (colSpan,
 * rowSpan from the header tree), body rows (totals bold), amounts as numbers formatted with
 * thousands separators and the printed decimals, blanks empty, placeholders and dashes as text,
 * and the notes below. This entry point is optional: it needs `exceljs` (an optional peer
 * dependency), imported only here.
 *
 * @param tables - printed or built tables
 * @param options - document properties
 * @returns the .xlsx file's bytes
 * @throws MedbudgetError `EXCELJS_MISSING` when `exceljs` is not installed; `TABLE_INVALID` for a list
 *   that is not an array of tables; `OPTION_INVALID` for options that are not an object or cannot be
 *   read, or a `creator` that is not a string (of at most 10,000 characters)
 * @example
 * ```ts
 * import { renderXlsx } from '@medbudget/core/xlsx'
 * writeFileSync('out/000.xlsx', await renderXlsx(doc.tables))
 * ```
 */
export async function renderXlsx(
  tables: readonly PrintedTable[],
  options: RenderXlsxOptions = {},
): Promise<Uint8Array> {
  const what = ['xlsx 选项', 'xlsx options'] as const
  const creator = stringOption(optionsOf(options, what).creator, 'creator', what) ?? '@medbudget/core'
  const list = tableList<PrintedTable>(tables)
  const ExcelJS = await loadExceljs(['生成 xlsx ', 'writing an .xlsx file'])
  const workbook = new ExcelJS.Workbook()
  workbook.creator = xmlText(creator)
  const taken = new Set<string>()
  for (const table of list) {
    const layout = tableLayout(table)
    const sheet = workbook.addWorksheet(sheetName(table, taken))
    const width = Math.max(1, layout.columns.length)
    sheet.addRow([xmlText(layout.number ? `${layout.number}  ${layout.title}` : layout.title)]).font = {
      bold: true,
      size: 13,
    }
    sheet.mergeCells(1, 1, 1, width)
    sheet.addRow([layout.unit ? xmlText(`单位：${layout.unit}`) : ''])
    const top = 3
    for (const headerRow of layout.header) {
      for (const h of headerRow) {
        const r = top + h.depth
        const c = h.column + 1
        const cell = sheet.getCell(r, c)
        cell.value = xmlText(h.label)
        cell.font = { bold: true }
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
        if (h.colSpan > 1 || h.rowSpan > 1) sheet.mergeCells(r, c, r + h.rowSpan - 1, c + h.colSpan - 1)
      }
    }
    let r = top + layout.header.length
    for (const row of layout.body) {
      const excelRow = sheet.getRow(r)
      row.cells.forEach((cell, i) => {
        const target = excelRow.getCell(i + 1)
        if (cell.form === 'label') {
          target.value = xmlText(cell.text)
          return
        }
        if (cell.form === 'blank') return
        const stored = cell.text.replace(/,/g, '')
        const n = numberOf(stored)
        if (n === undefined) {
          target.value = xmlText(cell.text)
        } else {
          target.value = n
          const decimals = stored.split('.')[1]?.length ?? 0
          target.numFmt = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0'
        }
        target.alignment = { horizontal: 'right' }
      })
      if (row.kind === 'total') excelRow.font = { bold: true }
      r++
    }
    for (const note of layout.notes) {
      sheet.getCell(++r, 1).value = xmlText(note)
    }
    layout.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = c.kind === 'label' ? 28 : 14
    })
  }
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}
