import { describe, expect, it } from 'vitest'
import { layoutLines } from '../../../src/read/layout/layoutDocument'
import type { LayoutLine } from '../../../src/read/layout/lineModel'
import { groupLines } from '../../../src/read/layout/lines'
import { rulingsOfPage } from '../../../src/read/layout/rulings'
import { line, type Word } from '../positionedLines'

// Misreadings of positioned tables found on corpus documents (广东's and 浙江's templates), each as
// synthetic lines: words with their x extents, a baseline and a font size, as a PDF prints them.

const pdf = (lines: readonly LayoutLine[]) =>
  layoutLines({ source: 'pdf', pages: Math.max(...lines.map((l) => l.page)), lines, emptyPages: [] })
const headers = (lines: readonly LayoutLine[], table = 0): string[] =>
  pdf(lines).tables[table]!.columns.map((c) => c.header.join('/'))

// 收入总体情况表 as 广州 prints it: group labels over their children, labels of full-height cells
// wrapped in three or four pieces, printed at the heights of the neighbours' lines
const INCOME_HEAD = [
  line(1, 100, [['收入总体情况表', 300, 440]], 16),
  line(1, 116, [['单位：万元', 740, 790]]),
  line(1, 132.6, [
    ['财政拨款收入', 337, 397],
    ['财政专户拨款收入', 456, 536],
    ['其他资金收入', 582, 642],
  ]),
  line(1, 140.8, [['附属单', 724, 754]]),
  line(1, 148.7, [
    ['事业单', 599, 629],
    ['上级补', 685, 715],
    ['上年结', 763, 793],
  ]),
  line(1, 156.6, [
    ['单位名称', 112, 152],
    ['合计', 242, 262],
    ['一般公共预', 287, 337],
    ['政府性基金', 343, 393],
    ['国有资本经', 398, 448],
    ['其他专户', 500, 540],
    ['位上缴', 724, 754],
  ]),
  line(1, 164.4, [
    ['教育收费', 453, 493],
    ['事业收入', 549, 589],
    ['位经营', 599, 629],
    ['其他收入', 637, 677],
    ['助收入', 685, 715],
    ['转结余', 763, 793],
  ]),
  line(1, 172.3, [
    ['算', 307, 317],
    ['预算', 358, 378],
    ['营预算', 407, 438],
    ['收入拨款', 500, 540],
    ['收入', 729, 749],
  ]),
  line(1, 180.1, [['收入', 604, 624]]),
]
const amounts = (y: number, label: string, values: readonly string[]): LayoutLine => {
  const right = [283, 340, 395, 449, 496, 543, 595, 633, 680, 719, 758, 797]
  return line(1, y, [
    [label, 48, 48 + 10 * label.length],
    ...values.map((v, k): Word => [v, right[k]! - 5 * v.length, right[k]!]),
  ])
}
const INCOME_BODY = [
  amounts(196.5, '合计', [
    '266.00',
    '173.00',
    '23.00',
    '0.00',
    '0.00',
    '0.00',
    '62.00',
    '0.00',
    '7.00',
    '0.00',
    '0.00',
    '1.00',
  ]),
  amounts(212.8, '某某局', [
    '12.00',
    '9.00',
    '3.00',
    '0.00',
    '0.00',
    '0.00',
    '0.00',
    '0.00',
    '0.00',
    '0.00',
    '0.00',
    '0.00',
  ]),
  amounts(229.2, '某某医院', [
    '254.00',
    '164.00',
    '20.00',
    '0.00',
    '0.00',
    '0.00',
    '62.00',
    '0.00',
    '7.00',
    '0.00',
    '0.00',
    '1.00',
  ]),
]

describe('wrapped header labels between group labels', () => {
  it('reads each wrapped label whole under its group label, none taken for a group label', () => {
    expect(headers([...INCOME_HEAD, ...INCOME_BODY])).toEqual([
      '单位名称',
      '合计',
      '财政拨款收入/一般公共预算',
      '财政拨款收入/政府性基金预算',
      '国有资本经营预算',
      '财政专户拨款收入/教育收费',
      '财政专户拨款收入/其他专户收入拨款',
      '其他资金收入/事业收入',
      '其他资金收入/事业单位经营收入',
      '其他收入',
      '上级补助收入',
      '附属单位上缴收入',
      '上年结转结余',
    ])
  })
})

describe('a header word touching the next column', () => {
  // 珠海's 收入总体情况表: 上年结转结 starts a point after 附属单位上缴收入's amounts end
  const right = [287, 342, 397, 452, 500, 547, 587, 626, 666, 705, 745, 797]
  const body = (y: number, label: string, values: readonly string[]): LayoutLine =>
    line(1, y, [
      [label, 48, 48 + 10 * label.length],
      ...values.map((v, k): Word => [v, right[k]! - 5 * v.length, right[k]!]),
    ])
  const lines = [
    line(1, 100, [['收入总体情况表', 300, 440]], 16),
    line(1, 116, [['单位：万元', 740, 790]]),
    line(1, 132.6, [
      ['财政拨款收入', 340, 400],
      ['财政专户拨款收入', 460, 540],
      ['其他资金收入', 577, 637],
    ]),
    line(1, 140.8, [['附属单', 710, 740]]),
    line(1, 148.7, [
      ['事业单', 592, 622],
      ['上级补', 671, 701],
      ['上年结转结', 746, 796],
    ]),
    line(1, 156.6, [
      ['单位名称', 113, 153],
      ['合计', 246, 266],
      ['一般公共预', 290, 340],
      ['政府性基金', 345, 395],
      ['国有资本经', 400, 450],
      ['其他专户', 504, 544],
      ['事业收', 552, 582],
      ['其他收', 631, 661],
      ['位上缴', 710, 740],
    ]),
    line(1, 164.4, [
      ['教育收费', 456, 497],
      ['位经营', 592, 622],
      ['助收入', 671, 701],
      ['余', 766, 776],
    ]),
    line(1, 172.3, [
      ['算', 310, 320],
      ['预算', 360, 380],
      ['营预算', 410, 440],
      ['收入拨款', 504, 544],
      ['入', 562, 572],
      ['入', 641, 651],
      ['收入', 715, 735],
    ]),
    line(1, 180.1, [['收入', 597, 617]]),
    body(196.5, '合计', [
      '6.00',
      '4.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '1.00',
      '0.00',
      '0.00',
      '1.00',
    ]),
    body(212.8, '某某局', [
      '6.00',
      '4.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '1.00',
      '0.00',
      '0.00',
      '1.00',
    ]),
  ]
  it('leaves the word to the column it stands over', () => {
    expect(headers(lines).slice(9)).toEqual(['其他收入', '上级补助收入', '附属单位上缴收入', '上年结转结余'])
  })
})

describe('a group label repeated at the top of a continued page', () => {
  // 广东's 部门预算项目支出及其他支出预算表: 财政拨款 printed over the header on every page
  const head = (page: number, y: number): LayoutLine[] => [
    line(page, y, [['财政拨款', 332, 372]]),
    line(page, y + 8, [
      ['项目', 90, 110],
      ['总计', 191, 211],
      ['一般公共预算', 297, 347],
      ['政府性基金预算', 357, 427],
    ]),
  ]
  const row = (page: number, y: number, label: string, a: string): LayoutLine =>
    line(page, y, [
      [label, 48, 48 + 10 * label.length],
      [a, 211, 231],
      [a, 332, 352],
      ['0.00', 392, 412],
    ])
  const lines = [
    line(1, 60, [['部门预算项目支出及其他支出预算表', 250, 490]], 16),
    line(1, 76, [['单位：万元', 740, 790]]),
    ...head(1, 100),
    row(1, 130, '合计', '3.00'),
    row(1, 146, '办公费', '1.00'),
    ...head(2, 48),
    row(2, 80, '物业费', '2.00'),
  ]
  it('drops it with the repeated header: no row, no column of its own', () => {
    const doc = pdf(lines)
    expect(doc.tables).toHaveLength(1)
    const table = doc.tables[0]!
    expect(table.rows.map((r) => r.cells[0])).toEqual(['合计', '办公费', '物业费'])
    expect(table.columns.map((c) => c.header.join('/'))).toEqual([
      '项目',
      '总计',
      '一般公共预算',
      '政府性基金预算',
    ])
  })
  it('keeps a one-word row that is no header word, and a header word inside a page', () => {
    const kept = [
      ...lines.slice(0, 5),
      line(1, 150, [['二十、其他支出', 48, 118]]),
      row(1, 166, '办公费', '1.00'),
    ]
    expect(pdf(kept).tables[0]!.rows.map((r) => r.cells[0])).toContain('二十、其他支出')
    const inside = [...lines.slice(0, 5), line(1, 150, [['财政拨款', 48, 88]]), row(1, 166, '办公费', '1.00')]
    expect(pdf(inside).tables[0]!.rows.map((r) => r.cells[0])).toContain('财政拨款')
  })
})

describe('collinear ruling pieces', () => {
  it('joins pieces a fraction apart in height, whichever is drawn first', () => {
    const h = rulingsOfPage(
      [
        { page: 1, x0: 300, y0: 100, x1: 600, y1: 100 },
        { page: 1, x0: 0, y0: 100.2, x1: 300, y1: 100.2 },
      ],
      1,
    ).horizontal
    expect(h.map((r) => [r.x0, r.x1])).toEqual([[0, 600]])
  })
  it('keeps pieces apart that do not touch', () => {
    const h = rulingsOfPage(
      [
        { page: 1, x0: 300, y0: 100, x1: 400, y1: 100 },
        { page: 1, x0: 0, y0: 100.2, x1: 100, y1: 100.2 },
      ],
      1,
    ).horizontal
    expect(h.map((r) => [r.x0, r.x1]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [0, 100],
      [300, 400],
    ])
  })
})

describe('an amount and the next cell printed a hair apart', () => {
  const item = (text: string, x: number, width: number) => ({ text, x, y: 100, width, size: 10 })
  const chunks = (items: ReturnType<typeof item>[]): string[] =>
    groupLines(items, 1)[0]!.chunks.map((c) => c.text)
  it('splits 广东’s 其他资金 amount from its 绩效目标 text', () => {
    expect(chunks([item('0.00', 528, 20), item('营风险，支持企业发展', 548.76, 100)])).toEqual([
      '0.00',
      '营风险，支持企业发展',
    ])
  })
  it('keeps an amount and its unit together, and text run into an amount', () => {
    expect(chunks([item('110.00', 100, 30), item('万元', 130.76, 20)])).toEqual(['110.00万元'])
    expect(chunks([item('0.00', 528, 20), item('营风险', 548.3, 30)])).toEqual(['0.00营风险'])
  })
})

describe('header words printed close together', () => {
  const item = (text: string, x: number, width: number) => ({ text, x, y: 100, width, size: 10 })
  it('splits two header words 0.44 × the size apart, and runs on CJK text printed closer', () => {
    const words = groupLines([item('政府性基金', 343.1, 50), item('国有资本经', 397.5, 50)], 1)[0]!
    expect(words.chunks.map((c) => c.text)).toEqual(['政府性基金', '国有资本经'])
    const text = groupLines([item('按照在院特困老人', 100, 80), item('实际需求', 182, 40)], 1)[0]!
    expect(text.chunks.map((c) => c.text)).toEqual(['按照在院特困老人实际需求'])
  })
})

describe('a header word right of every column', () => {
  // 广东's 部门预算项目支出及其他支出预算表 on a page of totals: 绩效目标 printed blank
  const lines = [
    line(1, 60, [['部门预算项目支出及其他支出预算表', 250, 490]], 16),
    line(1, 76, [['单位：万元', 740, 790]]),
    line(1, 140.8, [
      ['项目', 90, 110],
      ['其他资', 515, 545],
    ]),
    line(1, 148.8, [
      ['总计', 191, 211],
      ['国有资本经', 418, 468],
      ['绩效目标', 653, 693],
    ]),
    line(1, 156.5, [['金', 525, 535]]),
    line(1, 164.5, [['营预算', 428, 458]]),
    line(1, 180.4, [
      ['合计', 48, 68],
      ['1,082.05', 191, 231],
      ['0.00', 452, 473],
      ['50.00', 523, 548],
    ]),
    line(1, 195.6, [
      ['某某局', 48, 78],
      ['1,075.05', 191, 231],
      ['0.00', 452, 473],
      ['50.00', 523, 548],
    ]),
  ]
  it('is a blank column of its own, not a piece of the last column’s label', () => {
    expect(headers(lines)).toEqual(['项目', '总计', '国有资本经营预算', '其他资金', '绩效目标'])
  })
  it('while a word centred over a right-aligned column short of it names that column', () => {
    const centred = [
      line(1, 60, [['收支总体情况表', 250, 390]], 16),
      line(1, 76, [['单位：万元', 740, 790]]),
      line(1, 140, [
        ['项目', 90, 110],
        ['预算', 600, 620],
      ]),
      line(1, 160, [
        ['合计', 48, 68],
        ['9.00', 660, 680],
      ]),
      line(1, 176, [
        ['某某局', 48, 78],
        ['9.00', 660, 680],
      ]),
    ]
    expect(headers(centred)).toEqual(['项目', '预算'])
  })
})

describe('two header cells run into one chunk', () => {
  // 广州 卫生健康委员会 p.9: the extraction prints 政府性基金 and 国有资本经 (the first lines of two wrapped
  // cells) as one chunk over both columns, 预算 and 营预算 below it
  const withHeaderLine = (words: readonly Word[]) =>
    INCOME_HEAD.map((l) =>
      l.y === 156.6
        ? line(1, 156.6, [
            ...l.chunks
              .filter((c) => !/^(政府性基金|国有资本经)$/.test(c.text))
              .map((c): Word => [c.text, c.x0, c.x1]),
            ...words,
          ])
        : l,
    ).map((l) => ({ ...l, chunks: [...l.chunks].sort((a, b) => a.x0 - b.x0) }))

  it('cuts the chunk at the gap between the columns below it, each header its own column', () => {
    const read = headers([...withHeaderLine([['政府性基金国有资本经', 343, 448]]), ...INCOME_BODY])
    expect(read.slice(3, 5)).toEqual(['财政拨款收入/政府性基金预算', '国有资本经营预算'])
    expect(read).toHaveLength(13)
  })

  it('leaves a label over two columns whole where nothing under it continues it (a group label)', () => {
    // 两项基金 centred over 政府性基金预 | 国有资本经营 printed on the line below, wider than itself
    const lines = INCOME_HEAD.map((l) =>
      l.y === 172.3
        ? line(
            1,
            172.3,
            l.chunks
              .filter((c) => !/预算$/.test(c.text) || c.text === '算')
              .map((c): Word => [c.text, c.x0, c.x1]),
          )
        : l,
    )
    const group = withHeaderLine([['两项基金预算', 365, 425]])
    const under = line(1, 164.4, [
      ...lines[6]!.chunks.map((c): Word => [c.text, c.x0, c.x1]),
      ['政府性基金', 343, 393],
      ['国有资本经营', 396, 448],
    ])
    const read = headers([
      ...group.slice(0, 6),
      { ...under, chunks: [...under.chunks].sort((a, b) => a.x0 - b.x0) },
      ...lines.slice(7),
      ...INCOME_BODY,
    ])
    // one label over both columns, cut nowhere
    expect(read.slice(3, 5).map((h) => h.replace(/^财政拨款收入\//, ''))).toEqual([
      '两项基金预算/政府性基金',
      '两项基金预算/国有资本经营',
    ])
  })
})
