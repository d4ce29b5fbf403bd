import { describe, expect, it } from 'vitest'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { parseDisclosure } from '../../../src/model/parseDisclosure'
import { mapColumns } from '../../../src/read/interpret/columnKeys'
import { readRows } from '../../../src/read/interpret/readRows'
import type { GridTable } from '../../../src/read/layout/types'
import { reconcile } from '../../../src/reconcile/reconcile'
import { columnHierarchy } from '../../../src/reconcile/rules/columnHierarchy'
import { rowFundSplit } from '../../../src/reconcile/rules/rowFundSplit'
import { col, docWith, EMPTY_TEMPLATE, table } from '../../reconcile/docWith'

// A 收入总表 printed with one row per budget unit (单位名称 under 合计), as department budgets that
// list their units print it: the rows are units, not classes, and none is a blank-labelled total.
const grid = (label: string, rows: readonly (readonly string[])[]): GridTable => ({
  title: '收入总体情况表',
  pages: [9],
  unit: '万元',
  columns: [
    { header: [label], role: 'label' },
    { header: ['合计'], role: 'value' },
    { header: ['财政拨款收入', '一般公共预算'], role: 'value' },
    { header: ['其他资金收入', '事业收入'], role: 'value' },
  ],
  rows: rows.map((cells) => ({ cells, page: 9 })),
  notes: [],
})
const read = (label: string, rows: readonly (readonly string[])[]) => {
  const t = grid(label, rows)
  return readRows(t, mapColumns(t.columns, 'income'), {
    kind: 'income',
    tableId: 'income',
    functionalCatalog,
    fiscalYear: 2026,
  }).rows
}

describe('rows by unit', () => {
  it('reads each unit row by its name, none as a blank-labelled total or a class from its name', () => {
    const rows = read('单位名称', [
      ['合计', '300.00', '100.00', '200.00'],
      ['某市卫生健康委员会', '50.00', '50.00', '0.00'],
      // a unit whose name is also a class's name in the catalog: still a unit
      ['某市疾病预防控制中心', '250.00', '50.00', '200.00'],
    ])
    expect(rows.map((r) => [r.kind, r.name, r.code ?? ''])).toEqual([
      ['total', '合计', ''],
      ['unit', '某市卫生健康委员会', ''],
      ['unit', '某市疾病预防控制中心', ''],
    ])
    expect(rows[2]?.cells['src.business']).toBe('200.00')
  })

  it('keeps a row named by a 科目 column a class row (the look-alike: 科目名称, not 单位名称)', () => {
    const rows = read('科目名称', [
      ['合计', '30.00', '30.00', '0.00'],
      ['卫生健康支出', '30.00', '30.00', '0.00'],
    ])
    expect(rows[1]?.kind).not.toBe('unit')
    expect(rows[1]?.code).toBe('210')
  })

  it('reads a department printed over its units (its own office listed again below it) as their subtotal', () => {
    const rows = read('单位名称', [
      ['合计', '300.00', '100.00', '200.00'],
      ['某市某局', '300.00', '100.00', '200.00'],
      ['某市某局', '80.00', '80.00', '0.00'],
      ['某市某中心', '220.00', '20.00', '200.00'],
    ])
    expect(rows.map((r) => r.kind)).toEqual(['total', 'subtotal', 'unit', 'unit'])
    // …also when the units print the city before the department's name, or 本级 after it
    expect(
      read('单位名称', [
        ['某局', '3.00', '3.00', '0.00'],
        ['某市某局', '3.00', '3.00', '0.00'],
      ]).map((r) => r.kind),
    ).toEqual(['subtotal', 'unit'])
    expect(
      read('单位名称', [
        ['某局', '3.00', '3.00', '0.00'],
        ['某局本级', '3.00', '3.00', '0.00'],
      ]).map((r) => r.kind),
    ).toEqual(['subtotal', 'unit'])
  })

  it('leaves units of other names units (the look-alike: no department row)', () => {
    const rows = read('单位名称', [
      ['合计', '300.00', '100.00', '200.00'],
      ['某市某局', '80.00', '80.00', '0.00'],
      ['某市某中心', '220.00', '20.00', '200.00'],
    ])
    expect(rows.map((r) => r.kind)).toEqual(['total', 'unit', 'unit'])
  })
})

describe('rules over rows by unit', () => {
  const mismatches = (units: readonly (readonly string[])[]) => {
    const t = grid('单位名称', [['合计', '300.00', '100.00', '200.00'], ...units])
    const rows = readRows(t, mapColumns(t.columns, 'income'), {
      kind: 'income',
      tableId: 'income',
      functionalCatalog,
      fiscalYear: 2026,
    }).rows
    const doc = docWith([table('income', [col('total'), col('src.gpb'), col('src.business')], [...rows])])
    const parsed = parseDisclosure(doc, { templates: [EMPTY_TEMPLATE] })
    return reconcile(parsed, { rules: [columnHierarchy, rowFundSplit], templates: [EMPTY_TEMPLATE] })
      .findings.filter((f) => f.status === 'mismatch')
      .map((f) => `${f.rule} ${f.where.row?.name}`)
  }

  it('finds no mismatch where the units add up to the total, a department row included', () => {
    expect(
      mismatches([
        ['某市某局', '300.00', '100.00', '200.00'],
        ['某市某局', '80.00', '80.00', '0.00'],
        ['某市某中心', '220.00', '20.00', '200.00'],
      ]),
    ).toEqual([])
  })

  it('reports a total that is not the sum of its units', () => {
    expect(
      mismatches([
        ['某市某局', '80.00', '80.00', '0.00'],
        ['某市某中心', '200.00', '20.00', '180.00'],
      ]),
    ).toContain('column-hierarchy 合计')
  })
})
