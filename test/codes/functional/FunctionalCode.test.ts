import { describe, expect, expectTypeOf, it } from 'vitest'
import type { FunctionalCode } from '../../../src/codes/functional/functionalCatalog'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'

describe('FunctionalCode (type derived from the data)', () => {
  it('accepts codes of the catalog and refuses others', () => {
    expectTypeOf<'2101501'>().toExtend<FunctionalCode>()
    expectTypeOf<'210'>().toExtend<FunctionalCode>()
    expectTypeOf<'2101598'>().not.toExtend<FunctionalCode>()
    expectTypeOf<'30101'>().not.toExtend<FunctionalCode>()
    expectTypeOf<string>().not.toExtend<FunctionalCode>()
    const ok: FunctionalCode = '2101506'
    // @ts-expect-error 2101598 is not a code of the catalog
    const wrong: FunctionalCode = '2101598'
    expect([ok, wrong]).toHaveLength(2)
  })

  it('has() narrows a string to FunctionalCode', () => {
    const input: string = '2101501'
    if (functionalCatalog.has(input)) {
      expectTypeOf(input).toEqualTypeOf<FunctionalCode>()
      expect(functionalCatalog.parent(input)).toBe('21015')
    } else {
      expect.unreachable()
    }
  })
})
