import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSentence } from '../../../src/read/layout/classify'
import { layoutText } from '../../../src/read/layout/layoutDocument'
import { isAmount, type LayoutLine, readsAsRunningText } from '../../../src/read/layout/lineModel'
import { segmentLines } from '../../../src/read/layout/segment'

// Lines as PDF.js gives them for a justified paragraph in a CJK font: a half-width number printed with
// a space on each side is a chunk of its own (the gap is about half a character).
const line = (page: number, y: number, ...chunks: [string, number, number][]): LayoutLine => ({
  page,
  y,
  size: 16,
  tabbed: false,
  chunks: chunks.map(([text, x0, x1]) => ({ text, x0, x1 })),
})

describe('running text cut around its numbers', () => {
  it('is prose: a number glued to its unit or to the punctuation of a sentence', () => {
    expect(
      readsAsRunningText(
        line(
          4,
          553,
          ['年度收入预算', 160, 252],
          ['110896.62', 260, 329],
          ['万元，比', 337, 398],
          ['2025', 406, 436],
        ),
      ),
    ).toBe(true)
    expect(
      readsAsRunningText(line(4, 445, ['预算单位', 122, 186], ['4', 194, 201], ['个，分别为：', 209, 300])),
    ).toBe(true)
  })

  it('is prose: a line ending on the 万 of 万元, its 元 wrapped onto the next line (杭州 公安局 p.10)', () => {
    const cut = line(
      10,
      546,
      ['本医疗保险缴费经费支出。比上年执行数增加', 90, 417],
      ['3,110.78', 421, 485],
      ['万', 489, 505],
    )
    expect(readsAsRunningText(cut)).toBe(true)
    // the paragraph stays prose: its lines are not taken for an untitled table
    const { prose, blocks } = segmentLines(
      [
        line(10, 516, ['行政单位医疗（项）7,813.14', 90, 303], ['万元，主要用于行政单位基', 307, 505]),
        cut,
        line(10, 576, ['元，增长', 90, 154], ['66.2%，主要原因是基本医疗保险基数调整。', 158, 470]),
        line(10, 606, ['（14）卫生健康支出（类）行政事业单位医疗（款）', 122, 505]),
        line(10, 636, ['事业单位医疗（项）58.47', 90, 275], ['万元，主要用于事业单位基本医', 279, 505]),
      ],
      { positioned: true },
    )
    expect(blocks).toEqual([])
    expect(prose.map((p) => p.text).join('')).toContain('3,110.78 万元，增长 66.2%')
  })

  it('is prose: a justified line whose unit is spaced out (杭州 司法局 p.8, 万 元 ， 增 长)', () => {
    const spaced = line(
      8,
      306,
      ['作 所 需 的 支 出 。 比 上 年 执 行 数 增 加', 90, 360],
      ['25.08', 366, 406],
      ['万 元 ， 增 长', 413, 501],
    )
    expect(readsAsRunningText(spaced)).toBe(true)
    // a spaced-out header word after an amount is no unit
    expect(
      readsAsRunningText(line(8, 306, ['合计', 90, 122], ['25.08', 130, 170], ['小 计', 176, 210])),
    ).toBe(false)
  })

  it('is prose: a number glued to its words before its unit, or ending a sentence with its unit on the next line', () => {
    // 湖州 卫生健康委员会 p.14
    expect(
      readsAsRunningText(
        line(
          14,
          327,
          ['（项）12600.00', 90, 202],
          ['万元，主要用于浙北医学中心迁建', 206, 445],
          ['4500.00', 449, 505],
        ),
      ),
    ).toBe(true)
    // 杭州 司法局 p.11
    expect(
      readsAsRunningText(
        line(11, 696, ['通等设备购置及日常维护费用。比上年执行数增加', 90, 457], ['13.09', 461, 501]),
      ),
    ).toBe(true)
  })

  it('is prose: words ending the line on a number whose unit opens the next line (苏州, 无锡: …减少 3,815.79 / 万元，减少)', () => {
    const cut = line(5, 400, ['支出预算比上年减少', 90, 250], ['3,815.79', 254, 318])
    const below = line(
      5,
      430,
      ['万元，减少', 90, 170],
      ['5.62%', 174, 214],
      ['，主要原因是人员调整。', 218, 400],
    )
    expect(readsAsRunningText(cut, true, below)).toBe(true)
    // the paragraph stays prose: its lines are not taken for an untitled table
    const { prose, blocks } = segmentLines([cut, below], { positioned: true })
    expect(blocks).toEqual([])
    expect(prose.map((p) => p.text).join('')).toContain('3,815.79')
    // the same line without the unit below it, with a unit on another page, or a unit only later on the
    // next line: a row beside its amount
    expect(readsAsRunningText(cut, true)).toBe(false)
    expect(readsAsRunningText(cut, true, { ...below, page: 6 })).toBe(false)
    expect(
      readsAsRunningText(cut, true, line(5, 430, ['一般公共服务支出', 90, 170], ['万元', 174, 204])),
    ).toBe(false)
    // a row of a table across a column gap stays a row, whatever opens the next line
    expect(
      readsAsRunningText(line(5, 400, ['一般公共服务支出', 90, 200], ['3,815.79', 400, 460]), true, below),
    ).toBe(false)
  })

  it('is not prose: a label ending in a number, or a label without a sentence mark, beside an amount', () => {
    // a code glued to a name, then an amount: no unit, no sentence
    expect(readsAsRunningText(line(6, 300, ['其他支出2010399', 10, 110], ['1.00', 114, 140]))).toBe(false)
    expect(readsAsRunningText(line(6, 300, ['一般公共服务支出', 10, 130], ['13.09', 134, 170]))).toBe(false)
    // a sentence mark in a label followed by an amount and more cells: not at the line's end
    expect(
      readsAsRunningText(line(6, 300, ['说明，合计', 10, 90], ['13.09', 94, 130], ['2.00', 134, 160])),
    ).toBe(false)
  })

  it('gives back to prose one line of cells under a caption it took for a title, with no header (无锡 商务局 p.31)', () => {
    const paragraph = [
      line(31, 625, ['其中：', 96, 144]),
      line(31, 656, ['（一）科学技术支出（类）', 96, 288]),
      line(31, 687, ['其他科学技术支出（款）其他科学技术支出（项）支出', 96, 480], ['12,500', 484, 532]),
      line(
        31,
        718,
        ['万元，与上年相比增加', 63, 228],
        ['12,500', 233, 281],
        ['万元（去年预算数为', 285, 434],
      ),
    ]
    const { prose, blocks } = segmentLines(paragraph, { positioned: true })
    expect(blocks).toEqual([])
    expect(prose.map((p) => p.text)).toEqual([
      '其中：',
      '（一）科学技术支出（类）',
      '其他科学技术支出（款）其他科学技术支出（项）支出 12,500',
      '万元，与上年相比增加 12,500 万元（去年预算数为',
    ])
  })

  it('keeps a table of one row under its caption and unit, or of two rows', () => {
    const caption = line(31, 656, ['机关运行经费', 96, 192])
    const unit = line(31, 672, ['单位：万元', 448, 512])
    const row = (y: number, label: string) => line(31, y, [label, 96, 160], ['12.00', 480, 512])
    expect(segmentLines([caption, unit, row(700, '合计')], { positioned: true }).blocks).toHaveLength(1)
    const two = segmentLines([caption, row(700, '合计'), row(716, '办公费')], { positioned: true }).blocks
    expect(two.map((b) => [b.title, b.bodyLines.length])).toEqual([['机关运行经费', 2]])
  })

  it('is not prose: 万 ending a row beside its amount across a column gap, or inside a line', () => {
    // a table row whose last cell is a lone 万 stands a column gap from its amount
    expect(readsAsRunningText(line(6, 300, ['合计', 10, 40], ['1,682.76', 155, 181], ['万', 260, 276]))).toBe(
      false,
    )
    // 万 not at the end of the line is no unit cut by the line's end
    expect(
      readsAsRunningText(line(6, 300, ['合计', 10, 40], ['1.00', 48, 70], ['万', 74, 90], ['2.00', 94, 116])),
    ).toBe(false)
  })

  it('is not prose: a table row (a column gap), a header cut at a year inside a table, tab cells', () => {
    // '合计' and its amounts are columns apart
    expect(
      readsAsRunningText(line(6, 300, ['合计', 10, 40], ['1682.76', 155, 181], ['万元', 190, 220])),
    ).toBe(false)
    // no unit after the number: a narrow table, not a sentence
    expect(readsAsRunningText(line(6, 300, ['合计', 10, 40], ['1.00', 48, 70], ['2.00', 78, 100]))).toBe(
      false,
    )
    // '2025 | 年预算数' is a header cell inside a table, a sentence outside one
    const header = line(6, 174, ['2025', 200, 232], ['年预算数', 240, 304])
    expect(readsAsRunningText(header)).toBe(false)
    expect(readsAsRunningText(header, true)).toBe(true)
    expect(
      readsAsRunningText({
        page: 1,
        tabbed: true,
        chunks: [
          { text: '合计', x0: 0, x1: 0 },
          { text: '1.00', x0: 1, x1: 1 },
          { text: '万元', x0: 2, x1: 2 },
        ],
      }),
    ).toBe(false)
  })

  it('keeps a paragraph with figures in the prose, not in an untitled table', () => {
    const lines = [
      line(4, 526, ['二、收入预算情况说明', 122, 282]),
      line(
        4,
        553,
        ['2026', 122, 153],
        ['年度收入预算', 160, 252],
        ['110896.62', 260, 329],
        ['万元，比', 337, 398],
        ['2025', 406, 436],
        ['年年初预', 444, 505],
      ),
      line(4, 580, ['算数', 90, 121], ['115041.34', 128, 198], ['万元减少', 205, 267], ['4144.72', 275, 328]),
      line(4, 607, ['万元，下降 3.60%。', 90, 250]),
      line(4, 634, ['（一）本年财政拨款收入', 122, 293], ['110387.98', 301, 371], ['万元', 379, 410]),
      line(4, 661, ['1.一般公共预算拨款收入', 122, 293], ['110387.98', 301, 371], ['万元。', 379, 426]),
    ]
    const { prose, blocks } = segmentLines(lines, { positioned: true })
    expect(blocks).toEqual([])
    expect(prose.map((p) => p.text)).toContain('（一）本年财政拨款收入 110387.98 万元')
    expect(prose).toHaveLength(6)
  })

  it('ends a table at a sentence that follows it, and a 第…部分 line is never a row', () => {
    const lines = [
      line(6, 100, ['2026年部门收支总表', 200, 400]),
      line(6, 120, ['项目', 10, 40], ['金额', 300, 330]),
      line(6, 140, ['合计', 10, 40], ['77.67', 300, 330]),
      line(6, 160, ['第二部分', 90, 153], ['2026', 161, 192], ['年度部门预算报表', 200, 326]),
      line(6, 180, ['三公经费预算', 122, 220], ['77.67', 228, 268], ['万元，比上年增加', 276, 400]),
    ]
    const { prose, blocks } = segmentLines(lines, { positioned: true })
    expect(blocks).toHaveLength(1)
    expect(blocks[0]!.bodyLines).toHaveLength(1)
    expect(prose.map((p) => p.text)).toEqual([
      '第二部分 2026 年度部门预算报表',
      '三公经费预算 77.67 万元，比上年增加',
    ])
  })

  it('reads column-aligned prose (pdftotext -layout) as prose', () => {
    const doc = layoutText(
      [
        '     二、收入预算情况说明',
        '     2026 年度收入预算 110896.62 万元，比 2025 年年初预',
        '算数 115041.34 万元减少 4144.72 万元，下降 3.60%。',
        '     （一）本年财政拨款收入 110387.98 万元',
      ].join('\n'),
    )
    expect(doc.tables).toEqual([])
    expect(doc.prose).toHaveLength(4)
  })

  it('is decided in time linear in the line, for any chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 40 })), { maxLength: 60 }),
        (parts) => {
          let x = 0
          const chunks = parts.map(([text, gap]) => {
            const c = { text, x0: x + gap, x1: x + gap + text.length * 16 }
            x = c.x1
            return c
          })
          const l: LayoutLine = { page: 1, y: 0, size: 16, tabbed: false, chunks }
          expect(typeof readsAsRunningText(l)).toBe('boolean')
          // tab lines are never running text
          expect(readsAsRunningText({ ...l, tabbed: true })).toBe(false)
        },
      ),
      { seed: 42, numRuns: 200 },
    )
  }, 20_000)
})

describe('amounts in brackets', () => {
  it('takes a negative in balanced brackets, not a caption number closing a bracket', () => {
    expect(isAmount('(12.00)')).toBe(true)
    expect(isAmount('（1,234.50）')).toBe(true)
    expect(isAmount('1,234.50')).toBe(true)
    expect(isAmount('1）')).toBe(false)
    expect(isAmount('(12.00')).toBe(false)
  })

  it('reads a title whose number closes a bracket as a title (收支总表（预算表 1）)', () => {
    const { blocks } = segmentLines(
      [
        line(6, 125, ['收支总表（预算表', 260, 318], ['1）', 322, 333]),
        line(6, 139, ['预算单位：某某局', 10, 93], ['单位：万元', 545, 583]),
        line(6, 174, ['项目', 29, 60], ['本年预算', 153, 183]),
        line(6, 194, ['一、财政拨款收入', 10, 70], ['1682.76', 155, 181]),
        line(6, 213, ['收入总计', 10, 40], ['1682.76', 155, 181]),
      ],
      { positioned: true },
    )
    expect(blocks).toHaveLength(1)
    expect(blocks[0]!.title).toBe('收支总表（预算表 1）')
    expect(blocks[0]!.unit).toBe('万元')
    expect(blocks[0]!.bodyLines).toHaveLength(2)
  })
})

describe('a list of amounts with their unit', () => {
  it('is a sentence (never a caption over a table), a row label is not', () => {
    expect(isSentence('术支出 28.00 万元、社会保障和就业支出 396.67 万元、卫')).toBe(true)
    expect(isSentence('科学技术支出')).toBe(false)
    expect(isSentence('2026年部门收支总表（单位：万元）')).toBe(false)
  })
})
