import { describe, expect, it } from 'vitest'
import { normalizeTerm } from '../../src/glossary/normalizeTerm'

describe('normalizeTerm', () => {
  it.each([
    ['九、“三公”经费：', '三公经费'],
    ['（九）"三公"经费:', '三公经费'],
    ['9、‘三公’经费', '三公经费'],
    ['９．「三公」经费：', '三公经费'],
    ['- 一、财政拨款收入:', '财政拨款收入'],
    ['1、**财政拨款收入**：', '财政拨款收入'],
    ['<b>基本支出</b>', '基本支出'],
    ['## **第三部分', '第三部分'],
    ['七、机关（机构）运行经费:', '机关(机构)运行经费'],
    ['因公出国【境】费', '因公出国(境)费'],
    ['因公出国[境]费', '因公出国(境)费'],
    ['公务用车购置\n及运行费', '公务用车购置及运行费'],
    ['公务 用车\r\n\r\n购置及运行费', '公务用车购置及运行费'],
    ['其中：财政拨款', '财政拨款'],
    ['①预算执行率', '预算执行率'],
    ['Fiscal  Appropriation', 'fiscalappropriation'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTerm(input)).toBe(expected)
  })

  it.each([
    // An ordinal is only stripped when it is followed by its separator.
    ['一般公共预算', '一般公共预算'],
    ['三公经费', '三公经费'],
    ['十二、工资福利支出', '工资福利支出'],
    // A number that is an amount, not an ordinal, stays.
    ['1.5万元', '1.5万元'],
    // Brackets are unified, not removed: a missing bracket is a different spelling.
    ['因公出国境费', '因公出国境费'],
    // Only a trailing colon goes; the words after an inner colon stay.
    ['基本支出：人员经费', '基本支出:人员经费'],
  ])('keeps what matters: %j → %j', (input, expected) => {
    expect(normalizeTerm(input)).toBe(expected)
  })

  it('reduces markup-only input to the empty string', () => {
    expect(normalizeTerm('  一、 ：')).toBe('')
    expect(normalizeTerm('')).toBe('')
  })
})
