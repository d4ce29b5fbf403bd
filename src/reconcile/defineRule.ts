import { MedbudgetError } from '../errors'
import { optionsOf } from '../internal/limits'
import { guardShape } from '../internal/shape'
import type { Disclosure } from '../model/disclosure'
import { withCellMemo } from './checks'
import type { Rule, RuleContext } from './types'

/**
 * Declares a reconciliation rule (metadata plus a pure check) and freezes it. The check runs with
 * the document's parsed-cell memo active (each distinct cell string parsed once per document).
 *
 * @param rule - id, titles, family, severity, what it reads, and the check
 * @returns the frozen rule
 * @example
 * ```ts
 * export const myRule = defineRule({ id: 'my-rule', title: { zh: '…', en: '…' }, family: 'within-table',
 *   severity: 'error', reads: { zh: '…', en: '…' }, check: (doc) => ({ status: 'ran', checks: 0, findings: [] }) })
 * ```
 */
export function defineRule(rule: Rule): Rule {
  // read once: anything but an object, a throwing getter or a check that is no function is the
  // caller's rule, OPTION_INVALID (as `reconcile` answers for its `rules` option)
  const what = ['核对规则', 'reconciliation rule'] as const
  const r = optionsOf(rule, what) as Rule
  if (typeof r.check !== 'function')
    throw new MedbudgetError(
      'OPTION_INVALID',
      '核对规则应有 check 函数',
      'A reconciliation rule must have a check function',
    )
  return guardShape('OPTION_INVALID', what, () =>
    Object.freeze({
      ...r,
      check: (doc: Disclosure, context: RuleContext) => withCellMemo(doc, () => r.check(doc, context)),
      title: Object.freeze({ ...r.title }),
      reads: Object.freeze({ ...r.reads }),
    }),
  )
}

/** A rule run that did not apply, with the reason in both languages. @internal */
export const notApplicable = (zh: string, en: string) =>
  ({ status: 'not-applicable', checks: 0, findings: [], reason: { zh, en } }) as const

/** A rule run that lacked the data it needs, with the reason in both languages. @internal */
export const insufficientData = (zh: string, en: string) =>
  ({ status: 'insufficient-data', checks: 0, findings: [], reason: { zh, en } }) as const
