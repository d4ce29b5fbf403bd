// A cell reference of a text figure is looked up among the rows of its code (else key, else name),
// indexed once per table: the same cell as a search of every row from the top, first match wins.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/deepFreeze'
import type { Row } from '../../src/model/table'
import type { CellRef } from '../../src/model/textFigure'
import { resolveCellRef } from '../../src/reconcile/resolveOperand'
import { coded, col, docWith, line, table, total } from './docWith'

const rows: Row[] = [
  total({ total: '10.00' }),
  coded('208', { total: '6.00' }, { kind: 'subtotal' }),
  coded('20801', { total: '4.00' }, { unitCode: '101' }),
  coded('20801', { total: '2.00' }, { unitCode: '102' }),
  line('exp.basic', { total: '3.00' }, 0),
  line('exp.basic', { total: '7.00' }, 1),
  { kind: 'detail', name: '某项目', cells: { total: '1.50' } },
]
const doc = deepFreeze(
  docWith([
    table('expenditure', [col('total')], rows),
    table('expenditure', [col('total')], [total({ total: '99' })]),
  ]),
)
const ref = (row: CellRef['row'], extra: Partial<CellRef> = {}): CellRef => ({
  table: 'expenditure',
  row,
  column: 'total',
  ...extra,
})

// the search the index replaces: every row from the top, in the first table of the id
const reference = (r: CellRef): string | undefined => {
  const t = doc.tables.find((x) => x.id === r.table)
  const block = r.row.block ?? r.block
  return t?.rows.find(
    (row) =>
      (r.row.code === undefined || row.code === r.row.code) &&
      (r.row.key === undefined || row.key === r.row.key) &&
      (r.row.unitCode === undefined || row.unitCode === r.row.unitCode) &&
      (r.row.govCode === undefined || row.govCode === r.row.govCode) &&
      (r.row.name === undefined || row.name === r.row.name) &&
      (block === undefined || (row.block ?? 0) === block),
  )?.cells[r.column]
}

describe('resolveCellRef', () => {
  it('finds the first row of a code, and the one of a unit when the reference names it', () => {
    expect(resolveCellRef(doc, ref({ code: '20801' }))).toBe('4.00')
    expect(resolveCellRef(doc, ref({ code: '20801', unitCode: '102' }))).toBe('2.00')
  })

  it('finds a line by key in its block, and a row by its name', () => {
    expect(resolveCellRef(doc, ref({ key: 'exp.basic' }))).toBe('3.00')
    expect(resolveCellRef(doc, ref({ key: 'exp.basic' }, { block: 1 }))).toBe('7.00')
    expect(resolveCellRef(doc, ref({ name: '某项目' }))).toBe('1.50')
  })

  it('finds nothing for a row, a table or a column that is not there', () => {
    expect(resolveCellRef(doc, ref({ code: '20801', unitCode: '103' }))).toBeUndefined()
    expect(resolveCellRef(doc, ref({ code: '209' }))).toBeUndefined()
    expect(resolveCellRef(doc, ref({ code: '208' }, { table: 'summary' }))).toBeUndefined()
    expect(resolveCellRef(doc, ref({ code: '208' }, { column: 'exp.basic' }))).toBeUndefined()
  })

  it('finds the same rows by its first lookups (a scan) as by the later ones (an index)', () => {
    // a document of its own: none of its tables looked up yet
    const fresh = deepFreeze(docWith([table('expenditure', [col('total')], rows)]))
    const refs = [
      ref({ code: '20801', unitCode: '102' }),
      ref({ code: '20801' }),
      ref({ key: 'exp.basic' }, { block: 1 }),
      ref({ name: '某项目' }),
      ref({ code: '209' }),
    ]
    const expected = ['2.00', '4.00', '7.00', '1.50', undefined]
    // new reference objects each round (each is resolved once, then kept): 5 rounds × 5 lookups
    // pass the scans a table gets before its rows are indexed
    for (let round = 0; round < 5; round++)
      expect(refs.map((r) => resolveCellRef(fresh, { ...r, row: { ...r.row } }))).toEqual(expected)
  })

  it('gives what a search of every row gives (property)', () => {
    const field = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined })
    fc.assert(
      fc.property(
        field(['208', '20801', '209']),
        field(['exp.basic', 'total'] as const),
        field(['101', '102']),
        field(['合计', '某项目', 'exp.basic']),
        field([0, 1]),
        (code, key, unitCode, name, block) => {
          const row = {
            ...(code !== undefined ? { code } : {}),
            ...(key !== undefined ? { key } : {}),
            ...(unitCode !== undefined ? { unitCode } : {}),
            ...(name !== undefined ? { name } : {}),
            ...(block !== undefined ? { block } : {}),
          }
          expect(resolveCellRef(doc, ref(row))).toBe(reference(ref(row)))
        },
      ),
      { seed: 42, numRuns: 500 },
    )
  }, 20_000)
})
