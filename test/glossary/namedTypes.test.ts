import { describe, expect, expectTypeOf, it } from 'vitest'
import type { EconomicCorrespondence } from '../../src/codes/economic/correspondence'
import type { DeptEconomicCode } from '../../src/codes/economic/department.generated'
import type { functionalEntryData } from '../../src/codes/functional/functional.generated'
import type { FunctionalCode } from '../../src/codes/functional/functionalCatalog'
import { getGlossaryEntry } from '../../src/glossary/getGlossaryEntry'
import {
  type BuiltInGlossary,
  GLOSSARY,
  type GlossaryTerm,
  type GlossaryTermId,
} from '../../src/glossary/glossary'
import { listTerms } from '../../src/glossary/listTerms'

// Named so that the API reference links to them instead of printing the whole glossary or
// catalog in every signature; they must stay the types they were (checked by tsc on test/).
describe('glossary and catalog type names', () => {
  it('are the literal types they name', () => {
    expectTypeOf<GlossaryTermId>().toEqualTypeOf<keyof typeof GLOSSARY>()
    expectTypeOf<GlossaryTerm>().toEqualTypeOf<(typeof GLOSSARY)[keyof typeof GLOSSARY]>()
    expectTypeOf(listTerms()).toEqualTypeOf<readonly (typeof GLOSSARY)[keyof typeof GLOSSARY][]>()
    expectTypeOf(getGlossaryEntry('official-reception')).toEqualTypeOf<
      BuiltInGlossary['official-reception']
    >()
    expectTypeOf<FunctionalCode>().toEqualTypeOf<(typeof functionalEntryData)[number]['code']>()
    expectTypeOf<keyof EconomicCorrespondence>().toEqualTypeOf<DeptEconomicCode>()
    expectTypeOf<EconomicCorrespondence['30110']['defaults']['事业']>().toEqualTypeOf<'50501'>()
    expectTypeOf<'official-reception'>().toExtend<GlossaryTermId>()
    expectTypeOf<'no-such-term'>().not.toExtend<GlossaryTermId>()
  })

  it('keep the literal values at runtime', () => {
    expect(getGlossaryEntry('official-reception').economicCodes).toEqual(['30217'])
    expect(listTerms().length).toBe(Object.keys(GLOSSARY).length)
  })
})
