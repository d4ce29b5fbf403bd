// Reading the same fact out of different tables: 类 totals, grand totals and named lines.
import type { Disclosure } from '../model/disclosure'
import type { FactKey } from '../model/factKeys'
import type { PrintedTable, Row } from '../model/table'
import type { TableKind } from '../model/tableKinds'
import type { MoneyUnit } from '../money/types'
import { cellWhere, type Place } from './checks'
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

/** The first table of a kind. @internal */
export const tableOf = (doc: Disclosure, kind: TableKind): PrintedTable | undefined =>
  doc.tables.find((t) => t.kind === kind)

const isFunctional = (r: Row): boolean =>
  r.codeSystem === 'functional' && r.code !== undefined && r.kind !== 'unit'

// The across-table rules read the same class totals of the same tables: found once per table, column and
// block, kept with a table that cannot change (frozen with its rows and cells; a WeakMap keyed by it)
const CLASS_TOTALS = new WeakMap<PrintedTable, Map<string, ReadonlyMap<string, PrintedFact>>>()

const isFrozenTable = (table: PrintedTable): boolean =>
  Object.isFrozen(table) &&
  Object.isFrozen(table.rows) &&
  table.rows.every((r) => Object.isFrozen(r) && Object.isFrozen(r.cells))

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

/**
 * The 类 totals of one column of a table, computed (what {@link classTotals} memoises): the printed 类
 * row where there is one, else the sum of its 款/项 rows; department-level rows only when the table also
 * prints unit rows.
 *
 * @example
 * ```ts
 * // a table printing 208 (100.00) and, under 210, only 21011 (40.00) and 21012 (2.00)
 * findClassTotals(table, 'total') // Map { '208' → 100.00 (printed), '210' → 42.00 (summed) }
 * ```
 */
function findClassTotals(table: PrintedTable, key: FactKey, block?: number): Map<string, PrintedFact> {
  const rows = table.rows
    .map((row, index) => ({ row, index }))
    .filter((r) => isFunctional(r.row) && (block === undefined || (r.row.block ?? 0) === block))
  const deptLevel = rows.some((r) => r.row.unitCode === undefined)
    ? rows.filter((r) => r.row.unitCode === undefined)
    : rows
  const out = new Map<string, PrintedFact>()
  const classes = new Set(deptLevel.map((r) => (r.row.code ?? '').slice(0, 3)))
  for (const cls of classes) {
    const printed = deptLevel.find((r) => r.row.code === cls)
    if (printed) {
      if (key in printed.row.cells)
        out.set(cls, {
          cells: [printed.row.cells[key]],
          // words and location are built only when read (for a finding)
          get place() {
            return { zh: `《${table.title}》${cls}类`, en: `table "${table.title}", class ${cls}` }
          },
          get where() {
            return cellWhere(table, printed.row, printed.index, key)
          },
          derived: false,
          unit: table.unit,
        })
      continue
    }
    const under = deptLevel.filter((r) => (r.row.code ?? '').startsWith(cls))
    // the rows no shorter row's code is a prefix of: looked up by prefix, linear in the rows under the 类
    const codesUnder = new Set(under.map((r) => r.row.code ?? ''))
    const top = under.filter((r) => {
      const code = r.row.code ?? ''
      for (let n = 0; n < code.length; n++) if (codesUnder.has(code.slice(0, n))) return false
      return true
    })
    if (top.length === 0 || top.every((r) => !(key in r.row.cells))) continue
    out.set(cls, {
      cells: top.map((r) => r.row.cells[key]),
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
  return {
    cells: [row.cells[column]],
    // words and location are built only when read (for a finding)
    get place() {
      return { zh: `《${table.title}》“${row.name}”`, en: `table "${table.title}", line "${row.name}"` }
    },
    get where() {
      return cellWhere(table, row, index, column)
    },
    derived: false,
    unit: table.unit,
  }
}

/**
 * The column holding each row's total: `total` (合计/总计), or, where a table names it by what it
 * totals, 本年支出合计 (`exp.current`) or 本年收入合计 (`rev.current`) when the table has no carry-overs.
 *
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
