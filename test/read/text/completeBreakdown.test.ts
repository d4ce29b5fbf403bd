import { describe, expect, it } from 'vitest'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'
import { textBreakdown } from '../../../src/reconcile/rules/textBreakdown'
import { docWith, EMPTY_TEMPLATE } from '../../reconcile/docWith'

// 无锡 2026 教育局 p.32 / p.52: '收入预算合计 X 万元，包括本年收入 X 万元，上年结转结余 0 万元。其中：本年一般公共
// 预算收入…；本年财政专户管理资金…；…' — the 其中 list breaks down the line above, it adds no parts to a total whose
// parts already add up.
const read = (...texts: string[]) =>
  readExplanatoryText(
    ['二、收入预算情况说明', ...texts].map((text): ProseLine => ({ text, page: 52 })),
    { amountUnit: '万元', tables: [] },
  ).figures
const partsOf = (figures: ReturnType<typeof read>, value: string): string[] => {
  const whole = figures.find((f) => f.value === value && f.kind === 'amount')
  return figures.filter((f) => whole !== undefined && f.partOf === whole.id).map((f) => f.value)
}
const breakdownFindings = (figures: ReturnType<typeof read>) => {
  const r = textBreakdown.check(docWith([], { text: { figures: [...figures] } }), {
    templates: [EMPTY_TEMPLATE],
  })
  return r.status === 'ran' ? r.findings : []
}

describe('a 其中 list under a total whose parts already add up', () => {
  it('adds no parts to that total (a breakdown of the line above)', () => {
    const figures = read(
      '某局2026年收入预算合计512,434.34万元，包括本年收入512,434.34万元，上年结转结余0万元。',
      '其中：',
      '本年一般公共预算收入475,631.69万元，占92.82%；',
      '本年财政专户管理资金243万元，占0.05%；',
      '本年其他收入36,559.65万元，占7.13%；',
      '上年结转结余的财政专户管理资金0万元，占0%。',
    )
    expect(partsOf(figures, '512434.34')).toEqual(['512434.34', '0'])
    expect(breakdownFindings(figures)).toEqual([])
    // the shares still speak of the total
    const share = figures.find((f) => f.kind === 'share' && f.value === '0.05')
    const whole = share?.operands?.whole
    expect(whole && 'figure' in whole ? figures.find((f) => f.id === whole.figure)?.value : undefined).toBe(
      '512434.34',
    )
  })

  it('still adds the parts of a list that does not add up yet, and a wrong sum is found', () => {
    const figures = read(
      '某局2026年收入预算合计500.00万元，包括一般公共预算收入300.00万元。',
      '其中：',
      '财政专户管理资金150.00万元；',
      '其他收入40.00万元。',
    )
    expect(partsOf(figures, '500.00')).toEqual(['300.00', '150.00', '40.00'])
    expect(breakdownFindings(figures)).toHaveLength(1)
  })
})

// The same list opened by 其中 inside the sentence, after the last part ('…上年结转结余0万元，其中：本年一般
// 公共预算收入…'): it reads as it does when 其中 opens the next sentence, not as parts of 上年结转结余 0.
describe('a 其中 list after the last part of a complete list, in one sentence', () => {
  it('adds no parts to the last part nor to the total', () => {
    const figures = read(
      '某局2026年收入预算合计512,434.34万元，包括本年收入512,434.34万元，上年结转结余0万元，其中：本年一般公共预算收入475,631.69万元、本年财政专户管理资金243万元、本年其他收入36,559.65万元。',
    )
    expect(partsOf(figures, '512434.34')).toEqual(['512434.34', '0'])
    expect(partsOf(figures, '0')).toEqual([])
    expect(breakdownFindings(figures)).toEqual([])
  })

  it('still breaks down the last part where the list can be its parts, and a wrong sum is found', () => {
    const list = (training: string) =>
      read(
        `某局2026年支出预算合计100.00万元，包括基本支出60.00万元、项目支出40.00万元，其中：办公费10.00万元、培训费${training}万元。`,
      )
    expect(partsOf(list('30.00'), '40.00')).toEqual(['10.00', '30.00'])
    expect(breakdownFindings(list('30.00'))).toEqual([])
    expect(partsOf(list('20.00'), '40.00')).toEqual(['10.00', '20.00'])
    expect(breakdownFindings(list('20.00'))).toHaveLength(1)
  })
})
