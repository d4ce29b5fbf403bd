import { describe, expect, expectTypeOf, it } from 'vitest'
import { BUILT_IN_RULE_IDS, type RuleId } from '../../src/reconcile/ruleIds'
import { RULES } from '../../src/reconcile/rules/index'
import type { Finding } from '../../src/reconcile/types'

describe('rule ids', () => {
  it('lists every shipped rule, in report order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...BUILT_IN_RULE_IDS])
  })
  it('types Finding.rule as the union, so a misspelt id does not compile', () => {
    expectTypeOf<Finding['rule']>().toEqualTypeOf<RuleId>()
    const ok: RuleId = 'text-growth'
    const custom: RuleId = 'custom:my-rule'
    // @ts-expect-error not a rule id
    const typo: RuleId = 'text-growht'
    expect([ok, custom, typo]).toHaveLength(3)
  })
})
