import { describe, expect, it } from 'vitest'
import { loadSample } from '../../src/samples/index'
import { indicatorLayout } from '../../src/tables/indicatorLayout'
import { performanceLayouts } from '../../src/tables/performanceLayouts'
import { renderCsv } from '../../src/tables/renderers/renderCsv'
import { renderHtml, renderHtmlPage } from '../../src/tables/renderers/renderHtml'
import { renderMarkdown } from '../../src/tables/renderers/renderMarkdown'
import { renderText } from '../../src/tables/renderers/renderText'

describe('indicatorLayout', () => {
  const budget = loadSample('000')
  const final = loadSample('002')

  it('lays out the department targets of a budget, one row per indicator, merged 一级/二级 labels blank', () => {
    const indicators = budget.departmentPerformance?.indicators ?? []
    const layout = indicatorLayout(indicators, { title: '部门整体绩效目标表' })
    expect(layout.header[0]?.map((h) => h.label)).toEqual(['一级指标', '二级指标', '三级指标', '指标值'])
    expect(layout.body).toHaveLength(indicators.length)
    expect(layout.body[0]?.cells.map((c) => c.text)).toEqual([
      '投入管理指标',
      '工作目标管理',
      '年度履职目标相关性',
      '相关',
    ])
    expect(layout.body[1]?.cells[0]?.text).toBe('')
    expect(renderText(layout)).toContain('≥97%')
  })

  it('adds 实际完成值, 分值 and 得分 for a 决算 self-evaluation', () => {
    const indicators = final.departmentPerformance?.indicators ?? []
    const layout = indicatorLayout(indicators, { title: '部门整体支出绩效自评表' })
    expect(layout.header[0]?.map((h) => h.label)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      '实际完成值',
      '分值',
      '得分',
    ])
    expect(layout.body.some((r) => r.cells[6]?.text !== '')).toBe(true)
  })

  it('is read by every renderer, and a document gives one layout per project with indicators', () => {
    const layouts = performanceLayouts(budget)
    expect(layouts.length).toBe(1 + (budget.projects ?? []).filter((p) => p.indicators.length > 0).length)
    const first = layouts[0]!
    expect(renderHtml(first)).toContain('id="department-performance-indicators"')
    expect(renderMarkdown(first)).toContain('| 一级指标 | 二级指标 | 三级指标 | 指标值 |')
    expect(renderCsv(first).split('\r\n')[0]).toBe('一级指标,二级指标,三级指标,指标值')
    expect(renderHtmlPage([...budget.tables, ...layouts])).toContain('项目绩效目标：')
  })
})
