// 对附属单位补助支出 and 上缴上级支出 numbered among the 类 lines of a 收支总表 (广东's 收支总体情况表:
// 二十四、对附属单位补助支出, 二十五、上缴上级支出): read as their keys, and counted into 本年支出合计 where
// the table prints them among the 类 lines — not where it prints them elsewhere.
import { describe, expect, it } from 'vitest'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import type { Row } from '../../../src/model/table'
import { mapColumns } from '../../../src/read/interpret/columnKeys'
import { readRows } from '../../../src/read/interpret/readRows'
import { lineKeyOf } from '../../../src/read/interpret/rowKeys'
import type { GridTable } from '../../../src/read/layout/types'
import { reconcile } from '../../../src/reconcile/reconcile'
import { summaryBalance } from '../../../src/reconcile/rules/summaryBalance'
import { col, docWith, EMPTY_TEMPLATE, table } from '../../reconcile/docWith'

const grid = (rows: readonly (readonly string[])[]): GridTable => ({
  title: '收支总体情况表',
  pages: [4],
  unit: '万元',
  notes: [],
  columns: [
    { header: ['收入', '项目'], role: 'label', block: 0 },
    { header: ['收入', '预算'], role: 'value', block: 0 },
    { header: ['支出', '项目'], role: 'label', block: 1 },
    { header: ['支出', '预算'], role: 'value', block: 1 },
  ],
  rows: rows.map((cells) => ({ cells, page: 4 })),
})

const read = (rows: readonly (readonly string[])[]): readonly Row[] => {
  const t = grid(rows)
  return readRows(t, mapColumns(t.columns, 'summary'), {
    kind: 'summary',
    tableId: 'summary',
    functionalCatalog,
    fiscalYear: 2026,
  }).rows
}

// the expenditure side as 广州 prints it: two 类, then the two lines that are no 类, then the totals
const printed = (affiliates: string, total: string, place: 'among' | 'after' = 'among') => {
  const lines: [string, string][] = [
    ['一、一般公共服务支出', '80.00'],
    ['二、卫生健康支出', '15.00'],
    ...(place === 'among'
      ? ([
          ['三、对附属单位补助支出', affiliates],
          ['四、上缴上级支出', '0.00'],
        ] as [string, string][])
      : []),
    ['本年支出合计', total],
    ...(place === 'after' ? ([['对附属单位补助支出', affiliates]] as [string, string][]) : []),
    ['结转结余下年', '0.00'],
    ['支出总计', total],
  ]
  const revenue: [string, string][] = [
    ['一、预算拨款', total],
    ['本年收入合计', total],
    ['上年结转结余', '0.00'],
    ['收入总计', total],
  ]
  return lines.map(([name, amount], i): string[] => [...(revenue[i] ?? ['', '']), name, amount])
}

const balance = (rows: readonly Row[]) => {
  const doc = docWith([table('summary', [col('total', 0), col('total', 1)], [...rows])])
  return reconcile(doc, { templates: [EMPTY_TEMPLATE] }).findings.filter(
    (f) => f.rule === summaryBalance.id && f.status === 'mismatch',
  )
}

describe('对附属单位补助支出 and 上缴上级支出 among the 类 lines of a 收支总表', () => {
  it('are read as their keys, numbered as printed', () => {
    const rows = read(printed('5.00', '100.00')).filter((r) => r.block === 1)
    expect(rows.map((r) => r.key ?? r.code)).toEqual([
      '201',
      '210',
      'exp.affiliates',
      'exp.remit-superior',
      'exp.current',
      'end.total',
      'exp.total',
    ])
    expect(rows[2]).toMatchObject({ kind: 'detail', ordinal: '三', cells: { total: '5.00' } })
  })

  it('only the lines themselves are keyed, not labels that merely begin like them', () => {
    expect(lineKeyOf('上解上级支出')).toBe('exp.remit-superior')
    expect(lineKeyOf('对附属单位补助')).toBe('exp.affiliates')
    expect(lineKeyOf('对附属单位补助支出标准')).toBeUndefined()
    expect(lineKeyOf('上缴上级支出预算数')).toBeUndefined()
  })

  it('add into 本年支出合计 where printed among the 类: 80 + 15 + 5 = 100 holds', () => {
    expect(balance(read(printed('5.00', '100.00')))).toEqual([])
  })

  it('and a 本年支出合计 that does not take them in is still caught', () => {
    const found = balance(read(printed('5.00', '95.00')))
    // 本年支出合计 95 ≠ 80 + 15 + 5 + 0 (收入 balances itself at 95 in this table)
    expect(found.map((f) => f.where.row?.key)).toEqual(['exp.current'])
    expect(found[0]?.printed).toBe('95.00')
  })

  it('printed after 本年支出合计 they are not parts of it: 80 + 15 = 95 holds', () => {
    const rows = read(printed('5.00', '95.00', 'after'))
    expect(rows.find((r) => r.key === 'exp.affiliates')?.cells.total).toBe('5.00')
    expect(balance(rows)).toEqual([])
  })
})
