import type { Catalog } from '../codes/catalog'
import { MedbudgetError } from '../errors'
import { deepFreeze } from '../internal/deepFreeze'
import { optionsOf } from '../internal/limits'
import { guardShape } from '../internal/shape'
import type { Disclosure } from '../model/disclosure'
import { KNOWN_TEMPLATE_REQUIREMENTS, type TemplateRequirement } from '../model/templates'
import { validDocument } from '../model/validatedDocuments'
import { findCauses } from './causes/findCauses'
import { withCellMemo } from './checks'
import { markFrozenTables } from './frozenTables'
import { en } from './messages/en'
import { zh } from './messages/zh'
import { RULES } from './rules/index'
import type { Coverage, Finding, ReconciliationReport, Rule, RuleContext } from './types'

/** Options of {@link reconcile}. */
export interface ReconcileOptions {
  /** The rules to run (default: every rule, {@link RULES}). */
  readonly rules?: readonly Rule[]
  /**
   * Templates for the required-tables rule (default: every template the library knows,
   * `KNOWN_TEMPLATE_REQUIREMENTS`). Every other rule runs on what is printed, whatever the template.
   */
  readonly templates?: readonly TemplateRequirement[]
  /**
   * The functional classification to check printed codes against (default: the bundled one). A
   * catalog of your own (local 项 added by a province, a later edition) is the one `codes-known` uses.
   */
  readonly functionalCatalog?: Catalog<string>
  /** The department economic classification to check printed codes against (default: the bundled one). */
  readonly departmentEconomicCatalog?: Catalog<string>
}

const render = (messageId: string, params: Finding['params']): Finding['message'] => ({
  zh: zh[messageId]?.(params) ?? messageId,
  en: en[messageId]?.(params) ?? messageId,
})

/**
 * Finds every place where a disclosure contradicts itself. Runs each rule on the document and
 * returns the findings — contradictions (`mismatch`), rounding tails (`rounding-tail`, severity
 * `info`: the only difference is 尾差), checks that cannot be made (`not-computable`) and
 * information — each with where it is, what was expected, what is printed, the difference, the
 * largest difference rounding can explain, and a message in Chinese and English. The report's
 * `coverage` says which rules ran, which did not apply and which lacked data, so that silence
 * never looks like a pass.
 *
 * @param doc - a validated disclosure (consumer direction: tables as printed)
 * @param options - rules and templates
 * @returns the report
 * @throws MedbudgetError `DOCUMENT_INVALID` for a value that is not a disclosure; `OPTION_INVALID` for
 *   options that are not an object or cannot be read, or `rules` that are not an array of rules
 * @example
 * ```ts
 * const report = reconcile(loadSample('000'))
 * report.findings.filter((f) => f.status === 'mismatch').map((f) => f.message.zh)
 * ```
 */
export function reconcile(doc: Disclosure, options: ReconcileOptions = {}): ReconciliationReport {
  // a document the library validated is taken as is; anything else is validated first (a typed
  // DOCUMENT_INVALID for null, {}, a throwing object), never a TypeError
  const valid = validDocument(doc, ['核对的文档', 'document to reconcile'])
  // its tables known frozen once, here, not walked again by each rule that keeps what it derives
  markFrozenTables(valid)
  // the options are read once, here: anything but an object (a string, an array, a function), a
  // throwing getter or a wrong shape is the caller's option, OPTION_INVALID
  const what = ['核对选项', 'reconcile options'] as const
  const opts = guardShape('OPTION_INVALID', what, () => readOptions(optionsOf(options, what)))
  // every rule and the cause search read the document's cells through one memo; the document is
  // valid here, so an error that is not the library's own is a bug: INTERNAL_ERROR, never blamed
  // on the document
  return internalGuard('原因分析', 'the cause search', () =>
    withCellMemo(valid, () => reconcileWith(valid, opts)),
  )
}

/**
 * The options of {@link reconcile}, read once and checked: `rules` an array of rules with a
 * `check` function (else `OPTION_INVALID`).
 * @example
 * ```ts
 * readOptions({}).rules === RULES // true
 * ```
 */
function readOptions(
  options: Partial<ReconcileOptions>,
): ReconcileOptions & { readonly rules: readonly Rule[] } {
  const rules = options.rules ?? RULES
  if (
    !Array.isArray(rules) ||
    rules.length > 100_000 ||
    !rules.every((r) => typeof r === 'object' && r !== null && typeof r.check === 'function')
  )
    throw new MedbudgetError(
      'OPTION_INVALID',
      '选项 rules 应为核对规则的数组（每条规则有 check 函数）',
      'The rules option must be an array of rules, each with a check function',
    )
  return {
    rules,
    ...(options.templates === undefined ? {} : { templates: options.templates }),
    ...(options.functionalCatalog === undefined ? {} : { functionalCatalog: options.functionalCatalog }),
    ...(options.departmentEconomicCatalog === undefined
      ? {}
      : { departmentEconomicCatalog: options.departmentEconomicCatalog }),
  }
}

/**
 * Runs `f`; a `MedbudgetError` passes through, any other error becomes `INTERNAL_ERROR` naming
 * where it happened (a rule id) and what it said (shortened).
 * @example
 * ```ts
 * internalGuard('规则 x', 'rule x', () => 1) // 1
 * ```
 */
function internalGuard<T>(zhWhere: string, enWhere: string, f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof MedbudgetError) throw e
    let said = ''
    try {
      said = String(e instanceof Error ? e.message : e).slice(0, 200)
    } catch {
      said = '?'
    }
    throw new MedbudgetError(
      'INTERNAL_ERROR',
      `核对时${zhWhere}内部出错（不是文档的问题，请报告此错误）：${said}`,
      `Internal error in ${enWhere} while reconciling (not a fault of the document; please report it): ${said}`,
    )
  }
}

/**
 * The body of {@link reconcile}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * reconcileWith(doc, {}).summary.checks > 0 // true
 * ```
 */
function reconcileWith(doc: Disclosure, options: ReconcileOptions): ReconciliationReport {
  const context: RuleContext = {
    templates: options.templates ?? KNOWN_TEMPLATE_REQUIREMENTS,
    ...(options.functionalCatalog === undefined ? {} : { functionalCatalog: options.functionalCatalog }),
    ...(options.departmentEconomicCatalog === undefined
      ? {}
      : { departmentEconomicCatalog: options.departmentEconomicCatalog }),
  }
  const rules = options.rules ?? RULES
  const findings: Finding[] = []
  const coverage: Coverage[] = []
  for (const rule of rules) {
    const id = internalGuard('规则编号', 'a rule id', () => String(rule.id).slice(0, 80))
    // the rule's run and the reading of what it returned: a fault there is the rule's
    internalGuard(`规则 ${id} `, `rule ${id}`, () => {
      const run = rule.check(doc, context)
      for (const draft of run.findings)
        findings.push({ rule: rule.id, ...draft, message: render(draft.messageId, draft.params) })
      coverage.push({
        rule: rule.id,
        status: run.status,
        checks: run.checks,
        findings: run.findings.length,
        ...(run.reason ? { reason: run.reason } : {}),
      })
    })
  }
  const causes = findCauses(doc, findings, rules, context)
  const count = (status: Finding['status']) => findings.filter((f) => f.status === status).length
  // The report is frozen all the way down: no caller can change what another caller is shown.
  return deepFreeze({
    document: { department: doc.department.name, fiscalYear: doc.fiscalYear, kind: doc.kind },
    findings,
    causes,
    coverage,
    summary: {
      checks: coverage.reduce((n, c) => n + c.checks, 0),
      mismatches: count('mismatch'),
      causes: causes.length,
      roundingTails: count('rounding-tail'),
      notComputable: count('not-computable'),
      info: count('info'),
      rulesRan: coverage.filter((c) => c.status === 'ran').length,
      rulesNotApplicable: coverage.filter((c) => c.status === 'not-applicable').length,
      rulesInsufficientData: coverage.filter((c) => c.status === 'insufficient-data').length,
    },
  })
}
