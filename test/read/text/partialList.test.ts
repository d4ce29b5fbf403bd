import { describe, expect, it } from 'vitest'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'
import { textBreakdown } from '../../../src/reconcile/rules/textBreakdown'
import { docWith, EMPTY_TEMPLATE } from '../../reconcile/docWith'

// 广州 2026 生态环境局 p.103: '拟购置固定资产1,998.62万元，…其中：其他资本性支出科目购置固定资产0.7万元，政府性基金预算
// 购置固定资产56.25万元等。' — a list that ends in 等 names some of the parts, not all of them.
const read = (...texts: string[]) =>
  readExplanatoryText(
    ['五、国有资产占有使用情况', ...texts].map((text): ProseLine => ({ text, page: 103 })),
    { amountUnit: '万元', tables: [] },
  ).figures
const findings = (figures: ReturnType<typeof read>) => {
  const r = textBreakdown.check(docWith([], { text: { figures: [...figures] } }), {
    templates: [EMPTY_TEMPLATE],
  })
  return r.status === 'ran' ? r.findings : []
}
const total = (figures: ReturnType<typeof read>) => figures.find((f) => f.value === '1998.62')

describe('a list of parts that ends in 等', () => {
  it('keeps its parts under the total, says the list is partial, and demands no sum', () => {
    const figures = read(
      '本年度拟购置固定资产1,998.62万元，主要是环境监测设备和其他专用仪器设备，其中：其他资本性支出科目购置固定资产0.7万元，政府性基金预算购置固定资产56.25万元等。',
    )
    const whole = total(figures)
    expect(whole?.partsIncomplete).toBe(true)
    expect(figures.filter((f) => f.partOf === whole?.id).map((f) => f.value)).toEqual(['0.7', '56.25'])
    expect(findings(figures)).toEqual([])
  })

  it('is not a list that ends without 等, nor one followed by 等于: those parts must add up', () => {
    for (const tail of ['。', '等于上年的两倍。']) {
      const figures = read(
        `本年度拟购置固定资产1,998.62万元，其中：其他资本性支出科目购置固定资产0.7万元，政府性基金预算购置固定资产56.25万元${tail}`,
      )
      expect(total(figures)?.partsIncomplete).toBeUndefined()
      expect(findings(figures)).toHaveLength(1)
    }
  })
})
