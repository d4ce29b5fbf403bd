import type { Disclosure } from '../model/disclosure'
import type { CellRef, Operand, TextFigure } from '../model/textFigure'

// Memos of pure lookups, per document part (never global): the text rules resolve the same
// references many times, and a linear search for each would make them quadratic in figures.
const figureIndexes = new WeakMap<readonly TextFigure[], Map<string, TextFigure>>()
const cellMemos = new WeakMap<Disclosure['tables'], WeakMap<CellRef, string | undefined>>()

function figureById(figures: readonly TextFigure[], id: string): TextFigure | undefined {
  let index = figureIndexes.get(figures)
  if (index === undefined) {
    index = new Map()
    // the first figure of an id, as a search from the start finds it
    for (const f of figures) if (!index.has(f.id)) index.set(f.id, f)
    figureIndexes.set(figures, index)
  }
  return index.get(id)
}

type Table = Disclosure['tables'][number]
type TableRow = Table['rows'][number]

/** The fields a reference may name a row by first: its code, else its key, else its name. */
type RowField = 'code' | 'key' | 'name'

// per table list: the first table of each id; per table: how many references were looked up by a
// scan of its rows, and its rows by each field a reference named them by (built only once a table
// is named often enough for an index to pay, and only for the field asked)
const tableIndexes = new WeakMap<Disclosure['tables'], Map<string, Table>>()
interface RowLookups {
  scans: number
  readonly by: Partial<Record<RowField, Map<string, TableRow[]>>>
}
const rowIndexes = new WeakMap<Table, RowLookups>()

// a table's first references are found by a scan of its rows (most tables are named by a few figures,
// fewer than an index would save); after these, by an index: at most this many scans per table, so
// the lookups stay linear in figures and rows
const SCANS_BEFORE_INDEX = 8

/**
 * The rows of a table printing `id` in one field (code, key or name), in print order, from an index
 * of the table's rows by that field; `undefined` while the table has been looked up fewer than
 * {@link SCANS_BEFORE_INDEX} times (the caller scans the rows instead, and finds the same first row).
 * The index is built once per table and field, linear in rows.
 * @example
 * ```ts
 * indexedRows(table, 'code', '2080501') // undefined for the first lookups, then the rows printing 2080501
 * ```
 */
function indexedRows(table: Table, field: RowField, id: string): readonly TableRow[] | undefined {
  let lookups = rowIndexes.get(table)
  if (lookups === undefined) {
    lookups = { scans: 0, by: {} }
    rowIndexes.set(table, lookups)
  }
  let index = lookups.by[field]
  if (index === undefined) {
    if (lookups.scans < SCANS_BEFORE_INDEX) {
      lookups.scans++
      return undefined
    }
    index = new Map()
    for (const row of table.rows) {
      const value = row[field]
      if (value === undefined) continue
      const list = index.get(value)
      if (list) list.push(row)
      else index.set(value, [row])
    }
    lookups.by[field] = index
  }
  return index.get(id) ?? []
}

/**
 * The first table of an id in a document, looked up in an index of its table list.
 * @example
 * ```ts
 * tableById(doc, 'summary')?.kind // 'summary'
 * ```
 */
function tableById(doc: Disclosure, id: string): Table | undefined {
  let index = tableIndexes.get(doc.tables)
  if (index === undefined) {
    index = new Map()
    for (const t of doc.tables) if (!index.has(t.id)) index.set(t.id, t)
    tableIndexes.set(doc.tables, index)
  }
  return index.get(id)
}

/**
 * The cell a reference points at: the first row of its table matching every field the reference
 * names, searched among the rows of the reference's code (else key, else name) only.
 * @example
 * ```ts
 * findCell(doc, { table: 'summary', row: { key: 'exp.total' }, column: 'total' }) // '132465.29' (seed 003)
 * ```
 */
function findCell(doc: Disclosure, ref: CellRef): string | undefined {
  const table = tableById(doc, ref.table)
  if (table === undefined) return undefined
  const r = ref.row
  const block = r.block ?? ref.block
  const matches = (row: TableRow) =>
    (r.code === undefined || row.code === r.code) &&
    (r.key === undefined || row.key === r.key) &&
    (r.unitCode === undefined || row.unitCode === r.unitCode) &&
    (r.govCode === undefined || row.govCode === r.govCode) &&
    (r.name === undefined || row.name === r.name) &&
    (block === undefined || (row.block ?? 0) === block)
  // a table that could change is searched row by row (a frozen one's rows are indexed once it is
  // named often)
  if (!Object.isFrozen(table.rows)) return table.rows.find(matches)?.cells[ref.column]
  const candidates =
    r.code !== undefined
      ? indexedRows(table, 'code', r.code)
      : r.key !== undefined
        ? indexedRows(table, 'key', r.key)
        : r.name !== undefined
          ? indexedRows(table, 'name', r.name)
          : undefined
  return (candidates ?? table.rows).find(matches)?.cells[ref.column]
}

/**
 * The printed cell a reference points at, or `undefined` when the table, row or column is not there.
 * Resolved once per reference and table list.
 *
 * @example
 * ```ts
 * resolveCellRef(doc, { table: 'summary', row: { key: 'exp.total' }, column: 'total' }) // '132465.29' (seed 003)
 * ```
 * @internal
 */
export function resolveCellRef(doc: Disclosure, ref: CellRef): string | undefined {
  let memo = cellMemos.get(doc.tables)
  if (memo === undefined) {
    memo = new WeakMap()
    cellMemos.set(doc.tables, memo)
  }
  if (memo.has(ref)) return memo.get(ref)
  const cell = findCell(doc, ref)
  memo.set(ref, cell)
  return cell
}

/**
 * The printed value an operand of a text figure stands for: another figure's value, a table cell,
 * or a value printed elsewhere.
 *
 * @internal
 */
export function resolveOperand(doc: Disclosure, op: Operand | undefined): string | undefined {
  if (!op) return undefined
  if ('figure' in op) return doc.text ? figureById(doc.text.figures, op.figure)?.value : undefined
  if ('cell' in op) return resolveCellRef(doc, op.cell)
  return op.value
}
