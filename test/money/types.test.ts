import { describe, expectTypeOf, it } from 'vitest'
import { checkPercentage } from '../../src/calc/checkPercentage'
import { growth } from '../../src/calc/growth'
import type { RatioResult } from '../../src/calc/types'
import { amount } from '../../src/money/decimal'
import { parsePrinted } from '../../src/money/parsePrinted'
import type { Amount, MoneyUnit, Printed } from '../../src/money/types'

describe('types', () => {
  it('keeps Amount opaque: no strings or numbers where money is expected', () => {
    expectTypeOf(amount('1')).toEqualTypeOf<Amount>()
    // @ts-expect-error a string is not an Amount
    const s: Amount = '1.00'
    // @ts-expect-error a number is not an Amount
    const n: Amount = 1
    void s
    void n
  })

  it('narrows a printed value by its kind', () => {
    const p = parsePrinted('1.00万元')
    expectTypeOf(p).toEqualTypeOf<Printed>()
    if (p.kind === 'amount') {
      expectTypeOf(p.value).toEqualTypeOf<Amount>()
      expectTypeOf(p.decimals).toEqualTypeOf<number>()
      expectTypeOf(p.unit).toEqualTypeOf<MoneyUnit | undefined>()
    }
    if (p.kind === 'dash') expectTypeOf(p.text).toEqualTypeOf<string>()
    // @ts-expect-error a blank has no value
    if (p.kind === 'blank') void p.value
  })

  it('makes callers look at the status before the value', () => {
    const r = growth(amount(2), amount(1))
    // @ts-expect-error value exists only when status is 'ok'
    void r.value
    if (r.status === 'ok') expectTypeOf(r.direction).toEqualTypeOf<'increase' | 'decrease' | 'flat'>()
    else expectTypeOf(r.reason).toEqualTypeOf<'zero-denominator' | 'blank-denominator' | 'not-a-number'>()
    expectTypeOf<RatioResult['status']>().toEqualTypeOf<'ok' | 'not-computable'>()
    expectTypeOf(checkPercentage).parameter(0).toHaveProperty('printed')
  })
})
