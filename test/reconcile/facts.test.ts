// classTotals: found once for a frozen table, found again for one that can change.
import { describe, expect, it } from 'vitest'
import type { PrintedTable } from '../../src/model/table'
import { classTotals } from '../../src/reconcile/facts'
import { loadSample } from '../../src/samples/index'

describe('classTotals', () => {
  const doc = loadSample('000')
  const table = doc.tables.find((t) => t.kind === 'expenditure') as PrintedTable

  it('gives the same class totals, once found, for a frozen table', () => {
    const a = classTotals(table, 'total')
    expect(a.size).toBeGreaterThan(0)
    expect(classTotals(table, 'total')).toBe(a)
    // another block is another list
    expect(classTotals(table, 'total', 2)).not.toBe(a)
  })

  it('reads a table that is not frozen again at every call', () => {
    const copy = structuredClone(table) as { -readonly [K in keyof PrintedTable]: PrintedTable[K] }
    const before = classTotals(copy, 'total')
    const [cls, fact] = [...before][0] as [string, { cells: readonly (string | undefined)[] }]
    const row = copy.rows.find((r) => r.code?.startsWith(cls) && r.cells.total === fact.cells[0]) as {
      cells: Record<string, string>
    }
    row.cells.total = '1.00'
    const after = classTotals(copy, 'total')
    expect(after).not.toBe(before)
    expect(after.get(cls)?.cells).toContain('1.00')
    expect(fact.cells).not.toContain('1.00')
  })
})
