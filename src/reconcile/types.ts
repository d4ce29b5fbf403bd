import type { Catalog } from '../codes/catalog'
/**
 * Shapes of the reconciliation engine: rules, findings, coverage and the report.
 * @module
 */
import type { Disclosure } from '../model/disclosure'
import type { FactKey } from '../model/factKeys'
import type { TemplateRequirement } from '../model/templates'
import type { Cause } from './causes/cause'
import type { RuleId } from './ruleIds'

/** What a rule may read besides the document. */
export interface RuleContext {
  /** Templates the document may be printed in (required tables). */
  readonly templates: readonly TemplateRequirement[]
  /** The functional classification the rules use (default: the bundled catalog). */
  readonly functionalCatalog?: Catalog<string>
  /** The department economic classification the rules use (default: the bundled catalog). */
  readonly departmentEconomicCatalog?: Catalog<string>
}

/** How serious a finding is: a contradiction (`error`), a doubtful statement (`warning`), or information. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * What a finding says:
 * - `mismatch`: the figures contradict each other by more than rounding can explain;
 * - `rounding-tail`: they differ, but rounding explains it (尾差) — not a contradiction;
 * - `not-computable`: the check cannot be made from what is printed (a placeholder, a zero base);
 * - `insufficient-data`: something the check needs is not printed;
 * - `not-applicable`: the check does not apply to this document;
 * - `info`: a comparison that is not an identity (机关运行经费 vs 公用经费).
 */
export type FindingStatus =
  | 'mismatch'
  | 'rounding-tail'
  | 'not-computable'
  | 'insufficient-data'
  | 'not-applicable'
  | 'info'

/** Where a finding is: a table cell, a row, a text figure, or the document. */
export interface Where {
  readonly table?: string
  readonly tableTitle?: string
  readonly row?: {
    readonly code?: string
    readonly key?: FactKey
    readonly name: string
    readonly index: number
  }
  readonly column?: FactKey
  readonly block?: number
  readonly figure?: string
  readonly section?: string
  readonly sentence?: string
}

/** Parameters a message template reads. */
export type MessageParams = Readonly<Record<string, string | number>>

/** One place where the disclosure contradicts itself, or a rounding tail, or information. */
export interface Finding {
  /** The rule that found it. */
  readonly rule: RuleId
  readonly severity: Severity
  readonly status: FindingStatus
  readonly where: Where
  /** What the other figures say the printed one should be (canonical decimal), when computable. */
  readonly expected?: string
  /** What is printed (canonical cell text). */
  readonly printed?: string
  /** printed − expected. */
  readonly difference?: string
  /** The largest difference rounding can explain. */
  readonly tolerance?: string
  /** The same fact elsewhere, for cross-table findings. */
  readonly related?: readonly Where[]
  /** Message id (messages/zh.ts, messages/en.ts) and its parameters. */
  readonly messageId: string
  readonly params: MessageParams
  readonly message: { readonly zh: string; readonly en: string }
}

/** A finding before its message is rendered. */
export type FindingDraft = Omit<Finding, 'rule' | 'message'>

/** How a rule ran on a document: it checked `checks` identities, or it did not apply, or lacked data. */
export interface RuleRun {
  readonly status: 'ran' | 'not-applicable' | 'insufficient-data'
  readonly checks: number
  readonly findings: readonly FindingDraft[]
  /** Why a rule did not run, in both languages. */
  readonly reason?: { readonly zh: string; readonly en: string }
}

/** Families of rules. */
export type RuleFamily = 'within-table' | 'across-tables' | 'text' | 'completeness'

/**
 * A reconciliation rule: metadata plus a pure check.
 */
export interface Rule {
  /** A built-in id, or `custom:…` for a rule of your own. */
  readonly id: RuleId
  readonly title: { readonly zh: string; readonly en: string }
  readonly family: RuleFamily
  readonly severity: Severity
  /** The tables (kinds) and cells it reads, in words. */
  readonly reads: { readonly zh: string; readonly en: string }
  readonly check: (doc: Disclosure, context: RuleContext) => RuleRun
}

/** Coverage line of a report: what a rule did. */
export interface Coverage {
  readonly rule: RuleId
  readonly status: RuleRun['status']
  readonly checks: number
  readonly findings: number
  readonly reason?: { readonly zh: string; readonly en: string }
}

/** The result of reconciling one document. */
export interface ReconciliationReport {
  readonly document: {
    readonly department: string
    readonly fiscalYear: number
    readonly kind: Disclosure['kind']
  }
  /**
   * Every finding: contradictions, rounding tails and information, in rule order. The renderers
   * list them by severity (error, warning, info), then in rule order (`orderFindings`).
   */
  readonly findings: readonly Finding[]
  /**
   * Causes behind groups of mismatches (a column printed one place off, a missing row, one wrong
   * figure repeated), each reported once with the indices of the findings it explains. The
   * findings stay in `findings`; renderers list causes first, then single contradictions.
   */
  readonly causes: readonly Cause[]
  readonly coverage: readonly Coverage[]
  readonly summary: {
    readonly checks: number
    readonly mismatches: number
    /** Causes found (see `causes`). */
    readonly causes: number
    readonly roundingTails: number
    readonly notComputable: number
    readonly info: number
    readonly rulesRan: number
    readonly rulesNotApplicable: number
    readonly rulesInsufficientData: number
  }
}
