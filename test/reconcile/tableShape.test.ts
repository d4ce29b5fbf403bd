// What a rule derives from a table's shape is found once per shape (src/reconcile/tableShape.ts):
// shared by two tables of the same shape, found again for a table whose shape differs in anything a
// rule may read, and never kept for a table that could change.
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/deepFreeze'
import type { PrintedTable, Row } from '../../src/model/table'
import { reconcile } from '../../src/reconcile/reconcile'
import { columnHierarchy } from '../../src/reconcile/rules/columnHierarchy'
import {
  byShape,
  forgetShapes,
  ShapeMemo,
  shapesKept,
  shapeText,
  type TableShape,
  withShapeOf,
} from '../../src/reconcile/tableShape'
import { tableSumsOf } from '../../src/reconcile/tableSums'
import { coded, col, docWith, table, total } from './docWith'

const expenditure = (
  cells: { readonly a: string; readonly b: string },
  extra: Partial<Row> = {},
): PrintedTable =>
  table(
    'expenditure',
    [col('total'), col('exp.basic'), col('exp.project')],
    [
      total({ total: cells.a, 'exp.basic': cells.a, 'exp.project': '0' }),
      coded('201', { total: cells.a, 'exp.basic': cells.a, 'exp.project': '0' }, { kind: 'subtotal' }),
      coded('20101', { total: cells.b, 'exp.basic': cells.b, 'exp.project': '0' }, extra),
    ],
  )

// a derivation that counts its calls
const counting = () => {
  const calls: TableShape[] = []
  const derive = (t: TableShape) => {
    calls.push(t)
    return { rows: t.rows.length }
  }
  return { calls, derive }
}

describe('byShape', () => {
  it('derives once for two frozen tables of one shape (other cells, other names)', () => {
    const memo = new ShapeMemo<{ rows: number }>()
    const { calls, derive } = counting()
    const first = deepFreeze(expenditure({ a: '1.00', b: '1.00' }))
    const second = deepFreeze({ ...expenditure({ a: '9.00', b: '8.00' }), title: '另一张表' })
    const a = byShape(memo, first, derive)
    const b = byShape(memo, second, derive)
    expect(b).toBe(a)
    expect(calls).toHaveLength(1)
    expect(byShape(memo, first, derive)).toBe(a)
    expect(calls).toHaveLength(1)
  })

  it('derives again for a table whose shape differs (a code, a row kind, a block, a column)', () => {
    const memo = new ShapeMemo<{ rows: number }>()
    const { calls, derive } = counting()
    const base = deepFreeze(expenditure({ a: '1.00', b: '1.00' }))
    byShape(memo, base, derive)
    byShape(memo, deepFreeze(expenditure({ a: '1.00', b: '1.00' }, { code: '20102' })), derive)
    byShape(memo, deepFreeze(expenditure({ a: '1.00', b: '1.00' }, { kind: 'subtotal' })), derive)
    byShape(memo, deepFreeze(expenditure({ a: '1.00', b: '1.00' }, { block: 0 })), derive)
    byShape(memo, deepFreeze({ ...base, columns: [...base.columns, col('exp.basic.personnel')] }), derive)
    expect(calls).toHaveLength(5)
  })

  it('derives at every call for a table that is not frozen, and for none by another shape', () => {
    const memo = new ShapeMemo<{ rows: number }>()
    const { calls, derive } = counting()
    const open = expenditure({ a: '1.00', b: '1.00' })
    const kept = shapesKept()
    byShape(memo, open, derive)
    byShape(memo, open, derive)
    expect(calls).toHaveLength(2)
    expect(shapesKept()).toBe(kept)
  })

  it('derives again for a table of a shape forgotten, and not for a table already looked up', () => {
    const memo = new ShapeMemo<{ rows: number }>()
    const { calls, derive } = counting()
    const first = deepFreeze(expenditure({ a: '5.00', b: '5.00' }, { code: '20188' }))
    byShape(memo, first, derive)
    forgetShapes()
    expect(shapesKept()).toBe(0)
    byShape(memo, first, derive)
    expect(calls).toHaveLength(1)
    byShape(memo, deepFreeze(expenditure({ a: '6.00', b: '6.00' }, { code: '20188' })), derive)
    expect(calls).toHaveLength(2)
  })

  it('keeps each derivation apart on one shape, a value of undefined included', () => {
    const rows = new ShapeMemo<{ rows: number }>()
    const nothing = new ShapeMemo<undefined>()
    const { calls, derive } = counting()
    let none = 0
    const first = deepFreeze(expenditure({ a: '3.00', b: '3.00' }, { code: '20199' }))
    const second = deepFreeze(expenditure({ a: '4.00', b: '4.00' }, { code: '20199' }))
    expect(byShape(rows, first, derive).rows).toBe(3)
    expect(byShape(nothing, first, () => void none++)).toBeUndefined()
    expect(byShape(nothing, second, () => void none++)).toBeUndefined()
    expect(byShape(rows, second, derive).rows).toBe(3)
    expect(calls).toHaveLength(1)
    expect(none).toBe(1)
  })

  it('shares the shape of the table a shifted copy was made from', () => {
    const memo = new ShapeMemo<{ rows: number }>()
    const { calls, derive } = counting()
    const original = deepFreeze(expenditure({ a: '1.00', b: '1.00' }))
    const copy = withShapeOf({ ...original, rows: original.rows.map((r) => ({ ...r, cells: {} })) }, original)
    expect(byShape(memo, copy, derive)).toBe(byShape(memo, original, derive))
    expect(calls).toHaveLength(1)
    expect(calls[0]).toBe(original)
  })

  it('keeps at most 256 shapes, and still answers right once it has started again', () => {
    const memo = new ShapeMemo<{ rows: number }>()
    const derive = (t: TableShape) => ({ rows: t.rows.length })
    for (let n = 1; n <= 300; n++) {
      const rows = Array.from({ length: 1 + (n % 3) }, (_, i) => coded(`20${n}${i}`, { total: '1.00' }))
      const t = deepFreeze(table('expenditure', [col('total')], rows))
      expect(byShape(memo, t, derive).rows).toBe(1 + (n % 3))
      expect(shapesKept()).toBeLessThanOrEqual(256)
    }
  })
})

describe('shapeText', () => {
  const shape = (row: Partial<Row>): string =>
    shapeText({ kind: 'projects', columns: [{ key: 'total' }], rows: [{ kind: 'detail', ...row }] })

  it('tells apart what a rule reads: an absent field from an empty one, block 0 from no block', () => {
    expect(shape({ projectType: '' })).not.toBe(shape({}))
    expect(shape({ block: 0 })).not.toBe(shape({}))
    expect(shape({ unitName: 'a' })).not.toBe(shape({ projectType: 'a' }))
  })

  it('cannot be fooled by a separator inside free text', () => {
    expect(shape({ projectType: 'a|"b"', unitName: 'c' })).not.toBe(
      shape({ projectType: 'a', unitName: 'b"|c' }),
    )
  })

  it('leaves out what no rule reads from the shape: names, lines, cells', () => {
    expect(shape({ name: '甲', line: '1', cells: { total: '1.00' } })).toBe(shape({ name: '乙' }))
  })
})

describe('column-hierarchy on tables of one shape', () => {
  it('shares the plan, and each table is still checked on its own cells', () => {
    const right = deepFreeze(docWith([expenditure({ a: '3.00', b: '3.00' })]))
    const wrong = deepFreeze(docWith([expenditure({ a: '3.00', b: '2.00' })]))
    const spec = tableSumsOf(columnHierarchy)
    expect(spec?.sumsOf(right.tables[0] as PrintedTable)).toBe(spec?.sumsOf(wrong.tables[0] as PrintedTable))
    const mismatches = (d: typeof right) =>
      reconcile(d, { rules: [columnHierarchy] }).findings.filter((f) => f.status === 'mismatch').length
    expect(mismatches(right)).toBe(0)
    expect(mismatches(wrong)).toBeGreaterThan(0)
  })
})
