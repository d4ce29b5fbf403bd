import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { getGlossaryEntry } from '../../src/glossary/getGlossaryEntry'
import { GLOSSARY } from '../../src/glossary/glossary'

describe('getGlossaryEntry', () => {
  it('returns the catalog entry for a known id', () => {
    expect(getGlossaryEntry('official-reception')).toBe(GLOSSARY['official-reception'])
    expect(getGlossaryEntry('official-reception').economicCodes).toEqual(['30217'])
  })

  it.each([['no-such-term'], ['toString'], ['__proto__'], ['']])(
    'throws TERM_UNKNOWN, in both languages, for %j',
    (id) => {
      let caught: unknown
      try {
        getGlossaryEntry(id as 'share')
      } catch (e) {
        caught = e
      }
      expect(isMedbudgetError(caught, 'TERM_UNKNOWN')).toBe(true)
      if (isMedbudgetError(caught)) {
        expect(caught.zh).toContain('名词解释')
        expect(caught.en).toContain('glossary')
        expect(caught.location.input).toBe(id)
      }
    },
  )
})
