import { describe, expect, it } from 'vitest'
import { departmentEconomicCatalog } from '../../../src/codes/economic/departmentEconomicCatalog'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { mapColumns } from '../../../src/read/interpret/columnKeys'
import { readRows } from '../../../src/read/interpret/readRows'
import { lineKeyOf } from '../../../src/read/interpret/rowKeys'
import type { GridTable } from '../../../src/read/layout/types'

// 广东 (广州) prints codes in brackets inside the name's cell, the fiscal appropriation as 预算拨款,
// and the 三公 lines of its 行政经费及“三公”经费 table as 其中：（一）因公出国（境）支出 …
const grid = (rows: readonly (readonly string[])[]): GridTable => ({
  title: '一般公共预算基本支出情况表（按经济分类科目）',
  pages: [14],
  unit: '万元',
  columns: [
    { header: ['经济科目名称'], role: 'label' },
    { header: ['预算'], role: 'value' },
  ],
  rows: rows.map((cells) => ({ cells, page: 14 })),
  notes: [],
})

describe('labels as 广东 prints them', () => {
  const read = (rows: readonly (readonly string[])[]) => {
    const t = grid(rows)
    return readRows(t, mapColumns(t.columns, 'gpb-basic'), {
      kind: 'gpb-basic',
      tableId: 'gpb-basic',
      functionalCatalog,
      economicCatalog: departmentEconomicCatalog,
      fiscalYear: 2026,
    }).rows
  }

  it('a code in brackets before the name is the row code, the rest the name', () => {
    const rows = read([
      ['合计', '1535.99'],
      ['[301]工资福利支出', '1525.99'],
      ['[30101]基本工资', '1525.99'],
      ['【302】商品和服务支出', '10.00'],
    ])
    expect(rows.map((r) => r.code ?? r.kind)).toEqual(['total', '301', '30101', '302'])
    expect(rows[2]?.name).toBe('基本工资')
    expect(rows[2]?.printedCode).toBe('[30101]')
  })

  it('brackets that hold no code are left in the name', () => {
    const rows = read([['[注]其他说明', '1.00']])
    expect(rows[0]?.code).toBeUndefined()
    expect(rows[0]?.name).toContain('[注]')
  })

  it('预算拨款 and 财政专户拨款 are the fiscal appropriation and the special accounts', () => {
    expect(lineKeyOf('一、预算拨款')).toBe('src.fiscal')
    expect(lineKeyOf('二、财政专户拨款')).toBe('src.special-account')
    expect(lineKeyOf('预算拨款结余')).toBeUndefined()
  })

  it('三公 lines printed with 支出 and an ordinal after 其中', () => {
    expect(lineKeyOf('其中：（一）因公出国（境）支出')).toBe('3p.abroad')
    expect(lineKeyOf('（二）公务用车购置及运行维护支出')).toBe('3p.vehicle')
    expect(lineKeyOf('（三）公务接待费支出')).toBe('3p.reception')
    expect(lineKeyOf('行政经费')).toBeUndefined()
    expect(lineKeyOf('公务接待费用标准')).toBeUndefined()
  })
})

describe('the carry-over to the next year as 广州 prints it', () => {
  it('结转结余下年 and 结转下年 are the end-of-year carry-over', () => {
    expect(lineKeyOf('结转结余下年')).toBe('end.total')
    expect(lineKeyOf('结转下年')).toBe('end.total')
    expect(lineKeyOf('上年结转结余')).toBe('carry.total')
    expect(lineKeyOf('结转下年度项目')).toBeUndefined()
  })
})
