import { describe, expect, it } from 'vitest'
import { joinWrappedText } from '../../../src/read/layout/gridFromPositions'
import { layoutLines } from '../../../src/read/layout/layoutDocument'
import type { LayoutLine } from '../../../src/read/layout/lineModel'

// Lines as PDF.js gives them for a project table with a wide 绩效目标 column (synthetic: names,
// amounts and goals made up; the geometry of a landscape page in a 10-point font).
const line = (y: number, ...chunks: [string, number, number][]): LayoutLine => ({
  page: 3,
  y,
  size: 10,
  tabbed: false,
  chunks: chunks.map(([text, x0, x1]) => ({ text, x0, x1 })),
})
// the same, on the page after (a table running on to it)
const on4 = (y: number, ...chunks: [string, number, number][]): LayoutLine => ({
  ...line(y, ...chunks),
  page: 4,
})
const TITLE = line(60, ['2026年项目支出绩效表', 250, 450])
const UNIT = line(80, ['部门名称：某某局', 44, 160], ['单位：万元', 750, 800])
const HEADER = line(
  100,
  ['单位名称', 95, 135],
  ['项目名称', 233, 273],
  ['金额', 346, 366],
  ['绩效目标', 581, 621],
)
const read = (lines: LayoutLine[]) => layoutLines({ source: 'pdf', pages: 3, lines, emptyPages: [] })

describe('a wide text column beside amounts (绩效目标 wrapped over several lines)', () => {
  it('keeps the table whole: each goal, centred in its cell, joins its project row', () => {
    const doc = read([
      TITLE,
      UNIT,
      HEADER,
      line(120, ['某某局', 44, 104], ['合计', 197, 217], ['300.00', 352, 392]),
      // project 1: one goal line above its amounts, one below
      line(136, ['通过监测能力建设提升监测预报能力，保障业务系统运行，提', 403, 793]),
      line(144, ['某某局', 44, 104], ['业务建设', 197, 237], ['200.00', 352, 392]),
      line(152, ['升预报准确率。', 403, 473]),
      // project 2: a goal line cut around its numbers, and a short last piece
      line(
        168,
        ['站点维护数量', 403, 463],
        ['162', 465, 480],
        ['个，资料接收及时率达到', 483, 653],
        ['98', 655, 665],
        ['％以上，', 667, 707],
      ),
      line(176, ['某某中心', 44, 84], ['设施维护', 197, 237], ['100.00', 352, 392]),
      line(184, ['小时。', 403, 433]),
    ])
    expect(doc.tables).toHaveLength(1)
    const t = doc.tables[0]!
    expect(t.columns.map((c) => c.header.join('/'))).toEqual(['单位名称', '项目名称', '金额', '绩效目标'])
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['某某局', '合计', '300.00', ''],
      [
        '某某局',
        '业务建设',
        '200.00',
        '通过监测能力建设提升监测预报能力，保障业务系统运行，提升预报准确率。',
      ],
      ['某某中心', '设施维护', '100.00', '站点维护数量162个，资料接收及时率达到98％以上，小时。'],
    ])
    // nothing of the goals is left in the explanatory text
    expect(doc.prose.map((p) => p.text).join('')).not.toMatch(/预报|站点/)
  })

  it('joins the lines of a goal printed at the top of its cell to the row above', () => {
    const doc = read([
      TITLE,
      UNIT,
      HEADER,
      line(
        120,
        ['某某局', 44, 104],
        ['业务建设', 197, 237],
        ['200.00', 352, 392],
        ['保障业务系统运行，', 403, 493],
      ),
      line(136, ['提升预报准确率。', 403, 483]),
      line(
        152,
        ['某某局', 44, 104],
        ['设施维护', 197, 237],
        ['100.00', 352, 392],
        ['维持设施运行。', 403, 473],
      ),
      line(168, ['确保全年安全、准确、连续稳定运行，', 403, 573]),
      line(184, ['面向市民免费开放。', 403, 493]),
    ])
    expect(doc.tables[0]!.rows.map((r) => r.cells[3])).toEqual([
      '保障业务系统运行，提升预报准确率。',
      '维持设施运行。确保全年安全、准确、连续稳定运行，面向市民免费开放。',
    ])
  })

  it('leaves a paragraph of the explanatory text after the table in the prose', () => {
    const doc = read([
      TITLE,
      UNIT,
      HEADER,
      line(
        120,
        ['某某局', 44, 104],
        ['业务建设', 197, 237],
        ['200.00', 352, 392],
        ['保障业务系统运行。', 403, 493],
      ),
      // a sentence from the left margin, under every header word: not a line of the goal
      line(150, ['三公经费预算较上年减少，主要原因是严格执行过紧日子要求，压减公务接待。', 64, 793]),
    ])
    expect(doc.tables).toHaveLength(1)
    expect(doc.tables[0]!.rows).toHaveLength(1)
    expect(doc.prose.map((p) => p.text)).toContain(
      '三公经费预算较上年减少，主要原因是严格执行过紧日子要求，压减公务接待。',
    )
  })
})

describe('a wide text column on a page without its header', () => {
  it('is not followed onto the next page before the table has shown a line of its text column', () => {
    const doc = read([
      TITLE,
      UNIT,
      HEADER,
      line(
        120,
        ['某某局', 44, 104],
        ['业务建设', 197, 237],
        ['200.00', 352, 392],
        ['保障业务系统运行。', 403, 493],
      ),
      { ...line(40, ['维持设施运行，确保全年安全、准确、连续稳定运行。', 403, 653]), page: 4 },
    ])
    expect(doc.tables[0]!.rows.map((r) => r.cells[3])).toEqual(['保障业务系统运行。'])
    expect(doc.prose.map((p) => p.text)).toContain('维持设施运行，确保全年安全、准确、连续稳定运行。')
  })
})

describe('a wide text column on the pages a table runs on to', () => {
  // the table's first page: a two-line header ('绩效目标' on the upper line), one unit and a project
  const HEADER2 = [
    line(96, ['项目名称', 60, 100], ['财政拨', 250, 280], ['其他资', 310, 340], ['绩效目标', 581, 621]),
    line(106, ['合计', 200, 220], ['款', 260, 270], ['金', 320, 330]),
  ]
  const FIRST = [
    line(120, ['某某局', 44, 104], ['300.00', 180, 220], ['300.00', 240, 280], ['0.00', 320, 340]),
    line(136, ['通过监测能力建设提升监测预报能力，保障业务系统运行，提', 403, 793]),
    line(144, ['业务建设', 60, 100], ['200.00', 180, 220], ['200.00', 240, 280], ['0.00', 320, 340]),
    line(152, ['升预报准确率。', 403, 473]),
  ]
  // the next page: fitted to its own figures, its columns and goals printed 17 points further left;
  // its header's top line cut by the running-head filter and its lower line broken differently
  // ('合计 款 金' as '合计 | 款金')
  const SECOND = [
    on4(40, ['合计', 194, 214], ['款金', 254, 324]),
    on4(56, ['站点维护数量162个，资料接收及时率达到', 386, 776]),
    on4(64, ['设施维护', 60, 100], ['100.00', 163, 203], ['100.00', 223, 263], ['0.00', 303, 323]),
    on4(72, ['98％以上。', 386, 446]),
  ]

  it("follows the goals past the repeated header, the page's columns read as the first page's", () => {
    const doc = read([TITLE, UNIT, ...HEADER2, ...FIRST, ...SECOND])
    expect(doc.tables).toHaveLength(1)
    const t = doc.tables[0]!
    expect(t.pages).toEqual([3, 4])
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['某某局', '300.00', '300.00', '0.00', ''],
      [
        '业务建设',
        '200.00',
        '200.00',
        '0.00',
        '通过监测能力建设提升监测预报能力，保障业务系统运行，提升预报准确率。',
      ],
      ['设施维护', '100.00', '100.00', '0.00', '站点维护数量162个，资料接收及时率达到98％以上。'],
    ])
    expect(doc.prose.map((p) => p.text).join('')).not.toMatch(/站点|合计/)
  })

  it('keeps a row at the top of the next page whose label is no piece of the header', () => {
    const doc = read([
      TITLE,
      UNIT,
      ...HEADER2,
      ...FIRST,
      // a label wrapped in its cell at the top of the page: its first line, with no amount, is no
      // piece of the header (it is joined to the row below, as a wrapped label is)
      on4(40, ['某某中心设施', 54, 114]),
      on4(48, ['维护', 54, 74], ['100.00', 174, 214], ['100.00', 234, 274], ['0.00', 314, 334]),
    ])
    expect(doc.tables).toHaveLength(1)
    expect(doc.tables[0]!.rows.map((r) => r.cells[0])).toEqual(['某某局', '业务建设', '某某中心设施维护'])
  })

  it("does not follow a text column onto a page two pages past the table's last row", () => {
    const doc = read([
      TITLE,
      UNIT,
      ...HEADER2,
      ...FIRST,
      { ...line(56, ['站点维护数量162个，资料接收及时率达到98％以上。', 397, 787]), page: 5 },
    ])
    expect(doc.tables[0]!.rows).toHaveLength(2)
    expect(doc.prose.map((p) => p.text)).toContain('站点维护数量162个，资料接收及时率达到98％以上。')
  })

  it('keeps a goal line that reads as no sentence, a year first, in the goal (no amount of its own)', () => {
    const doc = read([
      TITLE,
      UNIT,
      ...HEADER2,
      ...FIRST,
      on4(56, ['2027', 386, 406], ['年档案接收计划的通知', 411, 511]),
      on4(64, ['设施维护', 60, 100], ['100.00', 163, 203], ['100.00', 223, 263], ['0.00', 303, 323]),
    ])
    const rows = doc.tables[0]!.rows
    expect(rows.map((r) => r.cells[4])).toContain('2027年档案接收计划的通知')
    expect(rows.map((r) => r.cells[1])).toEqual(['300.00', '200.00', '100.00'])
  })

  it('leaves a paragraph at the top of the next page, from the left margin, in the prose', () => {
    const doc = read([
      TITLE,
      UNIT,
      ...HEADER2,
      ...FIRST,
      on4(56, ['三公经费预算较上年减少，主要原因是严格执行过紧日子要求，压减公务接待。', 64, 793]),
    ])
    expect(doc.tables[0]!.rows).toHaveLength(2)
    expect(doc.prose.map((p) => p.text)).toContain(
      '三公经费预算较上年减少，主要原因是严格执行过紧日子要求，压减公务接待。',
    )
  })

  it('follows the same text one page on (the look-alike of the case above)', () => {
    const doc = read([
      TITLE,
      UNIT,
      ...HEADER2,
      ...FIRST,
      on4(56, ['站点维护数量162个，资料接收及时率达到98％以上。', 397, 787]),
    ])
    expect(doc.prose.map((p) => p.text)).not.toContain('站点维护数量162个，资料接收及时率达到98％以上。')
  })
})

describe('joinWrappedText', () => {
  const row = (y: number, cells: string[], hasValue: boolean) => ({ cells, page: 1, y, hasValue })

  it('shares the lines between two rows by their centre, column by column', () => {
    const rows = [
      row(10, ['', '', '甲一'], false),
      row(18, ['甲', '1.00', ''], true),
      row(26, ['', '', '甲二'], false),
      row(34, ['乙上', '', '乙一'], false),
      row(42, ['', '2.00', '乙二'], true),
      row(50, ['乙下', '', '乙三'], false),
    ]
    expect(joinWrappedText(rows, new Set([2])).map((r) => r.cells)).toEqual([
      ['甲', '1.00', '甲一甲二'],
      ['乙上乙下', '2.00', '乙一乙二乙三'],
    ])
  })

  it('leaves alone a row without amounts that prints nothing in a text column (a heading row)', () => {
    const rows = [
      row(10, ['合计', '3.00', ''], true),
      row(18, ['一、基本支出', '', ''], false),
      row(26, ['工资', '3.00', ''], true),
    ]
    expect(joinWrappedText(rows, new Set([2])).map((r) => r.cells[0])).toEqual([
      '合计',
      '一、基本支出',
      '工资',
    ])
  })
})

describe('the short last piece of a goal on a page printed a little left of the first', () => {
  // a goal column printed right beside the last amount column (其他资金); on the next page the goals
  // start a few points further left, so a goal's last piece ('牌。') falls over the amount column
  const HEADER3 = [
    line(96, ['项目名称', 60, 100], ['财政拨', 250, 280], ['其他资', 310, 340], ['绩效目标', 350, 621]),
    line(106, ['合计', 200, 220], ['款', 260, 270], ['金', 320, 330]),
  ]
  const FIRST3 = [
    line(120, ['某某局', 44, 104], ['300.00', 180, 220], ['300.00', 240, 280], ['0.00', 320, 340]),
    line(136, ['通过监测能力建设提升监测预报能力，保障业务系统运行，提', 353, 743]),
    line(144, ['业务建设', 60, 100], ['200.00', 180, 220], ['200.00', 240, 280], ['0.00', 320, 340]),
    line(152, ['升预报准确率。', 353, 423]),
  ]
  const readWithPiece = (piece: [string, number, number]) =>
    layoutLines({
      source: 'pdf',
      pages: 4,
      emptyPages: [],
      lines: [
        TITLE,
        UNIT,
        ...HEADER3,
        ...FIRST3,
        on4(40, ['合计', 194, 214], ['款金', 254, 324]),
        on4(56, ['站点维护数量162个，资料接收及时率达到98％以上，设施标', 330, 720]),
        on4(64, ['设施维护', 60, 100], ['100.00', 163, 203], ['100.00', 223, 263], ['5.00', 303, 323]),
        on4(72, piece),
      ],
    })

  it('joins the piece to its goal, not to the amount it touches', () => {
    const rows = readWithPiece(['牌。', 330, 350]).tables[0]!.rows
    expect(rows.at(-1)!.cells).toEqual([
      '设施维护',
      '100.00',
      '100.00',
      '5.00',
      '站点维护数量162个，资料接收及时率达到98％以上，设施标牌。',
    ])
  })

  it('leaves an amount printed at the same place in its amount column', () => {
    const doc = readWithPiece(['6.00', 303, 323])
    expect(doc.tables[0]!.rows.map((r) => r.cells[3])).toContain('6.00')
    expect(doc.tables[0]!.rows.map((r) => r.cells[4]).join('')).not.toContain('6.00')
  })
})

describe('labels wrapped around their amounts, the first row of a page included (issue 11)', () => {
  const row = (y: number, cells: string[], hasValue: boolean) => ({ cells, page: 1, y, hasValue })

  it('gives a row whose label starts above it at the top of the page as many lines below it', () => {
    // 广州市中心区交通项目管理 | amounts | 中心 at the top of a page, then a project wrapped around its own
    const rows = [
      row(10, ['单位甲上', '', ''], false),
      row(18, ['', '9.00', ''], true),
      row(26, ['单位甲下', '', ''], false),
      row(34, ['', '', '乙一'], false),
      row(42, ['乙上', '', '乙二'], false),
      row(50, ['', '2.00', ''], true),
      row(58, ['乙下', '', '乙三'], false),
    ]
    expect(joinWrappedText(rows, new Set([2])).map((r) => r.cells)).toEqual([
      ['单位甲上', '', ''],
      ['单位甲下', '9.00', ''],
      ['乙上乙下', '2.00', '乙一乙二乙三'],
    ])
  })

  it('gives the next row every line where the first row of the page prints its label on its amounts', () => {
    const rows = [
      row(18, ['甲', '9.00', ''], true),
      row(26, ['乙上', '', '乙一'], false),
      row(34, ['', '2.00', ''], true),
      row(42, ['乙下', '', '乙二'], false),
    ]
    expect(joinWrappedText(rows, new Set([2])).map((r) => r.cells)).toEqual([
      ['甲', '9.00', ''],
      ['乙上乙下', '2.00', '乙一乙二'],
    ])
  })

  // a continuation page repeating the header over goals centred beside their rows (广州 卫健委 p.44)
  const project = (
    page: (y: number, ...c: [string, number, number][]) => LayoutLine,
    y: number,
    n: string,
  ) => [
    page(y - 8, [`${n}的目标上半，`, 403, 793]),
    page(y, [`${n}经`, 197, 237], ['10.00', 352, 392]),
    page(y + 8, [`费`, 197, 207], [`${n}的目标下半。`, 403, 793]),
  ]
  // the first page wraps 单位名 | 称 over two lines; the next prints 单位名称 on one, which no line of
  // the first page's header holds
  const WRAPPED_HEADER = [
    line(96, ['单位名', 95, 125], ['项目名称', 233, 273], ['金额', 346, 366], ['绩效目标', 581, 621]),
    line(104, ['称', 105, 115]),
  ]
  const readPages = (repeat: boolean) =>
    read([
      TITLE,
      UNIT,
      ...WRAPPED_HEADER,
      line(120, ['某某局', 44, 104], ['合计', 197, 217], ['20.00', 352, 392]),
      ...project(line, 144, '甲'),
      ...(repeat ? [on4(40, ['单位名称', 95, 135], ['项目名称', 233, 273], ['绩效目标', 581, 621])] : []),
      ...project(on4, 64, '乙'),
    ]).tables[0]!.rows.map((r) => r.cells)

  it('does not join a header repeated on a continuation page into its first row', () => {
    const rows = readPages(true)
    expect(rows.at(-1)).toEqual(['', '乙经费', '10.00', '乙的目标上半，乙的目标下半。'])
    expect(rows.flat().join('')).not.toMatch(/项目名称|绩效目标|单位名称/)
  })

  it('reads the same rows where the continuation page prints no header', () =>
    expect(readPages(false)).toEqual(readPages(true)))
})
