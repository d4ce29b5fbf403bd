// Drafting findings for their key only is the cause search's own switch (src/reconcile/keysOnly.ts),
// not a field of the public RuleContext: a caller's context never turns it on.
import { describe, expect, it } from 'vitest'
import { KNOWN_TEMPLATE_REQUIREMENTS } from '../../src/model/templates'
import { isKeysOnly, keysOnlyContext } from '../../src/reconcile/keysOnly'
import type { RuleContext } from '../../src/reconcile/types'

describe('keysOnlyContext', () => {
  const context: RuleContext = { templates: KNOWN_TEMPLATE_REQUIREMENTS }

  it('turns key-only drafting on for the copy it makes, and leaves the original as it was', () => {
    const keys = keysOnlyContext(context)
    expect(isKeysOnly(keys)).toBe(true)
    expect(keys).toEqual(context)
    expect(isKeysOnly(context)).toBe(false)
    expect(isKeysOnly(undefined)).toBe(false)
  })

  it('is not turned on by a caller’s context that carries a keysOnly field', () => {
    const lookalike = { ...context, keysOnly: true } as RuleContext
    expect(isKeysOnly(lookalike)).toBe(false)
    expect(isKeysOnly({ ...keysOnlyContext(context) })).toBe(false)
  })
})
