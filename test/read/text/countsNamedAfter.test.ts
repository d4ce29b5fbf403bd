import { describe, expect, it } from 'vitest'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'

// 机构设置情况 of 北京 2026: counts that name what they count after themselves ('1个为局机关'), and a
// count whose '分别为' lists names, not figures.
const figs = (...texts: string[]) =>
  readExplanatoryText(
    ['一、部门情况说明', ...texts].map((text): ProseLine => ({ text, page: 3 })),
    { amountUnit: '万元', tables: [] },
  ).figures
const partsOf = (f: ReturnType<typeof figs>, value: string, nth = 0): string[] => {
  const whole = f.filter((x) => x.value === value)[nth]
  return f.filter((x) => whole !== undefined && x.partOf === whole.id).map((x) => `${x.subject} ${x.value}`)
}

describe('counts named after themselves', () => {
  it('gives each part its own name, so all four are parts of the whole', () => {
    const f = figs(
      '某局下属12个预算单位，其中1个为局机关，1个为行政执法机构，9个为公益一类单位，1个为公益二类单位。',
    )
    expect(partsOf(f, '12')).toEqual(['局机关 1', '行政执法机构 1', '公益一类单位 9', '公益二类单位 1'])
  })
  it('keeps a count named before itself as it was', () => {
    const f = figs('某局下属12个预算单位，其中局机关1个，公益一类单位11个。')
    expect(partsOf(f, '12')).toEqual(['局机关 1', '公益一类单位 11'])
  })
})

describe('a marker that lists names', () => {
  it('makes no figure after the names a part of the count before it', () => {
    const f = figs('9个公益一类单位分别为某监测中心、某宣传中心、某安全中心，1个公益二类单位是某研究院。')
    expect(f.filter((x) => x.value === '1')[0]?.partOf).toBeUndefined()
  })
  it('still opens a list of figures', () => {
    const f = figs('支出合计30.00万元，分别为基本支出10.00万元、项目支出20.00万元。')
    expect(partsOf(f, '30.00')).toEqual(['基本支出 10.00', '项目支出 20.00'])
  })
})
