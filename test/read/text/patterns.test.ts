import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MedbudgetError } from '../../../src/errors'
import type { ProseLine } from '../../../src/read/layout/types'
import { readExplanatoryText } from '../../../src/read/text/readExplanatoryText'
import { scanFigures } from '../../../src/read/text/scanFigures'

const ctx = { amountUnit: '万元', tables: [] } as const
const read = (...texts: string[]) =>
  readExplanatoryText(
    ['一、收入支出预算总体情况说明', ...texts].map((text, i): ProseLine => ({ text, page: i < 2 ? 3 : 4 })),
    ctx,
  )
const figs = (...texts: string[]) => read(...texts).figures

describe('scanFigures', () => {
  it('reads units of money, percentages and counts, with their own unit', () => {
    expect(
      scanFigures('8944.03万元、1.2亿元、500元、14.00%、3辆、0台（套）').map((n) => [n.value, n.unit]),
    ).toEqual([
      ['8944.03', '万元'],
      ['1.2', '亿元'],
      ['500', '元'],
      ['14.00', '%'],
      ['3', '辆'],
      ['0', '台（套）'],
    ])
  })
  it('reads thousands separators, full-width digits and OCR spaces; keeps the printed form', () => {
    const [a, b, c] = scanFigures('8,938.04万元，１２３．４５万元，132465. 29万元')
    expect([a?.value, a?.printed]).toEqual(['8938.04', '8,938.04万元'])
    expect(b?.value).toBe('123.45')
    expect([c?.value, c?.printed]).toEqual(['132465.29', '132465. 29万元'])
  })
  it('keeps a placeholder as printed', () => {
    expect(scanFigures('基本支出××.××万元')[0]?.value).toBe('××.××')
  })
  it('ignores years, dates, document numbers and words that only start like a unit', () => {
    expect(scanFigures('2024年3月27日，豫财社（2023）244号，7个项目外的13项目，分别')).toEqual([
      expect.objectContaining({ value: '7', unit: '个' }),
    ])
  })
})

describe('kinds of figures', () => {
  it('an amount, and a change with its direction (增加 / 减少)', () => {
    const [total, up, down] = figs(
      '2024年收入总计8944.03万元，比上年增加1098.42万元。支出比上年减少3.5万元。',
    )
    expect([total?.kind, total?.subject]).toEqual(['amount', '收入总计'])
    expect([up?.kind, up?.direction]).toEqual(['change', 'increase'])
    expect(up?.operands?.current).toEqual({ figure: total?.id })
    expect([down?.kind, down?.direction]).toEqual(['change', 'decrease'])
  })
  it('growth (增长 / 下降 x%) names the change and the current figure', () => {
    const f = figs('收入总计100万元，比上年增加10万元，增长11.11%；支出下降5%。')
    expect(f.map((x) => [x.kind, x.direction])).toEqual([
      ['amount', undefined],
      ['change', 'increase'],
      ['growth', 'increase'],
      ['growth', 'decrease'],
    ])
    expect(f[2]?.operands).toEqual({ current: { figure: f[0]?.id }, change: { figure: f[1]?.id } })
  })
  it('a share (占 x%) names its part and its whole; a plain percentage is a ratio, not a share', () => {
    const f = figs('支出合计200万元，其中：基本支出50万元，占25.00%；', '满意度达到90%以上。')
    expect(f[2]?.kind).toBe('share')
    expect(f[2]?.operands).toEqual({ part: { figure: f[1]?.id }, whole: { figure: f[0]?.id } })
    expect(f[1]?.partOf).toBe(f[0]?.id)
    expect(f[3]?.kind).toBe('ratio')
  })
  it('a completion rate (完成预算的 x%) names actual and budget', () => {
    const f = figs('年初预算为 838.98 万元，支出决算为 762.71 万元，完成年初预算的 90.91%。')
    expect(f[2]?.kind).toBe('completion')
    expect(f[2]?.operands).toEqual({ actual: { figure: f[1]?.id }, budget: { figure: f[0]?.id } })
  })
  it('counts (辆, 个, 台（套）) are counts; a threshold (单价50万元以上) is not a figure', () => {
    const f = figs('共有车辆1辆，单价50万元以上通用设备0台（套）。')
    expect(f.map((x) => [x.kind, x.printed])).toEqual([
      ['count', '1辆'],
      ['count', '0台（套）'],
    ])
  })
  it('a “三公” breakdown: parts of the total, the vehicle part with its own parts', () => {
    const f = figs(
      '2024年“三公”经费预算为0.72万元，其中：因公出国（境）费0万元，公务用车购置及运行费0.72万元（其中：公务用车购置费0万元，公务用车运行维护费0.72万元），公务接待费0万元。',
    )
    expect(f.map((x) => x.partOf)).toEqual([undefined, 's1-f1', 's1-f1', 's1-f3', 's1-f3', 's1-f1'])
  })
  it('no breakdown without a marker: consecutive totals are not parts of each other', () => {
    expect(figs('收入总计8944.03万元，支出总计8944.03万元。').map((x) => x.partOf)).toEqual([
      undefined,
      undefined,
    ])
  })
})

describe('sentences, sections and pages', () => {
  it('joins a number split over a line break and a page break; the figure keeps the page it starts on', () => {
    const [f] = figs('2024年收入总计8944.', '03万元。')
    expect(f?.value).toBe('8944.03')
    expect(f?.page).toBe(3)
    expect(f?.sentence).toBe('2024年收入总计8944.03万元。')
    expect(f?.section).toBe('一、收入支出预算总体情况说明')
  })
  it('reads ASCII punctuation (; , :) like Chinese punctuation', () => {
    const f = figs('2025年收入合计100万元,其中:一般公共预算收入60万元;政府性基金收入40万元。')
    expect(f.map((x) => x.partOf)).toEqual([undefined, 's1-f1', 's1-f1'])
    expect(f[1]?.sentence).toBe('2025年收入合计100万元,其中:一般公共预算收入60万元;')
  })
  it('reads nothing outside the explanatory part (概况, 附件)', () => {
    const lines = [
      '第一部分 某局概况',
      '单位共 2 个。',
      '第二部分 某局2024年部门预算情况说明',
      '一、总体情况',
      '收入总计5万元。',
    ]
    const r = readExplanatoryText(
      lines.map((text) => ({ text, page: 1 })),
      ctx,
    )
    expect(r.figures.map((f) => f.printed)).toEqual(['5万元'])
  })
})

describe('glossary and metadata', () => {
  it('reads numbered entries and definitions over several lines, and stops at the next section', () => {
    const lines = [
      '十、名词解释',
      '1、**财政拨款收入**：指本级财政当年拨付的资金，包括',
      '一般公共预算拨款。',
      '2、基本支出：指人员经费和公用经费。',
      '十一、其他需要说明的事项',
      '无。',
    ]
    const r = readExplanatoryText(
      lines.map((text) => ({ text, page: 9 })),
      ctx,
    )
    expect(r.glossary).toEqual([
      { term: '财政拨款收入', definition: '指本级财政当年拨付的资金，包括一般公共预算拨款。' },
      { term: '基本支出', definition: '指人员经费和公用经费。' },
    ])
  })
  it('reads department, year and kind from a title; says so when the prose names none', () => {
    const r = readExplanatoryText([{ text: '某某县人力资源和社会保障局2023年度部门决算', page: 1 }], ctx)
    expect(r.metadata).toMatchObject({
      department: '某某县人力资源和社会保障局',
      fiscalYear: 2023,
      kind: 'final-account',
    })
    expect(r.diagnostics.filter((d) => d.code === 'METADATA_MISSING')).toEqual([])
    const none = readExplanatoryText([{ text: '通知', page: 1 }], ctx)
    expect(none.metadata.department).toBeUndefined()
    expect(none.diagnostics.map((d) => d.code)).toContain('METADATA_MISSING')
  })
})

describe('links to table cells', () => {
  const tables = [
    {
      id: 'summary',
      kind: 'summary' as const,
      title: '部门收支总表',
      unit: '万元' as const,
      columns: [
        { key: 'total' as const, header: ['收入', '金额'], block: 0 },
        { key: 'total' as const, header: ['支出', '金额'], block: 1 },
      ],
      rows: [
        {
          kind: 'total' as const,
          key: 'rev.total' as const,
          name: '收入总计',
          block: 0,
          cells: { total: '8944.03' },
        },
        {
          kind: 'total' as const,
          key: 'exp.total' as const,
          name: '支出总计',
          block: 1,
          cells: { total: '8944.03' },
        },
      ],
    },
  ]
  it('links an amount to the cell of the same value whose row the sentence names', () => {
    const r = readExplanatoryText(
      ['一、总体情况', '2024年收入总计8944.03万元，支出总计8944.03万元。'].map((text) => ({ text, page: 2 })),
      { amountUnit: '万元', tables },
    )
    expect(r.figures.map((f) => f.refersTo?.row)).toEqual([
      { key: 'rev.total', block: 0 },
      { key: 'exp.total', block: 1 },
    ])
  })
  it('does not link a different value, or another unit; says it could not', () => {
    const r = readExplanatoryText(
      ['一、总体情况', '2024年收入总计8944.30万元，支出总计89440300元。'].map((text) => ({ text, page: 2 })),
      { amountUnit: '万元', tables },
    )
    expect(r.figures.map((f) => f.refersTo)).toEqual([undefined, undefined])
    expect(r.diagnostics.filter((d) => d.code === 'TEXT_FIGURE_UNLINKED').map((d) => d.page)).toEqual([2, 2])
  })
})

describe('adversarial text', () => {
  const reads = (lines: readonly string[]) => {
    try {
      const r = readExplanatoryText(
        lines.map((text) => ({ text, page: 1 })),
        ctx,
      )
      return r.figures.length >= 0
    } catch (e) {
      return e instanceof MedbudgetError
    }
  }
  it('never throws on arbitrary prose', { timeout: 60_000 }, () => {
    const piece = fc.constantFrom(
      '一、',
      '（一）',
      '其中：',
      '占',
      '增长',
      '减少',
      '万元',
      '%',
      '。',
      '；',
      '，',
      '、',
      '1',
      '2.5',
      ',',
      '×',
      '名词解释',
      '第二部分 情况说明',
      '（',
      '）',
      ' ',
      '\t',
    )
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
          { maxLength: 30 },
        ),
        (lines) => reads(lines),
      ),
      { seed: 42, numRuns: 300 },
    )
  })
  it('reads 10^5-character lines (digits without end, unbalanced brackets, figure runs) without throwing', {
    timeout: 60_000,
  }, () => {
    const long = [
      '1'.repeat(100_000),
      '（'.repeat(100_000),
      '1万元其中'.repeat(20_000),
      '占1%增长'.repeat(20_000),
      `一、${'、'.repeat(100_000)}`,
      '1,'.repeat(50_000),
      '1.'.repeat(50_000),
    ]
    for (const line of long) expect(reads(['一、说明', line])).toBe(true)
    const r = readExplanatoryText(
      [
        { text: '一、说明', page: 1 },
        { text: '1万元其中'.repeat(20_000), page: 1 },
      ],
      ctx,
    )
    expect(r.figures.length).toBe(20_000)
  })
  it('work grows linearly: ten times the text finds ten times the figures', { timeout: 60_000 }, () => {
    const run = (n: number) =>
      readExplanatoryText(
        [
          { text: '一、说明', page: 1 },
          { text: '支出1万元，占1%，增长2%、'.repeat(n), page: 1 },
        ],
        ctx,
      ).figures.length
    expect(run(10_000)).toBe(10 * run(1_000))
  })
})
