import { describe, expect, it } from 'vitest'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'

// 无锡 2026 交通运输局 p.40: '（去年预算数为 0 万元，…）。其中：…' — the list breaks down this year's figure.
const read = (...texts: string[]) =>
  readExplanatoryText(
    ['十一、国有资本经营预算支出预算情况说明', ...texts].map((text): ProseLine => ({ text, page: 40 })),
    { amountUnit: '万元', tables: [] },
  ).figures
const wholeOfLast = (figures: ReturnType<typeof read>): string | undefined => {
  const part = figures.at(-1)
  return figures.find((f) => f.id === part?.partOf)?.subject
}

describe('a breakdown after a prior-year figure in brackets', () => {
  it('is a breakdown of the current figure, not of 去年预算数', () => {
    const figures = read(
      '本部门2026年国有资本经营预算支出 32,640 万元。与上年相比增加 32,640 万元（去年预算数为 0 万元，无法计算增减比率）。主要原因是核算调整。',
      '其中：',
      '国有资本经营预算支出（类）其他国有资本经营预算支出（项）支出 32,640 万元，主要是用于公交运营补贴。',
    )
    expect(wholeOfLast(figures)).toContain('国有资本经营预算支出')
    expect(wholeOfLast(figures)).not.toContain('去年')
  })

  it('still takes a current figure named 上年结转结余 as the whole', () => {
    const figures = read('本部门上年结转结余 20 万元。', '其中：', '基本支出结转 20 万元。')
    expect(wholeOfLast(figures)).toContain('上年结转结余')
  })
})
