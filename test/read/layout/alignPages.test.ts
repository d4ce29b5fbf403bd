import { describe, expect, it } from 'vitest'
import { alignPages } from '../../../src/read/layout/alignPages'
import { layoutLines } from '../../../src/read/layout/layoutDocument'
import { line, type Word } from '../positionedLines'

// A table running over two pages, each page fitting its columns to its own figures (广州's 收入总体
// 情况表: the second page prints each column a few points to the right of the first page's).

// amounts right-aligned on the given right edges, 5 points a character
const row = (page: number, y: number, label: string, right: readonly number[], values: readonly string[]) =>
  line(page, y, [
    [label, 48, 48 + 10 * label.length],
    ...values.map((v, k): Word => [v, right[k]! - 5 * v.length, right[k]!]),
  ])

const FIRST = [200, 280, 330]
// the second page's columns 25, 20 and 10 points further right: its 0.00 (205–225) would bridge the
// first page's first two columns (180–200, 220–280)
const SECOND = [225, 300, 340]
const head = [
  line(1, 100, [['收入总体情况表', 150, 250]], 16),
  line(1, 116, [['单位：万元', 250, 300]]),
  line(1, 130, [
    ['单位名称', 48, 88],
    ['其他专户', 170, 210],
    ['事业收入', 230, 270],
    ['其他收入', 300, 340],
  ]),
]
const body = [
  row(1, 150, '合计', FIRST, ['0.00', '2,927,142.92', '7.00']),
  row(1, 166, '某某医院', FIRST, ['0.00', '927,142.92', '5.00']),
  row(2, 80, '某某中心', SECOND, ['0.00', '2,000,000.00', '2.00']),
  row(2, 96, '某某站', SECOND, ['0.00', '0.00', '0.00']),
]

describe('a continuation page that sets its columns apart differently', () => {
  it('reads its amounts in the first page’s columns, none run together', () => {
    const doc = layoutLines({ source: 'pdf', pages: 2, lines: [...head, ...body], emptyPages: [] })
    const t = doc.tables[0]!
    expect(t.columns.map((c) => c.header.join('/'))).toEqual(['单位名称', '其他专户', '事业收入', '其他收入'])
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['合计', '0.00', '2,927,142.92', '7.00'],
      ['某某医院', '0.00', '927,142.92', '5.00'],
      ['某某中心', '0.00', '2,000,000.00', '2.00'],
      ['某某站', '0.00', '0.00', '0.00'],
    ])
  })

  it('moves each amount of the page onto its column of the first page', () => {
    const moved = alignPages(body, 10)
    expect(moved[2]!.chunks.map((c) => [c.text, c.x1])).toEqual([
      ['某某中心', 88],
      ['0.00', 200],
      ['2,000,000.00', 280],
      ['2.00', 330],
    ])
  })

  it('leaves pages that print their columns where the first page does', () => {
    const same = [
      row(1, 150, '合计', FIRST, ['1.00', '2.00', '3.00']),
      row(2, 80, '某', FIRST, ['1.00', '2.00', '3.00']),
    ]
    expect(alignPages(same, 10)).toBe(same)
  })

  it('leaves a page whose columns cannot be matched one to one (a column fewer)', () => {
    const fewer = [
      row(1, 150, '合计', FIRST, ['1.00', '2.00', '3.00']),
      row(2, 80, '某', [225, 340], ['1.00', '3.00']),
    ]
    expect(alignPages(fewer, 10)).toBe(fewer)
  })

  it('leaves a page whose columns stand too far from the first page’s to be the same', () => {
    const far = [
      row(1, 150, '合计', FIRST, ['1.00', '2.00', '3.00']),
      row(2, 80, '某', [250, 330, 380], ['1.00', '2.00', '3.00']),
    ]
    expect(alignPages(far, 10)).toBe(far)
  })
})
