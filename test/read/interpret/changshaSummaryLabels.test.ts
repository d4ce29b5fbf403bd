import { describe, expect, it } from 'vitest'
import { lineKeyOf } from '../../../src/read/interpret/rowKeys'

// The revenue lines of 长沙's 部门收支总体情况表 (2026), as printed.
describe('revenue lines printed with 本级, 管理事业 and 经营服务', () => {
  it.each([
    ['本级财政拨款收入', 'src.fiscal'],
    ['财政专户管理事业收入', 'src.special-account'],
    ['事业单位经营服务收入', 'src.operating'],
    ['其它收入', 'src.other'],
    ['财政拨款收入', 'src.fiscal'],
    ['其他收入', 'src.other'],
  ] as const)('%s → %s', (label, key) => {
    expect(lineKeyOf(label)).toBe(key)
  })
  it.each(['本级财政拨款收入合计', '财政专户管理事业支出', '经营服务支出', '其它支出'])(
    '%s → no key',
    (label) => {
      expect(lineKeyOf(label)).toBeUndefined()
    },
  )
})
