import { describe, expect, it } from 'vitest'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'

// A change said of a whole after its breakdown, one part of which the reader left unlinked (长沙 2026).
const figs = (...texts: string[]) =>
  readExplanatoryText(
    ['三、部门收支总体情况', ...texts].map((text): ProseLine => ({ text, page: 5 })),
    { amountUnit: '万元', tables: [] },
  ).figures
const currentOf = (texts: string[], printed: string): string | undefined => {
  const f = figs(...texts)
  const growth = f.find((x) => x.printed === printed)
  const op = growth?.operands?.current
  return f.find((x) => op !== undefined && 'figure' in op && x.id === op.figure)?.subject
}

describe('what a growth after a breakdown is about', () => {
  it('is about the whole, not a part listed under a name another part contains (事业收入)', () => {
    const subject = currentOf(
      [
        '2026 年本单位收入预算 1935.36 万元，其中，一般公共预算拨款 1935.36 万元，财政专户管理事业收入 0.00 万元，事业单位经营服务收入 0.00 万元，上级补助收入 0.00 万元，其他收入 0.00 万元，事业收入 0.00 万元，上年结转 0.00 万元。',
        '收入较去年增加 54.13 万元，上升 2.88%。',
      ],
      '2.88%',
    )
    expect(subject).toBe('收入预算')
  })

  it('is about the figure of its own name when one is printed', () => {
    const subject = currentOf(
      [
        '2026 年本单位收入预算 100.00 万元，其中，事业收入 10.00 万元。',
        '事业收入较去年增加 1.00 万元，上升 11.11%。',
      ],
      '11.11%',
    )
    expect(subject).toBe('事业收入')
  })
})
