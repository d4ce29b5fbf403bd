import type { Disclosure } from '../model/disclosure'
import type { PrintedTable } from '../model/table'
import { wasValidated } from '../model/validatedSet'

// Whether a table can change between two calls (what decides if a rule may keep what it derives from
// the table): a table of a document the library validated is frozen throughout, which is known once
// per document (`markFrozenTables`, when reconcile starts on it) instead of by walking every row and
// cell of every table again for each rule that asks.
const FROZEN = new WeakSet<PrintedTable>()

/**
 * Records the tables of `doc` as frozen throughout when the library validated the document (it is
 * then deeply frozen: `parseDisclosure` freezes what it returns); any other document is left alone,
 * its tables checked one by one when asked. Linear in the number of tables, not in rows or cells.
 *
 * @example
 * ```ts
 * markFrozenTables(loadSample('001'))
 * isFrozenTable(loadSample('001').tables[0]) // true, without walking its rows
 * ```
 * @internal
 */
export function markFrozenTables(doc: Disclosure): void {
  if (wasValidated(doc)) for (const table of doc.tables) FROZEN.add(table)
}

/**
 * True when a table cannot change: the table, its column and row lists, each column, each row and
 * each row's cells are frozen. Answered from {@link markFrozenTables} for a validated document's
 * tables, else by checking (linear in rows and columns).
 *
 * @example
 * ```ts
 * isFrozenTable(loadSample('000').tables[0]) // true
 * isFrozenTable({ ...loadSample('000').tables[0] }) // false: the copy itself is not frozen
 * ```
 * @internal
 */
export function isFrozenTable(table: PrintedTable): boolean {
  return (
    FROZEN.has(table) ||
    (Object.isFrozen(table) &&
      Object.isFrozen(table.columns) &&
      Object.isFrozen(table.rows) &&
      table.rows.every((r) => Object.isFrozen(r) && Object.isFrozen(r.cells)) &&
      table.columns.every((c) => Object.isFrozen(c)))
  )
}
