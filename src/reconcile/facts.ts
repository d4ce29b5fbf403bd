// Reading the same fact out of different tables: 类 totals, grand totals and named lines.
import type { Disclosure } from '../model/disclosure'
import type { FactKey } from '../model/factKeys'
import type { PrintedTable, Row } from '../model/table'
import type { TableKind } from '../model/tableKinds'
import type { MoneyUnit } from '../money/types'
import { cellWhere, type Place } from './checks'
import { isFrozenTable } from './frozenTables'
import { byShape, type RowShape, ShapeMemo, type TableShape } from './tableShape'
import type { Where } from './types'

/** A fact as one table prints it: one cell, or the cells it is the sum of (a 类 not printed as a row). */
export interface PrintedFact {
  readonly cells: readonly (string | undefined)[]
  readonly place: Place
  readonly where: Where
  readonly derived: boolean
  /** The unit the cells are printed in (the table's), when known. */
  readonly unit?: MoneyUnit | undefined
}

/**
 * A fact printed in one cell: its words and location are built only when read (for a finding), by
 * getters of the class (an object literal with its own getters costs two closures per fact, and the
 * across-table rules make one per 类 of every table they read). `cls` names the 类 the cell prints,
 * else the fact is named by the row's name.
 *
 * @example
 * ```ts
 * const fact = new CellFact(table, table.rows[3], 3, 'total', '208')
 * fact.cells // [table.rows[3].cells.total]
 * fact.place.zh // '《一般公共预算支出表》208类'
 * ```
 */
class CellFact implements PrintedFact {
  readonly cells: readonly (string | undefined)[]
  readonly derived = false
  readonly unit: MoneyUnit | undefined
  readonly #table: PrintedTable
  readonly #row: Row
  readonly #index: number
  readonly #column: FactKey
  readonly #cls: string | undefined

  constructor(table: PrintedTable, row: Row, index: number, column: FactKey, cls?: string) {
    this.cells = [row.cells[column]]
    this.unit = table.unit
    this.#table = table
    this.#row = row
    this.#index = index
    this.#column = column
    this.#cls = cls
  }

  get place(): Place {
    const title = this.#table.title
    const cls = this.#cls
    return cls !== undefined
      ? { zh: `《${title}》${cls}类`, en: `table "${title}", class ${cls}` }
      : { zh: `《${title}》“${this.#row.name}”`, en: `table "${title}", line "${this.#row.name}"` }
  }

  get where(): Where {
    return cellWhere(this.#table, this.#row, this.#index, this.#column)
  }
}

/** The first table of a kind. @internal */
export const tableOf = (doc: Disclosure, kind: TableKind): PrintedTable | undefined =>
  doc.tables.find((t) => t.kind === kind)

// The across-table rules read the same class totals of the same tables: found once per table, column and
// block, kept with a table that cannot change (frozen with its rows and cells; a WeakMap keyed by it)
const CLASS_TOTALS = new WeakMap<PrintedTable, Map<string, ReadonlyMap<string, PrintedFact>>>()

/**
 * Expenditure (or revenue) by 类 as a table prints it, in column `key`: a printed 类 row, or the sum
 * of the top-level rows under the 类 when the table prints only 款/项. Tables grouped by unit use
 * their department-level rows. Found once for a frozen table (every validated document's are).
 *
 * @example
 * ```ts
 * classTotals(table, 'total').get('208')?.cells // ['1234.56']
 * ```
 * @internal
 */
export function classTotals(
  table: PrintedTable,
  key: FactKey,
  block?: number,
): ReadonlyMap<string, PrintedFact> {
  if (!isFrozenTable(table)) return findClassTotals(table, key, block)
  let memo = CLASS_TOTALS.get(table)
  if (memo === undefined) {
    memo = new Map()
    CLASS_TOTALS.set(table, memo)
  }
  const id = `${key}|${block ?? ''}`
  let found = memo.get(id)
  if (found === undefined) {
    found = findClassTotals(table, key, block)
    memo.set(id, found)
  }
  return found
}

/** Where a table prints one 类: its own row, or the rows to add (the top ones under it). */
interface ClassPlace {
  readonly cls: string
  /** The index of the row printing the 类 itself. */
  readonly printed?: number
  /** Else the indexes of the top-level rows under it. */
  readonly top: readonly number[]
}

const isFunctionalShape = (r: RowShape): boolean =>
  r.codeSystem === 'functional' && r.code !== undefined && r.kind !== 'unit'

/**
 * Where a table prints each 类 (in the order the 类 first appear): the printed 类 row where there is
 * one, else the rows under it that no shorter row's code is a prefix of; department-level rows only
 * when the table also prints unit rows. A function of the table's shape (linear in its rows).
 *
 * @example
 * ```ts
 * // rows 208 | 20801 | 210 (absent) … 21011 | 21012
 * classPlacesOf(table) // [{ cls: '208', printed: 0, top: [] }, { cls: '210', top: [2, 3] }]
 * ```
 */
function classPlacesOf(table: TableShape, block: number | undefined): readonly ClassPlace[] {
  const rows: { readonly code: string; readonly index: number; readonly dept: boolean }[] = []
  table.rows.forEach((row, index) => {
    if (isFunctionalShape(row) && (block === undefined || (row.block ?? 0) === block))
      rows.push({ code: row.code ?? '', index, dept: row.unitCode === undefined })
  })
  const deptLevel = rows.some((r) => r.dept) ? rows.filter((r) => r.dept) : rows
  // the rows of each 类 (a code of three characters or more starts with its 类), and the first row
  // printing the 类 itself
  const byClass = new Map<string, (typeof rows)[number][]>()
  const printedAt = new Map<string, number>()
  for (const r of deptLevel) {
    const cls = r.code.slice(0, 3)
    const list = byClass.get(cls)
    if (list) list.push(r)
    else byClass.set(cls, [r])
    if (r.code === cls && !printedAt.has(cls)) printedAt.set(cls, r.index)
  }
  const places: ClassPlace[] = []
  for (const cls of byClass.keys()) {
    const printed = printedAt.get(cls)
    if (printed !== undefined) {
      places.push({ cls, printed, top: [] })
      continue
    }
    // (a code shorter than a 类, an OCR slip, is its own 类 and printed: it never comes here)
    const under = byClass.get(cls) ?? []
    // the rows no shorter row's code is a prefix of: looked up by prefix, linear in the rows under the 类
    const codesUnder = new Set(under.map((r) => r.code))
    const top = under.filter((r) => {
      for (let n = 0; n < r.code.length; n++) if (codesUnder.has(r.code.slice(0, n))) return false
      return true
    })
    places.push({ cls, top: top.map((r) => r.index) })
  }
  return places
}

// where each table shape prints its 类, by block
const CLASS_PLACES = new ShapeMemo<Map<string, readonly ClassPlace[]>>()

/**
 * The 类 totals of one column of a table, computed (what {@link classTotals} memoises): the printed 类
 * row where there is one, else the sum of its 款/项 rows; department-level rows only when the table also
 * prints unit rows. Where each 类 is printed is found once per table shape.
 *
 * @example
 * ```ts
 * // a table printing 208 (100.00) and, under 210, only 21011 (40.00) and 21012 (2.00)
 * findClassTotals(table, 'total') // Map { '208' → 100.00 (printed), '210' → 42.00 (summed) }
 * ```
 */
function findClassTotals(table: PrintedTable, key: FactKey, block?: number): Map<string, PrintedFact> {
  const byBlock = byShape(CLASS_PLACES, table, () => new Map<string, readonly ClassPlace[]>())
  const blockId = String(block ?? '')
  let places = byBlock.get(blockId)
  if (places === undefined) {
    places = classPlacesOf(table, block)
    byBlock.set(blockId, places)
  }
  const out = new Map<string, PrintedFact>()
  for (const { cls, printed, top } of places) {
    if (printed !== undefined) {
      const row = table.rows[printed] as Row
      if (key in row.cells) out.set(cls, new CellFact(table, row, printed, key, cls))
      continue
    }
    if (top.length === 0 || top.every((i) => !(key in (table.rows[i] as Row).cells))) continue
    out.set(cls, {
      cells: top.map((i) => (table.rows[i] as Row).cells[key]),
      place: {
        zh: `《${table.title}》${cls}类（各项之和）`,
        en: `table "${table.title}", class ${cls} (sum of its items)`,
      },
      where: { table: table.id, tableTitle: table.title, column: key },
      derived: true,
      unit: table.unit,
    })
  }
  return out
}

/** The cell of the first row matching `match` (by fact key, or the table's 合计 row for `'total'`). @internal */
export function lineFact(
  table: PrintedTable | undefined,
  match: { readonly key?: FactKey; readonly totalRow?: boolean; readonly block?: number },
  column: FactKey,
): PrintedFact | undefined {
  if (!table) return undefined
  const index = table.rows.findIndex(
    (r) =>
      (match.block === undefined || (r.block ?? 0) === match.block) &&
      (match.totalRow
        ? r.kind === 'total' && (r.key === undefined || r.key === 'total')
        : r.key === match.key),
  )
  const row = table.rows[index]
  if (!row || !(column in row.cells)) return undefined
  return new CellFact(table, row, index, column)
}

/**
 * The column holding each row's total: `total` (合计/总计), or, where a table names it by what it
 * totals, 本年支出合计 (`exp.current`) or 本年收入合计 (`rev.current`) when the table has no carry-overs.
 *
 * @example
 * ```ts
 * rowTotalKey({ columns: [{ key: 'exp.current' }, { key: 'basic' }] }) // 'exp.current'
 * rowTotalKey({ columns: [{ key: 'rev.current' }, { key: 'carry.total' }] }) // 'total'
 * ```
 * @internal
 */
export function rowTotalKey(
  table: { readonly columns: readonly { readonly key: FactKey }[] } | undefined,
): FactKey {
  const keys = new Set(table?.columns.map((c) => c.key) ?? [])
  if (keys.has('total')) return 'total'
  if (keys.has('exp.current')) return 'exp.current'
  if (keys.has('rev.current') && !keys.has('carry.total')) return 'rev.current'
  return 'total'
}
