import { describe, expect, it } from 'vitest'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { columnKeyOf, mapColumns } from '../../../src/read/interpret/columnKeys'
import { readRows } from '../../../src/read/interpret/readRows'
import { rejoinWrappedAmounts } from '../../../src/read/layout/gridFromPositions'
import { layoutText } from '../../../src/read/layout/layoutDocument'
import { isColumnNumberLine } from '../../../src/read/layout/segment'
import type { GridTable } from '../../../src/read/layout/types'

// Misreadings found on corpus documents (scripts/corpus-findings.ts), each as a synthetic input.

// An amount too wide for its narrow column wraps around the middle of its row (杭州's 支出总表:
// '576,171.1' above 合计, '1' below it), in the first row and further down.
const width = (s: string): number => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
// a label column 20 wide, then value columns 14 wide, amounts right-aligned
const row = (label: string, ...cells: string[]): string =>
  label + ' '.repeat(20 - width(label)) + cells.map((c) => c.padStart(14)).join('')
const WRAPPED = [
  '        表3：2026年部门支出预算总表',
  '部门名称：某某局                              单位:万元',
  row('', '', '基本支出    ', ''),
  row('科目名称', '总计', '人员支出', '日常公用支出', '项目支出'),
  row('**', '1', '2', '3', '4'),
  row('', '', '', '', '576,171.1'),
  row('合计', '665,964.37', '73,924.43', '15,868.83'),
  row('', '', '', '', '1'),
  row('一般公共服务支出', '6,701.98', '', '', '6,701.98'),
  row('', '', '', '', '116,780.6'),
  row('交通运输支出', '174,982.14', '47,044.17', '11,157.35'),
  row('', '', '', '', '2'),
  row('其他支出', '10,493.00', '', '', '10,493.00'),
].join('\n')

describe('an amount wrapped in its cell', () => {
  it('joins the pieces above and below a row into its cell, the first row included', () => {
    const doc = layoutText(WRAPPED)
    const table = doc.tables[0]!
    expect(table.columns.map((c) => c.header.join('/')).filter((h) => /\d/.test(h))).toEqual([])
    expect(table.rows.map((r) => r.cells.slice(0, 5))).toEqual([
      ['合计', '665,964.37', '73,924.43', '15,868.83', '576,171.11'],
      ['一般公共服务支出', '6,701.98', '', '', '6,701.98'],
      ['交通运输支出', '174,982.14', '47,044.17', '11,157.35', '116,780.62'],
      ['其他支出', '10,493.00', '', '', '10,493.00'],
    ])
  })

  it('leaves rows alone where the pieces are whole amounts of their own', () => {
    const rows = [
      ['', '1,000.00'],
      ['合计', ''],
      ['', '2.00'],
      ['教育支出', '3.00'],
      ['卫生支出', '4.00'],
    ].map((cells, i) => ({ cells, page: 1, y: 10 * i, hasValue: true }))
    expect(rejoinWrappedAmounts(rows, () => false)).toEqual([0, 1, 2, 3, 4])
    expect(rows[1]!.cells).toEqual(['合计', ''])
  })

  it('joins nothing in a table whose amounts print no decimals, nor across a ruled row', () => {
    const integers = [
      ['', '576'],
      ['合计', ''],
      ['', '1'],
      ['教育支出', '3'],
    ].map((cells, i) => ({ cells, page: 1, y: 10 * i, hasValue: true }))
    expect(rejoinWrappedAmounts(integers, () => false)).toEqual([0, 1, 2, 3])
    const decimals = [
      ['', '576,171.1'],
      ['合计', ''],
      ['', '1'],
      ['教育支出', '3.00'],
      ['卫生支出', '4.00'],
      ['其他支出', '5.00'],
    ].map((cells, i) => ({ cells, page: 1, y: 10 * i, hasValue: true }))
    expect(rejoinWrappedAmounts(decimals, (i) => i === 1)).toEqual([0, 1, 2, 3, 4, 5])
    expect(rejoinWrappedAmounts(decimals, () => false)).toEqual([1, 3, 4, 5])
  })
})

describe('a blank table of one value column', () => {
  it('reads ** 1 as the column numbers, and 合计 under them as a row, not a header word', () => {
    expect(isColumnNumberLine(['**', '1'])).toBe(true)
    expect(isColumnNumberLine(['合计', '1'])).toBe(false)
    const doc = layoutText(
      [
        '     表9：2026年部门国有资本经营预算支出预算表',
        '部门名称：某某局                      单位：万元',
        '                 功能分类科目名称         项目支出',
        '                    **             1',
        '合计',
        '备注：本部门没有国有资本经营预算拨款安排的支出，故本表无数据。',
      ].join('\n'),
    )
    const table = doc.tables[0]!
    expect(table.columns.map((c) => c.header.join('/')).filter((h) => h.includes('合计'))).toEqual([])
    expect(table.rows.map((r) => r.cells.filter((c) => c !== ''))).toEqual([['合计']])
  })
})

describe('codes recovered from names, printed depth first', () => {
  const grid = (rows: readonly (readonly string[])[]): GridTable => ({
    title: '2026年部门一般公共预算支出预算表',
    pages: [30],
    unit: '万元',
    columns: [
      { header: ['功能分类科目名称'], role: 'label' },
      { header: ['合计'], role: 'value' },
    ],
    rows: rows.map((cells) => ({ cells, page: 30 })),
    notes: [],
  })

  it('reads a 款 and its own 项 of one name, a 款 printed in two places, and a new 类', () => {
    const t = grid([
      ['合计', '7,029.00'],
      ['一般公共服务支出', '6,701.00'],
      ['社会工作事务', '1.00'],
      ['其他社会工作事务支出', '1.00'],
      ['其他一般公共服务支出', '6,700.00'],
      ['其他一般公共服务支出', '6,700.00'],
      ['教育支出', '30.00'],
      ['职业教育', '20.00'],
      ['技校教育', '20.00'],
      ['其他教育支出', '10.00'],
      ['其他教育支出', '10.00'],
      ['交通运输支出', '198.00'],
      ['公路水路运输', '98.00'],
      ['行政运行', '90.00'],
      ['一般行政管理事务', '8.00'],
      ['其他交通运输支出', '100.00'],
      ['其他交通运输支出', '100.00'],
      ['其他支出', '100.00'],
    ])
    const { rows } = readRows(t, mapColumns(t.columns, 'gpb-expenditure'), {
      kind: 'gpb-expenditure',
      tableId: 'gpb-expenditure',
      functionalCatalog,
      fiscalYear: 2026,
    })
    expect(rows.map((r) => r.code ?? r.kind)).toEqual([
      'total',
      '201',
      '20139',
      '2013999',
      '20199',
      '2019999',
      '205',
      '20503',
      '2050303',
      '20599',
      '2059999',
      '214',
      '21401',
      '2140101',
      '2140102',
      '21499',
      '2149999',
      '229',
    ])
  })

  it('still takes no code for a name two 款 of the 类 above print', () => {
    // '公路水路运输' is 款 21401 and 项 2149801: read as a 项 right after 2149801's 款 only
    const t = grid([
      ['交通运输支出', '10.00'],
      ['超长期特别国债安排的支出', '10.00'],
      ['公路水路运输', '10.00'],
    ])
    const { rows } = readRows(t, mapColumns(t.columns, 'gpb-expenditure'), {
      kind: 'gpb-expenditure',
      tableId: 'gpb-expenditure',
      functionalCatalog,
      fiscalYear: 2026,
    })
    expect(rows.map((r) => r.code ?? r.kind)).toEqual(['214', '21498', '2149801'])
  })
})

describe('income columns named as 湖南 prints them', () => {
  it('reads 本级财政拨款/金额, 事业单位经营服务收入 and 其它收入, and leaves 其中:经费拨款 unnamed', () => {
    expect(columnKeyOf(['本级财政拨款', '金额'], 'income')).toBe('src.fiscal')
    expect(columnKeyOf(['事业单位经营服务收入'], 'income')).toBe('src.operating')
    expect(columnKeyOf(['其它收入'], 'income')).toBe('src.other')
    expect(columnKeyOf(['本级财政拨款', '其中:经费拨款'], 'income')).toBeUndefined()
    expect(columnKeyOf(['上级财政拨款', '金额'], 'income')).toBe('total')
  })
})

// Seed 003's 财政拨款收支表: the note under its 收入 side ('注,报表…': an OCR'd 注：) prints on the line
// of the 支出 side's last row (二、年终结转结余). The note is set apart; the row is read.
describe('a note beside the other side’s last row', () => {
  const twoSided = (first: string): string =>
    [
      '2025年财政拨款收支预算表',
      '单位：万元',
      '收入\t\t支出\t',
      '项目\t金额\t项目\t金额',
      '一、一般公共预算拨款\t10.00\t一、本年支出\t8.00',
      '二、上年结转\t2.00\t\t',
      `${first}\t\t二、年终结转结余\t4.00`,
      '收入合计\t12.00\t支出合计\t12.00',
    ].join('\n')

  it('sets 注, / 注， / 说明： apart as the table’s note and keeps the row beside it', () => {
    for (const note of ['注,报表金额单位转换时', '注，报表金额单位转换时', '说明：本表含结转']) {
      const t = layoutText(twoSided(note)).tables[0]!
      expect(t.notes).toEqual([note])
      expect(t.rows.map((r) => r.cells)).toContainEqual(['', '', '二、年终结转结余', '4.00'])
      expect(t.rows.flatMap((r) => r.cells).filter((c) => c.startsWith(note.slice(0, 2)))).toEqual([])
    }
  })

  it('leaves a row whose name only begins with 注 or 说明 (注册, 说明书) a row', () => {
    for (const name of ['注册资本金', '说明书印制费']) {
      const t = layoutText(twoSided(name)).tables[0]!
      expect(t.notes).toEqual([])
      expect(t.rows.map((r) => r.cells)).toContainEqual([name, '', '二、年终结转结余', '4.00'])
    }
  })
})
