// Whether a table can change is known once per validated document (its tables marked when reconcile
// starts), else checked table by table: a table that is not frozen throughout is never taken as one.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { deepFreeze } from '../../src/internal/deepFreeze'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import type { PrintedTable } from '../../src/model/table'
import { isFrozenTable, markFrozenTables } from '../../src/reconcile/frozenTables'
import { reconcile } from '../../src/reconcile/reconcile'
import { loadSample } from '../../src/samples/index'
import { coded, col, docWith, table, total } from './docWith'

const handMade = () =>
  docWith([table('expenditure', [col('total')], [total({ total: '3.00' }), coded('208', { total: '3.00' })])])

afterEach(() => vi.restoreAllMocks())

describe('isFrozenTable', () => {
  it('answers a marked table of a validated document without walking its rows', () => {
    const doc = parseDisclosure(JSON.parse(JSON.stringify(loadSample('001'))))
    markFrozenTables(doc)
    const isFrozen = vi.spyOn(Object, 'isFrozen')
    expect(doc.tables.every((t) => isFrozenTable(t))).toBe(true)
    expect(isFrozen).not.toHaveBeenCalled()
  })

  it('reconcile marks the tables of the validated document it is given', () => {
    const doc = parseDisclosure(JSON.parse(JSON.stringify(loadSample('004'))))
    reconcile(doc)
    const isFrozen = vi.spyOn(Object, 'isFrozen')
    expect(isFrozenTable(doc.tables[0] as PrintedTable)).toBe(true)
    expect(isFrozen).not.toHaveBeenCalled()
  })

  it('leaves the tables of a document the library did not validate to be checked, and checks them', () => {
    const open = handMade()
    markFrozenTables(open)
    const t = open.tables[0] as PrintedTable
    expect(isFrozenTable(t)).toBe(false)
    // frozen by hand throughout: true, found by checking
    const frozen = deepFreeze(handMade())
    markFrozenTables(frozen)
    const isFrozen = vi.spyOn(Object, 'isFrozen')
    expect(isFrozenTable(frozen.tables[0] as PrintedTable)).toBe(true)
    expect(isFrozen).toHaveBeenCalled()
  })

  it('is false when any part can change: the table, its rows, a row, its cells, a column', () => {
    const parts = [
      (d: ReturnType<typeof handMade>) => d,
      (d: ReturnType<typeof handMade>) => d.tables[0]?.rows,
      (d: ReturnType<typeof handMade>) => d.tables[0]?.rows[1],
      (d: ReturnType<typeof handMade>) => d.tables[0]?.rows[1]?.cells,
      (d: ReturnType<typeof handMade>) => d.tables[0]?.columns[0],
    ]
    for (const part of parts) {
      const doc = handMade()
      // freeze everything but one part (deepFreeze stops at a frozen object: freeze the rest by hand)
      const spared = part(doc)
      const freezeAllBut = (v: unknown): void => {
        if (v === null || typeof v !== 'object') return
        for (const x of Object.values(v)) freezeAllBut(x)
        if (v !== spared) Object.freeze(v)
      }
      freezeAllBut(doc.tables[0])
      if (spared !== doc) expect(isFrozenTable(doc.tables[0] as PrintedTable)).toBe(false)
      else expect(isFrozenTable(doc.tables[0] as PrintedTable)).toBe(true)
    }
  })
})
