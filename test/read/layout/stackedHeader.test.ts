// Headers printed one character per line (an OCR'd table of narrow columns, 焦作's 收入预算表): read
// down each column, noise tolerated, group labels spread over the columns between their neighbours.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { garbledFundLabel, mapColumns } from '../../../src/read/interpret/columnKeys'
import { stackedHeader } from '../../../src/read/layout/stackedHeader'
import { readDisclosure } from '../../../src/read/readDisclosure'

// columns: 部门代码 | 部门名称 | 总计 | 合计 (一般公共预算, 政府性基金) | 本年收入 (合计, 一般公共预算,
// 政府性基金, 事业单位经营收入) | 上年结转结余 (合计, 一般公共预算, 政府性基金)
const LEAVES: readonly (readonly string[])[] = [
  ['部门代码'],
  ['部门名称'],
  ['总计'],
  ['一', '般', '公', '共', '预', '算'],
  ['政', '府', '性', '基', '金'],
  ['合计', 'пИ'],
  ['一', '般', '公', '共', '预', '算'],
  // garbled as the extraction gives it: a character doubled, one misread, noise under it
  ['政', '政', '州性', '基', '金金', '21/2.'],
  // a column as deep as the header: no line of the header is blank across the table
  ['事', '业', '单', '位', '经', '营', '收', '入'],
  ['合计'],
  ['一般公', '共预算'],
  ['政', '府', 'M 性', '基', '金', 'igsqcup'],
]
const GROUPS: Record<number, string> = {
  3: '슴',
  4: '合计',
  6: '本年',
  7: '收入',
  10: '上年',
  11: '结转结余',
}
const DEPTH = 8

function headerRows(): string[][] {
  const rows = Array.from({ length: DEPTH }, () => LEAVES.map(() => ''))
  for (const [c, text] of Object.entries(GROUPS)) rows[0]![Number(c)] = text
  LEAVES.forEach((stack, c) => {
    stack.forEach((piece, i) => {
      rows[DEPTH - stack.length + i]![c] = piece
    })
  })
  return rows
}

const LABELS = LEAVES.map((_, c) => c < 2)

describe('stackedHeader', () => {
  it('joins each column top to bottom and spans each group label over its columns', () => {
    expect(stackedHeader(headerRows(), LEAVES.length, LABELS)).toEqual([
      ['部门代码'],
      ['部门名称'],
      ['总计'],
      ['合计', '一般公共预算'],
      ['合计', '政府性基金'],
      ['本年收入', '合计'],
      ['本年收入', '一般公共预算'],
      ['本年收入', '政政州性基金金'],
      ['本年收入', '事业单位经营收入'],
      ['上年结转结余', '合计'],
      ['上年结转结余', '一般公共预算'],
      ['上年结转结余', '政府性基金'],
    ])
  })

  it('gives a column between two groups neither when no 合计 tells where one ends', () => {
    const rows = [
      ['', '本年', '', '', '', '上年', ''],
      ['', '', '', '', '', '', ''],
      ['', '一', '事', '其', '经', '一', '政'],
      ['', '般', '业', '他', '营', '般', '府'],
      ['名称', '公', '收', '收', '收', '公', '基'],
      ['', '共', '入', '入', '入', '共', '金'],
    ]
    const paths = stackedHeader(rows, 7, [true, false, false, false, false, false, false])!
    expect(paths[1]).toEqual(['本年', '一般公共'])
    expect(paths[3]).toEqual(['其他收入'])
    expect(paths[4]).toEqual(['经营收入'])
  })

  it('leaves an ordinary header to the usual fit', () => {
    const rows = [
      ['科目编码', '', '', '科目名称', '合计'],
      ['类', '款', '项', '', ''],
    ]
    expect(stackedHeader(rows, 5, [true, true, true, true, false])).toBeUndefined()
  })

  it('never throws and gives one path per column, whatever the header', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom('', '合', '计', '合计', '小计', '总计', '一般公', 'l', '3/2/'), {
            maxLength: 9,
          }),
          {
            maxLength: 9,
          },
        ),
        fc.integer({ min: 1, max: 9 }),
        (rows, width) => {
          const paths = stackedHeader(rows, width, new Array(width).fill(false))
          if (paths !== undefined) {
            expect(paths).toHaveLength(width)
            for (const p of paths) for (const label of p) expect(label).not.toBe('')
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    )
  }, 20_000)
})

describe('garbledFundLabel', () => {
  it.each([
    ['政政州性基金金', '政府性基金'],
    ['政府基金金', '政府性基金'],
    ['国有资夲经营预算', '国有资本经营预算'],
  ])('%s → %s', (leaf, label) => {
    expect(garbledFundLabel(leaf)).toBe(label)
  })

  it.each([
    '合计',
    '小计',
    '项目支出',
    '基本支出',
    '政府',
    'abc',
    '其他资本性支出',
    '一般公共预',
    '政府性基金',
  ])('%s → nothing', (leaf) => {
    expect(garbledFundLabel(leaf)).toBeUndefined()
  })
})

function incomeText(): string {
  const header = headerRows()
    .map((r) => r.join('\t'))
    .join('\n')
  const body = [
    ['', '合计', '110.00', '100.00', '10.00', '105.00', '96.00', '9.00', '', '5.00', '4.00', '1.00'],
    ['309', '医疗保障局', '110.00', '100.00', '10.00', '105.00', '96.00', '9.00', '', '5.00', '4.00', '1.00'],
  ]
    .map((r) => r.join('\t'))
    .join('\n')
  return `2025年部门收入预算表\n\n部门名称: 某市医疗保障局\n\n单位:万元\n\n${header}\n${body}\n`
}

describe('a 收入预算表 with a stacked header, read end to end', () => {
  it('reads every column, the 合计 group as a block of its own, and says which heading it read approximately', async () => {
    const result = await readDisclosure(incomeText())
    if (result.status !== 'disclosure') throw new Error(result.status)
    const table = result.disclosure.tables.find((t) => t.kind === 'income')!
    expect(table.columns.map((c) => `${c.block ?? 0}:${c.key}`)).toEqual([
      '0:total',
      '1:src.gpb',
      '1:src.gov-fund',
      '0:rev.current',
      '0:src.gpb',
      '0:src.gov-fund',
      '0:src.operating',
      '0:carry.total',
      '0:carry.gpb',
      '0:carry.gov-fund',
    ])
    const unit = table.rows.filter((r) => r.kind === 'unit')
    expect(unit.map((r) => [r.block, r.cells])).toEqual([
      [
        0,
        {
          total: '110.00',
          'rev.current': '105.00',
          'src.gpb': '96.00',
          'src.gov-fund': '9.00',
          'src.operating': '',
          'carry.total': '5.00',
          'carry.gpb': '4.00',
          'carry.gov-fund': '1.00',
        },
      ],
      [1, { 'src.gpb': '100.00', 'src.gov-fund': '10.00' }],
    ])
    const garbled = result.diagnostics.filter((d) => d.code === 'COLUMN_HEADER_GARBLED')
    expect(garbled).toHaveLength(1)
    expect(garbled[0]!.message.zh).toContain('政府性基金')
  })
})

describe('a group of columns repeated beside the table', () => {
  const col = (...header: string[]) => ({ header, role: 'value' as const })
  it('is a block of its own under 合计, never when two groups print the same columns', () => {
    const byFund = mapColumns(
      [
        col('总计'),
        col('合计', '一般公共预算'),
        col('合计', '政府性基金'),
        col('本年收入', '一般公共预算'),
        col('本年收入', '政府性基金'),
      ],
      'income',
    )
    expect(byFund.map((c) => c.block)).toEqual([undefined, 1, 1, undefined, undefined])
    // 长春: 当年预算 | 上年结转结余 print the same columns, neither breaks the other down
    const twoYears = mapColumns(
      [
        col('合计'),
        col('当年预算', '小计'),
        col('当年预算', '基本支出'),
        col('上年结转结余', '小计'),
        col('上年结转结余', '基本支出'),
      ],
      'expenditure',
    )
    expect(twoYears.every((c) => c.block === undefined)).toBe(true)
  })
})
