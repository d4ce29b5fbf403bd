import { describe, expect, it } from 'vitest'
import { layoutLines } from '../../../src/read/layout/layoutDocument'
import type { LayoutLine } from '../../../src/read/layout/lineModel'
import { line } from '../positionedLines'

// Rows of units whose names wrap around their amounts, a row broken by a page break, and a total
// printed letter-spaced: as department budgets that list their units print them (synthetic lines).

const head = (page: number, y: number): LayoutLine[] => [
  line(page, y, [['收入总体情况表', 150, 250]], 16),
  line(page, y + 16, [['单位：万元', 250, 300]]),
  line(page, y + 32, [
    ['单位名称', 48, 88],
    ['合计', 180, 200],
    ['事业收入', 240, 280],
  ]),
]
const read = (lines: readonly LayoutLine[]) =>
  layoutLines({ source: 'pdf', pages: 2, lines, emptyPages: [] }).tables[0]!.rows.map((r) => r.cells)

describe('unit names wrapped around their amounts', () => {
  it('joins the line above and the line below to the amounts between them', () => {
    expect(
      read([
        ...head(1, 100),
        line(1, 196.5, [
          ['合计', 48, 68],
          ['9.00', 180, 200],
          ['7.00', 260, 280],
        ]),
        line(1, 212.8, [['某市某某监督管理委员', 48, 148]]),
        line(1, 220.7, [
          ['8.00', 180, 200],
          ['7.00', 260, 280],
        ]),
        line(1, 228.4, [['会', 43, 53]]),
        line(1, 244.8, [['某市某某巡察和监测事', 48, 148]]),
        line(1, 252.6, [
          ['1.00', 180, 200],
          ['0.00', 260, 280],
        ]),
        line(1, 260.4, [['务中心', 43, 73]]),
      ]),
    ).toEqual([
      ['合计', '9.00', '7.00'],
      ['某市某某监督管理委员会', '8.00', '7.00'],
      ['某市某某巡察和监测事务中心', '1.00', '0.00'],
    ])
  })

  it('keeps a row of its own printed between two rows of amounts (a line and a half away or more)', () => {
    expect(
      read([
        ...head(1, 100),
        line(1, 196, [
          ['合计', 48, 68],
          ['9.00', 180, 200],
          ['7.00', 260, 280],
        ]),
        line(1, 214, [['二十、其他支出', 48, 118]]),
        line(1, 232, [
          ['办公费', 48, 78],
          ['9.00', 180, 200],
          ['7.00', 260, 280],
        ]),
      ]).map((r) => r[0]),
    ).toEqual(['合计', '二十、其他支出', '办公费'])
  })
})

describe('a row broken by a page break', () => {
  const first = [
    ...head(1, 100),
    line(1, 196, [
      ['合计', 48, 68],
      ['14,551.64', 155, 200],
      ['12,439.36', 235, 280],
    ]),
    line(1, 212, [
      ['某市某某', 48, 88],
      ['2.00', 180, 200],
      ['2.00', 260, 280],
    ]),
    line(1, 228, [
      ['杭州市机动', 48, 98],
      ['14,549.64', 155, 200],
      ['12,437.3', 240, 280],
    ]),
  ]
  it('joins its label and its cut amount', () => {
    const cells = read([
      ...first,
      line(2, 60, [
        ['车驾驶员考试服务中心', 48, 148],
        ['6', 275, 280],
      ]),
    ])
    expect(cells[2]).toEqual(['杭州市机动车驾驶员考试服务中心', '14,549.64', '12,437.36'])
    expect(cells).toHaveLength(3)
  })
  it('keeps the next page’s first row a row when its amounts are whole', () => {
    const cells = read([
      ...first.slice(0, -1),
      line(1, 228, [
        ['杭州市某中心', 48, 108],
        ['14,549.64', 155, 200],
        ['12,437.36', 235, 280],
      ]),
      line(2, 60, [
        ['某某站', 48, 78],
        ['6.00', 180, 200],
        ['6.00', 260, 280],
      ]),
    ])
    expect(cells.map((r) => r[0])).toEqual(['合计', '某市某某', '杭州市某中心', '某某站'])
  })
})

describe('a total printed letter-spaced', () => {
  it('reads 收 入 总 计 as one label', () => {
    const cells = read([
      ...head(1, 100),
      line(1, 196, [
        ['收', 48, 57],
        ['入', 66, 75],
        ['总', 84, 93],
        ['计', 102, 111],
        ['9.00', 180, 200],
        ['7.00', 260, 280],
      ]),
    ])
    expect(cells[0]).toEqual(['收入总计', '9.00', '7.00'])
  })
  it('leaves single characters that make no summary label apart', () => {
    const cells = read([
      ...head(1, 100),
      line(1, 196, [
        ['是', 48, 57],
        ['否', 66, 75],
        ['9.00', 180, 200],
        ['7.00', 260, 280],
      ]),
    ])
    expect(cells[0]?.slice(0, 2)).toEqual(['是', '否'])
  })
})
