import type { PrintedTable, Row } from '../../../../src/model/table'

/** One cell (or row) where the print and the rebuild disagree. */
export interface Disagreement {
  readonly table: string
  readonly row: string
  readonly column: string
  readonly printed: string
  readonly rebuilt: string
}

const norm = (s: string): string => s.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/\s+/g, '')

/**
 * How the golden tests identify a row across print and rebuild: its block, summary key, code and
 * government code, the unit of a unit row, the name of a project row or of a row without code and
 * key (a stale 类 line). Print order and printed names are not compared.
 */
export function rowIdentity(row: Row): string {
  const parts = [`b${row.block ?? 0}`]
  if (row.key !== undefined) parts.push(`key=${row.key}`)
  if (row.code !== undefined) parts.push(`code=${row.code}`)
  if (row.govCode !== undefined) parts.push(`gov=${row.govCode}`)
  if (row.kind === 'unit') parts.push(`unit=${row.unitCode ?? ''}`)
  if (row.kind === 'total' && row.key === undefined) parts.push('合计')
  if (row.kind === 'detail' && row.key === undefined && row.code === undefined)
    parts.push(`name=${norm(row.name)}`)
  return parts.join(' ')
}

/** Every difference between a printed table and its rebuild, cell by cell, matched by row identity. */
export function compareTables(printed: PrintedTable, rebuilt: PrintedTable): Disagreement[] {
  const out: Disagreement[] = []
  const id = printed.id
  if (printed.title !== rebuilt.title)
    out.push({ table: id, row: '(title)', column: '', printed: printed.title, rebuilt: rebuilt.title })
  if ((printed.empty === undefined) !== (rebuilt.empty === undefined))
    out.push({
      table: id,
      row: '(empty)',
      column: '',
      printed: printed.empty?.note ?? '',
      rebuilt: rebuilt.empty?.note ?? '',
    })
  const rebuiltRows = new Map(rebuilt.rows.map((r) => [rowIdentity(r), r]))
  const seen = new Set<string>()
  for (const p of printed.rows) {
    const key = rowIdentity(p)
    seen.add(key)
    const r = rebuiltRows.get(key)
    if (!r) {
      out.push({ table: id, row: key, column: '*', printed: 'row printed', rebuilt: 'no such row' })
      continue
    }
    for (const [column, value] of Object.entries(p.cells)) {
      const other = r.cells[column as keyof Row['cells']]
      if (other === undefined)
        out.push({ table: id, row: key, column, printed: value ?? '', rebuilt: '(no column)' })
      else if (other !== value)
        out.push({ table: id, row: key, column, printed: value ?? '', rebuilt: other })
    }
  }
  for (const [key] of rebuiltRows) {
    if (!seen.has(key))
      out.push({ table: id, row: key, column: '*', printed: 'no such row', rebuilt: 'row rebuilt' })
  }
  return out
}
