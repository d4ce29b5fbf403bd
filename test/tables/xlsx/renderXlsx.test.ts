import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { PrintedTable } from '../../../src/model/table'
import { loadSample } from '../../../src/samples/index'
import { renderXlsx } from '../../../src/tables/xlsx/renderXlsx'

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return wb
}

describe('renderXlsx', () => {
  const doc = loadSample('000')

  it('writes one worksheet per table, read back by exceljs with titles, merged headers and amounts', async () => {
    const wb = await readBack(await renderXlsx(doc.tables))
    expect(wb.worksheets).toHaveLength(doc.tables.length)
    const sheet = wb.worksheets[2] as ExcelJS.Worksheet
    expect(sheet.getCell(1, 1).value).toBe('三  2024年部门支出总体情况表')
    expect(sheet.getCell(2, 1).value).toBe('单位：万元')
    // 科目编码 spans 类/款/项: a merged header cell over three columns
    expect(sheet.getCell(3, 1).value).toBe('科目编码')
    expect(sheet.getCell(3, 3).isMerged).toBe(true)
    expect(sheet.getCell(3, 3).master.address).toBe('A3')
    // 合计 row: first body row after three header rows
    const totalRow = sheet.getRow(6)
    expect(totalRow.getCell(5).value).toBe('合计')
    expect(totalRow.getCell(6).value).toBe(8944.03)
    expect(totalRow.getCell(6).numFmt).toBe('#,##0.00')
    // a blank printed cell stays empty (资本性支出 of 合计)
    expect(totalRow.getCell(11).value).toBeNull()
  })

  it('keeps 0.00 distinct from blank, and text figures as text', async () => {
    const table: PrintedTable = {
      id: 't',
      kind: 'three-public',
      title: '测试表',
      unit: '万元',
      columns: [
        { key: '3p.total', header: ['合计'] },
        { key: '3p.abroad', header: ['因公出国（境）费'] },
        { key: '3p.reception', header: ['公务接待费'] },
        { key: '3p.vehicle', header: ['公务用车'] },
      ],
      rows: [
        {
          kind: 'total',
          name: '合计',
          cells: {
            '3p.total': '0.00',
            '3p.abroad': '',
            '3p.reception': '××.××',
            '3p.vehicle': '1234567890123456.78',
          },
        },
      ],
    }
    const wb = await readBack(await renderXlsx([table, { ...table, id: 't2' }]))
    const row = (wb.worksheets[0] as ExcelJS.Worksheet).getRow(4)
    expect(row.getCell(2).value).toBe(0)
    expect(row.getCell(2).numFmt).toBe('#,##0.00')
    expect(row.getCell(3).value).toBeNull()
    expect(row.getCell(4).value).toBe('××.××')
    // too many digits for a double: written as text, every digit kept
    expect(row.getCell(5).value).toBe('1,234,567,890,123,456.78')
    expect(wb.worksheets.map((w) => w.name)).toEqual(['测试表', '测试表(2)'])
  })
})
