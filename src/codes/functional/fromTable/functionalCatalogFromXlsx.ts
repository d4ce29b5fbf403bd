import { MedbudgetError } from '../../../errors'
import { loadExceljs } from '../../../internal/loadExceljs'
import { type Catalog, createCatalog } from '../../catalog'
import {
  type FunctionalListOptions,
  functionalEntriesFromRows,
  type ListRow,
} from './functionalEntriesFromRows'

/** Options of {@link functionalCatalogFromXlsx}. */
export interface FunctionalXlsxOptions extends FunctionalListOptions {
  /** The worksheet to read, by name or 1-based position (default: the first). */
  readonly sheet?: string | number
}

/** Largest workbook accepted (bytes). */
const MAX_XLSX_BYTES = 20_000_000

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  if (typeof value === 'object') {
    const v = value as { text?: unknown; richText?: readonly { text?: unknown }[]; result?: unknown }
    if (Array.isArray(v.richText)) return v.richText.map((t) => String(t.text ?? '')).join('')
    if (typeof v.text === 'string') return v.text
    if (v.result !== undefined) return cellText(v.result)
  }
  return ''
}

/**
 * Builds a functional classification catalog from the Ministry's 《政府收支分类科目》 list of a year as
 * an `.xlsx` workbook, with the same columns and rules as `functionalCatalogFromCsv`. Needs the
 * optional peer dependency `exceljs`, loaded on the first call.
 *
 * @param bytes - the workbook
 * @param options - the edition of the list, the worksheet, how its provenance is marked
 * @returns a frozen catalog of that edition
 * @throws MedbudgetError `CATALOG_INVALID` listing every problem with its row and column;
 *   `EXCELJS_MISSING` without exceljs; `INPUT_TOO_LARGE` beyond 20 MB; `OPTION_INVALID` for a sheet
 *   the workbook does not have or a bad edition
 * @example
 * ```ts
 * import { functionalCatalogFromXlsx } from '@medbudget/core/xlsx'
 * const mine = await functionalCatalogFromXlsx(await readFile('2026年政府收支分类科目.xlsx'), { edition: 2026 })
 * mine.nameOf('2101501') // '行政运行'
 * ```
 */
export async function functionalCatalogFromXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: FunctionalXlsxOptions,
): Promise<Catalog<string>> {
  const size = bytes instanceof ArrayBuffer ? bytes.byteLength : bytes?.byteLength
  if (typeof size !== 'number') {
    throw new MedbudgetError(
      'OPTION_INVALID',
      '科目表应为 xlsx 文件的字节',
      'The list must be the bytes of an .xlsx file',
    )
  }
  if (size > MAX_XLSX_BYTES) {
    throw new MedbudgetError(
      'INPUT_TOO_LARGE',
      `科目表文件过大（${size} 字节，上限 ${MAX_XLSX_BYTES}）`,
      `The list file is too large (${size} bytes, at most ${MAX_XLSX_BYTES})`,
    )
  }
  const ExcelJS = await loadExceljs(['读取 xlsx 科目表', 'reading an .xlsx list'])
  const workbook = new ExcelJS.Workbook()
  const data =
    bytes instanceof ArrayBuffer
      ? bytes
      : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  try {
    await workbook.xlsx.load(data as ArrayBuffer)
  } catch {
    throw new MedbudgetError(
      'OPTION_INVALID',
      '无法打开科目表：不是有效的 xlsx 文件',
      'Cannot open the list: not a valid .xlsx file',
    )
  }
  const wanted = options.sheet ?? 1
  const sheet = typeof wanted === 'number' ? workbook.worksheets[wanted - 1] : workbook.getWorksheet(wanted)
  if (sheet === undefined) {
    throw new MedbudgetError(
      'OPTION_INVALID',
      `工作簿中没有工作表“${String(wanted)}”`,
      `The workbook has no worksheet "${String(wanted)}"`,
      { path: ['sheet'] },
    )
  }
  const limit = (options.maxRows ?? 20_000) + 11
  const rows: ListRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (rows.length >= limit) return
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value)
    })
    rows.push({ cells: Array.from(cells, (c) => c ?? ''), line })
  })
  const entries = functionalEntriesFromRows(rows, options, {
    zh: `科目表（工作表“${sheet.name}”）`,
    en: `classification list (worksheet "${sheet.name}")`,
  })
  return createCatalog(entries, {
    system: 'functional',
    editions: { first: options.edition, last: options.edition },
  })
}
