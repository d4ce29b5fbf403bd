// classTotals: found once for a frozen table, found again for one that can change; where each 类 is
// printed is found once per table shape, its cells read from each table.
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/deepFreeze'
import type { PrintedTable } from '../../src/model/table'
import { classTotals, lineFact } from '../../src/reconcile/facts'
import { loadSample } from '../../src/samples/index'
import { coded, col, table as makeTable, total } from './docWith'

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

describe('classTotals on hand-made tables', () => {
  // 208 printed as a row; 210 printed only through its 款 21011 (with a 项 under it) and 21012
  const expenditure = (v: { readonly c208: string; readonly k21011: string; readonly k21012: string }) =>
    deepFreeze(
      makeTable(
        'expenditure',
        [col('total')],
        [
          total({ total: '0' }),
          coded('208', { total: v.c208 }, { kind: 'subtotal' }),
          coded('20801', { total: v.c208 }),
          coded('21011', { total: v.k21011 }, { kind: 'subtotal' }),
          coded('2101101', { total: v.k21011 }),
          coded('21012', { total: v.k21012 }),
        ],
      ),
    )

  it('reads a printed 类 row, and adds the top rows of a 类 printed only by its 款', () => {
    const found = classTotals(expenditure({ c208: '100.00', k21011: '40.00', k21012: '2.00' }), 'total')
    expect([...found.keys()]).toEqual(['208', '210'])
    expect(found.get('208')?.cells).toEqual(['100.00'])
    expect(found.get('208')?.derived).toBe(false)
    expect(found.get('210')?.cells).toEqual(['40.00', '2.00'])
    expect(found.get('210')?.derived).toBe(true)
  })

  it('names a printed 类 by its class, a line by its name, and locates each at its row', () => {
    const t = expenditure({ c208: '100.00', k21011: '40.00', k21012: '2.00' })
    const printed = classTotals(t, 'total').get('208')
    expect(printed?.place).toEqual({ zh: `《${t.title}》208类`, en: `table "${t.title}", class 208` })
    expect(printed?.where).toEqual({
      table: t.id,
      tableTitle: t.title,
      row: { code: '208', name: '科目208', index: 1 },
      column: 'total',
    })
    expect(printed?.unit).toBe(t.unit)
    const line = lineFact(t, { totalRow: true }, 'total')
    expect(line?.cells).toEqual(['0'])
    expect(line?.derived).toBe(false)
    expect(line?.place).toEqual({ zh: `《${t.title}》“合计”`, en: `table "${t.title}", line "合计"` })
    expect(line?.where.row).toEqual({ name: '合计', index: 0 })
    expect(lineFact(t, { key: 'exp.basic' }, 'total')).toBeUndefined()
  })

  it('gives each table of one shape its own cells', () => {
    const a = classTotals(expenditure({ c208: '100.00', k21011: '40.00', k21012: '2.00' }), 'total')
    const b = classTotals(expenditure({ c208: '7.00', k21011: '5.00', k21012: '3.00' }), 'total')
    expect(b.get('208')?.cells).toEqual(['7.00'])
    expect(b.get('210')?.cells).toEqual(['5.00', '3.00'])
    expect(a.get('210')?.cells).toEqual(['40.00', '2.00'])
  })

  it('uses the department-level rows of a table grouped by unit, the unit rows otherwise', () => {
    const grouped = deepFreeze(
      makeTable(
        'expenditure',
        [col('total')],
        [
          coded('208', { total: '9.00' }, { kind: 'subtotal' }),
          coded('208', { total: '4.00' }, { kind: 'subtotal', unitCode: '101' }),
        ],
      ),
    )
    expect(classTotals(grouped, 'total').get('208')?.cells).toEqual(['9.00'])
    const unitsOnly = deepFreeze(
      makeTable('expenditure', [col('total')], [coded('20801', { total: '4.00' }, { unitCode: '101' })]),
    )
    expect(classTotals(unitsOnly, 'total').get('208')?.cells).toEqual(['4.00'])
  })

  it('leaves out a 类 whose rows do not print the column, and a block the 类 is not in', () => {
    const t = expenditure({ c208: '1.00', k21011: '1.00', k21012: '1.00' })
    expect(classTotals(t, 'exp.basic').size).toBe(0)
    expect(classTotals(t, 'total', 1).size).toBe(0)
  })
})
