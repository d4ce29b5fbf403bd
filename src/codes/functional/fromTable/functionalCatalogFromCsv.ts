import { csvRows } from '../../../internal/csv'
import { checkText, optionsOf } from '../../../internal/limits'
import { type Catalog, createCatalog } from '../../catalog'
import type { FunctionalListOptions, ListRow } from './functionalEntriesFromRows'
import { functionalEntriesFromRows } from './functionalEntriesFromRows'

/** Largest CSV text accepted (characters): the real list is about 100 kB. */
const MAX_CSV_LENGTH = 5_000_000

/**
 * Builds a functional classification catalog (支出功能分类科目) from your own official list of a
 * year — the Ministry's 《政府收支分类科目》 exported as CSV — at run time. Pass the catalog to
 * `reconcile`, `buildTables` and `readDisclosure` (`{ functionalCatalog }`) and they use it instead of the bundled one.
 *
 * Columns are found by their header: `科目编码` (or `编码`, `code`) with `科目名称` (or `名称`, `name`);
 * or `类` / `款` / `项` in three columns with a name column (a blank 类 or 款 cell repeats the one
 * above, as the Ministry prints them). Without a header row, the first column is the code and the
 * second the name. Codes may be joined or split (`210 15 01`); other columns (说明 …) are ignored.
 *
 * @param text - the CSV text (UTF-8; a byte-order mark is dropped)
 * @param options - the edition (budget year) of the list, how its provenance is marked
 * @returns a frozen catalog of that edition, every entry with provenance `user` (or `reference`)
 * @throws MedbudgetError `CATALOG_INVALID` listing every problem, each with its line and column
 *   (a malformed code, a name missing, a duplicate, a code whose parent is not in the list);
 *   `OPTION_INVALID` for a bad edition; `INPUT_TOO_LARGE` beyond 5,000,000 characters or `maxRows`
 * @example
 * ```ts
 * const mine = functionalCatalogFromCsv('科目编码,科目名称\n210,卫生健康支出\n21015,医疗保障管理事务\n2101501,行政运行', { edition: 2026 })
 * mine.nameOf('2101501') // '行政运行'
 * mine.get('210')?.provenance // [{ kind: 'user' }]
 * ```
 */
export function functionalCatalogFromCsv(text: string, options: FunctionalListOptions): Catalog<string> {
  checkText(text, ['科目表 CSV', 'classification CSV'], MAX_CSV_LENGTH)
  const o = optionsOf(options, ['科目表选项', 'classification list options']) as FunctionalListOptions
  const rows: ListRow[] = []
  const limit = (o.maxRows ?? 20_000) + 11
  for (const row of csvRows(text)) {
    rows.push(row)
    if (rows.length >= limit) break
  }
  const entries = functionalEntriesFromRows(rows, o, { zh: '科目表（CSV）', en: 'classification CSV' })
  return createCatalog(entries, {
    system: 'functional',
    editions: { first: o.edition, last: o.edition },
  })
}
