import type { ReconciliationReport } from '../types'
import type { RenderReportOptions } from './renderReportText'
import { RUN_LABELS, SEVERITY_LABELS, STATUS_LABELS, say } from './reportLabels'

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Renders a reconciliation report as an HTML fragment (`<section class="mb-report">`): summary,
 * findings table (rows classed by status) and coverage table.
 *
 * @param report - the result of `reconcile`
 * @param options - language, whether to list rounding tails
 * @returns an HTML fragment
 * @example
 * ```ts
 * const html = renderReportHtml(reconcile(doc), { lang: 'both' })
 * ```
 */
export function renderReportHtml(report: ReconciliationReport, options: RenderReportOptions = {}): string {
  const lang = options.lang ?? 'zh'
  const s = report.summary
  const rows = report.findings
    .filter((f) => options.showTails || f.status !== 'rounding-tail')
    .map(
      (f) =>
        `<tr class="${f.status}"><td><code>${esc(f.rule)}</code></td><td>${esc(say(SEVERITY_LABELS[f.severity], lang))}</td><td>${esc(say(STATUS_LABELS[f.status], lang))}</td><td class="num">${esc(f.expected ?? '')}</td><td class="num">${esc(f.printed ?? '')}</td><td class="num">${esc(f.difference ?? '')}</td><td class="num">${esc(f.tolerance ?? '')}</td><td>${lang === 'both' ? `${esc(f.message.zh)}<br>${esc(f.message.en)}` : esc(f.message[lang])}</td></tr>`,
    )
  const coverage = report.coverage.map(
    (c) =>
      `<tr class="${c.status}"><td><code>${esc(c.rule)}</code></td><td>${esc(say(RUN_LABELS[c.status], lang))}</td><td class="num">${c.checks}</td><td class="num">${c.findings}</td><td>${c.reason ? esc(say(c.reason, lang)) : ''}</td></tr>`,
  )
  return [
    '<section class="mb-report">',
    `<h2>${esc(say({ zh: '核对报告', en: 'Reconciliation report' }, lang))}：${esc(report.document.department)} ${report.document.fiscalYear}</h2>`,
    `<p>${esc(say({ zh: `核对 ${s.checks} 处；矛盾 ${s.mismatches}；尾差 ${s.roundingTails}；无法计算 ${s.notComputable}；参考 ${s.info}`, en: `${s.checks} checks; ${s.mismatches} mismatches; ${s.roundingTails} rounding tails; ${s.notComputable} not computable; ${s.info} information` }, lang))}</p>`,
    '<table class="findings"><thead><tr><th>rule</th><th>级别</th><th>结论</th><th>应为</th><th>印刷</th><th>差额</th><th>容差</th><th>说明</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '<table class="coverage"><thead><tr><th>rule</th><th>运行</th><th>核对数</th><th>发现</th><th>原因</th></tr></thead>',
    `<tbody>${coverage.join('\n')}</tbody></table>`,
    '</section>',
  ].join('\n')
}
