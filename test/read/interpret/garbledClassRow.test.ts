// A 类 row printed without its 款 and with a name the OCR garbled ('7 112 1', seed 003's 支出经济分类
// 汇总表): a subtotal only if its 合计 is the sum of the codes below it. Synthetic tab texts, both ways.
import { describe, expect, it } from 'vitest'
import type { PrintedTable as Table } from '../../../src/model/table'
import { readSyntheticTable } from '../syntheticTable'

const read = (body: readonly (readonly string[])[]) =>
  readSyntheticTable(
    '2025年一般公共预算基本支出表',
    'gpb-basic',
    ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
    body,
  )

const kinds = (t: Table | undefined) => t?.rows.map((r) => [r.code ?? '', r.kind])

describe('a 类 code printed over a garbled name', () => {
  it('is a detail line when its 合计 is not the sum of the codes below it, and is reported', async () => {
    const { table, diagnostics } = await read([
      ['', '合计', '60.00', '', '60.00'],
      ['30201', '办公费', '20.00', '', '20.00'],
      ['302', '7 112 1', '10.00', '', '10.00'],
      ['30208', '取暖费', '30.00', '', '30.00'],
    ])
    expect(kinds(table)).toEqual([
      ['', 'total'],
      ['30201', 'detail'],
      ['302', 'detail'],
      ['30208', 'detail'],
    ])
    expect(diagnostics.some((d) => d.code === 'ROW_UNMAPPED' && /no subject's name/.test(d.message.en))).toBe(
      true,
    )
  })

  it('stays a subtotal when its 合计 is the sum, or when it prints a name', async () => {
    for (const name of ['7 112 1', '商品和服务支出']) {
      const sums = name === '7 112 1'
      const { table, diagnostics } = await read([
        ['', '合计', '50.00', '', '50.00'],
        ['302', name, sums ? '50.00' : '10.00', '', sums ? '50.00' : '10.00'],
        ['30201', '办公费', '20.00', '', '20.00'],
        ['30208', '取暖费', '30.00', '', '30.00'],
      ])
      expect(kinds(table)?.[1]).toEqual(['302', 'subtotal'])
      expect(diagnostics.some((d) => /no subject's name/.test(d.message.en))).toBe(false)
    }
  })
})
