import { describe, expect, it } from 'vitest'
import type { PrintedTable } from '../../../../src/model/table'
import { compareTables, rowIdentity } from './compareTables'
import { transport } from './transport'

const table = (cells: Record<string, string>, extraRow = false): PrintedTable => ({
  id: 't',
  kind: 'expenditure',
  title: 'T',
  columns: [{ key: 'total', header: ['合计'] }],
  rows: [
    { kind: 'total', name: '合计', cells: { total: cells.total ?? '' } },
    {
      kind: 'detail',
      code: '2101501',
      codeSystem: 'functional',
      name: '行政运行',
      cells: { total: cells.x ?? '' },
    },
    ...(extraRow
      ? [
          {
            kind: 'detail' as const,
            code: '2101502',
            codeSystem: 'functional' as const,
            name: '一般行政管理事务',
            cells: { total: '1.00' },
          },
        ]
      : []),
  ],
})

describe('golden helpers', () => {
  it('compareTables finds nothing between equal tables, and every cell and row that differs', () => {
    expect(compareTables(table({ total: '1.00', x: '1.00' }), table({ total: '1.00', x: '1.00' }))).toEqual(
      [],
    )
    expect(compareTables(table({ total: '1.00', x: '1.00' }), table({ total: '1.01', x: '' }, true))).toEqual(
      [
        { table: 't', row: 'b0 合计', column: 'total', printed: '1.00', rebuilt: '1.01' },
        { table: 't', row: 'b0 code=2101501', column: 'total', printed: '1.00', rebuilt: '' },
        { table: 't', row: 'b0 code=2101502', column: '*', printed: 'no such row', rebuilt: 'row rebuilt' },
      ],
    )
  })

  it('rowIdentity ignores print order and names, keeps codes, keys, units and blocks apart', () => {
    expect(rowIdentity({ kind: 'detail', code: '30110', govCode: '50102', name: 'a', cells: {} })).not.toBe(
      rowIdentity({ kind: 'detail', code: '30110', govCode: '50501', name: 'a', cells: {} }),
    )
    expect(rowIdentity({ kind: 'detail', key: 'src.gpb', name: '一般公共预算', block: 0, cells: {} })).toBe(
      'b0 key=src.gpb',
    )
    expect(rowIdentity({ kind: 'detail', name: '医疗卫生与计划生育支出（九）', cells: {} })).toBe(
      'b0 name=医疗卫生与计划生育支出(九)',
    )
  })

  it('transport pairs equal amounts first, then fills in order, exactly', () => {
    const out = transport(
      [
        { id: 'a', amount: '5.00' },
        { id: 'b', amount: '3.00' },
        { id: 'c', amount: '4.50' },
      ],
      [
        { id: 'X', amount: '7.50' },
        { id: 'Y', amount: '5.00' },
      ],
    )
    expect(out).toEqual([
      { supply: 'a', demand: 'Y', amount: '5.00' },
      { supply: 'b', demand: 'X', amount: '3' },
      { supply: 'c', demand: 'X', amount: '4.5' },
    ])
    expect(transport([{ id: 'a', amount: '2' }], [{ id: 'X', amount: '1.5' }])).toEqual([
      { supply: 'a', demand: 'X', amount: '1.5' },
      { supply: 'a', demand: undefined, amount: '0.5' },
    ])
  })
})
