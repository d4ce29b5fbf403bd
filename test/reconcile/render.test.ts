import { describe, expect, it } from 'vitest'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import { reconcile } from '../../src/reconcile/reconcile'
import { orderFindings } from '../../src/reconcile/render/orderFindings'
import { renderReportHtml, renderReportHtmlPage } from '../../src/reconcile/render/renderReportHtml'
import { renderReportMarkdown } from '../../src/reconcile/render/renderReportMarkdown'
import { renderReportText } from '../../src/reconcile/render/renderReportText'
import { reportSections } from '../../src/reconcile/render/reportSections'
import { reportToJson } from '../../src/reconcile/render/reportToJson'
import { loadSample } from '../../src/samples/index'
import { col, docWith, EMPTY_TEMPLATE, table, total } from './docWith'

// one mismatch (合计 ≠ 基本 + 项目) and one rounding tail
const doc = parseDisclosure(
  docWith([
    table(
      'expenditure',
      [col('total'), col('exp.basic'), col('exp.project')],
      [total({ total: '10.00', 'exp.basic': '4.00', 'exp.project': '5.00' })],
    ),
    table(
      'gpb-expenditure',
      [col('total'), col('exp.basic'), col('exp.project')],
      [total({ total: '10.01', 'exp.basic': '4.00', 'exp.project': '6.00' })],
    ),
  ]),
  { templates: [EMPTY_TEMPLATE] },
)
const report = reconcile(doc, { templates: [EMPTY_TEMPLATE] })

describe('report renderers', () => {
  it('counts mismatches and tails apart', () => {
    expect(report.summary.mismatches).toBe(1)
    expect(report.summary.roundingTails).toBe(1)
  })

  it('text: contradictions listed, tails counted unless asked for, coverage of every rule', () => {
    const text = renderReportText(report)
    expect(text).toContain('矛盾 1，尾差 1')
    expect(text).toContain('row-total-by-kind')
    expect(text).toContain('另有 1 处差异属四舍五入尾差')
    expect(text.match(/不适用/g)?.length).toBeGreaterThan(5)
    expect(renderReportText(report, { showTails: true })).toContain('尾差范围')
    expect(renderReportText(report, { lang: 'en' })).toContain('does not hold')
    expect(renderReportText(report, { lang: 'en' })).not.toMatch(/[\u4e00-\u9fff]{4}/)
  })

  it('markdown: a findings table and a coverage table', () => {
    const md = renderReportMarkdown(report, { lang: 'both' })
    expect(md).toContain(
      '| 1 | `row-total-by-kind` | 错误 / error | 矛盾 / mismatch | 9 | 10.00 | 1 | 0.015 |',
    )
    expect(md).toContain('| `summary-balance` | 不适用 / not applicable | 0 | 0 |')
  })

  it('html: escaped, rows classed by status', () => {
    const html = renderReportHtml(report)
    expect(html).toMatch(/<tr class="mismatch sev-(error|warning|info)">/)
    expect(html).toContain('<section class="mb-report">')
    expect(html).not.toContain('<合计>')
    expect(renderReportHtml(report, { style: false })).not.toContain('<style>')
  })

  it('html page: complete, self-contained, charset, the severity column kept on one line', () => {
    const page = renderReportHtmlPage(report, { lang: 'both' })
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/)
    expect(page).toContain('<meta charset="utf-8">')
    expect(page).toContain('td.sev')
    expect(page).toMatch(/white-space:nowrap/)
    expect(page).not.toMatch(/<link|<script|src="http/)
    expect(page.trimEnd().endsWith('</html>')).toBe(true)
    expect(renderReportHtmlPage(report, { lang: 'en' })).toContain('<html lang="en">')
  })

  it('lists findings in one order in text, Markdown and HTML: causes first, then severity and rule', () => {
    const big = reconcile(loadSample('002'))
    const ordered = orderFindings(big)
    expect(ordered.length).toBeGreaterThan(3)
    expect(ordered.map((f) => f.severity)).not.toEqual(big.findings.map((f) => f.severity))
    const rank = { error: 0, warning: 1, info: 2 } as const
    for (let i = 1; i < ordered.length; i++)
      expect(rank[ordered[i - 1]!.severity]).toBeLessThanOrEqual(rank[ordered[i]!.severity])
    const sections = reportSections(big)
    expect(sections.causes.length).toBe(1)
    const shown = [...sections.causes.flatMap((c) => c.findings), ...sections.single].map((f) => f.rule)
    expect(shown).not.toEqual(ordered.filter((f) => f.status !== 'rounding-tail').map((f) => f.rule))
    expect(renderReportText(big)).toMatch(/^原因 1（同一错数重复）\n {3}同一对数字在 3 处不符/m)
    expect(renderReportMarkdown(big)).toContain('### 原因')
    expect(renderReportHtml(big)).toContain('<ol class="causes"><li class="repeated-figure">')
    // a report without causes (read back from older JSON) renders all the same
    const { causes: _, ...old } = big
    expect(renderReportText(old as typeof big)).not.toContain('原因 1')
    const inText = [...renderReportText(big).matchAll(/^\d+\. \[[^\]]+\] (\S+)$/gm)].map((m) => m[1])
    const inHtml = [
      ...renderReportHtml(big).matchAll(/<tr class="[^"]*sev-[^"]*"><td class="rule"><code>([^<]+)</g),
    ].map((m) => m[1])
    const inMd = [...renderReportMarkdown(big).matchAll(/^\| \d+ \| `([^`]+)`/gm)].map((m) => m[1])
    expect(inText).toEqual(shown)
    expect(inHtml).toEqual(shown)
    expect(inMd).toEqual(shown)
  })

  it('says "1 mismatch" and "2 mismatches"', () => {
    const one = { ...report, summary: { ...report.summary, checks: 1, mismatches: 1, roundingTails: 1 } }
    const two = { ...report, summary: { ...report.summary, mismatches: 2 } }
    expect(renderReportText(one, { lang: 'en' })).toMatch(/1 check, 1 mismatch, 1 rounding tail,/)
    expect(renderReportText(one, { lang: 'en' })).not.toMatch(/1 mismatches/)
    expect(renderReportText(two, { lang: 'en' })).toMatch(/2 mismatches/)
  })

  it('json: round-trips the report', () => {
    const parsed = JSON.parse(reportToJson(report))
    expect(parsed.summary).toEqual(report.summary)
    expect(parsed.findings[0].message.en).toBe(report.findings[0]?.message.en)
  })
})
