import { describe, expect, it } from 'vitest'
import { interpretDocument } from '../../../src/read/interpret/interpretDocument'
import { joinSpacedWords } from '../../../src/read/layout/gridFromPositions'
import { layoutText } from '../../../src/read/layout/layoutDocument'
import type { GridColumn, GridTable, LaidOutDocument } from '../../../src/read/layout/types'

// Tables continued on the next page under their repeated title (长沙's 财政拨款收支总体情况表 p.15–16,
// 湖州's 支出预算总表), each as a synthetic input.

const width = (s: string): number => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(1, n - width(s)))
const line = (...cells: string[]): string =>
  cells.map((c, i) => pad(c, i === 0 || i === 2 ? 30 : 16)).join('')
const TITLE = '                    2026年财政拨款收支总体情况表'
const FURNITURE = '部门名称：某某局                                                   单位：万元'
// each side's label centred over its columns, as printed
const SIDES = line('            收        入', '', '                         支        出')
const HEADER = line('项目', '金额', '项目', '合计', '一般公共预算')

const PAGE_1 = [
  TITLE,
  FURNITURE,
  SIDES,
  HEADER,
  line('一、本年收入', '100.00', '一、本年支出', '100.00', '100.00'),
  line('1、一般公共预算拨款收入', '100.00', '1、一般公共服务支出', '100.00', '100.00'),
  line('', '', '2、外交支出', '', ''),
].join('\n')
const PAGE_2 = [
  TITLE,
  FURNITURE,
  SIDES,
  HEADER,
  line('', '', '22、其他支出', '', ''),
  line('二、上年结转', '', '二、结转下年', '', ''),
  line('收入总计', '100.00', '支出总计', '100.00', '100.00'),
].join('\n')

describe('a table continued on the next page, as laid out', () => {
  it('reads the first row below the repeated header as a row, though it prints no amount', () => {
    const tables = layoutText(`${PAGE_1}\n\f${PAGE_2}`).tables
    expect(tables).toHaveLength(1)
    expect(tables[0]!.pages).toEqual([1, 2])
    expect(tables[0]!.columns.map((c) => c.header.join('/'))).toEqual([
      '收入/项目',
      '收入/金额',
      '支出/项目',
      '支出/合计',
      '支出/一般公共预算',
    ])
    expect(tables[0]!.rows.map((r) => r.cells[2])).toEqual([
      '一、本年支出',
      '1、一般公共服务支出',
      '2、外交支出',
      '22、其他支出',
      '二、结转下年',
      '支出总计',
    ])
  })

  it('does not read the column numbers under the repeated header as a row', () => {
    // 湖州's 支出预算总表: '** 1 2 3' under the header on every page
    const one = (...cells: string[]): string => cells.map((c, i) => pad(c, i === 0 ? 30 : 16)).join('')
    const page = (...rows: string[]): string =>
      [
        '                    2026年部门支出预算总表',
        '部门名称：某某局                                    单位：万元',
        one('科目名称', '合计', '基本支出', '项目支出'),
        one('**', '1', '2', '3'),
        ...rows,
      ].join('\n')
    const text = `${page(one('合计', '30.00', '10.00', '20.00'), one('教育支出', '10.00', '10.00', ''))}\n\f${page(
      one('住房保障支出', '', '', ''),
      one('其他支出', '20.00', '', '20.00'),
    )}`
    const tables = layoutText(text).tables
    expect(tables).toHaveLength(1)
    expect(tables[0]!.rows.map((r) => r.cells[0])).toEqual(['合计', '教育支出', '住房保障支出', '其他支出'])
  })

  it('leaves a first row without amounts in the header of a table not continued', () => {
    // no table before it of the same title: '22、其他支出' stays where the header ends, as before
    const tables = layoutText(PAGE_2).tables
    expect(tables).toHaveLength(1)
    expect(tables[0]!.rows.map((r) => r.cells[2])).toEqual(['支出总计'])
  })
})

describe('header words printed letter-spaced', () => {
  const at = (text: string, x0: number, x1: number) => ({ text, x0, x1 })
  it('joins the characters of a header word printed apart', () => {
    const joined = joinSpacedWords({
      page: 1,
      tabbed: false,
      size: 10,
      chunks: [at('收', 100, 110), at('入', 190, 200), at('支', 400, 410), at('出', 490, 500)],
    })
    expect(joined.chunks).toEqual([at('收入', 100, 200), at('支出', 400, 500)])
  })

  it('keeps single characters that are not one word apart, and words too far apart', () => {
    const columns = {
      page: 1,
      tabbed: false,
      size: 10,
      chunks: [at('类', 0, 10), at('款', 30, 40), at('项', 60, 70)],
    }
    expect(joinSpacedWords(columns)).toBe(columns)
    const far = { page: 1, tabbed: false, size: 10, chunks: [at('金', 0, 10), at('额', 300, 310)] }
    expect(joinSpacedWords(far).chunks).toHaveLength(2)
  })
})

// The same continuation as the layout may hand it over: the second page's header split into other
// columns (an empty column on each side), so that the layout does not join the two grids.
const col = (role: GridColumn['role'], block: number, ...header: string[]): GridColumn => ({
  header,
  role,
  block,
})
const FIRST: GridTable = {
  title: '2026年财政拨款收支总体情况表',
  unit: '万元',
  pages: [15],
  columns: [
    col('label', 0, '收入', '项目'),
    col('value', 0, '收入', '金额'),
    col('label', 1, '支出', '项目'),
    col('value', 1, '支出', '合计'),
    col('value', 1, '支出', '一般公共预算'),
  ],
  rows: [
    { page: 15, cells: ['一、本年收入', '100.00', '一、本年支出', '100.00', '100.00'] },
    { page: 15, cells: ['1、一般公共预算拨款收入', '100.00', '1、一般公共服务支出', '100.00', '100.00'] },
    { page: 15, cells: ['', '', '2、外交支出', '', ''] },
  ],
  notes: [],
}
const SECOND: GridTable = {
  title: '2026年财政拨款收支总体情况表',
  unit: '万元',
  pages: [16],
  columns: [
    col('label', 0),
    col('label', 0, '收入', '项目'),
    col('value', 0, '收入', '金额'),
    col('value', 0),
    col('label', 1, '支出', '项目'),
    col('value', 1, '支出', '合计'),
    col('value', 1, '支出', '一般公共预算'),
  ],
  rows: [
    { page: 16, cells: ['', '', '', '', '22、其他支出', '', ''] },
    { page: 16, cells: ['', '二、上年结转', '', '', '二、结转下年', '', ''] },
    { page: 16, cells: ['', '收入总计', '100.00', '', '支出总计', '100.00', '100.00'] },
  ],
  notes: ['注：本表反映部门财政拨款的总收支情况。'],
}
const docOf = (...tables: GridTable[]): LaidOutDocument => ({
  source: 'pdf',
  pages: 20,
  prose: [{ text: '某某局2026年部门预算', page: 1 }],
  tables,
  emptyPages: [],
})
const tablesOf = (doc: LaidOutDocument) => {
  const read = interpretDocument(doc)
  if (read.status !== 'disclosure') throw new Error(read.status)
  return read.disclosure.tables.filter((t) => t.kind === 'fiscal-summary')
}

describe('a table continued on the next page, as interpreted', () => {
  it('reads the two pages as one table under the first page id', () => {
    const [table, ...others] = tablesOf(docOf(FIRST, SECOND))
    expect(others).toEqual([])
    expect(table!.id).toBe('fiscal-summary')
    expect(table!.pages).toEqual([15, 16])
    expect(table!.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['本年收入', '其他支出', '收入总计', '支出总计']),
    )
  })

  it('keeps two tables when the second is not on the next page, or prints a row the first has', () => {
    const later = { ...SECOND, pages: [17], rows: SECOND.rows.map((r) => ({ ...r, page: 17 })) }
    expect(tablesOf(docOf(FIRST, later)).map((t) => t.id)).toEqual(['fiscal-summary', 'fiscal-summary-2'])
    const again = {
      ...SECOND,
      rows: [{ page: 16, cells: ['', '一、本年收入', '100.00', '', '', '', ''] }, ...SECOND.rows],
    }
    expect(tablesOf(docOf(FIRST, again)).map((t) => t.id)).toEqual(['fiscal-summary', 'fiscal-summary-2'])
    const retitled = { ...SECOND, title: '2026年一般公共预算支出表' }
    expect(tablesOf(docOf(FIRST, retitled)).map((t) => t.pages)).not.toContainEqual([15, 16])
  })
})
