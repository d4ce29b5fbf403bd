import type { Disclosure } from '../model/disclosure'
import type { CellRef, Operand } from '../model/textFigure'

/**
 * The printed cell a reference points at, or `undefined` when the table, row or column is not there.
 *
 * @internal
 */
export function resolveCellRef(doc: Disclosure, ref: CellRef): string | undefined {
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
 * The printed value an operand of a text figure stands for: another figure's value, a table cell,
 * or a value printed elsewhere.
 *
 * @internal
 */
export function resolveOperand(doc: Disclosure, op: Operand | undefined): string | undefined {
  if (!op) return undefined
  if ('figure' in op) return doc.text?.figures.find((f) => f.id === op.figure)?.value
  if ('cell' in op) return resolveCellRef(doc, op.cell)
  return op.value
}
