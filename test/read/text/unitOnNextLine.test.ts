import { describe, expect, it } from 'vitest'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'

// 苏州 2026 科技创新局 p.37: a numbered item whose figure's unit wraps onto the next line.
const read = (...texts: string[]) =>
  readExplanatoryText(
    ['五、财政拨款支出预算情况说明', ...texts].map((text): ProseLine => ({ text, page: 37 })),
    { amountUnit: '万元', tables: [] },
  ).figures

describe('a numbered line whose unit is on the next line', () => {
  it('is a sentence: the growth is computed from its own figure (0), not the item above', () => {
    const figures = read(
      '9.科技交流与合作（款）其他科技交流与合作支出（项）支出 775 万元，与上年预算数相同。',
      '10.其他科学技术支出（款）其他科学技术支出（项）支出 0',
      '万元，与上年相比减少 1,138 万元，减少 100%。',
    )
    const growth = figures.find((f) => f.printed === '100%')
    const op = growth?.operands?.current
    const current = figures.find((f) => op !== undefined && 'figure' in op && f.id === op.figure)
    expect(current?.value).toBe('0')
    expect(current?.subject).toContain('其他科学技术支出')
  })

  it('stays a heading when the next line does not begin with a unit', () => {
    const figures = read('10.其他科学技术支出 2', '2026 年预算数 5.00 万元。')
    expect(figures.map((f) => f.value)).toEqual(['5.00'])
    expect(figures[0]?.subject).not.toContain('其他科学技术支出')
  })
})
