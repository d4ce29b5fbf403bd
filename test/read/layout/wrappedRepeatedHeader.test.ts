import { describe, expect, it } from 'vitest'
import { layoutLines, layoutText } from '../../../src/read/layout/layoutDocument'
import type { LayoutLine } from '../../../src/read/layout/lineModel'
import { line } from '../positionedLines'

// A header repeated at the top of the next page but wrapped differently (issue #11): a column title
// split over two lines on the first page and printed on one line on the next, or the reverse. The
// repeat is compared word by word with the header, never as whole lines. Synthetic lines: words with
// their x extents, a baseline and a font size, as a PDF prints them.

const pdf = (lines: readonly LayoutLine[]) =>
  layoutLines({ source: 'pdf', pages: Math.max(...lines.map((l) => l.page)), lines, emptyPages: [] })
const labels = (lines: readonly LayoutLine[]): string[] => {
  const doc = pdf(lines)
  expect(doc.tables).toHaveLength(1)
  return doc.tables[0]!.rows.map((r) => r.cells[0] ?? '')
}

const row = (page: number, y: number, label: string, ...amounts: string[]): LayoutLine =>
  line(page, y, [
    [label, 48, 48 + 10 * label.length],
    ...amounts.map((a, i): readonly [string, number, number] => [a, 191 + 100 * i, 211 + 100 * i]),
  ])
// the header as the first page prints it: 日常公用 / 支出 over the last column, 经济分类 / 科目名称
// over the labels
const WRAPPED_HEAD = [
  line(1, 100, [
    ['经济分类', 48, 88],
    ['合计', 191, 211],
    ['人员经费', 281, 321],
    ['日常公用', 381, 421],
  ]),
  line(1, 112, [
    ['科目名称', 48, 88],
    ['支出', 391, 411],
  ]),
]
const FIRST_PAGE = [
  line(1, 60, [['一般公共预算基本支出表', 200, 420]], 16),
  line(1, 76, [['单位：万元', 440, 490]]),
  ...WRAPPED_HEAD,
  row(1, 130, '合计', '3.00', '2.00', '1.00'),
  row(1, 146, '工资福利支出', '2.00', '2.00', ''),
]
// the same header on one line on the next page
const ONE_LINE_HEAD = line(2, 48, [
  ['经济分类科目名称', 48, 128],
  ['合计', 191, 211],
  ['人员经费', 281, 321],
  ['日常公用支出', 371, 431],
])

describe('a header repeated on the next page, wrapped differently', () => {
  it('drops the repeat printed on one line where the first page wrapped it', () => {
    const lines = [...FIRST_PAGE, ONE_LINE_HEAD, row(2, 70, '商品和服务支出', '1.00', '', '1.00')]
    expect(labels(lines)).toEqual(['合计', '工资福利支出', '商品和服务支出'])
  })

  it('drops the repeat wrapped at other places (财政专 | 户拨款 under 财政专户 / 拨款)', () => {
    const first = [
      line(1, 60, [['收入预算表', 200, 300]], 16),
      line(1, 76, [['单位：万元', 440, 490]]),
      line(1, 100, [
        ['项目', 48, 68],
        ['合计', 191, 211],
        ['财政专', 281, 311],
      ]),
      line(1, 112, [['户拨款', 281, 311]]),
      row(1, 130, '合计', '3.00', '3.00'),
    ]
    const next = [
      line(2, 48, [
        ['项目', 48, 68],
        ['合计', 191, 211],
        ['财政专户', 276, 316],
      ]),
      line(2, 60, [['拨款', 286, 306]]),
      row(2, 80, '事业收入', '3.00', '3.00'),
    ]
    expect(labels([...first, ...next])).toEqual(['合计', '事业收入'])
  })

  it('keeps a first row that merely resembles the header: a label made of its words', () => {
    // '日常公用支出' alone in the label column, no amount: a row without values, not the header
    const lines = [
      ...FIRST_PAGE,
      line(2, 48, [['日常公用支出', 48, 108]]),
      row(2, 70, '商品和服务支出', '1.00', '', '1.00'),
    ]
    expect(labels(lines)).toEqual(['合计', '工资福利支出', '日常公用支出', '商品和服务支出'])
  })

  it('keeps a first row whose cells are header words beside an amount', () => {
    const lines = [
      ...FIRST_PAGE,
      line(2, 48, [
        ['人员经费', 48, 88],
        ['1.00', 191, 211],
        ['日常公用支出', 371, 431],
      ]),
    ]
    expect(labels(lines)).toEqual(['合计', '工资福利支出', '人员经费'])
  })

  it('keeps a later line of words that are no header words', () => {
    const lines = [
      ...FIRST_PAGE,
      line(2, 48, [
        ['经济分类科目名称', 48, 128],
        ['合计', 191, 211],
        ['人员经费', 281, 321],
        ['日常公用开支', 371, 431],
      ]),
      row(2, 70, '商品和服务支出', '1.00', '', '1.00'),
    ]
    expect(labels(lines)).toContain('经济分类科目名称')
  })
})

// the same with the title printed again on the next page (长沙's and 湖州's tables continued under
// their title), as column-aligned text
const width = (s: string): number => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(1, n - width(s)))
const text = (...cells: string[]): string => cells.map((c, i) => pad(c, i === 0 ? 30 : 16)).join('')
const TITLE = [
  '                    一般公共预算基本支出表',
  '部门：某某局                                      单位：万元',
]
const PAGE_1 = [
  ...TITLE,
  text('经济分类科目名称', '合计', '人员经费', '日常公用'),
  text('', '', '', '支出'),
  text('合计', '3.00', '2.00', '1.00'),
  text('工资福利支出', '2.00', '2.00', ''),
].join('\n')
const page2 = (head: readonly string[], first: string): string =>
  [
    ...TITLE,
    ...head,
    text(first, '', '', ''),
    text('商品和服务支出', '1.00', '', '1.00'),
    text('办公费', '1.00', '', '1.00'),
  ].join('\n')

describe('a table continued under its title, its header wrapped differently', () => {
  it('is one table, the first row below the repeat a row though it prints no amount', () => {
    const doc = layoutText(
      `${PAGE_1}\n\f${page2([text('经济分类科目名称', '合计', '人员经费', '日常公用支出')], '对个人和家庭的补助')}`,
    )
    expect(doc.tables).toHaveLength(1)
    const table = doc.tables[0]!
    expect(table.pages).toEqual([1, 2])
    expect(table.columns.map((c) => c.header.join(''))).toEqual([
      '经济分类科目名称',
      '合计',
      '人员经费',
      '日常公用支出',
    ])
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      '合计',
      '工资福利支出',
      '对个人和家庭的补助',
      '商品和服务支出',
      '办公费',
    ])
  })

  it('keeps apart a table under the same title whose header prints other words', () => {
    const other = [text('经济分类科目名称', '合计', '人员经费', '公用经费')]
    const doc = layoutText(`${PAGE_1}\n\f${page2(other, '对个人和家庭的补助')}`)
    expect(doc.tables).toHaveLength(2)
    // its header not yet whole, a line of words below it is more header, as before
    expect(doc.tables[1]!.rows.map((r) => r.cells[0])).toEqual(['商品和服务支出', '办公费'])
  })
})
