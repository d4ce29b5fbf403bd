import { describe, expect, it } from 'vitest'
import { columnKeyOf } from '../../../src/read/interpret/columnKeys'

// 长沙's “三公” table heads its two vehicle columns '其中：公务用车购置' and '其中：公务用车运行费'.
describe('the “三公” vehicle columns headed 其中：', () => {
  it('maps them to the purchase and the operation of vehicles', () => {
    expect(columnKeyOf(['三公经费预（决）算数（财政拨款）', '其中：公务用车购置'], 'three-public')).toBe(
      '3p.vehicle.purchase',
    )
    expect(columnKeyOf(['三公经费预（决）算数（财政拨款）', '其中：公务用车运行费'], 'three-public')).toBe(
      '3p.vehicle.operation',
    )
  })

  it('keeps the whole of vehicles apart from its parts', () => {
    expect(columnKeyOf(['三公经费预（决）算数（财政拨款）', '公务用车购置及运行费'], 'three-public')).toBe(
      '3p.vehicle',
    )
    expect(columnKeyOf(['其中：公务用车维修'], 'three-public')).toBeUndefined()
  })
})
