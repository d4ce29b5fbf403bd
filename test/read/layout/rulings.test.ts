import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldGlyphVariants } from '../../../src/read/layout/glyphs'
import { groupLines } from '../../../src/read/layout/lines'
import { cellAround, type Ruling, rulingsOfBox, rulingsOfPage } from '../../../src/read/layout/rulings'

// a 2 × 2 grid drawn cell border by cell border (as chromium prints a table)
const grid: Ruling[] = [
  ...rulingsOfBox(1, 10, 10, 110, 10.5),
  ...rulingsOfBox(1, 110, 10, 210, 10.5),
  ...rulingsOfBox(1, 10, 30, 110, 30.5),
  ...rulingsOfBox(1, 110, 30, 210, 30.5),
  ...rulingsOfBox(1, 10, 50, 210, 50.5),
  ...rulingsOfBox(1, 10, 10, 10.5, 50),
  ...rulingsOfBox(1, 110, 10, 110.5, 30),
  ...rulingsOfBox(1, 110, 30, 110.5, 50),
  ...rulingsOfBox(1, 210, 10, 210.5, 50),
]

describe('rulings', () => {
  it('a thin rectangle is one ruling, a dot none, a box its four edges', () => {
    expect(rulingsOfBox(1, 0, 10, 100, 10.6)).toEqual([{ page: 1, x0: 0, y0: 10.3, x1: 100, y1: 10.3 }])
    expect(rulingsOfBox(1, 5, 0, 5.4, 40)).toHaveLength(1)
    expect(rulingsOfBox(1, 0, 0, 1, 1)).toEqual([])
    expect(rulingsOfBox(1, 0, 0, 50, 20)).toHaveLength(4)
    expect(rulingsOfBox(1, 0, 0, Number.NaN, 20)).toEqual([])
  })

  it('joins a border drawn cell by cell into one ruling, keeps other pages apart', () => {
    const page = rulingsOfPage(grid, 1)
    expect(page.horizontal.filter((h) => Math.abs(h.y0 - 30.25) < 0.5)).toHaveLength(1)
    expect(page.vertical.filter((v) => Math.abs(v.x0 - 110.25) < 0.5)[0]).toMatchObject({ y0: 10, y1: 50 })
    expect(rulingsOfPage(grid, 2)).toEqual({ horizontal: [], vertical: [] })
  })

  it('finds the cell around a word, and none in an unruled area', () => {
    const page = rulingsOfPage(grid, 1)
    const box = cellAround(page, 20, 60, 20, 0.5)
    expect(box).toBeDefined()
    expect(box!.left).toBeCloseTo(10.25, 1)
    expect(box!.right).toBeCloseTo(110.25, 1)
    expect(box!.bottom).toBeCloseTo(30.25, 1)
    expect(cellAround(page, 300, 340, 20, 0.5)).toBeUndefined()
    expect(cellAround(rulingsOfPage([], 1), 20, 60, 20, 0.5)).toBeUndefined()
  })

  it('a cell border between two items ends a chunk; without it they run together', () => {
    const items = [
      { text: '一般公共', x: 80, y: 25, width: 28, size: 8 },
      { text: '预算拨款', x: 110.5, y: 25, width: 28, size: 8 },
    ]
    expect(groupLines(items, 1, grid)[0]!.chunks.map((c) => c.text)).toEqual(['一般公共', '预算拨款'])
    expect(groupLines(items, 1)[0]!.chunks).toHaveLength(1)
  })

  it('two amounts with a space between them are two cells, ruled or not; one amount in pieces is one', () => {
    const items = [
      { text: '8,944.03', x: 80, y: 25, width: 28, size: 8 },
      { text: '8,944.03', x: 110.5, y: 25, width: 28, size: 8 },
    ]
    expect(groupLines(items, 1, grid)[0]!.chunks.map((c) => c.text)).toEqual(['8,944.03', '8,944.03'])
    expect(groupLines(items, 1)[0]!.chunks.map((c) => c.text)).toEqual(['8,944.03', '8,944.03'])
    // one PDF item holding both (杭州's 一般公共预算支出表: '10,190.89 45,985.11')
    const one = [{ text: '10,190.89 45,985.11', x: 80, y: 25, width: 76, size: 8 }]
    expect(groupLines(one, 1)[0]!.chunks.map((c) => c.text)).toEqual(['10,190.89', '45,985.11'])
    // pieces of one amount printed close together stay one
    const pieces = [
      { text: '8,944', x: 80, y: 25, width: 20, size: 8 },
      { text: '.03', x: 100.5, y: 25, width: 8, size: 8 },
    ]
    expect(groupLines(pieces, 1)[0]!.chunks.map((c) => c.text)).toEqual(['8,944.03'])
  })

  it('rulings of any box never throw and stay axis-aligned', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (a, b, c, d) => {
        for (const r of rulingsOfBox(1, a, b, c, d)) expect(r.x0 === r.x1 || r.y0 === r.y1).toBe(true)
      }),
      { seed: 42, numRuns: 300 },
    )
  })
})

describe('foldGlyphVariants', () => {
  it('folds variants a shared glyph gives back, leaves other text alone', () => {
    expect(foldGlyphVariants('财政专戶管理资金')).toBe('财政专户管理资金')
    expect(foldGlyphVariants('\uf900')).toBe('\u8c48')
    expect(foldGlyphVariants('一般公共预算')).toBe('一般公共预算')
  })

  it('is idempotent and keeps the length of any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (s) => {
        const once = foldGlyphVariants(s)
        expect(foldGlyphVariants(once)).toBe(once)
        expect([...once].length).toBe([...s].length)
      }),
      { seed: 42, numRuns: 300 },
    )
  })
})
