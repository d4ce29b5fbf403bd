import { describe, expect, it } from 'vitest'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'

// The income sentence and the expenditure sentence of 预算收支总体情况, one after the other (泉州 2026):
// the expenditure total and its parts are no parts of the income total.
const figs = (...texts: string[]) =>
  readExplanatoryText(
    ['一、预算收支总体情况', ...texts].map((text): ProseLine => ({ text, page: 18 })),
    { amountUnit: '万元', tables: [] },
  ).figures
const partsOf = (texts: string[], printed: string): string[] => {
  const f = figs(...texts)
  const whole = f.find((x) => x.value === printed && x.kind === 'amount')
  return f.filter((x) => whole !== undefined && x.partOf === whole.id).map((x) => x.value)
}

describe('a breakdown of income is closed by a sentence about expenditure', () => {
  const income =
    '2026年，某局部门收入预算为81206.56万元，比上年增加592.82万元，主要原因是增加办案业务经费。其中：一般公共预算拨款收入69059.36万元、其他收入4547.20万元、上年结转结余7600.00万元。'
  it('keeps the expenditure sentence and its parts out of the income total', () => {
    const texts = [
      income,
      '相应安排支出预算81206.56万元，比上年增加592.82万元，主要原因是增加办案业务支出。其中：基本支出51691.74万元、项目支出29514.82万元。',
    ]
    expect(partsOf(texts, '81206.56')).toEqual(['69059.36', '4547.20', '7600.00'])
    const f = figs(...texts)
    const spending = f.filter((x) => x.value === '81206.56')[1]
    expect(spending?.partOf).toBeUndefined()
    expect(f.filter((x) => spending !== undefined && x.partOf === spending.id).map((x) => x.value)).toEqual([
      '51691.74',
      '29514.82',
    ])
  })
  it('still lists an income part stated in a sentence of its own', () => {
    const texts = [
      '2026年，某局部门收入预算为100.00万元，具体如下：',
      '一般公共预算拨款收入60.00万元。',
      '其他收入40.00万元。',
    ]
    expect(partsOf(texts, '100.00')).toEqual(['60.00', '40.00'])
  })
})
