/**
 * Regression tests of issue 14 for the renderers: no formula, markup or invalid XML gets through.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { PrintedTable } from '../../src/model/table'
import { renderCsv } from '../../src/tables/renderers/renderCsv'
import { renderMarkdown } from '../../src/tables/renderers/renderMarkdown'
import { renderXlsx } from '../../src/tables/xlsx/renderXlsx'
import { expenditureTable } from '../tables/exampleTable'

function withName(name: string, title = expenditureTable.title): PrintedTable {
  const [total, unit, detail] = expenditureTable.rows
  return {
    ...expenditureTable,
    title,
    rows: [total, unit, { ...(detail as NonNullable<typeof detail>), name }].filter(
      (r): r is NonNullable<typeof r> => r !== undefined,
    ),
  }
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return wb
}

describe('issue 14: CSV formula injection', () => {
  it('=HYPERLINK(…) and @SUM(…) are written as text', () => {
    const csv = renderCsv(withName('=HYPERLINK("http://x","y")'))
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(renderCsv(withName('@SUM(A1:A9)'))).toContain("'@SUM(A1:A9)")
    expect(renderCsv(withName('+1+cmd'))).toContain("'+1+cmd")
    expect(renderCsv(withName('-1+cmd|x'))).toContain("'-1+cmd|x")
    expect(renderCsv(withName('\tcmd'))).toContain("'\tcmd")
  })
  it('figures and dashes keep their printed form', () => {
    const csv = renderCsv(expenditureTable)
    expect(csv).toContain('"8,944.03"')
    expect(csv).not.toContain("'")
    expect(renderCsv(withName('-'))).toContain(',-,')
    const negative: PrintedTable = {
      ...expenditureTable,
      rows: [
        { kind: 'detail', code: '2080501', codeSystem: 'functional', name: 'x', cells: { total: '-12.50' } },
      ],
    }
    expect(renderCsv(negative)).toContain(',-12.50,')
    expect(renderCsv(negative)).not.toContain("'-12.50")
  })
})

describe('issue 14: Markdown escaping', () => {
  it('<script> is shown, not run', () => {
    const md = renderMarkdown(withName('<script>alert(1)</script>'))
    expect(md).not.toContain('<script>')
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
  it('a backslash before | cannot end the cell', () => {
    const md = renderMarkdown(withName('a\\|b'))
    const line = md.split('\n').find((l) => l.includes('a\\\\'))
    expect(line).toBeDefined()
    // a\\\|b: the backslash is escaped, then the pipe: the cell count of the row is unchanged
    expect(line).toContain('a\\\\\\|b')
    const header = md.split('\n').find((l) => l.startsWith('| 科目编码'))
    const count = (s: string): number => s.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length
    expect(count(line as string)).toBe(count(header as string))
  })
})

describe('issue 14: xlsx sheet names and invalid XML', () => {
  it("a table titled 'History', titles with apostrophes at the ends, and titles differing in case all render", async () => {
    const tables = [
      withName('x', 'History'),
      withName('x', "'引号表'"),
      withName('x', 'Table'),
      withName('x', 'TABLE'),
      withName('x', "''"),
    ]
    const wb = await readBack(await renderXlsx(tables))
    const names = wb.worksheets.map((w) => w.name)
    expect(names).toHaveLength(5)
    expect(names.map((n) => n.toLowerCase())).not.toContain('history')
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(5)
    for (const n of names) {
      expect(n.startsWith("'") || n.endsWith("'")).toBe(false)
      expect(n.length).toBeGreaterThan(0)
      expect(n.length).toBeLessThanOrEqual(31)
    }
  })
  it('U+FFFE and control characters are replaced, and the workbook reads back', async () => {
    const wb = await readBack(await renderXlsx([withName('a\uFFFEb\u0001c\uD800', '表\uFFFF')]))
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet
    const values: string[] = []
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') values.push(cell.value)
      })
    })
    expect(values).toContain('a\uFFFDb\uFFFDc\uFFFD')
    const all = values.join('')
    for (const bad of ['\uFFFE', '\uFFFF', '\u0001']) expect(all.includes(bad)).toBe(false)
  })
})
