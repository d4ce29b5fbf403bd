import type { PrintedTable } from '../model/table'

// A table's shape: its kind, columns and rows without their cells (each row's kind, code, key, unit,
// block). What a rule derives from the shape alone (a hierarchy of codes, the rows a total adds up)
// is found once per table and kept with it: in a WeakMap keyed by the table, for a table that cannot
// change (frozen, with its rows: every document the library validated is). A copy of a table made
// by the cause search (the same rows, some cells moved) shares the shape of the table it copies.
const ORIGINS = new WeakMap<PrintedTable, PrintedTable>()

/**
 * Records that `copy` has the shape of `original` (the same kind, columns and rows, only cells
 * changed) and returns it.
 *
 * @example
 * ```ts
 * const shifted = withShapeOf({ ...table, rows: table.rows.map((r) => ({ ...r, cells: moved(r) })) }, table)
 * ```
 * @internal
 */
export function withShapeOf(copy: PrintedTable, original: PrintedTable): PrintedTable {
  ORIGINS.set(copy, ORIGINS.get(original) ?? original)
  return copy
}

const isFrozenTable = (table: PrintedTable): boolean =>
  Object.isFrozen(table) &&
  Object.isFrozen(table.columns) &&
  Object.isFrozen(table.rows) &&
  table.rows.every((r) => Object.isFrozen(r))

/**
 * What a rule derives from a table's shape, found once per table: `derive(table)` the first time,
 * then the same value for the table and for every copy of it made with {@link withShapeOf}. A table
 * that is not frozen (it could change between two calls) is derived again at every call.
 *
 * @example
 * ```ts
 * const PLANS = new WeakMap<PrintedTable, Plan>()
 * const plan = byShape(PLANS, table, planOf) // the same object on every call for a frozen table
 * ```
 * @internal
 */
export function byShape<T>(
  memo: WeakMap<PrintedTable, T>,
  table: PrintedTable,
  derive: (table: PrintedTable) => T,
): T {
  const key = ORIGINS.get(table) ?? table
  const known = memo.get(key)
  if (known !== undefined) return known
  const value = derive(key)
  if (isFrozenTable(key)) memo.set(key, value)
  return value
}
