import { booleanOption, optionsOf } from '../internal/limits'
import { checkArray } from '../internal/shape'
import type { Disclosure } from '../model/disclosure'
import { type ParseDisclosureResult, parseDisclosure, safeParseDisclosure } from '../model/parseDisclosure'
import type { TemplateRequirement } from '../model/templates'
import { BUNDLED_TEMPLATE_REQUIREMENTS } from '../model/templates'
import { type ReconcileOptions, reconcile } from './reconcile'
import type { ReconciliationReport } from './types'

/** Options of {@link createChecker}. */
export interface CheckerOptions {
  /** Your templates; the bundled ones stay available unless `bundled: false`. */
  readonly templates: readonly TemplateRequirement[]
  /** Keep the bundled templates too (default true). */
  readonly bundled?: boolean
}

/** Validation and reconciliation bound to one list of templates. */
export interface Checker {
  /** The templates every call uses. */
  readonly templates: readonly TemplateRequirement[]
  /** `safeParseDisclosure` with the templates: every problem at once, or the document. */
  safeParse(input: unknown): ParseDisclosureResult
  /** `parseDisclosure` with the templates (throws `DOCUMENT_INVALID`). */
  parse(input: unknown): Disclosure
  /** `reconcile` with the templates. */
  reconcile(doc: Disclosure, options?: Omit<ReconcileOptions, 'templates'>): ReconciliationReport
}

/**
 * Binds a custom template list once, for validation and reconciliation alike, so that a document
 * printed in your own layout is checked against the same template in both steps.
 *
 * @param options - your templates, and whether to keep the bundled ones
 * @returns a frozen {@link Checker}
 * @example
 * ```ts
 * const checker = createChecker({ templates: [{ id: 'my-layout', zh: '我的模板', en: 'my layout', kind: 'budget', tables: ['expenditure'] }] })
 * const result = checker.safeParse(JSON.parse(text))
 * if (result.success) console.log(renderReportText(checker.reconcile(result.data)))
 * ```
 */
export function createChecker(options: CheckerOptions): Checker {
  // read once: anything but an object, a throwing getter, templates that are no array or a
  // bundled that is no boolean is OPTION_INVALID (each template is checked where it is used)
  const what = ['核对器选项', 'checker options'] as const
  const o = optionsOf(options, what)
  const mine = checkArray(o.templates, 'OPTION_INVALID', [
    '核对器选项的 templates',
    'templates of the checker options',
  ])
  const templates = Object.freeze([
    ...(mine as readonly TemplateRequirement[]),
    ...(booleanOption(o.bundled, 'bundled', what) === false ? [] : BUNDLED_TEMPLATE_REQUIREMENTS),
  ])
  return Object.freeze({
    templates,
    safeParse: (input: unknown) => safeParseDisclosure(input, { templates }),
    parse: (input: unknown) => parseDisclosure(input, { templates }),
    reconcile: (doc: Disclosure, more: Omit<ReconcileOptions, 'templates'> = {}) =>
      reconcile(doc, { ...more, templates }),
  })
}
