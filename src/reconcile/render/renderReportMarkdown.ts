import type { Finding, ReconciliationReport } from '../types'
import { type CheckedReportOptions, reportOptionsOf, withReport } from './checkReport'
import type { RenderReportOptions } from './renderReportText'
import { RUN_LABELS, SEVERITY_LABELS, STATUS_LABELS, say } from './reportLabels'
import { CAUSE_LABELS, reportSections } from './reportSections'

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * Renders a reconciliation report as Markdown, top-down: a summary, the causes (each naming the
 * findings it explains), a table of findings (rule, severity, status, expected, printed,
 * difference, tolerance, message: those of the causes first, then single contradictions, then
 * rounding tails when asked for) and the rule coverage.
 *
 * @param report - the result of `reconcile`
 * @param options - language, whether to list rounding tails
 * @returns Markdown text
 * @example
 * ```ts
 * writeFileSync('report.md', renderReportMarkdown(reconcile(doc), { lang: 'both', showTails: true }))
 * ```
 */
export function renderReportMarkdown(
  report: ReconciliationReport,
  options: RenderReportOptions = {},
): string {
  return withReport(report, (r) => renderReportMarkdownOf(r, reportOptionsOf(options)))
}

/**
 * The body of {@link renderReportMarkdown}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * renderReportMarkdownOf(report, reportOptionsOf({ lang: 'en' })).startsWith('#') // true
 * ```
 */
function renderReportMarkdownOf(report: ReconciliationReport, options: CheckedReportOptions): string {
  const lang = options.lang
  const s = report.summary
  const sections = reportSections(report)
  const listed: Finding[] = [
    ...sections.causes.flatMap((c) => c.findings),
    ...sections.single,
    ...(options.showTails ? sections.tails : []),
  ]
  const number = new Map(listed.map((f, i) => [f, i + 1]))
  const out: string[] = [
    `## ${report.document.department} ${report.document.fiscalYear} (${report.document.kind})`,
    '',
    `| ${say({ zh: '核对', en: 'checks' }, lang)} | ${say({ zh: '矛盾', en: 'mismatches' }, lang)} | ${say({ zh: '尾差', en: 'rounding tails' }, lang)} | ${say({ zh: '无法计算', en: 'not computable' }, lang)} | ${say({ zh: '参考', en: 'info' }, lang)} |`,
    '|---:|---:|---:|---:|---:|',
    `| ${s.checks} | ${s.mismatches} | ${s.roundingTails} | ${s.notComputable} | ${s.info} |`,
    '',
  ]
  if (sections.causes.length > 0) {
    out.push(`### ${say({ zh: '原因', en: 'Causes' }, lang)}`, '')
    sections.causes.forEach(({ cause, findings }, c) => {
      const text =
        lang === 'both' ? `${cause.explanation.zh}<br>${cause.explanation.en}` : cause.explanation[lang]
      const which = findings.map((f) => `#${number.get(f)}`).join(', ')
      out.push(
        `${c + 1}. **${say(CAUSE_LABELS[cause.kind], lang)}** — ${cell(text)} (${say({ zh: '解释', en: 'explains' }, lang)} ${which})`,
      )
    })
    out.push('')
  }
  out.push(
    `| # | rule | ${say({ zh: '级别', en: 'severity' }, lang)} | ${say({ zh: '结论', en: 'status' }, lang)} | ${say({ zh: '应为', en: 'expected' }, lang)} | ${say({ zh: '印刷', en: 'printed' }, lang)} | ${say({ zh: '差额', en: 'difference' }, lang)} | ${say({ zh: '容差', en: 'tolerance' }, lang)} | ${say({ zh: '说明', en: 'message' }, lang)} |`,
    '|---:|---|---|---|---:|---:|---:|---:|---|',
  )
  listed.forEach((f, i) => {
    const message = lang === 'both' ? `${f.message.zh}<br>${f.message.en}` : f.message[lang]
    out.push(
      `| ${i + 1} | \`${f.rule}\` | ${say(SEVERITY_LABELS[f.severity], lang)} | ${say(STATUS_LABELS[f.status], lang)} | ${f.expected ?? ''} | ${f.printed ?? ''} | ${f.difference ?? ''} | ${f.tolerance ?? ''} | ${cell(message)} |`,
    )
  })
  out.push(
    '',
    `| rule | ${say({ zh: '运行', en: 'run' }, lang)} | ${say({ zh: '核对数', en: 'checks' }, lang)} | ${say({ zh: '发现', en: 'findings' }, lang)} | ${say({ zh: '原因', en: 'reason' }, lang)} |`,
    '|---|---|---:|---:|---|',
  )
  for (const c of report.coverage)
    out.push(
      `| \`${c.rule}\` | ${say(RUN_LABELS[c.status], lang)} | ${c.checks} | ${c.findings} | ${c.reason ? cell(say(c.reason, lang)) : ''} |`,
    )
  return `${out.join('\n')}\n`
}
