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

function findCell(doc: Disclosure, ref: CellRef): string | undefined {
  const table = doc.tables.find((t) => t.id === ref.table)
  const r = ref.row
  const row = table?.rows.find(
    (row) =>
      (r.code === undefined || row.code === r.code) &&
      (r.key === undefined || row.key === r.key) &&
      (r.unitCode === undefined || row.unitCode === r.unitCode) &&
      (r.govCode === undefined || row.govCode === r.govCode) &&
      (r.name === undefined || row.name === r.name) &&
      ((r.block ?? ref.block) === undefined || (row.block ?? 0) === (r.block ?? ref.block)),
  )
  return row?.cells[ref.column]
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
