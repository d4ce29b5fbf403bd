import type { Column, PrintedTable, Row } from '../model/table'
import { isFrozenTable } from './frozenTables'

// A table's shape: its kind, its columns' keys and blocks, and its rows without their cells (each
// row's kind, key, code, code system, unit, block, project type and unit name). What a rule derives
// from the shape alone (a hierarchy of codes, the rows a total adds up) is found once per shape and
// kept: by the table (a WeakMap, for the table that cannot change: frozen, with its rows, as every
// document the library validated is), and by the shape's text, so that another document with the
// same shape (a fresh copy of it, the same document read again, an edit that changed only cells)
// finds it too. Every rule's derivations of one shape are kept together, so that a table's shape
// text is made once and the table looked up once per rule. A copy of a table made by the cause
// search (the same rows, some cells moved) shares the shape of the table it copies.

/** What a rule may read of a row to derive something from a table's shape. @internal */
export type RowShape = Pick<
  Row,
  'kind' | 'key' | 'code' | 'codeSystem' | 'unitCode' | 'block' | 'projectType' | 'unitName'
>

/** What a rule may read of a table to derive something from its shape. @internal */
export interface TableShape {
  readonly kind: PrintedTable['kind']
  readonly columns: readonly Pick<Column, 'key' | 'block'>[]
  readonly rows: readonly RowShape[]
}

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

// A free text field of the shape, unambiguous within the shape's text: quoted, or empty when absent
const quoted = (text: string | undefined): string => (text === undefined ? '' : JSON.stringify(text))

/**
 * The shape of a table as text: equal for two tables exactly when their shapes are (see
 * {@link TableShape}). Enumerated fields and codes hold no separator; free text is quoted. Linear
 * in the table's rows and columns.
 *
 * @example
 * ```ts
 * shapeText({ kind: 'income', columns: [{ key: 'total' }], rows: [{ kind: 'total' }] })
 * // 'income\n|total:\ntotal|||||||'
 * ```
 * @internal
 */
export function shapeText(table: TableShape): string {
  let text = table.kind
  text += '\n'
  for (const c of table.columns) text += `|${c.key}:${c.block ?? ''}`
  for (const r of table.rows)
    text += `\n${r.kind}|${r.key ?? ''}|${r.code ?? ''}|${r.codeSystem ?? ''}|${r.unitCode ?? ''}|${r.block ?? ''}|${quoted(r.projectType)}|${quoted(r.unitName)}`
  return text
}

// What is derived from one shape, by derivation ({@link ShapeMemo}): one record per shape, shared by
// every table of that shape and by every rule, so that a table is looked up once per rule (one
// WeakMap read) and its shape text is made once.
type ShapeRecord = Map<ShapeMemo<unknown>, unknown>

// The record of each frozen table (a table made by withShapeOf is looked up by its original)
const RECORDS = new WeakMap<PrintedTable, ShapeRecord>()

// Bounds of the shapes kept by text: a long-running process (a batch of thousands of documents)
// keeps the latest shapes, never more than these
const MAX_SHAPES = 256
const MAX_SHAPE_CHARS = 2_000_000
const BY_TEXT = new Map<string, ShapeRecord>()
let textChars = 0

/**
 * The record of the shape `text`: the one kept for that text, else a new one, kept (starting again
 * when the bounds would be passed: at most 256 shapes and 2,000,000 characters of shape text).
 *
 * @example
 * ```ts
 * recordFor(shapeText(table)) === recordFor(shapeText(copyOfTable)) // true
 * ```
 */
function recordFor(text: string): ShapeRecord {
  const known = BY_TEXT.get(text)
  if (known !== undefined) return known
  const record: ShapeRecord = new Map()
  if (text.length > MAX_SHAPE_CHARS) return record
  if (BY_TEXT.size >= MAX_SHAPES || textChars + text.length > MAX_SHAPE_CHARS) {
    BY_TEXT.clear()
    textChars = 0
  }
  BY_TEXT.set(text, record)
  textChars += text.length
  return record
}

/**
 * How many shapes are kept by their text (at most 256), for the tests of the bounds.
 *
 * @example
 * ```ts
 * shapesKept() <= 256 // true
 * ```
 * @internal
 */
export const shapesKept = (): number => BY_TEXT.size

/**
 * Forgets every shape kept by its text (a table already looked up keeps its own): for a test or a
 * benchmark of a document whose shapes were never seen.
 *
 * @example
 * ```ts
 * forgetShapes()
 * shapesKept() // 0
 * ```
 * @internal
 */
export function forgetShapes(): void {
  BY_TEXT.clear()
  textChars = 0
}

/**
 * One derivation from table shapes (what a rule derives: its plan of sums, where each 类 is
 * printed): a key for {@link byShape}, whose values are kept with each shape. Make one per
 * derivation, at module level.
 *
 * @example
 * ```ts
 * const PLANS = new ShapeMemo<Plan>()
 * const plan = byShape(PLANS, table, planOf)
 * ```
 * @internal
 */
export class ShapeMemo<T> {
  /** Never set: it only ties the derivation to the type of its values. */
  declare readonly derived?: T
}

/**
 * What a rule derives from a table's shape, found once per shape: `derive(table)` the first time,
 * then the same value for the table, for every copy of it made with {@link withShapeOf}, and for
 * every other frozen table of the same shape. `derive` sees only the table's {@link TableShape}.
 * A table that is not frozen (it could change between two calls) is derived again at every call.
 *
 * @example
 * ```ts
 * const PLANS = new ShapeMemo<Plan>()
 * const plan = byShape(PLANS, table, planOf) // the same object for every table of this shape
 * ```
 * @internal
 */
export function byShape<T>(memo: ShapeMemo<T>, table: PrintedTable, derive: (table: TableShape) => T): T {
  let record = RECORDS.get(table)
  let key = table
  if (record === undefined) {
    key = ORIGINS.get(table) ?? table
    record = RECORDS.get(key)
    if (record === undefined) {
      if (!isFrozenTable(key)) return derive(key)
      record = recordFor(shapeText(key))
      RECORDS.set(key, record)
    }
  }
  const known = record.get(memo)
  if (known !== undefined || record.has(memo)) return known as T
  const value = derive(key)
  record.set(memo, value)
  return value
}
