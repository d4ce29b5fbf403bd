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
