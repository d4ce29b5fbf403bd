// The interpretation fixes of the seed round trip (issue 11), each tested both ways.
import { describe, expect, it } from 'vitest'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { columnKeyOf, mapColumns } from '../../../src/read/interpret/columnKeys'
import { readFormRows } from '../../../src/read/interpret/formRows'
import { readRows } from '../../../src/read/interpret/readRows'
import { realignShiftedRows } from '../../../src/read/interpret/realignRows'
import { lineKeyOf } from '../../../src/read/interpret/rowKeys'
import type { GridTable } from '../../../src/read/layout/types'
import { linesOfTabText } from '../../../src/read/source/tabText'

const grid = (columns: GridTable['columns'], rows: string[][]): GridTable => ({
  title: 't',
  pages: [1],
  columns,
  rows: rows.map((cells) => ({ cells, page: 1 })),
  notes: [],
})

describe('column keys under a group printed one column early', () => {
  it('其他收入 under 上年结转结余 is a revenue of the year; a fund under it is a carry-over', () => {
    expect(columnKeyOf(['上年结转结余', '其他收入'], 'income')).toBe('src.other')
    expect(columnKeyOf(['上年结转结余', '一般公共预算'], 'income')).toBe('carry.gpb')
  })
})

describe('line keys of the fiscal carry-overs', () => {
  it('年初/年末财政拨款结转和结余 are the fiscal ones; 上年结转结余 the total', () => {
    expect(lineKeyOf('年初财政拨款结转和结余')).toBe('carry.fiscal')
    expect(lineKeyOf('年末财政拨款结转和结余')).toBe('end.fiscal')
    expect(lineKeyOf('上年结转结余')).toBe('carry.total')
  })
})

describe('realignShiftedRows', () => {
  const columns: GridTable['columns'] = [
    { header: ['项目'], role: 'label' },
    { header: ['行次'], role: 'label' },
    { header: ['金额'], role: 'value' },
    { header: ['项目'], role: 'label' },
    { header: ['行次'], role: 'label' },
    { header: ['合计'], role: 'value' },
  ]
  it('moves back a row printed one column right', () => {
    const g = grid(columns, [['', '总计', '32', '762.71', '总计', '64']])
    expect(realignShiftedRows(g).rows[0]?.cells).toEqual(['总计', '32', '762.71', '总计', '64', ''])
  })
  it('leaves a row that fits its columns (and one it cannot fix) as printed', () => {
    const fits = grid(columns, [['', '4', '', '四、公共安全支出', '36', '0.00']])
    expect(realignShiftedRows(fits)).toBe(fits)
    const noRoom = grid(columns, [['总计', '总计', '32', '762.71', '总计', '64']])
    expect(realignShiftedRows(noRoom).rows[0]?.cells).toEqual(noRoom.rows[0]?.cells)
  })
})

describe('readFormRows (部门整体绩效目标表)', () => {
  const columns: GridTable['columns'] = [
    { header: [], role: 'label' },
    { header: [], role: 'label' },
    { header: [], role: 'label' },
    { header: [], role: 'label' },
  ]
  it('reads the budget lines beside their labels, blank where nothing is printed', () => {
    const rows = readFormRows(
      grid(columns, [
        ['年度履职目标', '目标1：完成工作', '', ''],
        ['预算情况', '部门预算总额（万元）', '', '8,944.03'],
        ['', '1、资金来源：(1)政府预算资金', '8,944.03', ''],
        ['', '', '(2) 财政专户管理资金', ''],
        ['(2) 项目支出', '', '8,285.36', ''],
      ]),
      '万元',
    )
    expect(rows.map((r) => [r.key, r.cells.total, r.ordinal])).toEqual([
      ['total', '8944.03', undefined],
      ['src.fiscal', '8944.03', '(1)'],
      ['src.special-account', '', '(2)'],
      ['exp.project', '8285.36', '(2)'],
    ])
  })
  it('reads nothing from rows that name no budget line', () => {
    expect(readFormRows(grid(columns, [['一级指标', '二级指标', '三级指标', '100%']]), '万元')).toEqual([])
  })
})

describe('readRows on seed shapes', () => {
  const ctx = { tableId: 't', functionalCatalog, fiscalYear: 2024 } as const
  it('reads 合计 printed in the code column, and a 5xx in the department 类 column as a unit', () => {
    const columns: GridTable['columns'] = [
      { header: ['部门预算经济分类', '类'], role: 'label' },
      { header: ['部门预算经济分类', '款'], role: 'label' },
      { header: ['部门预算经济分类', '科目名称'], role: 'label' },
      { header: ['政府预算经济分类', '类'], role: 'label' },
      { header: ['政府预算经济分类', '款'], role: 'label' },
      { header: ['政府预算经济分类', '科目名称'], role: 'label' },
      { header: ['总计'], role: 'value' },
    ]
    const g = grid(columns, [
      ['合计', '', '', '', '', '', '8,944.03'],
      ['503', '', '卫辉市医疗保障局', '', '', '', '8,944.03'],
      ['303', '02', '退休费', '509', '05', '离退休费', '8.09'],
    ])
    const { rows } = readRows(g, mapColumns(g.columns, 'economic-summary'), {
      ...ctx,
      kind: 'economic-summary',
    })
    expect(rows.map((r) => [r.kind, r.code ?? r.unitCode ?? r.name])).toEqual([
      ['total', '合计'],
      ['unit', '503'],
      ['detail', '30302'],
    ])
  })
  it('reads a 类 by its former name only when no row prints the current one', () => {
    const columns: GridTable['columns'] = [
      { header: ['项目'], role: 'label' },
      { header: ['金额'], role: 'value' },
    ]
    const read = (names: string[]) => {
      const g = grid(
        columns,
        names.map((n) => [n, '']),
      )
      return readRows(g, mapColumns(g.columns, 'summary'), { ...ctx, kind: 'summary' }).rows.map(
        (r) => r.code,
      )
    }
    expect(read(['十五、资源勘探信息等'])).toEqual(['215'])
    // 医疗卫生与计划生育支出 beside 卫生健康支出: the stale row gets no code
    expect(read(['（九）医疗卫生与计划生育支出', '（十）卫生健康支出'])).toEqual([undefined, '210'])
  })
  it('starts a second group when a project table prints its unit rows again', () => {
    const columns: GridTable['columns'] = [
      { header: ['单位编码(项目编码)'], role: 'label' },
      { header: ['项目单位(项目名称)'], role: 'label' },
      { header: ['项目金额', '资金总额'], role: 'value' },
    ]
    const g = grid(columns, [
      ['048', '', '10.0'],
      ['410100220000000011612', '甲项目', '10.0'],
      ['048', '', '5.0'],
      ['410100230000000017679', '乙项目', '5.0'],
    ])
    const { rows } = readRows(g, mapColumns(g.columns, 'project-performance'), {
      ...ctx,
      kind: 'project-performance',
    })
    expect(rows.map((r) => r.block)).toEqual([undefined, undefined, 1, 1])
  })
})

describe('tab text', () => {
  it('drops inline emphasis tags, and keeps text that only looks like a tag', () => {
    const [line] = linesOfTabText('合计\t<b>762.71</b>\t<u> </u>\ta<b')
    expect(line?.chunks.map((c) => c.text)).toEqual(['合计', '762.71', '', 'a<b'])
  })
})
