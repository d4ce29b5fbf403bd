// Reading the kinds other provinces print (issue 12): 福建's 一般公共预算支出经济分类情况表, whose rows
// are economic classes (not functional codes), and 广东's 基本支出预算表 by fund source (其他资金).
import { describe, expect, it } from 'vitest'
import { departmentEconomicCatalog } from '../../../src/codes/economic/departmentEconomicCatalog'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { columnKeyOf, mapColumns } from '../../../src/read/interpret/columnKeys'
import { readRows } from '../../../src/read/interpret/readRows'
import type { GridTable } from '../../../src/read/layout/types'

describe('the columns of a 基本支出预算表 by fund source', () => {
  it.each([
    [['总计'], 'total'],
    [['财政拨款', '合计'], 'src.fiscal'],
    [['财政拨款', '一般公共预算'], 'src.gpb'],
    [['财政专户拨款'], 'src.special-account'],
    [['其他资金'], 'src.unit-funds'],
  ] as const)('%j → %s', (header, key) => {
    expect(columnKeyOf(header, 'basic-by-source')).toBe(key)
  })

  it('leaves a header it does not know without a key', () => {
    expect(columnKeyOf(['绩效目标'], 'basic-by-source')).toBeUndefined()
  })
})

describe('the rows of a 一般公共预算支出经济分类情况表', () => {
  const grid: GridTable = {
    title: '2026 年度一般公共预算支出经济分类情况表',
    unit: '万元',
    pages: [17],
    columns: [
      { header: ['科目编码'], role: 'label' },
      { header: ['科目名称'], role: 'label' },
      { header: ['预算数'], role: 'value' },
    ],
    rows: [
      { cells: ['', '合计', '10984.81'], page: 17 },
      { cells: ['301', '工资福利支出', '4417.07'], page: 17 },
      { cells: ['302', '商品和服务支出', '5474.56'], page: 17 },
      { cells: ['', '对个人和家庭的补助', '701.61'], page: 17 },
    ],
    notes: [],
  }
  const read = (kind: 'gpb-economic' | 'gpb-expenditure') =>
    readRows(grid, mapColumns(grid.columns, kind), {
      kind,
      tableId: kind,
      functionalCatalog,
      economicCatalog: departmentEconomicCatalog,
      fiscalYear: 2026,
    }).rows

  it('reads the classes as department economic codes, recovering one printed by name only', () => {
    const rows = read('gpb-economic')
    expect(rows[0]).toMatchObject({ kind: 'total', cells: { total: '10984.81' } })
    expect(rows.slice(1).map((r) => [r.code, r.codeSystem])).toEqual([
      ['301', 'economic-department'],
      ['302', 'economic-department'],
      ['303', 'economic-department'],
    ])
  })

  it('does not recover economic codes in a functional table', () => {
    expect(read('gpb-expenditure')[3]?.code).toBeUndefined()
  })
})

describe('the rows of a 部门预算基本支出预算表 listing several units (广东)', () => {
  const grid: GridTable = {
    title: '部门预算基本支出预算表',
    unit: '万元',
    pages: [26],
    columns: [
      { header: ['支出项目类别（资金使用单位）'], role: 'label' },
      { header: ['总计'], role: 'value' },
      { header: ['财政拨款', '一般公共预算'], role: 'value' },
    ],
    rows: [
      { cells: ['合计', '160.00', '160.00'], page: 26 },
      { cells: ['某某局（本级）', '100.00', '100.00'], page: 26 },
      { cells: ['工资福利支出', '70.00', '70.00'], page: 26 },
      { cells: ['商品和服务支出', '30.00', '30.00'], page: 26 },
      // a unit's name wrapped over three lines, its figures on the middle one
      { cells: ['某某卫生健康发展和服', '', ''], page: 27 },
      { cells: ['务管理中心（某某保健', '60.00', '60.00'], page: 27 },
      { cells: ['中心）', '', ''], page: 27 },
      { cells: ['工资福利支出', '50.00', '50.00'], page: 27 },
      { cells: ['工资和福利支出', '10.00', '10.00'], page: 27 },
    ],
    notes: [],
  }
  const rows = readRows(grid, mapColumns(grid.columns, 'basic-by-source'), {
    kind: 'basic-by-source',
    tableId: 'basic-by-source',
    functionalCatalog,
    economicCatalog: departmentEconomicCatalog,
    fiscalYear: 2026,
  }).rows

  it('keeps the classes of every unit, each under its unit’s name (not dropped as repeated rows)', () => {
    const classes = rows.filter((r) => r.code !== undefined)
    expect(classes.map((r) => [r.code, r.unitName, r.cells.total])).toEqual([
      ['301', '某某局（本级）', '70.00'],
      ['302', '某某局（本级）', '30.00'],
      ['301', '某某卫生健康发展和服务管理中心（某某保健中心）', '50.00'],
    ])
  })

  it('keeps a class printed by a name the catalog does not know under its unit, not as a unit', () => {
    expect(rows.at(-1)).toMatchObject({
      name: '工资和福利支出',
      unitName: '某某卫生健康发展和服务管理中心（某某保健中心）',
    })
  })
})

describe('a row whose name cell holds amounts only', () => {
  // 广州 卫生健康委员会 收入总体情况表: the name column took the 合计 and 一般公共预算 cells
  const grid: GridTable = {
    title: '收入总体情况表',
    unit: '万元',
    pages: [9],
    columns: [
      { header: ['项目'], role: 'label' },
      { header: ['合计'], role: 'value' },
      { header: ['事业收入'], role: 'value' },
    ],
    rows: [
      { cells: ['92,495.0219,190.33', '0.00', '71,766.69'], page: 9 },
      { cells: ['广州市血液中心', '34,629.16', '63.00'], page: 9 },
    ],
    notes: [],
  }
  const read = readRows(grid, mapColumns(grid.columns, 'income'), {
    kind: 'income',
    tableId: 'income',
    functionalCatalog,
    fiscalYear: 2026,
  })

  it('is not read, with a diagnostic; a row with a name is', () => {
    expect(read.rows.map((r) => r.name)).toEqual(['广州市血液中心'])
    expect(read.diagnostics.filter((d) => d.code === 'CELL_UNPLACED')).toHaveLength(1)
  })
})
