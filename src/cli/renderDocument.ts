/**
 * One document's result as text, Markdown or a self-contained HTML page, and the index page of a
 * batch. Reconciliation reports are rendered by the library's renderers; the CLI adds what only a
 * batch knows (the file, why a file was not checked, the page of each finding).
 * @module
 */
// from the modules themselves, not the root barrel: the main thread of a batch loads these without the
// reader and catalogs its workers load (a split bin, tsup.config.ts)
import type { PrintedTable } from '../model/table'
import { renderReportMarkdown } from '../reconcile/render/renderReportMarkdown'
import { renderReportText } from '../reconcile/render/renderReportText'
import type { ReconciliationReport } from '../reconcile/types'
import { renderHtml } from '../tables/renderers/renderHtml'
import type { CheckDocumentRecord, CheckSummaryRecord } from './schema'
import { renderSummaryText } from './summary'

/** Report language. */
export type Lang = 'zh' | 'en' | 'both'

const say = (t: { readonly zh: string; readonly en: string }, lang: Lang): string =>
  lang === 'both' ? `${t.zh} / ${t.en}` : t[lang]

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const STATUS = {
  checked: { zh: '已核对', en: 'checked' },
  unreadable: { zh: '无法读取', en: 'unreadable' },
  scanned: { zh: '扫描件（无文字层）', en: 'scanned (no text layer)' },
  'not-a-disclosure': { zh: '不是预决算公开', en: 'not a disclosure' },
  timeout: { zh: '超时', en: 'timed out' },
} as const

const FINDING_STATUS = {
  mismatch: { zh: '矛盾', en: 'mismatch' },
  'rounding-tail': { zh: '尾差', en: 'rounding tail' },
  'not-computable': { zh: '无法计算', en: 'not computable' },
  'insufficient-data': { zh: '数据不足', en: 'insufficient data' },
  'not-applicable': { zh: '不适用', en: 'not applicable' },
  info: { zh: '参考', en: 'information' },
} as const

/** The record as the report the library's renderers read (the shapes agree field for field). */
function asReport(record: CheckDocumentRecord): ReconciliationReport | undefined {
  if (record.document === undefined || record.summary === undefined) return undefined
  return {
    document: {
      department: record.document.department,
      fiscalYear: record.document.fiscalYear,
      kind: record.document.kind,
    },
    findings: record.findings,
    causes: record.causes ?? [],
    coverage: record.coverage,
    summary: record.summary,
  } as unknown as ReconciliationReport
}

const kindLabel = (kind: 'budget' | 'final-account', lang: Lang): string =>
  say(kind === 'budget' ? { zh: '预算', en: 'budget' } : { zh: '决算', en: 'final account' }, lang)

/** The heading line of a document. */
function heading(record: CheckDocumentRecord, lang: Lang): string {
  const d = record.document
  return d === undefined
    ? record.file
    : `${record.file} — ${d.department} ${d.fiscalYear} ${kindLabel(d.kind, lang)}`
}

const notChecked = (record: CheckDocumentRecord, lang: Lang): string =>
  `${say(STATUS[record.status], lang)}${record.error ? `：${say(record.error, lang)}` : ''}`

/**
 * A document's result as plain text (the library's report, under a heading naming the file).
 *
 * @param record - the document record
 * @param lang - report language
 * @param tails - list rounding tails too
 * @returns text ending with a newline
 * @example
 * ```ts
 * process.stdout.write(renderDocumentText(record, 'zh', false))
 * ```
 */
export function renderDocumentText(record: CheckDocumentRecord, lang: Lang, tails: boolean): string {
  const report = asReport(record)
  const body =
    report === undefined
      ? `${notChecked(record, lang)}\n`
      : renderReportText(report, { lang, showTails: tails })
  return `== ${heading(record, lang)} ==\n${body.endsWith('\n') ? body : `${body}\n`}\n`
}

/**
 * A document's result as Markdown.
 *
 * @param record - the document record
 * @param lang - report language
 * @param tails - list rounding tails too
 * @returns Markdown ending with a newline
 * @example
 * ```ts
 * writeFileSync('out/a.md', renderDocumentMarkdown(record, 'zh', false))
 * ```
 */
export function renderDocumentMarkdown(record: CheckDocumentRecord, lang: Lang, tails: boolean): string {
  const report = asReport(record)
  const body =
    report === undefined
      ? `${notChecked(record, lang)}\n`
      : renderReportMarkdown(report, { lang, showTails: tails })
  return `## ${heading(record, lang)}\n\n${body.endsWith('\n') ? body : `${body}\n`}\n`
}

const PAGE_CSS = `body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2rem;color:#111}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0 1.5rem}
th,td{border:1px solid #999;padding:.2rem .45rem;vertical-align:top}
th{background:#eef2f7}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.mismatch td{background:#fde8e8}tr.rounding-tail td{color:#666}
caption{text-align:left;font-weight:bold;padding:.4rem 0}caption .unit{font-weight:normal;color:#555;margin-left:1rem}
td.total{font-weight:bold;background:#f7f7f7}td.placeholder,td.dash{color:#b00}
.note{font-size:.8rem;color:#444}.mb-table{overflow-x:auto}`

const page = (title: string, body: string): string =>
  `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n<style>${PAGE_CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`

/**
 * A self-contained HTML page of one document: summary, findings with the page each is printed on,
 * what the reader was unsure of, and the tables as read.
 *
 * @param record - the document record
 * @param tables - the document's tables (empty when it was not read)
 * @param lang - report language
 * @param tails - list rounding tails too
 * @returns a complete HTML document
 * @example
 * ```ts
 * writeFileSync('out/a.html', renderDocumentHtml(record, tables, 'zh', false))
 * ```
 */
export function renderDocumentHtml(
  record: CheckDocumentRecord,
  tables: readonly PrintedTable[],
  lang: Lang,
  tails: boolean,
): string {
  const out: string[] = [`<p><a href="index.html">← ${esc(say({ zh: '索引', en: 'index' }, lang))}</a></p>`]
  out.push(`<h1>${esc(heading(record, lang))}</h1>`)
  if (record.summary === undefined) {
    out.push(`<p>${esc(notChecked(record, lang))}</p>`)
    return page(record.file, out.join('\n'))
  }
  const s = record.summary
  out.push(
    `<p>${esc(say({ zh: `核对 ${s.checks} 处；矛盾 ${s.mismatches}；尾差 ${s.roundingTails}；无法计算 ${s.notComputable}；参考 ${s.info}`, en: `${s.checks} checks; ${s.mismatches} mismatches; ${s.roundingTails} rounding tails; ${s.notComputable} not computable; ${s.info} information` }, lang))}</p>`,
  )
  const shown = record.findings.filter((f) => tails || f.status !== 'rounding-tail')
  out.push(`<h2>${esc(say({ zh: '发现', en: 'Findings' }, lang))}</h2>`)
  if (s.mismatches === 0)
    out.push(`<p>${esc(say({ zh: '没有发现矛盾。', en: 'Nothing contradicts.' }, lang))}</p>`)
  if (shown.length > 0) {
    out.push(
      `<table class="findings"><thead><tr><th>${esc(say({ zh: '页', en: 'page' }, lang))}</th><th>rule</th><th>${esc(say({ zh: '结论', en: 'status' }, lang))}</th><th>${esc(say({ zh: '应为', en: 'expected' }, lang))}</th><th>${esc(say({ zh: '印刷', en: 'printed' }, lang))}</th><th>${esc(say({ zh: '差额', en: 'difference' }, lang))}</th><th>${esc(say({ zh: '说明', en: 'message' }, lang))}</th></tr></thead><tbody>`,
    )
    for (const f of shown)
      out.push(
        `<tr class="${f.status}"><td class="num">${f.page ?? ''}</td><td><code>${esc(f.rule)}</code></td><td>${esc(say(FINDING_STATUS[f.status], lang))}</td><td class="num">${esc(f.expected ?? '')}</td><td class="num">${esc(f.printed ?? '')}</td><td class="num">${esc(f.difference ?? '')}</td><td>${f.where.table ? `<a href="#${esc(f.where.table)}">${esc(f.where.tableTitle ?? f.where.table)}</a>：` : ''}${esc(say(f.message, lang))}</td></tr>`,
      )
    out.push('</tbody></table>')
  }
  if (record.diagnostics.length > 0) {
    out.push(`<h2>${esc(say({ zh: '读取说明', en: 'Reading notes' }, lang))}</h2><ul>`)
    for (const d of record.diagnostics)
      out.push(
        `<li>${d.page ? `${esc(say({ zh: `第 ${d.page} 页`, en: `page ${d.page}` }, lang))}：` : ''}${esc(say(d.message, lang))}</li>`,
      )
    out.push('</ul>')
  }
  if (tables.length > 0) {
    out.push(`<h2>${esc(say({ zh: '表格', en: 'Tables' }, lang))}</h2>`)
    for (const t of tables) out.push(renderHtml(t))
  }
  return page(record.file, out.join('\n'))
}

/** A line of the index: what the index keeps of each document (not its findings). */
export interface IndexEntry {
  readonly file: string
  readonly href: string
  readonly status: CheckDocumentRecord['status']
  readonly department?: string
  readonly fiscalYear?: number
  readonly kind?: 'budget' | 'final-account'
  readonly mismatches: number
}

const sortIndex = (entries: readonly IndexEntry[]): IndexEntry[] =>
  [...entries].sort(
    (a, b) =>
      Number(a.status !== 'checked') - Number(b.status !== 'checked') ||
      b.mismatches - a.mismatches ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  )

/**
 * The index page of a batch: documents sorted by contradictions (most first), unreadable ones last.
 *
 * @param entries - one entry per document
 * @param summary - the batch summary
 * @param lang - language
 * @returns a complete HTML document
 * @example
 * ```ts
 * writeFileSync('out/index.html', renderIndexHtml(entries, tally.summary(), 'zh'))
 * ```
 */
export function renderIndexHtml(
  entries: readonly IndexEntry[],
  summary: CheckSummaryRecord,
  lang: Lang,
): string {
  const rows = sortIndex(entries).map(
    (e) =>
      `<tr class="${e.mismatches > 0 ? 'mismatch' : ''}"><td><a href="${esc(encodeURI(e.href))}">${esc(e.file)}</a></td><td>${esc(e.department ?? '')}</td><td>${e.fiscalYear ?? ''}</td><td>${e.kind ? esc(kindLabel(e.kind, lang)) : ''}</td><td>${esc(say(STATUS[e.status], lang))}</td><td class="num">${e.mismatches}</td></tr>`,
  )
  const body = [
    `<h1>${esc(say({ zh: '核对结果', en: 'Check results' }, lang))}</h1>`,
    `<p>${esc(renderSummaryText(summary, lang)).replace(/\n/g, '<br>')}</p>`,
    `<table><thead><tr><th>${esc(say({ zh: '文件', en: 'file' }, lang))}</th><th>${esc(say({ zh: '部门', en: 'department' }, lang))}</th><th>${esc(say({ zh: '年度', en: 'year' }, lang))}</th><th>${esc(say({ zh: '类型', en: 'kind' }, lang))}</th><th>${esc(say({ zh: '状态', en: 'status' }, lang))}</th><th>${esc(say({ zh: '矛盾', en: 'mismatches' }, lang))}</th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
  ]
  return page(say({ zh: '核对结果', en: 'Check results' }, lang), body.join('\n'))
}

/**
 * The index of a batch as Markdown or text, sorted like the HTML index.
 *
 * @param entries - one entry per document
 * @param summary - the batch summary
 * @param lang - language
 * @param markdown - Markdown links (else plain text)
 * @returns the index
 * @example
 * ```ts
 * writeFileSync('out/index.md', renderIndexText(entries, tally.summary(), 'zh', true))
 * ```
 */
export function renderIndexText(
  entries: readonly IndexEntry[],
  summary: CheckSummaryRecord,
  lang: Lang,
  markdown: boolean,
): string {
  const lines = sortIndex(entries).map((e) => {
    const what = `${e.department ?? ''} ${e.fiscalYear ?? ''} ${e.kind ? kindLabel(e.kind, lang) : ''}`.trim()
    const status = e.status === 'checked' ? `${e.mismatches}` : say(STATUS[e.status], lang)
    return markdown
      ? `| [${e.file}](${encodeURI(e.href)}) | ${what} | ${status} |`
      : `${status}\t${e.file}\t${what}`
  })
  const head = markdown
    ? [
        `| ${say({ zh: '文件', en: 'file' }, lang)} | ${say({ zh: '文件内容', en: 'document' }, lang)} | ${say({ zh: '矛盾', en: 'mismatches' }, lang)} |`,
        '| --- | --- | ---: |',
      ]
    : []
  return `${renderSummaryText(summary, lang)}\n${[...head, ...lines].join('\n')}\n`
}
