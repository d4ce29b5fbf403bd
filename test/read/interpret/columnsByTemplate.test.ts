import { describe, expect, it } from 'vitest'
import { mapColumns } from '../../../src/read/interpret/columnKeys'
import { columnsByTemplate } from '../../../src/read/interpret/columnsByTemplate'
import type { GridTable } from '../../../src/read/layout/types'

// 河南 2025 部门支出预算表: 11 value columns; the headings as an OCR'd extraction leaves them
// (the group labels 基本支出/项目支出 lost, the words stacked one character per line)
const GARBLED = [
  ['合计'],
  ['人'],
  ['工'],
  ['对'],
  ['小り'],
  ['商'],
  ['资'],
  ['合计'],
  ['其他运'],
  ['转'],
  ['特'],
]

function grid(totalRow: readonly string[]): GridTable {
  return {
    title: '2025年部门支出预算表',
    pages: [3],
    notes: [],
    columns: [
      { header: ['科目编码'], role: 'label' },
      { header: ['科目名称'], role: 'label' },
      ...GARBLED.map((header) => ({ header, role: 'value' as const })),
    ],
    rows: [
      { cells: ['', '合计', ...totalRow], page: 3 },
      { cells: ['2101501', '行政运行', ...totalRow], page: 3 },
    ],
  }
}

// total = basic + project; basic = personnel + public; personnel = wages + family; public = goods + capital;
// project = operating + specific
const CHECKS = [
  '485.02',
  '233.46',
  '207.69',
  '199.62',
  '8.07',
  '25.77',
  '25.77',
  '',
  '251.56',
  '159.90',
  '91.66',
]

describe('columnsByTemplate', () => {
  it("reads an unreadable header in the kind's one known layout when every column total checks", () => {
    const g = grid(CHECKS)
    const { mapped, diagnostic } = columnsByTemplate(
      g,
      mapColumns(g.columns, 'expenditure'),
      'expenditure',
      'expenditure',
      'budget',
    )
    expect(mapped.map((c) => c.key)).toEqual([
      'total',
      'exp.basic',
      'exp.basic.personnel',
      'exp.basic.personnel.wages',
      'exp.basic.personnel.family',
      'exp.basic.public',
      'exp.basic.public.goods',
      'exp.basic.public.capital',
      'exp.project',
      'exp.project.operating',
      'exp.project.specific',
    ])
    expect(diagnostic?.code).toBe('COLUMNS_FROM_TEMPLATE')
    expect(diagnostic?.severity).toBe('info')
    expect(diagnostic?.page).toBe(3)
  })

  it('leaves the columns as their headings mapped them when a column total does not check', () => {
    const off = [...CHECKS]
    off[1] = '233.47' // 基本支出 no longer the sum of 人员经费 and 公用经费
    const g = grid(off)
    const before = mapColumns(g.columns, 'expenditure')
    const { mapped, diagnostic } = columnsByTemplate(g, before, 'expenditure', 'expenditure', 'budget')
    expect(mapped).toBe(before)
    expect(diagnostic).toBeUndefined()
  })

  it('tries no layout of another document kind, nor one of another column count', () => {
    const g = grid(CHECKS)
    const before = mapColumns(g.columns, 'expenditure')
    expect(columnsByTemplate(g, before, 'expenditure', 'expenditure', 'final-account').mapped).toBe(before)
    const narrow: GridTable = {
      ...g,
      columns: g.columns.slice(0, -1),
      rows: g.rows.map((r) => ({ ...r, cells: r.cells.slice(0, -1) })),
    }
    const narrowBefore = mapColumns(narrow.columns, 'expenditure')
    expect(columnsByTemplate(narrow, narrowBefore, 'expenditure', 'expenditure', 'budget').mapped).toBe(
      narrowBefore,
    )
  })

  it('keeps a column its heading named when the layout would put another key there', () => {
    const g = grid(CHECKS)
    const columns = g.columns.map((c, i) => (i === 3 ? { ...c, header: ['政府性基金'] } : c))
    const named = { ...g, columns }
    const before = mapColumns(columns, 'expenditure')
    expect(columnsByTemplate(named, before, 'expenditure', 'expenditure', 'budget').mapped).toBe(before)
  })

  it('leaves an all-zero table alone (nothing checks what is never added)', () => {
    const g = grid(CHECKS.map(() => ''))
    const before = mapColumns(g.columns, 'expenditure')
    expect(columnsByTemplate(g, before, 'expenditure', 'expenditure', 'budget').mapped).toBe(before)
  })
})
