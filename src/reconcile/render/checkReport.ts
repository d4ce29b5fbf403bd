/**
 * Internal: the structural check of a reconciliation report before a renderer reads it.
 * @module
 * @internal
 */
import { booleanOption, checkOption, optionsOf, stringOption } from '../../internal/limits'
import { checkObject, fieldArray, guardShape, type What } from '../../internal/shape'
import type { ReconciliationReport } from '../types'
import type { ReportLang } from './reportLabels'

const REPORT: What = ['核对报告（reconcile 的结果）', 'reconciliation report (what reconcile returns)']

/**
 * Runs `f` on `report` when it has the fields a renderer reads (`document`, `summary` objects;
 * `findings`, `coverage` arrays); a typed `DOCUMENT_INVALID` otherwise, and for any
 * untyped error while reading it.
 * @example
 * ```ts
 * withReport(reconcile(loadSample('000')), (r) => r.findings.length)
 * ```
 * @internal
 */
export function withReport<T>(report: ReconciliationReport, f: (report: ReconciliationReport) => T): T {
  const r = checkObject(report, 'DOCUMENT_INVALID', REPORT)
  for (const key of ['findings', 'coverage']) fieldArray(r, key, 'DOCUMENT_INVALID', REPORT)
  for (const key of ['document', 'summary'])
    checkObject(
      guardShape('DOCUMENT_INVALID', REPORT, () => (r as Record<string, unknown>)[key]),
      'DOCUMENT_INVALID',
      [`${REPORT[0]}的 ${key}`, `${key} of the ${REPORT[1]}`],
    )
  return guardShape('DOCUMENT_INVALID', REPORT, () => f(report))
}

const REPORT_OPTIONS: What = ['报告选项', 'report options']

/** The options of the report renderers, read once and checked (every field as the caller passed it). */
export interface CheckedReportOptions {
  readonly lang: ReportLang
  readonly showTails: boolean
  readonly style: boolean
  readonly title?: string
}

/**
 * The options of a report renderer, read once at its entry: `undefined` is the defaults; anything
 * but an object (a string, a number, an array, a function), an object whose fields cannot be read
 * (a throwing getter, a Proxy), a `lang` other than `'zh'`, `'en'`, `'both'`, or a `showTails` that
 * is not a boolean is `OPTION_INVALID`; so are a `style` that is not a boolean and a `title` that is
 * not a string, for the renderers that take them (`fields`). Other fields are ignored.
 * @param options - what the caller passed
 * @param fields - the renderer's own fields beyond `lang` and `showTails`
 * @returns the checked options, with the defaults filled in
 * @throws MedbudgetError `OPTION_INVALID`
 * @example
 * ```ts
 * reportOptionsOf({ lang: 'en' })             // { lang: 'en', showTails: false, style: true }
 * reportOptionsOf({ style: 1 }, ['style'])    // throws OPTION_INVALID
 * reportOptionsOf('en')                       // throws OPTION_INVALID
 * ```
 * @internal
 */
export function reportOptionsOf(
  options: unknown,
  fields: readonly ('style' | 'title')[] = [],
): CheckedReportOptions {
  const o = optionsOf(options as Record<string, unknown> | undefined, REPORT_OPTIONS)
  const title = fields.includes('title') ? stringOption(o.title, 'title', REPORT_OPTIONS) : undefined
  const style = fields.includes('style') ? booleanOption(o.style, 'style', REPORT_OPTIONS) : undefined
  return {
    lang: checkOption(o.lang ?? 'zh', ['zh', 'en', 'both'] as const, ['语言', 'language']),
    showTails: booleanOption(o.showTails, 'showTails', REPORT_OPTIONS) ?? false,
    style: style ?? true,
    ...(title === undefined ? {} : { title }),
  }
}
