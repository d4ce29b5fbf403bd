import type { Disclosure } from '../../src/model/disclosure'
import type { Row } from '../../src/model/table'

/** Where a printed cell lives, independent of row order: table kind, side, row identity, column key. */
const rowId = (row: Row): string => {
  const id = row.key ?? row.code ?? (row.kind === 'unit' ? `u${row.unitCode ?? ''}` : `n${row.name}`)
  return `${row.block ?? 0}|${row.kind === 'unit' ? 'unit' : ''}|${id}|${row.govCode ?? ''}`
}

/** Cells of a document, keyed by table kind (first table of each kind), row identity and column key. */
export function cellMap(doc: Disclosure): Map<string, string> {
  const out = new Map<string, string>()
  const seenKinds = new Set<string>()
  for (const table of doc.tables) {
    if (seenKinds.has(table.kind)) continue
    seenKinds.add(table.kind)
    for (const row of table.rows)
      for (const [key, value] of Object.entries(row.cells)) {
        const id = `${table.kind}|${rowId(row)}|${key}`
        if (!out.has(id)) out.set(id, value ?? '')
      }
  }
  return out
}

/** How many printed cells of the transcription the read document gives back identically. */
export function compareCells(
  read: Disclosure,
  transcribed: Disclosure,
): { total: number; same: number; printedTotal: number; printedSame: number; misses: string[] } {
  const a = cellMap(read)
  const b = cellMap(transcribed)
  let same = 0
  let printedTotal = 0
  let printedSame = 0
  const misses: string[] = []
  for (const [id, value] of b) {
    const ok = a.get(id) === value
    if (ok) same++
    else misses.push(`${id}: want ${JSON.stringify(value)} got ${JSON.stringify(a.get(id))}`)
    if (value !== '') {
      printedTotal++
      if (ok) printedSame++
    }
  }
  return { total: b.size, same, printedTotal, printedSame, misses }
}
