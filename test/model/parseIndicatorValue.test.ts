import { describe, expect, it } from 'vitest'
import { parseIndicatorValue } from '../../src/model/parseIndicatorValue'

describe('parseIndicatorValue', () => {
  it.each([
    ['≥97%', { kind: 'compare', op: '>=', value: '97', unit: '%' }],
    ['≤64320000元', { kind: 'compare', op: '<=', value: '64320000', unit: '元' }],
    [
      '≥1.3万人次',
      { kind: 'compare', op: '>=', value: '1.3', unit: '万人次', scaled: { value: '13000', unit: '人次' } },
    ],
    ['50-70%', { kind: 'range', min: '50', max: '70', unit: '%' }],
    ['≤60分钟', { kind: 'compare', op: '<=', value: '60', unit: '分钟' }],
    ['100%', { kind: 'compare', op: '=', value: '100', unit: '%' }],
    ['≥160.8元/人', { kind: 'compare', op: '>=', value: '160.8', unit: '元/人' }],
    ['178人', { kind: 'compare', op: '=', value: '178', unit: '人' }],
    ['59880.2元', { kind: 'compare', op: '=', value: '59880.2', unit: '元' }],
    ['不晚于12月底', { kind: 'deadline', text: '不晚于12月底', month: 12, bound: 'by' }],
    ['12月底前', { kind: 'deadline', text: '12月底前', month: 12, bound: 'by' }],
    ['2024年底', { kind: 'deadline', text: '2024年底', year: 2024, bound: 'at' }],
    ['2024年12月', { kind: 'deadline', text: '2024年12月', year: 2024, month: 12, bound: 'at' }],
    ['有效保障', { kind: 'text', text: '有效保障' }],
    ['每月', { kind: 'text', text: '每月' }],
    ['≥ 1，000 人', { kind: 'compare', op: '>=', value: '1000', unit: '人' }],
  ])('%s', (printed, expected) => {
    expect(parseIndicatorValue(printed)).toEqual(expected)
  })

  it('keeps qualitative text that merely contains digits as text', () => {
    expect(parseIndicatorValue('完成3项重点任务')).toEqual({ kind: 'text', text: '完成3项重点任务' })
  })
})
