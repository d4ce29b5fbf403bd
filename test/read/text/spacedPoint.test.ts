// A justified line printed one character apart, the point right after the first digit ('3 . 8 3 万 元'):
// one number, not '3.' left in the subject and '8 3' read as 83 (广州's 政府采购 sentence).
import { describe, expect, it } from 'vitest'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'
import { scanFigures } from '../../../src/read/text/scanFigures'

describe('a spaced-out number whose point follows its first digit', () => {
  it('reads 3 . 8 3 万 元 as 3.83', () => {
    const [n] = scanFigures('货物类采购 预 算 3 . 8 3 万 元 ， 工 程 类')
    expect([n?.value, n?.unit, n?.printed]).toEqual(['3.83', '万元', '3 . 8 3 万 元'])
  })
  it('reads a spaced thousands separator before three digits, and nothing else as one', () => {
    expect(scanFigures('共 1 , 2 3 4 万 元').map((n) => n.value)).toEqual(['1234'])
    // a comma between single digits is a list, not a separator; a point without a unit is no figure
    expect(scanFigures('共 3 , 2 个').map((n) => n.value)).toEqual(['2'])
    expect(scanFigures('第 3 . 5 条')).toEqual([])
  })
  it('keeps the unspaced reading as before', () => {
    expect(scanFigures('货物类采购预算3.83万元').map((n) => n.value)).toEqual(['3.83'])
    expect(scanFigures('预 算 8 3 万 元').map((n) => n.value)).toEqual(['83'])
  })
  it('gives the breakdown its right part and subject', () => {
    const lines: ProseLine[] = [
      { text: '四、政府采购情况', page: 26 },
      {
        text: '2026年本部门政府采购安排1,189.78万元，其中：货物类采购 预 算 3 . 8 3 万 元 ， 工 程 类 采 购 预 算 0 万 元 ， 服 务 类 采 购 预 算1,185.95万元等。',
        page: 26,
      },
    ]
    const { figures } = readExplanatoryText(lines, { amountUnit: '万元', tables: [] })
    const part = figures.find((f) => f.value === '3.83')
    expect(part?.subject).toBe('货物类采购预算')
    expect(figures.some((f) => f.value === '83')).toBe(false)
  })
})
