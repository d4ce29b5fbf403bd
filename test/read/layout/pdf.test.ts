import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../../src/errors'
import { layoutDocument } from '../../../src/read/layout/layoutDocument'
import { normalizeRadicals } from '../../../src/read/source/pdfLines'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url)))

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'no error'
  } catch (e) {
    return isMedbudgetError(e) ? e.code : `untyped: ${String(e)}`
  }
}

describe('layoutDocument on PDFs', () => {
  it('reads a PDF whose Chinese font is not embedded (needs the CMaps), cell by cell', async () => {
    const doc = await layoutDocument(fixture('cmap-gb1.pdf'))
    expect(doc.source).toBe('pdf')
    expect(doc.emptyPages).toEqual([])
    const t = doc.tables[0]!
    expect(t.title).toBe('2024年部门收支总表')
    expect(t.unit).toBe('万元')
    expect(t.department).toBe('某某医疗保障局')
    expect(t.columns.map((c) => c.role)).toEqual(['label', 'value', 'label', 'value'])
    expect(t.columns.map((c) => c.block)).toEqual([0, 0, 1, 1])
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['一、一般公共预算', '8,938.04', '一、卫生健康支出', '8,887.57'],
      ['二、上年结转', '5.99', '二、住房保障支出', '56.46'],
      ['收入总计', '8,944.03', '支出总计', '8,944.03'],
    ])
  }, 30_000)

  it('reads the tables of sample 000 printed by chromium: titles, units, two-sided 收支 table', async () => {
    const doc = await layoutDocument(fixture('tables-000.pdf'))
    const titles = doc.tables.map((t) => t.title)
    expect(titles).toContain('2024年部门收支总体情况表')
    expect(titles).toContain('2024年一般公共预算基本支出表')
    expect(titles).toContain('2024年项目支出表')
    const summary = doc.tables.find((t) => t.title === '2024年部门收支总体情况表')!
    expect(summary.unit).toBe('万元')
    expect(summary.columns.map((c) => c.block)).toEqual([0, 0, 1, 1])
    expect(summary.rows[0]!.cells).toEqual(['一、一般公共预算', '8,938.04', '一、一般公共服务', ''])
    const last = summary.rows.find((r) => r.cells[0] === '收入总计')!.cells
    expect(last[1]).toBe('8,944.03')
    expect(summary.rows.find((r) => r.cells[2] === '支出总计')!.cells[3]).toBe('8,944.03')
    const basic = doc.tables.find((t) => t.title === '2024年一般公共预算基本支出表')!
    expect(basic.rows.find((r) => r.cells[0] === '30302')!.cells).toEqual([
      '30302',
      '退休费',
      '50905',
      '离退休费',
      '8.09',
      '8.09',
      '',
    ])
  }, 60_000)

  it('reads a table restated in 元', async () => {
    const doc = await layoutDocument(fixture('yuan-000.pdf'))
    expect(doc.tables[0]!.unit).toBe('元')
    expect(doc.tables[0]!.rows.some((r) => r.cells.includes('89,380,400.00'))).toBe(true)
  }, 30_000)

  it('keeps a table printed over two pages as one table', async () => {
    const doc = await layoutDocument(fixture('long-table-002.pdf'))
    expect(doc.pages).toBeGreaterThan(1)
    const t = doc.tables[0]!
    expect(t.pages.length).toBeGreaterThan(1)
    // the repeated header is not read as a body row
    expect(t.rows.filter((r) => r.cells.includes('项目') || r.cells.includes('项 目'))).toEqual([])
  }, 30_000)

  it('gives typed errors for bytes that are not a PDF, a corrupt PDF and too many pages', async () => {
    expect(await codeOf(layoutDocument(new TextEncoder().encode('hello, not a pdf')))).toBe('PDF_INVALID')
    expect(await codeOf(layoutDocument(new TextEncoder().encode('%PDF-1.4\n1 0 obj garbage\n%%EOF')))).toBe(
      'PDF_INVALID',
    )
    expect(await codeOf(layoutDocument(fixture('long-table-002.pdf'), { maxPages: 1 }))).toBe(
      'INPUT_TOO_LARGE',
    )
    expect(await codeOf(layoutDocument(fixture('cmap-gb1.pdf'), { maxBytes: 100 }))).toBe('INPUT_TOO_LARGE')
    expect(await codeOf(layoutDocument(fixture('cmap-gb1.pdf')))).toBe('no error')
  }, 30_000)

  it('maps Kangxi radicals and radical supplements to the ideographs', () => {
    expect(normalizeRadicals('⼀、部⻔收⽀')).toBe('一、部门收支')
    expect(normalizeRadicals('收支')).toBe('收支')
  })
})
