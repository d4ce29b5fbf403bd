import { describe, expect, it } from 'vitest'
import type { TextFigure } from '../../../src/model/textFigure'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'

// 江苏's “三公” section (无锡, 苏州): the three items listed under the total, then restated one by one
// with the two parts of 公务用车购置及运行维护费, then 会议费 and 培训费 in sentences of their own.

const lines = (...texts: string[]): ProseLine[] =>
  ['九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明', ...texts].map(
    (text): ProseLine => ({ text, page: 38 }),
  )
const figs = (...texts: string[]) =>
  readExplanatoryText(lines(...texts), { amountUnit: '万元', tables: [] }).figures
const partOf = (fs: readonly TextFigure[], subject: RegExp): string | undefined => {
  const f = fs.find((x) => x.kind === 'amount' && subject.test(x.subject))
  if (!f) throw new Error(`no figure ${subject}`)
  return fs.find((x) => x.id === f.partOf)?.subject
}
const SECTION = (car: string, carPurchase: string, carRunning: string) => [
  '某某局2026年度一般公共预算拨款安排的“三公”经费支出预算12.02万元，与上年预算数相同。其中，因公出国（境）费支出0万元，占“三公”经费的0%；' +
    `公务用车购置及运行维护费支出${car}万元，占“三公”经费的83%；公务接待费支出2.02万元，占“三公”经费的17%。具体情况如下：`,
  '1．因公出国（境）费预算支出0万元，与上年预算数相同。',
  `2．公务用车购置及运行维护费预算支出${car}万元。其中：`,
  `（1）公务用车购置预算支出${carPurchase}万元，与上年预算数相同。`,
  `（2）公务用车运行维护费预算支出${carRunning}万元，与上年预算数相同。`,
  '3．公务接待费预算支出2.02万元，与上年预算数相同。',
  '某某局2026年度一般公共预算拨款安排的会议费预算支出1.09万元，与上年预算数相同。',
  '某某局2026年度一般公共预算拨款安排的培训费预算支出8.73万元，与上年预算数相同。',
]

describe('the “三公” items restated with their own parts', () => {
  it('attaches the parts of 公务用车 to 公务用车, and 会议费 and 培训费 to nothing', () => {
    const f = figs(...SECTION('10', '4', '6'))
    expect(partOf(f, /^公务用车购置预算支出/)).toBe('公务用车购置及运行维护费预算支出')
    expect(partOf(f, /^公务用车运行维护费预算支出/)).toBe('公务用车购置及运行维护费预算支出')
    expect(partOf(f, /会议费/)).toBeUndefined()
    expect(partOf(f, /培训费/)).toBeUndefined()
    expect(partOf(f, /^公务接待费支出/)).toMatch(/三公/)
  })
  it('leaves the “三公” total with its three items only, whatever their amounts', () => {
    for (const [car, purchase, running] of [
      ['10', '4', '6'],
      ['10', '4', '9'],
    ] as const) {
      const f = figs(...SECTION(car, purchase, running))
      const total = f.find((x) => /三公/.test(x.subject) && x.kind === 'amount')!
      expect(f.filter((x) => x.partOf === total.id).map((x) => x.subject)).toEqual([
        '因公出国（境）费支出',
        '公务用车购置及运行维护费支出',
        '公务接待费支出',
      ])
    }
  })
})
