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

// per table list: the first table of each id; per table: its rows by each field a reference named
// them by (built only for the field asked: most tables are named by one field, or none)
const tableIndexes = new WeakMap<Disclosure['tables'], Map<string, Table>>()
const rowIndexes = new WeakMap<Table, Partial<Record<RowField, Map<string, TableRow[]>>>>()

/**
 * The rows of a table by one field (code, key or name), in print order: found once per table and
 * field, the first time a reference names a row by that field (linear in rows).
 * @example
 * ```ts
 * rowsBy(table, 'code').get('2080501') // the rows printing code 2080501, top first
 * ```
 */
function rowsBy(table: Table, field: RowField): Map<string, TableRow[]> {
  let indexes = rowIndexes.get(table)
  if (indexes === undefined) {
    indexes = {}
    rowIndexes.set(table, indexes)
  }
  let index = indexes[field]
  if (index === undefined) {
    index = new Map()
    for (const row of table.rows) {
      const id = row[field]
      if (id === undefined) continue
      const list = index.get(id)
      if (list) list.push(row)
      else index.set(id, [row])
    }
    indexes[field] = index
  }
  return index
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
  // a table that could change is searched row by row (a frozen one's rows are indexed once)
  if (!Object.isFrozen(table.rows)) return table.rows.find(matches)?.cells[ref.column]
  const candidates =
    r.code !== undefined
      ? (rowsBy(table, 'code').get(r.code) ?? [])
      : r.key !== undefined
        ? (rowsBy(table, 'key').get(r.key) ?? [])
        : r.name !== undefined
          ? (rowsBy(table, 'name').get(r.name) ?? [])
          : table.rows
  return candidates.find(matches)?.cells[ref.column]
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
