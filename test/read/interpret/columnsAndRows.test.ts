import { describe, expect, it } from 'vitest'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { columnKeyOf, mapColumns } from '../../../src/read/interpret/columnKeys'
import { readRows } from '../../../src/read/interpret/readRows'
import { lineKeyOf } from '../../../src/read/interpret/rowKeys'
import type { GridTable } from '../../../src/read/layout/types'

describe('columnKeyOf', () => {
  it.each([
    [['本年收入', '一般公共预算', '其中：财政拨款'], 'income', 'src.gpb.fiscal'],
    [['本年收入', '一般公共预算', '小计'], 'income', 'src.gpb'],
    [['上年结转结余', '政府性基金'], 'income', 'carry.gov-fund'],
    [['基本支出', '人员经费', '工资福利支出'], 'expenditure', 'exp.basic.personnel.wages'],
    [['项目支出', '小计'], 'expenditure', 'exp.project'],
    [['本年收 入合计', '1', '<b>762.71</b>'], 'income', 'rev.current'],
    [['公务用车购置及运行费', '小计'], 'three-public', '3p.vehicle'],
    [['合计'], 'expenditure', 'total'],
    // 广东's 财政专户拨款收入 over its parts, and the look-alikes that stay what they were
    [['财政专户拨款收入', '教育收费'], 'income', 'src.special-account.education'],
    [['财政专户拨款收入', '其他专户收入拨款'], 'income', 'src.special-account.other'],
    [['财政专户拨款收入'], 'income', 'src.special-account'],
    [['其他资金收入', '其他收入'], 'income', 'src.other'],
    // 广州's 政府性基金预算支出情况表: 小计 | 其中：基本支出 | 项目支出, the of-which a part of 小计 as
    // 其中：公务用车购置费 is; the look-alikes stay unmapped or what they were
    [['政府性基金预算支出', '其中：基本支出'], 'gov-fund', 'exp.basic'],
    [['国有资本经营预算支出', '其中：基本支出'], 'soe-capital', 'exp.basic'],
    [['政府性基金预算支出', '项目支出'], 'gov-fund', 'exp.project'],
    [['其中：基本建设支出'], 'gov-fund', undefined],
    [['基本支出', '人员经费'], 'expenditure', 'exp.basic.personnel'],
  ] as const)('%j → %s', (header, kind, key) => {
    expect(columnKeyOf(header, kind)).toBe(key)
  })

  it('leaves a header it does not know without a key, and a repeated key unmapped', () => {
    expect(columnKeyOf(['数量'], 'procurement')).toBeUndefined()
    const mapped = mapColumns(
      [
        { header: ['项目'], role: 'label' },
        { header: ['合计'], role: 'value' },
        { header: ['总计'], role: 'value' },
        { header: ['单价'], role: 'value' },
      ],
      'expenditure',
    )
    expect(mapped.map((c) => c.key)).toEqual(['total', undefined, undefined])
  })
})

describe('lineKeyOf', () => {
  it('names summary and revenue lines, carry-overs under 上年结转', () => {
    expect(lineKeyOf('本年收入合计')).toBe('rev.current')
    expect(lineKeyOf('收入总计')).toBe('rev.total')
    expect(lineKeyOf('（一）一般公共预算拨款', true)).toBe('carry.gpb')
    expect(lineKeyOf('（一）一般公共预算拨款')).toBe('src.gpb')
    expect(lineKeyOf('行政运行')).toBeUndefined()
    expect(lineKeyOf('1.教育收费')).toBe('src.special-account.education')
    expect(lineKeyOf('其他专户收入')).toBe('src.special-account.other')
    expect(lineKeyOf('其他收入')).toBe('src.other')
  })
})

describe('readRows', () => {
  const grid: GridTable = {
    title: '2024年部门支出总体情况表',
    unit: '万元',
    pages: [5, 6],
    columns: [
      { header: ['科目编码', '类'], role: 'label' },
      { header: ['科目编码', '款'], role: 'label' },
      { header: ['科目编码', '项'], role: 'label' },
      { header: ['科目名称'], role: 'label' },
      { header: ['合计'], role: 'value' },
    ],
    rows: [
      { cells: ['', '', '', '合计', '1,234.50'], page: 5 },
      { cells: ['210', '15', '01', '行政运行', '495.18'], page: 5 },
      { cells: ['', '', '06', '医疗保障经办事务', '10'], page: 6 },
      { cells: ['', '', '', '事业运行', '3.00'], page: 6 },
      { cells: ['', '', '', '不知所云的行', 'abc'], page: 6 },
    ],
    notes: [],
  }
  const { rows, diagnostics } = readRows(grid, mapColumns(grid.columns, 'expenditure'), {
    kind: 'expenditure',
    tableId: 'expenditure',
    functionalCatalog,
    fiscalYear: 2024,
  })

  it('joins split codes, carries 类/款 down and keeps cells as printed (canonical)', () => {
    expect(rows[0]).toMatchObject({ kind: 'total', name: '合计', cells: { total: '1234.50' }, page: 5 })
    expect(rows[1]).toMatchObject({ code: '2101501', codeSystem: 'functional', cells: { total: '495.18' } })
    expect(rows[2]).toMatchObject({ code: '2101506', cells: { total: '10' }, page: 6 })
  })

  it('recovers a missing code from the name under the 款 above, and says so', () => {
    expect(rows[3]).toMatchObject({ code: '2101550', name: '事业运行' })
    expect(diagnostics.some((d) => d.code === 'CODE_RECOVERED' && d.page === 6)).toBe(true)
  })

  it('does not place a word where a figure belongs, and keeps an unknown row by name with a warning', () => {
    expect(rows[4]?.cells.total).toBeUndefined()
    expect(diagnostics.some((d) => d.code === 'CELL_UNPLACED')).toBe(true)
    expect(diagnostics.some((d) => d.code === 'ROW_UNMAPPED')).toBe(true)
    expect(diagnostics.filter((d) => d.code === 'CELL_UNPLACED')).toHaveLength(1)
  })
})
