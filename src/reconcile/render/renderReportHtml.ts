import type { Finding, ReconciliationReport } from '../types'
import { type CheckedReportOptions, reportOptionsOf, withReport } from './checkReport'
import type { RenderReportOptions } from './renderReportText'
import { type ReportLang, RUN_LABELS, SEVERITY_LABELS, STATUS_LABELS, say, summaryEn } from './reportLabels'
import { CAUSE_LABELS, reportSections } from './reportSections'

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Options of {@link renderReportHtml}. */
export interface RenderReportHtmlOptions extends RenderReportOptions {
  /**
   * Include the report's own `<style>` (scoped to `.mb-report`) in the fragment, so it reads well
   * wherever it is inserted (default true). Pass false to style it yourself.
   */
  readonly style?: boolean
}

/** Styles of the report, scoped to `.mb-report` (screen and print). @internal */
export const REPORT_CSS = `
.mb-report{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;color:#111;max-width:80rem}
.mb-report h2{font-size:1.25rem;margin:1.5rem 0 .4rem}
.mb-report h3{font-size:1rem;margin:1.5rem 0 .4rem}
.mb-report .summary{margin:0 0 1rem;color:#333}
.mb-report table{border-collapse:collapse;font-size:.85rem;width:100%}
.mb-report th,.mb-report td{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top;text-align:left}
.mb-report th{background:#eef2f7;font-weight:600;white-space:nowrap}
.mb-report td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.mb-report td.rule,.mb-report td.sev,.mb-report td.run{white-space:nowrap}
.mb-report td.msg{min-width:16rem}
.mb-report .badge{display:inline-block;padding:0 .4rem;border-radius:.25rem;font-size:.8rem;line-height:1.5}
.mb-report .sev-error .badge{background:#fde2e1;color:#8a1c13}
.mb-report .sev-warning .badge{background:#fff1cc;color:#6b4a00}
.mb-report .sev-info .badge{background:#e3eefc;color:#1d4a86}
.mb-report tr.rounding-tail td{color:#666}
.mb-report ol.causes{margin:0 0 1rem;padding-left:1.5rem}
.mb-report ol.causes li{margin:.3rem 0}
.mb-report .explains{color:#555;white-space:nowrap}
.mb-report tr.not-applicable td,.mb-report tr.insufficient-data td{color:#666}
@media print{.mb-report{max-width:none}.mb-report table{font-size:8pt}.mb-report tr{break-inside:avoid}.mb-report th{background:none}}
`

const HEAD = {
  rule: { zh: '规则', en: 'rule' },
  severity: { zh: '级别', en: 'severity' },
  status: { zh: '结论', en: 'status' },
  expected: { zh: '应为', en: 'expected' },
  printed: { zh: '印刷', en: 'printed' },
  difference: { zh: '差额', en: 'difference' },
  tolerance: { zh: '容差', en: 'tolerance' },
  message: { zh: '说明', en: 'message' },
  run: { zh: '运行', en: 'run' },
  checks: { zh: '核对数', en: 'checks' },
  findings: { zh: '发现', en: 'findings' },
  reason: { zh: '原因', en: 'reason' },
} as const

const th = (key: keyof typeof HEAD, lang: ReportLang): string =>
  `<th>${lang === 'both' ? `${esc(HEAD[key].zh)}<br>${esc(HEAD[key].en)}` : esc(HEAD[key][lang])}</th>`

const findingRow = (f: Finding, lang: ReportLang): string =>
  `<tr class="${f.status} sev-${f.severity}"><td class="rule"><code>${esc(f.rule)}</code></td><td class="sev"><span class="badge">${esc(say(SEVERITY_LABELS[f.severity], lang))}</span></td><td class="status">${esc(say(STATUS_LABELS[f.status], lang))}</td><td class="num">${esc(f.expected ?? '')}</td><td class="num">${esc(f.printed ?? '')}</td><td class="num">${esc(f.difference ?? '')}</td><td class="num">${esc(f.tolerance ?? '')}</td><td class="msg">${lang === 'both' ? `${esc(f.message.zh)}<br>${esc(f.message.en)}` : esc(f.message[lang])}</td></tr>`

/**
 * Renders a reconciliation report as an HTML fragment (`<section class="mb-report">`), top-down:
 * summary, causes (each naming the findings it explains), findings table (those of the causes
 * first, then single contradictions by severity and rule order, then rounding tails when asked
 * for; rows classed by status and severity) and coverage table, with its own scoped styles unless `style: false`.
 * For a complete page, see {@link renderReportHtmlPage}.
 *
 * @param report - the result of `reconcile`
 * @param options - language, whether to list rounding tails, whether to include the styles
 * @returns an HTML fragment
 * @example
 * ```ts
 * const html = renderReportHtml(reconcile(doc), { lang: 'both' })
 * html.startsWith('<section class="mb-report">') // true
 * ```
 */
export function renderReportHtml(
  report: ReconciliationReport,
  options: RenderReportHtmlOptions = {},
): string {
  return withReport(report, (r) => renderReportHtmlOf(r, reportOptionsOf(options, ['style'])))
}

/**
 * The body of {@link renderReportHtml}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * renderReportHtmlOf(report, reportOptionsOf({})).startsWith('<section') // true
 * ```
 */
function renderReportHtmlOf(report: ReconciliationReport, options: CheckedReportOptions): string {
  const lang = options.lang
  const s = report.summary
  const sections = reportSections(report)
  const listed: Finding[] = [
    ...sections.causes.flatMap((c) => c.findings),
    ...sections.single,
    ...(options.showTails ? sections.tails : []),
  ]
  const number = new Map(listed.map((f, i) => [f, i + 1]))
  const rows = listed.map((f) => findingRow(f, lang))
  const causes =
    sections.causes.length === 0
      ? ''
      : `<h3>${esc(say({ zh: '原因', en: 'Causes' }, lang))}</h3>\n<ol class="causes">${sections.causes
          .map(
            ({ cause, findings }) =>
              `<li class="${cause.kind}"><strong>${esc(say(CAUSE_LABELS[cause.kind], lang))}</strong>：${lang === 'both' ? `${esc(cause.explanation.zh)}<br>${esc(cause.explanation.en)}` : esc(cause.explanation[lang])} <span class="explains">(${esc(say({ zh: '解释', en: 'explains' }, lang))} ${findings.map((f) => `#${number.get(f)}`).join(', ')})</span></li>`,
          )
          .join('\n')}</ol>`
  const coverage = report.coverage.map(
    (c) =>
      `<tr class="${c.status}"><td class="rule"><code>${esc(c.rule)}</code></td><td class="run">${esc(say(RUN_LABELS[c.status], lang))}</td><td class="num">${c.checks}</td><td class="num">${c.findings}</td><td>${c.reason ? esc(say(c.reason, lang)) : ''}</td></tr>`,
  )
  const summary = say(
    {
      zh: `核对 ${s.checks} 处；矛盾 ${s.mismatches}；尾差 ${s.roundingTails}；无法计算 ${s.notComputable}；参考 ${s.info}`,
      en: summaryEn(s),
    },
    lang,
  )
  const tails =
    !options.showTails && s.roundingTails > 0
      ? `<p class="summary">${esc(say({ zh: `另有 ${s.roundingTails} 处差异属四舍五入尾差，不视为矛盾。`, en: `${s.roundingTails === 1 ? '1 more difference is a rounding tail' : `${s.roundingTails} more differences are rounding tails`}, not contradictions.` }, lang))}</p>`
      : ''
  return [
    '<section class="mb-report">',
    !options.style ? '' : `<style>${REPORT_CSS}</style>`,
    `<h2>${esc(say({ zh: '核对报告', en: 'Reconciliation report' }, lang))}：${esc(report.document.department)} ${report.document.fiscalYear}</h2>`,
    `<p class="summary">${esc(summary)}</p>`,
    causes,
    `<table class="findings"><thead><tr>${(['rule', 'severity', 'status', 'expected', 'printed', 'difference', 'tolerance', 'message'] as const).map((k) => th(k, lang)).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
    tails,
    `<h3>${esc(say({ zh: '规则覆盖', en: 'Rule coverage' }, lang))}</h3>`,
    `<table class="coverage"><thead><tr>${(['rule', 'run', 'checks', 'findings', 'reason'] as const).map((k) => th(k, lang)).join('')}</tr></thead>`,
    `<tbody>${coverage.join('\n')}</tbody></table>`,
    '</section>',
  ]
    .filter((l) => l !== '')
    .join('\n')
}

/** Options of {@link renderReportHtmlPage}. */
export interface RenderReportHtmlPageOptions extends RenderReportOptions {
  /** Page title (default: "核对报告 / Reconciliation report: <department> <year>"). */
  readonly title?: string
}

/**
 * Renders a reconciliation report as a complete, self-contained HTML page: `<!doctype html>`,
 * UTF-8 charset, `lang`, a viewport, the styles inline (screen and print), no external resource.
 *
 * @param report - the result of `reconcile`
 * @param options - language, whether to list rounding tails, page title
 * @returns a complete HTML document
 * @example
 * ```ts
 * writeFileSync('report.html', renderReportHtmlPage(reconcile(doc), { lang: 'both' }))
 * renderReportHtmlPage(reconcile(doc)).includes('<meta charset="utf-8">') // true
 * ```
 */
export function renderReportHtmlPage(
  report: ReconciliationReport,
  options: RenderReportHtmlPageOptions = {},
): string {
  return withReport(report, (r) => renderReportHtmlPageOf(r, reportOptionsOf(options, ['title'])))
}

/**
 * The body of {@link renderReportHtmlPage}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * renderReportHtmlPageOf(report, reportOptionsOf({})).startsWith('<!doctype html>') // true
 * ```
 */
function renderReportHtmlPageOf(report: ReconciliationReport, options: CheckedReportOptions): string {
  const lang = options.lang
  const title =
    options.title ??
    `${say({ zh: '核对报告', en: 'Reconciliation report' }, lang)}：${report.document.department} ${report.document.fiscalYear}`
  return [
    '<!doctype html>',
    `<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>body{margin:2rem;background:#fff}@media print{body{margin:0}}${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    renderReportHtmlOf(report, { ...options, style: false }),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
