import { describe, expect, it } from 'vitest'
import { buildColumns } from '../../../src/read/layout/roles'

// 广州's 一般公共预算支出情况表: 其中：基本支出 printed left of its right-aligned amounts (fitted to a
// column of its own, empty), and the header repeated on the next page read as a body row
const headers = [[], ['小计'], ['其中：基本支出'], [], ['项目支出']]
const body = [
  ['合计', '16,410.71', '', '14,913.65', '1,497.06'],
  ['[201]一般公共服务支出', '8,812.33', '', '7,341.47', '1,470.86'],
]

describe('column roles and headers', () => {
  it('a repeated header row does not make an empty amount column a label (no second side)', () => {
    const cols = buildColumns(headers, [...body, ['功能科目名称', '', '一般公共预算支出', '', '']])
    expect(cols.map((c) => c.role)).toEqual(['label', 'value', 'value', 'value', 'value'])
    expect(cols.some((c) => c.block !== undefined)).toBe(false)
  })

  it('the header of an empty column goes to the amounts beside it that have none', () => {
    const cols = buildColumns(headers, body)
    expect(cols[2]?.header).toEqual([])
    expect(cols[3]?.header).toEqual(['其中：基本支出'])
  })

  it('a header over a column with cells keeps it, and a true two-sided table stays two-sided', () => {
    const cols = buildColumns(
      [['项目'], ['预算数'], ['项目'], ['预算数']],
      [
        ['一、财政拨款', '100.00', '一般公共服务支出', '60.00'],
        ['二、事业收入', '0.00', '卫生健康支出', '40.00'],
      ],
    )
    expect(cols.map((c) => c.header[0])).toEqual(['项目', '预算数', '项目', '预算数'])
    expect(cols.map((c) => c.block)).toEqual([0, 0, 1, 1])
  })
})
