import type { Disclosure } from '../../model/disclosure'
import type { Finding, Rule, RuleContext } from '../types'

/** The findings of `rules` on `doc`, without messages (what the cause finders compare). @internal */
export function runRules(
  doc: Disclosure,
  rules: readonly Rule[],
  context: RuleContext,
): Pick<Finding, 'rule' | 'where' | 'params' | 'status'>[] {
  const out: Pick<Finding, 'rule' | 'where' | 'params' | 'status'>[] = []
  for (const rule of rules)
    for (const d of rule.check(doc, context).findings)
      out.push({ rule: rule.id, where: d.where, params: d.params, status: d.status })
  return out
}
