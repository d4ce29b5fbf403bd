import { describe, expect, it } from 'vitest'
import type { PrintedTable } from '../../../src/model/table'
import type { TextFigure } from '../../../src/model/textFigure'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'
import { scanFigures } from '../../../src/read/text/scanFigures'
import { splitProse } from '../../../src/read/text/splitProse'

// Sentences quoted from the development corpus (../shared/corpus) where the reader attached a figure to
// the wrong thing; each test names the document it comes from.

const lines = (...texts: string[]): ProseLine[] =>
  ['一、部门预算情况说明', ...texts].map((text): ProseLine => ({ text, page: 3 }))
const read = (texts: readonly string[], tables: readonly PrintedTable[] = []) =>
  readExplanatoryText(lines(...texts), { amountUnit: '万元', tables })
const figs = (...texts: string[]) => read(texts).figures
const byPrinted = (fs: readonly TextFigure[], printed: string, nth = 0): TextFigure => {
  const f = fs.filter((x) => x.printed === printed)[nth]
  if (!f) throw new Error(`no figure ${printed}`)
  return f
}
const partOf = (fs: readonly TextFigure[], f: TextFigure): string | undefined =>
  fs.find((x) => x.id === f.partOf)?.printed
const current = (fs: readonly TextFigure[], f: TextFigure): string | undefined => {
  const op = f.operands?.current
  return op && 'figure' in op ? fs.find((x) => x.id === op.figure)?.printed : undefined
}

describe('a breakdown in brackets (广州 2026 交通运输局, 三公)', () => {
  const sentences = [
    '2026年本部门财政拨款安排“三公”经费627万元，比上年增加46.49万元，增长8%。',
    '其中：因公出国（境）费40万元，比上年增加0万元，增长0%；',
    '公务用车购置及运行维护费567.72万元（公务用车购置费230.55万元，比上年增加49.45万元；公务用车运行维护费337.17万元，比上年减少2.96万元。）比上年增加46.49万元，增长8.9%；',
    '公务接待费19.28万元，比上年增加0万元，增长0%。',
  ]
  const f = figs(...sentences)
  it('keeps the bracket in the sentence of the figure it explains', () => {
    const s = splitProse(lines(sentences[2] as string)).sentences
    expect(s).toHaveLength(1)
    // a bracket that ends the sentence too splits as before
    expect(splitProse(lines('甲2万元（其中：乙0万元；丙2万元）；丁1万元。')).sentences).toHaveLength(3)
  })
  it('the bracketed amounts are parts of the amount before the bracket, the others of the 三公 total', () => {
    expect(partOf(f, byPrinted(f, '230.55万元'))).toBe('567.72万元')
    expect(partOf(f, byPrinted(f, '337.17万元'))).toBe('567.72万元')
    expect(partOf(f, byPrinted(f, '567.72万元'))).toBe('627万元')
    expect(partOf(f, byPrinted(f, '40万元'))).toBe('627万元')
    expect(partOf(f, byPrinted(f, '19.28万元'))).toBe('627万元')
  })
  it('the change after the closing bracket is about the amount before the bracket, not 因公出国', () => {
    const change = byPrinted(f, '46.49万元', 1)
    expect(current(f, change)).toBe('567.72万元')
    expect(change.subject).toBe('公务用车购置及运行维护费比上年增加额')
    const growth = byPrinted(f, '8.9%')
    expect(current(f, growth)).toBe('567.72万元')
    // the changes inside the bracket keep their own items
    expect(current(f, byPrinted(f, '49.45万元'))).toBe('230.55万元')
    expect(byPrinted(f, '230.55万元').subject).toBe('公务用车购置费')
  })
})

describe('lists joined by 、', () => {
  it('“包括 A x 万元、B y 万元、C z 万元”: each amount its own item, none a part of the first (杭州 2026 司法局)', () => {
    const f = figs(
      '1.按支出功能分类，包括一般公共服务支出 12,868.19万元、公共安全支出 76,468.81 万元、社会保障和就业支出 7,458.52 万元、卫生健康支出 2,434.95 万元。',
    )
    expect(f.map((x) => x.subject)).toEqual([
      '一般公共服务支出',
      '公共安全支出',
      '社会保障和就业支出',
      '卫生健康支出',
    ])
    expect(f.map((x) => x.partOf)).toEqual([undefined, undefined, undefined, undefined])
  })
  it('the list items are parts of the whole the sentence opened before them', () => {
    const f = figs(
      '支出预算99,228.11万元，其中：一般公共服务支出 12,868.19万元、公共安全支出 76,468.81 万元。',
    )
    expect(partOf(f, byPrinted(f, '12,868.19万元'))).toBe('99,228.11万元')
    expect(partOf(f, byPrinted(f, '76,468.81 万元'))).toBe('99,228.11万元')
  })
  it('a total written before a colon still heads its 、 list', () => {
    const f = figs(
      '政府采购预算总额181814.66万元：政府采购货物预算151032.53万元、政府采购服务预算30782.13万元。',
    )
    expect(f.slice(1).map((x) => partOf(f, x))).toEqual(['181814.66万元', '181814.66万元'])
  })
  it('counts of another unit are not parts of a count (辆 and 台)', () => {
    const f = figs(
      '截至2025年12月底，本单位共有公务用车 2 辆，其中，机要通信用车 1辆，应急保障用车 1 辆；单位价值 50 万元以上设备 0 台，其中，单位价值 100 万元以上设备 0 台。',
    )
    expect(partOf(f, byPrinted(f, '1辆'))).toBe('2 辆')
    expect(byPrinted(f, '0 台').partOf).toBeUndefined()
    expect(partOf(f, byPrinted(f, '0 台', 1))).toBe('0 台')
  })
  it('“个” and “人次” of one list are two counts, not a whole and its part (卢氏 seed 002)', () => {
    const f = figs('2023 年共接待国（境）外来访团组 0 个、来访外宾 0 人次（不包括陪同人员）。')
    expect(f.map((x) => x.partOf)).toEqual([undefined, undefined])
  })
})

describe('a breakdown marker followed by words only', () => {
  it('“…万元，…包括人员工资支出、日常公用经费等” lists no amounts: the next item is not its part (杭州 2026 司法局)', () => {
    const f = figs(
      '（3）公共安全支出（类）司法（款）行政运行（项）8,553.80 万元，主要用于司法局机关、法律援助中心日常运行支出，包括人员工资支出、日常公用经费等基本支出。',
      '（4）公共安全支出（类）司法（款）一般行政管理事务（项）214.07 万元，主要用于司法局未单独设置项级科目的其他项目支出。',
    )
    expect(f.map((x) => x.partOf)).toEqual([undefined, undefined])
  })
  it('a marker that ends the sentence still opens the breakdown of the next ones', () => {
    const f = figs(
      '“三公”经费预算数为53.10万元，具体如下：',
      '公务接待费14.60万元；公务用车运行维护费38.50万元。',
    )
    expect(f.slice(1).map((x) => partOf(f, x))).toEqual(['53.10万元', '53.10万元'])
  })
})

describe('run-in sub-headings (长沙 2026 信访局)', () => {
  it('reads the figure of a heading run into its paragraph, the figure on the next line', () => {
    const f = figs(
      '（一）机关运行经费：2026 年长沙市信访局机关运行经费',
      '122.98 万元，比上年预算增加 7.20 万元，上升 6.22%。',
    )
    expect(f[0]?.subject).toBe('长沙市信访局机关运行经费')
    expect(current(f, f[1] as TextFigure)).toBe('122.98 万元')
  })
  it('a heading alone on its line stays a heading', () => {
    const s = splitProse(lines('（一）机关运行经费', '2026年机关运行经费122.98万元。')).sentences
    expect(s.map((x) => x.text)).toEqual(['2026年机关运行经费122.98万元。'])
  })
  it('a top heading wrapped onto a second line is joined once, not with every short line after it', () => {
    const s = splitProse([
      { text: '二、2026 年部门预算安排情况说', page: 3 },
      { text: '明', page: 3 },
      { text: '收入1万元。', page: 3 },
      { text: '（一）收入', page: 3 },
      { text: '况说明', page: 4 },
      { text: '支出1万元。', page: 4 },
    ]).sentences
    expect(s.map((x) => x.section)).toEqual([
      '二、2026 年部门预算安排情况说明',
      '二、2026 年部门预算安排情况说明',
    ])
  })
})

describe('what a change is about', () => {
  it('“收入较去年增加” is about the 收入 total, not the last income source listed (长沙 2026 信访局)', () => {
    const f = figs(
      '2026 年本单位收入预算 1935.36 万元，其中，一般公共预算拨款 1935.36 万元，其他收入 0.00 万元，事业收入 0.00 万元。',
      '收入较去年增加 54.13 万元，上升 2.88%。',
    )
    expect(current(f, byPrinted(f, '54.13 万元'))).toBe('1935.36 万元')
    const op = byPrinted(f, '54.13 万元').operands?.current
    expect(f.find((x) => op !== undefined && 'figure' in op && x.id === op.figure)?.subject).toBe('收入预算')
  })
  it('an exact subject still wins over the total (三公 parts)', () => {
    const f = figs('“三公”经费10万元，其中：公务接待费4万元，比上年增加1万元。')
    expect(current(f, byPrinted(f, '1万元'))).toBe('4万元')
  })
  it('“和2025年相比预算减少”: the amount of the year, the prior year’s as prior (长春 2026 信访局)', () => {
    const f = figs('2026年“三公经费”预算数为7.61万元，2025年预算数为9.23万元，和2025年相比预算减少1.62万元。')
    const change = byPrinted(f, '1.62万元')
    expect(change.kind).toBe('change')
    expect(current(f, change)).toBe('7.61万元')
    expect(change.operands?.prior).toEqual({ figure: byPrinted(f, '9.23万元').id })
  })
  it('“减低” is a decrease; “同比上年增长” names the amount before it', () => {
    const f = figs(
      '2026年公务接待费为0.86万元，和2025年相比预算减低0.27万元。',
      '2026年财政拨款收入1682.76万元同比上年增长3.08%。',
    )
    expect([byPrinted(f, '0.27万元').kind, byPrinted(f, '0.27万元').direction]).toEqual([
      'change',
      'decrease',
    ])
    expect(current(f, byPrinted(f, '0.27万元'))).toBe('0.86万元')
    expect(current(f, byPrinted(f, '3.08%'))).toBe('1682.76万元')
    expect(byPrinted(f, '3.08%').subject).toBe('财政拨款收入比上年增长率')
  })
})

describe('spaced-out print (长春 2026 信访局)', () => {
  it('reads “474.56 万 元” and subjects without the spaces', () => {
    expect(scanFigures('项 目 支 出 预 算 474.56 万 元 ，').map((n) => [n.value, n.unit])).toEqual([
      ['474.56', '万元'],
    ])
    const f = figs('项 目 支 出 预 算 474.56 万 元 ， 占 部 门 预 算 总 支 出 的28.20%。')
    expect(f.map((x) => x.subject)).toEqual(['项目支出预算', '项目支出预算占预算总支出的比重'])
  })
  it('reads a number printed one character apart, and the change word spaced out (广州 2026 司法局)', () => {
    const f = figs(
      '2 0 2 6 年 本 部 门 收 入 预 算 1 7 4 , 1 7 7 . 8 5 万 元 ， 比 上 年 增 加6,255.04万元，增长3.7%。',
    )
    expect(f.map((x) => [x.kind, x.value, x.subject])).toEqual([
      ['amount', '174177.85', '收入预算'],
      ['change', '6255.04', '收入预算比上年增加额'],
      ['growth', '3.7', '收入预算比上年增长率'],
    ])
    // digits apart without a unit stay no figure; a year stays a year
    expect(scanFigures('第 1 2 3 号，2 0 2 6 年')).toEqual([])
  })
  it('a share of a named whole is not taken as a share of a part that only contains the name', () => {
    const f = figs(
      '2026年财政拨款支出1682.76万元，其中基本支出预算1208.20万元；项目支出预算474.56万元。',
      '（一） 工资福利支出911.21万元，占支出预算的54.15%；',
    )
    const share = byPrinted(f, '54.15%')
    expect(share.operands?.whole).toBeUndefined()
    // the same name said exactly is the whole
    const g = figs('2026年支出预算1682.76万元。', '工资福利支出911.21万元，占支出预算的54.15%；')
    expect(byPrinted(g, '54.15%').operands?.whole).toEqual({ figure: byPrinted(g, '1682.76万元').id })
  })
})

describe('links to a column of one part', () => {
  const table: PrintedTable = {
    id: 'three-public',
    kind: 'three-public',
    title: '一般公共预算“三公”经费支出表',
    unit: '万元',
    columns: [
      { key: '3p.total', header: ['合计'] },
      { key: '3p.vehicle', header: ['公务用车购置及运行费'] },
    ],
    rows: [{ kind: 'total', name: '', cells: { '3p.total': '1.50', '3p.vehicle': '0.50' } }],
  }
  it('the 三公 total is not linked to the 公务用车 column that prints its value (长沙 2026 教育局)', () => {
    const r = read(['协调办公室“三公 ” 经费预算数为 0.50 万元。'], [table])
    expect(r.figures[0]?.refersTo).toBeUndefined()
  })
  it('the 公务用车 amount is', () => {
    const r = read(['公务用车购置及运行费 0.50 万元。'], [table])
    expect(r.figures[0]?.refersTo?.column).toBe('3p.vehicle')
  })
})
