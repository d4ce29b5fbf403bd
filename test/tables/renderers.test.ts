import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/tables/renderers/displayWidth'
import { renderCsv } from '../../src/tables/renderers/renderCsv'
import { renderHtml, renderHtmlPage } from '../../src/tables/renderers/renderHtml'
import { renderMarkdown } from '../../src/tables/renderers/renderMarkdown'
import { renderText } from '../../src/tables/renderers/renderText'
import { expenditureTable, summaryTable } from './exampleTable'

describe('renderCsv', () => {
  it('writes one line per header level, spanning labels in their first column', () => {
    const lines = renderCsv(expenditureTable).split('\r\n')
    expect(lines[0]).toBe('科目编码,,,单位代码,单位（科目名称）,合计,基本支出,,,,,项目支出,,')
    expect(lines[2]).toBe(',,,,,,,工资福利支出,对个人和家庭的补助,商品和服务支出,资本性支出,,,')
    expect(lines[3]).toBe(',,,,合计,"8,944.03",658.67,627.30,8.09,23.28,,"8,285.36",,"8,285.36"')
  })

  it('adds a BOM for Excel only when asked', () => {
    expect(renderCsv(expenditureTable, { bom: true }).startsWith('\uFEFF科目编码')).toBe(true)
    expect(renderCsv(expenditureTable).startsWith('科目编码')).toBe(true)
  })
})

describe('renderMarkdown', () => {
  it('joins header paths and right-aligns amounts', () => {
    const md = renderMarkdown(expenditureTable)
    expect(md).toContain('| 科目编码 / 类 | 科目编码 / 款 |')
    expect(md).toContain('基本支出 / 人员经费 / 工资福利支出')
    expect(md).toContain('| :--- | :--- | :--- | :--- | :--- | ---: |')
    expect(md).toContain('| 208 | 05 | 01 |  | 行政单位离退休 | 8.09 |')
    expect(md).toContain('> 注：报表金额单位转换时可能存在四舍五入尾数误差。')
  })

  it('escapes pipes in labels', () => {
    const table = { ...summaryTable, rows: [{ ...summaryTable.rows[0]!, name: 'a|b' }] }
    expect(renderMarkdown(table)).toContain('a\\|b')
  })
})

describe('renderHtml', () => {
  it('writes a semantic table with spans, row kinds and escaped text', () => {
    const html = renderHtml({ ...expenditureTable, title: '<支出>' })
    expect(html).toContain('<caption>&lt;支出&gt; <span class="unit">单位：万元</span></caption>')
    expect(html).toContain('<th scope="colgroup" colspan="5">基本支出</th>')
    expect(html).toContain('<th scope="col" rowspan="3">合计</th>')
    expect(html).toContain('<td class="num amount total">8,944.03</td>')
    expect(html).not.toContain('<支出>')
  })

  it('makes a printable page with a contents list', () => {
    const page = renderHtmlPage([expenditureTable, summaryTable], {
      title: '卫辉市医疗保障局2024年部门预算表',
    })
    expect(page.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true)
    expect(page).toContain('<a href="#summary">2024年部门收支总体情况表</a>')
    expect(page).toContain('@media print')
    expect(page.match(/<table>/g)).toHaveLength(2)
  })
})

describe('renderText', () => {
  it('aligns Chinese text by display width and right-aligns amounts', () => {
    const text = renderText(summaryTable)
    const lines = text.split('\n')
    expect(lines[0]).toBe('2024年部门收支总体情况表（单位：万元）')
    const row = lines.find((l) => l.includes('一般公共预算'))!
    const total = lines.find((l) => l.includes('收入总计'))!
    const endOf = (line: string, text: string) =>
      displayWidth(line.slice(0, line.indexOf(text) + text.length))
    expect(endOf(row, '8,938.04')).toBe(endOf(total, '8,944.03'))
    expect(row.indexOf('8,938.04')).not.toBe(total.indexOf('8,944.03') + 1) // proves widths, not characters, align
  })

  it('leaves out all-blank rows when asked, but keeps a row another block fills', () => {
    const blocks = {
      ...summaryTable,
      rows: [...summaryTable.rows, { ...summaryTable.rows[2]!, code: '202', name: '外交' }],
    }
    expect(renderText(blocks)).toContain('外交')
    expect(renderText(blocks, { skipEmptyRows: true })).not.toContain('外交')
    expect(renderText(blocks, { skipEmptyRows: true })).toContain('一般公共服务')
  })
})
