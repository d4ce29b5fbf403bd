// The shared reading of performance-indicator grids (src/read/interpret/indicatorGrid.ts), on
// hand-made rows: the list shape (一级 | 二级 | 三级 | 指标值 …) and the pair shape (三级指标 | 指标值
// under 成本指标 | 产出指标 …), each checked both ways.
import { describe, expect, it } from 'vitest'
import {
  indicatorColumnsOf,
  indicatorHeadingOf,
  indicatorPairsOf,
  indicatorsOfPairRow,
  readIndicatorRows,
} from '../../../src/read/interpret/indicatorGrid'
import type { GridColumn, GridRow } from '../../../src/read/layout/types'

const rows = (...cells: readonly (readonly string[])[]): GridRow[] =>
  cells.map((c) => ({ cells: c, page: 4 }))
const col = (...header: string[]): GridColumn => ({ header, role: 'label' })

describe('indicatorColumnsOf', () => {
  it('finds the parts from the heading vocabulary, wherever they stand, and keeps the rest as notes', () => {
    expect(
      indicatorColumnsOf(['一级指标', '二级指标', '三 级 指 标', '绩效指标描述', '指标值', '指标值确定依据']),
    ).toEqual({
      level1: 0,
      level2: 1,
      name: 2,
      target: 4,
      notes: [
        { label: '绩效指标描述', at: 3 },
        { label: '指标值确定依据', at: 5 },
      ],
    })
    expect(indicatorColumnsOf(['备注', '三级指标', '二级指标', '一级指标', '指标值'])).toBeUndefined()
  })
  it('is no heading without a 指标值, or without any level above the name', () => {
    expect(indicatorColumnsOf(['一级指标', '二级指标', '三级指标', '指标值说明'])).toBeUndefined()
    expect(indicatorColumnsOf(['三级指标', '指标值'])).toBeUndefined()
    expect(indicatorColumnsOf(['项目名称', '预算数', '资金总额'])).toBeUndefined()
  })
  it('finds the heading in a body row of a form whose header is something else', () => {
    const grid = rows(
      ['绩效目标', '保障运转', '', ''],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '人数', '≥1人'],
    )
    expect(indicatorHeadingOf([col('项目名称'), col('办公经费'), col(''), col('')], grid)?.from).toBe(2)
    expect(indicatorHeadingOf([col('项目名称'), col('办公经费')], rows(['预算数', '70.00']))).toBeUndefined()
  })
})

describe('readIndicatorRows', () => {
  const columns = { level1: 0, level2: 1, name: 2, target: 3, notes: [{ label: '评分标准', at: 4 }] }
  it('carries merged levels down and keeps the other columns as the note', () => {
    const read = readIndicatorRows(
      rows(
        ['产出指标', '数量指标', '参保人数', '≥400000人', '达到得满分'],
        ['', '质量指标', '支付准确率', '100%', ''],
        ['效益指标', '社会效益指标', '保障待遇', '有效保障', ''],
      ),
      columns,
      't',
    )
    expect(read.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '参保人数',
        target: '≥400000人',
        note: '评分标准：达到得满分',
      },
      { level1: '产出指标', level2: '质量指标', name: '支付准确率', target: '100%' },
      { level1: '效益指标', level2: '社会效益指标', name: '保障待遇', target: '有效保障' },
    ])
    expect(read.diagnostics).toEqual([])
  })
  it('joins a level label wrapped over two lines, in the indicators already read under it', () => {
    const read = readIndicatorRows(
      rows(
        ['成本指标', '经济成本指', '', '', ''],
        ['', '', '总成本', '≤35.78万元', ''],
        ['', '标', '', '', ''],
      ),
      columns,
      't',
    )
    expect(read.indicators).toEqual([
      { level1: '成本指标', level2: '经济成本指标', name: '总成本', target: '≤35.78万元' },
    ])
  })
  it('joins the rest of a wrapped cell to the indicator above, and skips a repeated heading', () => {
    const read = readIndicatorRows(
      rows(
        ['产出指标', '时效指标', '监督检查时间', '12月底', '邢医保发[2019]52号、冀医保'],
        ['一级指标', '二级指标', '三级指标', '指标值', '评分标准'],
        ['', '', '', '', '发[2021]4号等'],
      ),
      columns,
      't',
    )
    expect(read.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '时效指标',
        name: '监督检查时间',
        target: '12月底',
        note: '评分标准：邢医保发[2019]52号、冀医保发[2021]4号等',
      },
    ])
  })
  it('does not guess an indicator from a line printing a name without its target', () => {
    const read = readIndicatorRows(
      rows(['产出指标', '数量指标', '参保人数', '', ''], ['', '', '支付准确率', '100%', '']),
      columns,
      'project-performance',
    )
    expect(read.indicators).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '支付准确率', target: '100%' },
    ])
    expect(read.diagnostics).toMatchObject([{ code: 'CELL_UNPLACED', page: 4, table: 'project-performance' }])
    expect(read.diagnostics[0]?.message.zh).toContain('参保人数')
  })
})

describe('the pair shape', () => {
  const columns = [
    col('单位编码（项目编码）'),
    col('项目单位（项目名称）'),
    col('绩效目标', '成本指标', '三级指标'),
    col('绩效目标', '成本指标', '指标值'),
    col('绩效目标', '产出指标', '三级指标'),
    col('绩效目标', '产出指标', '指标值'),
  ]
  it('pairs each 三级指标 with the 指标值 beside it under the same level', () => {
    expect(indicatorPairsOf(columns)).toEqual([
      { level1: '成本指标', name: 2, target: 3 },
      { level1: '产出指标', name: 4, target: 5 },
    ])
    expect(indicatorPairsOf([col('成本指标', '三级指标'), col('产出指标', '指标值')])).toEqual([])
  })
  it('reads a row of whole pairs and refuses a row with a pair half printed', () => {
    const pairs = indicatorPairsOf(columns)
    expect(indicatorsOfPairRow(['', '', '总成本', '≤5450000元', '保障人数', '178人'], pairs)).toEqual([
      { level1: '成本指标', name: '总成本', target: '≤5450000元' },
      { level1: '产出指标', name: '保障人数', target: '178人' },
    ])
    expect(indicatorsOfPairRow(['', '', '', '完成时间', '2024年底', ''], pairs)).toBeUndefined()
  })
})
