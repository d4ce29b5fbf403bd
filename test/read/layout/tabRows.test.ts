// Rows of a tab-text table put back together: numbered labels wrapped onto a line of their own, and a
// header repeated (garbled by OCR) on a continuation page (焦作's 财政拨款收支预算表).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dropRepeatedHeaders, rejoinWrappedLabels } from '../../../src/read/layout/tabRows'
import type { GridColumn, GridRow } from '../../../src/read/layout/types'
import { readDisclosure } from '../../../src/read/readDisclosure'

const COLUMNS: readonly GridColumn[] = [
  { header: ['收入', '项目'], role: 'label', block: 0 },
  { header: ['收入', '金额'], role: 'value', block: 0 },
  { header: ['支出', '项目'], role: 'label', block: 1 },
  { header: ['支出', '合计'], role: 'value', block: 1 },
  { header: ['支出', '一般公共预算'], role: 'value', block: 1 },
  { header: ['支出', '政府性基金'], role: 'value', block: 1 },
]
const row = (...cells: string[]): GridRow => ({ cells, page: 1 })

describe('rejoinWrappedLabels', () => {
  it('rejoins numbered labels wrapped on both sides at once', () => {
    const rows = [
      row('(二)政府性基金预', '', '(九) 医疗卫生与计划生育', '', '', ''),
      row('算拨款', '', '支出', '', '', ''),
      row('(三)国有资本经营 预算拨款', '', '(十) 卫生健康支出', '5.00', '5.00', ''),
    ]
    expect(rejoinWrappedLabels(rows, COLUMNS).map((r) => `${r.cells[0]}|${r.cells[2]}`)).toEqual([
      '(二)政府性基金预算拨款|(九) 医疗卫生与计划生育支出',
      '(三)国有资本经营 预算拨款|(十) 卫生健康支出',
    ])
  })

  it('keeps the amounts of the first line', () => {
    const rows = [
      row('', '', '(三十四) 抗疫特别国债安', '1.00', '1.00', ''),
      row('', '', '排的支出', '', '', ''),
    ]
    expect(rejoinWrappedLabels(rows, COLUMNS).map((r) => r.cells)).toEqual([
      ['', '', '(三十四) 抗疫特别国债安排的支出', '1.00', '1.00', ''],
    ])
  })

  it.each([
    ['a label that is complete above it', ['(一) 一般公共服务支出', '其他'], 2],
    ['an unnumbered label above it', ['一般公共服务', '行政运行'], 2],
    ['a 其中 line', ['(一)一般公共预算 拨款', '其中财政拨款'], 2],
    ['a total line', ['二、上年结', '合计'], 2],
    ['a long label', ['(一) 一般公共服务', '行政运行事务管理单位'], 2],
  ])('leaves %s alone', (_, [above, below], count) => {
    const rows = [row(above!, '', '', '', '', ''), row(below!, '', '', '', '', '')]
    expect(rejoinWrappedLabels(rows, COLUMNS)).toHaveLength(count)
  })

  it('leaves a row that prints an amount alone', () => {
    const rows = [row('(二)政府性基金预', '', '', '', '', ''), row('算拨款', '3.00', '', '', '', '')]
    expect(rejoinWrappedLabels(rows, COLUMNS)).toHaveLength(2)
  })

  it('never joins across pages', () => {
    const rows = [
      row('(二)政府性基金预', '', '', '', '', ''),
      { cells: ['算拨款', '', '', '', '', ''], page: 2 },
    ]
    expect(rejoinWrappedLabels(rows, COLUMNS)).toHaveLength(2)
  })
})

describe('dropRepeatedHeaders', () => {
  const body = [
    row('(一)一般公共预算', '3.00', '(十二) 城乡社区事务支出', '', '', ''),
    row('收入', '', '', '', '', ':出'),
    row('', '', '', '', '一般公', '北京州'),
    row('项目', '金额', '项目', '合计', '一般公共预算', '基金'),
    row('', '', '', '', '拨款', '至 立'),
    row('', '', '(十三) 农林水事务支出', '', '', ''),
  ]

  it('drops a garbled header and the header lines around it, not the rows of the table', () => {
    expect(dropRepeatedHeaders(body, COLUMNS).map((r) => r.cells[2])).toEqual([
      '(十二) 城乡社区事务支出',
      '(十三) 农林水事务支出',
    ])
  })

  it('keeps rows that print amounts, or fewer than three header words', () => {
    const rows = [row('项目', '金额', '项目', '1.00', '', ''), row('项目', '', '', '', '', '其他')]
    expect(dropRepeatedHeaders(rows, COLUMNS)).toHaveLength(2)
  })

  // 焦作's 支出经济分类汇总表: its header printed again on the next page, each line OCR'd in its own way,
  // the first of them one column off from the first page's header
  const ECONOMIC: readonly GridColumn[] = [
    { header: ['11暗]预', '类'], role: 'label' },
    { header: ['算经济分类', '款'], role: 'label' },
    { header: ['政床', '科目名称'], role: 'label' },
    { header: ['· 于预复', '类'], role: 'label' },
    { header: ['算经济分类', '款'], role: 'label' },
    { header: ['算经济分类', '科目名称'], role: 'label' },
    { header: ['一般公', '总计'], role: 'value' },
    { header: ['共预算', '小计'], role: 'value' },
    { header: ['财政专户', '事业收入'], role: 'value' },
  ]
  const economic = (...cells: string[]): GridRow => ({ cells, page: 1 })
  const GARBLED_LINE = economic(
    '部门',
    '预复',
    '算经济分类',
    '政府',
    '牙预算',
    '算经济分类',
    '一般公',
    '共预算',
    '日去次十',
  )
  const REPEATED = economic('类', '款', '科目名称', '类', '款', '科目名称', '总计', '小计', '事业收入')

  it('drops a line of the repeated header garbled and shifted in its own way', () => {
    const rows = [
      economic('302', '08', '取暖费', '502', '01', '办公经费', '15.50', '15.50', ''),
      GARBLED_LINE,
      REPEATED,
      economic('302', '11', '差旅费', '502', '01', '办公经费', '41.81', '36.00', ''),
    ]
    expect(dropRepeatedHeaders(rows, ECONOMIC).map((r) => r.cells[2])).toEqual(['取暖费', '差旅费'])
  })

  it('keeps a row without amounts beside it that names an item, and the garbled line away from any header', () => {
    const named = economic('303', '', '对个人和家庭的补助', '509', '', '对个人和家庭的补助', '', '', '')
    const rows = [named, REPEATED, economic('302', '11', '差旅费', '502', '01', '办公经费', '41.81', '', '')]
    expect(dropRepeatedHeaders(rows, ECONOMIC).map((r) => r.cells[2])).toEqual([
      '对个人和家庭的补助',
      '差旅费',
    ])
    // the same garbled line with no repeated header next to it is kept as printed
    const alone = [
      economic('302', '08', '取暖费', '502', '01', '办公经费', '15.50', '15.50', ''),
      GARBLED_LINE,
    ]
    expect(dropRepeatedHeaders(alone, ECONOMIC)).toHaveLength(2)
  })

  it('never throws and never adds a row, whatever the cells', () => {
    const cell = fc.constantFrom('', '项目', '金额', '合计', '(一)一般', '算拨款', '1.00', '支出', 'x')
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 12 }), (cells) => {
        const rows = cells.map((c) => row(...c))
        expect(dropRepeatedHeaders(rows, COLUMNS).length).toBeLessThanOrEqual(rows.length)
        const joined = rejoinWrappedLabels(rows, COLUMNS)
        expect(joined.length).toBeLessThanOrEqual(rows.length)
        // amounts are never moved or lost
        const amounts = (rs: readonly GridRow[]) =>
          rs.flatMap((r) => r.cells.filter((c) => c === '1.00')).length
        expect(amounts(joined)).toBe(amounts(rows))
      }),
      { seed: 42, numRuns: 300 },
    )
  }, 20_000)
})

const FISCAL = `2025年财政拨款收支预算表

部门名称: 某市医疗保障局

单位: 万元

收入\t\t支出
项目\t金额\t项目\t合计\t一般公共预算\t政府性基金
收入合计\t10.00\t支出合计\t10.00\t10.00\t
一、本年收入\t10.00\t一、本年支出\t10.00\t10.00\t
(一)一般公共预算 拨款\t10.00\t(一) 一般公共服务支出\t\t\t
(二)政府性基金预\t\t(九) 医疗卫生与计划生育\t\t\t
算拨款\t\t支出\t\t\t
二、上年结转\t\t(十) 卫生健康支出\t10.00\t10.00\t
收入\t\t\t\t\t:出
项目\t金额\t项目\t合计\t一般公\t基金
\t\t(二十)自然资源海洋气象\t\t\t
\t\t等支出\t\t\t
`

describe('a 财政拨款收支表 with wrapped labels and its header repeated, read end to end', () => {
  it('reads the wrapped rows by their whole names and no header row as data', async () => {
    const result = await readDisclosure(FISCAL)
    if (result.status !== 'disclosure') throw new Error(result.status)
    const table = result.disclosure.tables.find((t) => t.kind === 'fiscal-summary')!
    const names = table.rows.map((r) => r.name)
    expect(names).toContain('政府性基金预算拨款')
    expect(names).toContain('医疗卫生与计划生育支出')
    expect(names).not.toContain('项目')
    expect(names).not.toContain('收入')
    const gov = table.rows.find((r) => r.name === '政府性基金预算拨款')!
    expect(gov.key).toBe('src.gov-fund')
    const nature = table.rows.find((r) => r.code === '220')
    expect(nature?.name).toBe('自然资源海洋气象等支出')
  })
})
