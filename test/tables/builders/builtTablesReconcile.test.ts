// The producer and the consumer direction agree: tables built from line items contradict each other
// nowhere — the reconciliation engine finds only rounding tails in them.
import { describe, expect, it } from 'vitest'
import { syntheticDocument } from '../../../bench/reconcile'
import { reconcile } from '../../../src/reconcile/reconcile'

describe('tables built from line items', () => {
  it('reconcile without a single contradiction (5,000 generated line items)', () => {
    const doc = syntheticDocument(5_000)
    const report = reconcile(doc)
    expect(report.summary.checks).toBeGreaterThan(500)
    expect(report.findings.filter((f) => f.status === 'mismatch').map((f) => f.message.en)).toEqual([])
    expect(report.summary.rulesRan).toBeGreaterThan(8)
  }, 60_000)

  it('and the engine does catch a cell changed after building', () => {
    const doc = syntheticDocument(5_000)
    const tables = doc.tables.map((t) =>
      t.kind !== 'expenditure'
        ? t
        : {
            ...t,
            rows: t.rows.map((r, i) => (i === 0 ? { ...r, cells: { ...r.cells, total: '1.00' } } : r)),
          },
    )
    const report = reconcile({ ...doc, tables })
    expect(report.summary.mismatches).toBeGreaterThan(0)
  }, 60_000)
})
