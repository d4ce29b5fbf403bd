import type { ReconciliationReport } from '../types'
import { orderFindings } from './orderFindings'
import type { RenderReportOptions } from './renderReportText'
import { RUN_LABELS, SEVERITY_LABELS, STATUS_LABELS, say } from './reportLabels'

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * Renders a reconciliation report as Markdown: a summary, a table of findings (rule, severity,
 * status, where, expected, printed, difference, tolerance, message) and the rule coverage.
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
  const lang = options.lang ?? 'zh'
  const s = report.summary
  const out: string[] = [
    `## ${report.document.department} ${report.document.fiscalYear} (${report.document.kind})`,
    '',
    `| ${say({ zh: '核对', en: 'checks' }, lang)} | ${say({ zh: '矛盾', en: 'mismatches' }, lang)} | ${say({ zh: '尾差', en: 'rounding tails' }, lang)} | ${say({ zh: '无法计算', en: 'not computable' }, lang)} | ${say({ zh: '参考', en: 'info' }, lang)} |`,
    '|---:|---:|---:|---:|---:|',
    `| ${s.checks} | ${s.mismatches} | ${s.roundingTails} | ${s.notComputable} | ${s.info} |`,
    '',
    `| # | rule | ${say({ zh: '级别', en: 'severity' }, lang)} | ${say({ zh: '结论', en: 'status' }, lang)} | ${say({ zh: '应为', en: 'expected' }, lang)} | ${say({ zh: '印刷', en: 'printed' }, lang)} | ${say({ zh: '差额', en: 'difference' }, lang)} | ${say({ zh: '容差', en: 'tolerance' }, lang)} | ${say({ zh: '说明', en: 'message' }, lang)} |`,
    '|---:|---|---|---|---:|---:|---:|---:|---|',
  ]
  orderFindings(report)
    .filter((f) => options.showTails || f.status !== 'rounding-tail')
    .forEach((f, i) => {
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
