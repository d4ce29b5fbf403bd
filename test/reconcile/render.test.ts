import { describe, expect, it } from 'vitest'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import { reconcile } from '../../src/reconcile/reconcile'
import { renderReportHtml } from '../../src/reconcile/render/renderReportHtml'
import { renderReportMarkdown } from '../../src/reconcile/render/renderReportMarkdown'
import { renderReportText } from '../../src/reconcile/render/renderReportText'
import { reportToJson } from '../../src/reconcile/render/reportToJson'
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
    expect(html).toContain('<tr class="mismatch">')
    expect(html).toContain('<section class="mb-report">')
    expect(html).not.toContain('<合计>')
  })

  it('json: round-trips the report', () => {
    const parsed = JSON.parse(reportToJson(report))
    expect(parsed.summary).toEqual(report.summary)
    expect(parsed.findings[0].message.en).toBe(report.findings[0]?.message.en)
  })
})
