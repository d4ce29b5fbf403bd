import type { Column, PrintedTable, Row } from '../model/table'

// A table's shape: its kind, its columns' keys and blocks, and its rows without their cells (each
// row's kind, key, code, code system, unit, block, project type and unit name). What a rule derives
// from the shape alone (a hierarchy of codes, the rows a total adds up) is found once per shape and
// kept: by the table (a WeakMap, for the table that cannot change: frozen, with its rows, as every
// document the library validated is), and by the shape's text, so that another document with the
// same shape (a fresh copy of it, the same document read again, an edit that changed only cells)
// finds it too. A copy of a table made by the cause search (the same rows, some cells moved)
// shares the shape of the table it copies.

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

const isFrozenTable = (table: PrintedTable): boolean =>
  Object.isFrozen(table) &&
  Object.isFrozen(table.columns) &&
  Object.isFrozen(table.rows) &&
  table.rows.every((r) => Object.isFrozen(r)) &&
  table.columns.every((c) => Object.isFrozen(c))

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

// The shape text of each frozen table, found once per table and shared by every rule
const SHAPE_TEXTS = new WeakMap<PrintedTable, string>()

// Bounds of the shapes kept by text, per derivation: a long-running process (a batch of thousands
// of documents) keeps the latest shapes, never more than these
const MAX_SHAPES = 256
const MAX_SHAPE_CHARS = 2_000_000

/**
 * What one rule derives from table shapes, kept by table and by shape (bounded: at most 256 shapes
 * and 2,000,000 characters of shape text; then it starts again). Make one per derivation, at module
 * level, and pass it to {@link byShape}.
 *
 * @example
 * ```ts
 * const PLANS = new ShapeMemo<Plan>()
 * const plan = byShape(PLANS, table, planOf)
 * ```
 * @internal
 */
export class ShapeMemo<T> {
  /** By table: the same frozen table (or a shifted copy of it) asks again. */
  readonly byTable = new WeakMap<PrintedTable, T>()
  /** By shape text: another table of the same shape. */
  readonly byText = new Map<string, T>()
  /** Characters of shape text held by {@link ShapeMemo.byText}. */
  chars = 0

  /**
   * Keeps `value` for the shape `text`, starting again when the bounds would be passed.
   * @example
   * ```ts
   * memo.keep(shapeText(table), plan)
   * ```
   */
  keep(text: string, value: T): void {
    if (text.length > MAX_SHAPE_CHARS) return
    if (this.byText.size >= MAX_SHAPES || this.chars + text.length > MAX_SHAPE_CHARS) {
      this.byText.clear()
      this.chars = 0
    }
    this.byText.set(text, value)
    this.chars += text.length
  }
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
  const key = ORIGINS.get(table) ?? table
  const known = memo.byTable.get(key)
  if (known !== undefined) return known
  let text = SHAPE_TEXTS.get(key)
  if (text === undefined) {
    if (!isFrozenTable(key)) return derive(key)
    text = shapeText(key)
    SHAPE_TEXTS.set(key, text)
  }
  let value = memo.byText.get(text)
  if (value === undefined) {
    value = derive(key)
    memo.keep(text, value)
  }
  memo.byTable.set(key, value)
  return value
}
