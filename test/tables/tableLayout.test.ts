import { describe, expect, it } from 'vitest'
import { tableLayout } from '../../src/tables/tableLayout'
import { expenditureTable, summaryTable } from './exampleTable'

describe('tableLayout', () => {
  it('builds the header tree with colSpan, rowSpan and depth', () => {
    const { header } = tableLayout(expenditureTable)
    expect(header).toHaveLength(3)
    expect(header[0]?.map((h) => [h.label, h.colSpan, h.rowSpan, h.column])).toEqual([
      ['科目编码', 3, 1, 0],
      ['单位代码', 1, 3, 3],
      ['单位（科目名称）', 1, 3, 4],
      ['合计', 1, 3, 5],
      ['基本支出', 5, 1, 6],
      ['项目支出', 3, 1, 11],
    ])
    expect(header[1]?.map((h) => [h.label, h.colSpan, h.rowSpan])).toEqual([
      ['类', 1, 2],
      ['款', 1, 2],
      ['项', 1, 2],
      ['小计', 1, 2],
      ['人员经费', 2, 1],
      ['公用经费', 2, 1],
      ['小计', 1, 2],
      ['其他运转类', 1, 2],
      ['特定目标类', 1, 2],
    ])
    expect(header[2]?.map((h) => h.label)).toEqual([
      '工资福利支出',
      '对个人和家庭的补助',
      '商品和服务支出',
      '资本性支出',
    ])
  })

  it('splits codes into 类/款/项 columns and formats amounts as printed', () => {
    const { body } = tableLayout(expenditureTable)
    expect(body[2]?.cells.slice(0, 6).map((c) => c.text)).toEqual([
      '208',
      '05',
      '01',
      '',
      '行政单位离退休',
      '8.09',
    ])
    expect(body[0]?.cells[5]?.text).toBe('8,944.03')
    expect(body[1]?.cells[3]?.text).toBe('503')
    expect(body[0]?.kind).toBe('total')
  })

  it('keeps blank distinct from zero', () => {
    const { body } = tableLayout(expenditureTable)
    expect(body[0]?.cells[10]).toEqual({ text: '', align: 'right', form: 'blank', rowKind: 'total' })
  })

  it('sets side-by-side blocks next to each other', () => {
    const layout = tableLayout(summaryTable)
    expect(layout.columns.map((c) => `${c.kind}:${c.block}`)).toEqual([
      'label:0',
      'value:0',
      'label:1',
      'value:1',
    ])
    expect(layout.body).toHaveLength(3)
    expect(layout.body[0]?.cells.map((c) => c.text)).toEqual([
      '一、一般公共预算',
      '8,938.04',
      '一、一般公共服务',
      '',
    ])
    expect(layout.body[2]?.cells.map((c) => c.text)).toEqual(['', '', '支出总计', '8,944.03'])
    // a line whose left block is a total and right block a detail styles each side by its own row
    expect(layout.body[1]?.cells.map((c) => c.rowKind)).toEqual(['total', 'total', 'detail', 'detail'])
    expect(layout.header[0]?.map((h) => [h.label, h.colSpan])).toEqual([
      ['收入', 2],
      ['支出', 2],
    ])
  })
})
