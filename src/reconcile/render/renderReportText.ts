import type { Finding, ReconciliationReport } from '../types'
import { type CheckedReportOptions, reportOptionsOf, withReport } from './checkReport'
import {
  plural,
  type ReportLang,
  RUN_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  say,
  summaryEn,
} from './reportLabels'
import { CAUSE_LABELS, reportSections } from './reportSections'

/** Options of the report renderers. */
export interface RenderReportOptions {
  /** Language of the messages: 'zh', 'en' or 'both' (default 'zh'). */
  readonly lang?: ReportLang
  /** Also list rounding tails (尾差) one by one (default false: only counted). */
  readonly showTails?: boolean
}

/**
 * Renders a reconciliation report as plain text for a terminal, top-down: a summary line, the
 * causes (each with the findings it explains), the single contradictions and other findings (by
 * severity, then rule order, see `orderFindings`), the rounding tails (counted, or listed with
 * `showTails`), and the coverage
 * of every rule, so that a rule that did not run is never mistaken for a pass.
 *
 * @param report - the result of `reconcile`
 * @param options - language, whether to list rounding tails
 * @returns text, lines separated by '\n'
 * @example
 * ```ts
 * console.log(renderReportText(reconcile(doc), { lang: 'both' }))
 * ```
 */
export function renderReportText(report: ReconciliationReport, options: RenderReportOptions = {}): string {
  return withReport(report, (r) => renderReportTextOf(r, reportOptionsOf(options)))
}

/**
 * The body of {@link renderReportText}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * renderReportTextOf(report, reportOptionsOf({ lang: 'zh' })).length > 0 // true
 * ```
 */
function renderReportTextOf(report: ReconciliationReport, options: CheckedReportOptions): string {
  const lang = options.lang
  const s = report.summary
  const lines: string[] = []
  const zh = `${report.document.department} ${report.document.fiscalYear}年${report.document.kind === 'budget' ? '预算' : '决算'}：核对 ${s.checks} 处，矛盾 ${s.mismatches}，尾差 ${s.roundingTails}，无法计算 ${s.notComputable}，参考 ${s.info}`
  const en = `${report.document.department} ${report.document.fiscalYear} ${report.document.kind}: ${summaryEn(s)}`
  lines.push(say({ zh, en }, lang), '')
  const sections = reportSections(report)
  let n = 0
  const list = (f: Finding) => {
    n++
    lines.push(
      `${n}. [${say(SEVERITY_LABELS[f.severity], lang)}·${say(STATUS_LABELS[f.status], lang)}] ${f.rule}`,
    )
    if (lang !== 'en') lines.push(`   ${f.message.zh}`)
    if (lang !== 'zh') lines.push(`   ${f.message.en}`)
  }
  // causes first, each with the findings it explains; then single contradictions; then tails
  sections.causes.forEach(({ cause, findings }, c) => {
    lines.push(`${say({ zh: '原因', en: 'Cause' }, lang)} ${c + 1}（${say(CAUSE_LABELS[cause.kind], lang)}）`)
    if (lang !== 'en') lines.push(`   ${cause.explanation.zh}`)
    if (lang !== 'zh') lines.push(`   ${cause.explanation.en}`)
    findings.forEach(list)
    lines.push('')
  })
  sections.single.forEach(list)
  if (options.showTails) sections.tails.forEach(list)
  if (!options.showTails && s.roundingTails > 0)
    lines.push(
      '',
      say(
        {
          zh: `另有 ${s.roundingTails} 处差异属四舍五入尾差，不视为矛盾。`,
          en: `${plural(s.roundingTails, 'more difference is a rounding tail', 'more differences are rounding tails')}, not contradictions.`,
        },
        lang,
      ),
    )
  lines.push('', say({ zh: '规则覆盖', en: 'Rule coverage' }, lang))
  for (const c of report.coverage)
    lines.push(
      `  ${c.rule.padEnd(30)} ${say(RUN_LABELS[c.status], lang).padEnd(lang === 'zh' ? 6 : 20)} ${String(c.checks).padStart(4)} ${c.reason ? `  ${say(c.reason, lang)}` : ''}`.trimEnd(),
    )
  return `${lines.join('\n')}\n`
}
