import { expect, it, vi } from 'vitest'
import { loadSample } from '../../../src/samples/index'

it('without exceljs, the entry imports and renderXlsx says what to install (EXCELJS_MISSING)', async () => {
  vi.doMock('exceljs', () => {
    throw new Error("Cannot find package 'exceljs'")
  })
  const { renderXlsx } = await import('../../../src/tables/xlsx/index')
  await expect(renderXlsx(loadSample('001').tables)).rejects.toMatchObject({
    code: 'EXCELJS_MISSING',
    zh: expect.stringContaining('npm install exceljs'),
  })
  vi.doUnmock('exceljs')
})
