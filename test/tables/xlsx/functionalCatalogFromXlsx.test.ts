import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { functionalCatalogFromXlsx } from '../../../src/codes/functional/fromTable/functionalCatalogFromXlsx'

async function workbook(
  rows: readonly (readonly (string | number | null)[])[],
  sheetName = '功能分类',
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheetName)
  for (const r of rows) ws.addRow([...r])
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe('functionalCatalogFromXlsx', () => {
  it('reads the Ministry layout (类/款/项 with blanks repeating the rows above), numbers as numbers', async () => {
    const bytes = await workbook([
      ['2026年政府收支分类科目'],
      ['类', '款', '项', '科目名称', '说明'],
      [210, null, null, '卫生健康支出', '反映…'],
      [null, '15', null, '医疗保障管理事务'],
      [null, null, '01', '行政运行'],
      [null, null, '06', '医疗保障经办事务'],
    ])
    const c = await functionalCatalogFromXlsx(bytes, {
      edition: 2026,
      provenance: 'reference',
      file: 'mof-2026.xlsx',
    })
    expect(c.entries.map((e) => e.code)).toEqual(['210', '21015', '2101501', '2101506'])
    expect(c.nameOf('2101506')).toBe('医疗保障经办事务')
    expect(c.get('210')?.provenance).toEqual([{ kind: 'reference', file: 'mof-2026.xlsx' }])
  })

  it('names the worksheet, row and column of a problem', async () => {
    const bytes = await workbook([
      ['科目编码', '科目名称'],
      ['210', '卫生健康支出'],
      ['2109901', '无上级'],
    ])
    await expect(functionalCatalogFromXlsx(bytes, { edition: 2026 })).rejects.toMatchObject({
      code: 'CATALOG_INVALID',
      zh: expect.stringContaining('第 3 行第 1 列'),
      en: expect.stringContaining('worksheet "功能分类"'),
    })
  })

  it('refuses a missing worksheet and bytes that are not a workbook', async () => {
    const bytes = await workbook([['210', '卫生健康支出']])
    await expect(functionalCatalogFromXlsx(bytes, { edition: 2026, sheet: '没有' })).rejects.toMatchObject({
      code: 'OPTION_INVALID',
    })
    await expect(functionalCatalogFromXlsx(bytes, { edition: 2026, sheet: 1 })).resolves.toBeDefined()
    await expect(
      functionalCatalogFromXlsx(new TextEncoder().encode('not a zip'), { edition: 2026 }),
    ).rejects.toMatchObject({ code: 'OPTION_INVALID' })
  })
})
