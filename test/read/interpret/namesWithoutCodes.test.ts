import { describe, expect, it } from 'vitest'
import { departmentEconomicCatalog } from '../../../src/codes/economic/departmentEconomicCatalog'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { mapColumns } from '../../../src/read/interpret/columnKeys'
import { readRows } from '../../../src/read/interpret/readRows'
import type { GridTable } from '../../../src/read/layout/types'

// Tables that print names without codes, the level shown by indentation only (as some provinces do).
const grid = (title: string, rows: readonly (readonly string[])[]): GridTable => ({
  title,
  pages: [17],
  unit: '万元',
  columns: [
    { header: ['功能分类科目名称'], role: 'label' },
    { header: ['合计'], role: 'value' },
  ],
  rows: rows.map((cells) => ({ cells, page: 17 })),
  notes: [],
})

describe('codes recovered from names printed without codes', () => {
  it('reads a 类 printed by its catalog name, and its 款/项 under it', () => {
    const t = grid('2026年部门一般公共预算支出预算表', [
      ['合计', '108.00'],
      ['科学技术支出', '28.00'],
      ['技术研究与开发', '28.00'],
      ['科技成果转化与扩散', '28.00'],
      ['卫生健康支出', '80.00'],
      ['行政事业单位医疗', '80.00'],
      ['行政单位医疗', '80.00'],
    ])
    const { rows } = readRows(t, mapColumns(t.columns, 'gpb-expenditure'), {
      kind: 'gpb-expenditure',
      tableId: 'gpb-expenditure',
      functionalCatalog,
      fiscalYear: 2026,
    })
    expect(rows.map((r) => r.code ?? r.kind)).toEqual([
      'total',
      '206',
      '20604',
      '2060404',
      '210',
      '21011',
      '2101101',
    ])
  })

  it('does not take a name that only equals a code once normalised when it is ambiguous', () => {
    // '科学技术' is 2300306 (a transfer item) and, without its 支出, also 类 206's name: no guess
    const t = grid('2026年部门一般公共预算支出预算表', [['科学技术', '28.00']])
    const { rows, diagnostics } = readRows(t, mapColumns(t.columns, 'gpb-expenditure'), {
      kind: 'gpb-expenditure',
      tableId: 'gpb-expenditure',
      functionalCatalog,
      fiscalYear: 2026,
    })
    expect(rows[0]?.code === '206').toBe(false)
    expect(diagnostics.length).toBeGreaterThan(0)
  })

  it('reads economic codes of a basic-expenditure table printed by name, and leaves an unknown name uncoded', () => {
    const t: GridTable = {
      ...grid('2026年部门一般公共预算基本支出预算表', [
        ['合计', '120.00'],
        ['工资福利支出', '100.00'],
        ['基本工资', '60.00'],
        ['其他工资福利支出', '40.00'],
        ['商品和服务支出', '20.00'],
        ['办公费', '20.00'],
        ['某某自造科目', '0.00'],
      ]),
      columns: [
        { header: ['经济分类科目名称'], role: 'label' },
        { header: ['合计'], role: 'value' },
      ],
    }
    const ctx = { kind: 'gpb-basic' as const, tableId: 'gpb-basic', functionalCatalog, fiscalYear: 2026 }
    const withCatalog = readRows(t, mapColumns(t.columns, 'gpb-basic'), {
      ...ctx,
      economicCatalog: departmentEconomicCatalog,
    })
    expect(withCatalog.rows.map((r) => r.code ?? r.kind)).toEqual([
      'total',
      '301',
      '30101',
      '30199',
      '302',
      '30201',
      'detail',
    ])
    expect(withCatalog.rows[1]?.codeSystem).toBe('economic-department')
    expect(withCatalog.diagnostics.filter((d) => d.code === 'CODE_RECOVERED')).toHaveLength(5)
    // without the catalog nothing is recovered
    const without = readRows(t, mapColumns(t.columns, 'gpb-basic'), ctx)
    expect(without.rows.some((r) => r.code !== undefined)).toBe(false)
  })
})
