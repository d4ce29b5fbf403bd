// A subject name wrapped over two lines of its cell, that an OCR read as two lines each with its own
// copy of the codes and amounts (seed 003's 部门支出预算表): one row, read from the copy whose codes
// are whole and whose 合计 is the sum of its columns. Synthetic tab texts, checked both ways.
import { describe, expect, it } from 'vitest'
import type { PrintedTable as Table } from '../../../src/model/table'
import { readSyntheticTable } from '../syntheticTable'

const read = (body: readonly (readonly string[])[]) =>
  readSyntheticTable(
    '2025年部门支出预算表',
    'expenditure',
    ['类', '款', '项', '科目名称', '合计', '基本支出', '项目支出'],
    body,
  )

const summary = (t: Table | undefined) => t?.rows.map((r) => [r.code ?? '', r.name, r.cells.total])

describe('a subject name printed over two lines, each with a copy of the codes and amounts', () => {
  it('reads one row from the copy whose codes are digits (the ghost copy has dots in its codes)', async () => {
    const { table, diagnostics } = await read([
      ['', '', '', '合计', '230.00', '100.00', '130.00'],
      ['208', '05', '05', '行政单位离退休', '100.00', '100.00', ''],
      ['010', '1.0', '0.1', '财政对职工基本医疗保险基金', '100.00', '', '100.00'],
      ['210', '12', '01', '的补助', '130.00', '', '130.00'],
    ])
    expect(summary(table)).toEqual([
      ['', '合计', '230.00'],
      ['2080505', '行政单位离退休', '100.00'],
      ['2101201', '财政对职工基本医疗保险基金的补助', '130.00'],
    ])
    expect(
      diagnostics.some((d) => d.code === 'CELL_UNPLACED' && /printed over two lines/.test(d.message.en)),
    ).toBe(true)
  })

  it('reads the copy whose 合计 is the sum of its columns when both print whole codes', async () => {
    const { table } = await read([
      ['', '', '', '合计', '130.00', '', '130.00'],
      ['210', '12', '02', '财政对城乡居民基本医疗保险', '130.00', '', '130.00'],
      ['210', '12', '02', '基金的补助', '130.00', '', '150.00'],
    ])
    expect(summary(table)).toEqual([
      ['', '合计', '130.00'],
      ['2101202', '财政对城乡居民基本医疗保险基金的补助', '130.00'],
    ])
    expect(table?.rows[1]?.cells['exp.project']).toBe('130.00')
  })

  it('leaves the lines as printed when both copies check, or when the joined name is no subject', async () => {
    const both = await read([
      ['', '', '', '合计', '230.00', '', '230.00'],
      ['210', '12', '01', '财政对职工基本医疗保险基金', '100.00', '', '100.00'],
      ['210', '12', '02', '的补助', '130.00', '', '130.00'],
    ])
    expect(both.table?.rows).toHaveLength(3)
    expect(both.diagnostics.some((d) => /printed over two lines/.test(d.message.en))).toBe(false)
    const noSubject = await read([
      ['', '', '', '合计', '230.00', '100.00', '130.00'],
      ['010', '1.0', '0.1', '行政单位离退休', '100.00', '100.00', ''],
      ['210', '12', '01', '城乡医疗救助', '130.00', '', '130.00'],
    ])
    expect(summary(noSubject.table)?.map((r) => r[1])).toEqual(['合计', '行政单位离退休', '城乡医疗救助'])
    expect(noSubject.diagnostics.some((d) => /printed over two lines/.test(d.message.en))).toBe(false)
  })
})
