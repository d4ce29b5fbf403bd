import type { Row } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { emptyCells, rowCells } from './tableParts'
import type { BuildContext, CubeEntry } from './types'

/**
 * The rows of a table printed as summary lines (收支总表, 财政拨款收支总表, the 预算情况 of the
 * department performance table, the 河北 三公 table): fact lines take the sum of the items matching
 * both the line's key and the column's key; 类 lines take the items of their code; a line without a
 * code (a stale or special 类 row) prints empty.
 *
 * @internal
 */
export function twoSidedRows(entries: readonly CubeEntry[], spec: TableSpec, ctx: BuildContext): Row[] {
  const sides = spec.sides ?? []
  const blocked = sides.length > 1
  const rows: Row[] = []
  // entries by 类, once: a summary table lists some 30 类 over the same entries
  const byClass = new Map<string, CubeEntry[]>()
  for (const e of entries) {
    const lei = e.item.functionalCode.slice(0, 3)
    const list = byClass.get(lei)
    if (list) list.push(e)
    else byClass.set(lei, [e])
  }
  for (const side of sides) {
    const columns = spec.columns.filter((c) => (c.block ?? 0) === side.block)
    const block = blocked ? { block: side.block } : {}
    for (const line of side.lines) {
      if (line.type === 'fact') {
        rows.push({
          kind: line.kind,
          key: line.key,
          name: line.name,
          ...(line.ordinal !== undefined ? { ordinal: line.ordinal } : {}),
          ...(line.line !== undefined ? { line: line.line } : {}),
          ...block,
          cells: rowCells(entries, columns, spec, ctx, line.key, line.includesCarry === true),
        })
        continue
      }
      if (line.type === 'label') {
        rows.push({
          kind: 'detail',
          name: line.name,
          ...(line.ordinal !== undefined ? { ordinal: line.ordinal } : {}),
          ...(line.line !== undefined ? { line: line.line } : {}),
          ...(line.note !== undefined ? { note: line.note } : {}),
          ...block,
          cells: emptyCells(columns, spec, ctx),
        })
        continue
      }
      for (const c of line.classes) {
        const code = c.code
        const mine = code === undefined ? [] : (byClass.get(code) ?? [])
        rows.push({
          kind: 'detail',
          ...(code !== undefined ? { code, codeSystem: 'functional' as const } : {}),
          name: c.name,
          ...(c.ordinal !== undefined ? { ordinal: c.ordinal } : {}),
          ...(c.line !== undefined ? { line: c.line } : {}),
          ...block,
          ...(c.note !== undefined ? { note: c.note } : {}),
          cells: code === undefined ? emptyCells(columns, spec, ctx) : rowCells(mine, columns, spec, ctx),
        })
      }
    }
  }
  return rows
}
