// A numbered line whose amount's unit (or whole amount) wraps to the next line is the start of its
// sentence, not a heading (苏州 科技创新局: '10.其他科学技术支出（款）…支出 0' + '万元，与上年相比减少
// 1,138 万元，减少 100%' — read as a heading, the 100% was checked against the 775 above it).
import { describe, expect, it } from 'vitest'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'

const read = (...texts: string[]) =>
  readExplanatoryText(
    ['五、财政拨款支出预算情况说明', ...texts].map((text): ProseLine => ({ text, page: 37 })),
    { amountUnit: '万元', tables: [] },
  ).figures

describe('a numbered line followed by its unit', () => {
  it('is the start of its sentence: the 0 is the current amount of the 100%', () => {
    const figures = read(
      '9.科技交流与合作（款）其他科技交流与合作支出（项）支出',
      '775 万元，与上年预算数相同。',
      '10.其他科学技术支出（款）其他科学技术支出（项）支出 0',
      '万元，与上年相比减少 1,138 万元，减少 100%。',
    )
    const nine = figures.find((f) => f.value === '775')
    expect(nine?.subject).toContain('科技交流与合作')
    const zero = figures.find((f) => f.value === '0' && f.unit === '万元')
    expect(zero?.subject).toContain('其他科学技术支出')
    const growth = figures.find((f) => f.kind === 'growth')
    expect(growth?.operands?.current).toEqual({ figure: zero?.id })
  })
  it('a numbered line followed by a sentence stays a heading', () => {
    const figures = read('10.其他科学技术支出', '本年支出 5 万元，与上年持平。')
    expect(figures.map((f) => [f.value, f.sentence])).toEqual([['5', '本年支出 5 万元，与上年持平。']])
  })
})
