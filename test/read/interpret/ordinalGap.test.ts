// A 收支总表 amount printed without its label (焦作's 760.78 between 七、文化旅游体育与传媒 and
// 九、社会保险基金支出, its 八、 line lost): labelled only where the numbering and the catalog decide it.
import { describe, expect, it } from 'vitest'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { fillOrdinalGaps } from '../../../src/read/interpret/ordinalGap'
import type { GridTable } from '../../../src/read/layout/types'
import { readDisclosure } from '../../../src/read/readDisclosure'

const grid = (rows: readonly (readonly string[])[]): GridTable => ({
  title: '2025年部门收支预算表',
  pages: [1],
  notes: [],
  columns: [
    { header: ['收入', '项目'], role: 'label', block: 0 },
    { header: ['收入', '金额'], role: 'value', block: 0 },
    { header: ['支出', '项目'], role: 'label', block: 1 },
    { header: ['支出', '金额'], role: 'value', block: 1 },
  ],
  rows: rows.map((cells) => ({ cells, page: 2 })),
})
const fill = (rows: readonly (readonly string[])[]) =>
  fillOrdinalGaps(grid(rows), functionalCatalog, 'summary')

describe('fillOrdinalGaps', () => {
  it('labels the one amount printed where the one missing number of consecutive 类 lines stood', () => {
    const out = fill([
      ['一、一般公共预算', '10.00', '七、文化旅游体育与传媒', ''],
      ['二、事业收入', '', '', '760.78'],
      ['', '', '九、社会保险基金支出', ''],
    ])
    expect(out.grid.rows.map((r) => r.cells[2])).toEqual([
      '七、文化旅游体育与传媒',
      '八、社会保障和就业支出',
      '九、社会保险基金支出',
    ])
    expect(out.grid.rows[1]!.cells[0]).toBe('二、事业收入')
    expect(out.diagnostics).toMatchObject([
      { code: 'CODE_RECOVERED', severity: 'info', table: 'summary', page: 2 },
    ])
  })

  it('labels one in the tens as well (十九 … 二十一)', () => {
    const out = fill([
      ['', '', '十九、援助其他地区支出', ''],
      ['', '', '', '1.00'],
      ['', '', '二十一、住房保障支出', '2.00'],
    ])
    expect(out.grid.rows[1]!.cells[2]).toBe('二十、自然资源海洋气象等支出')
  })

  it.each([
    [
      'no number missing (六 then 七)',
      [
        ['', '', '六、科学技术', ''],
        ['', '', '', '4.25'],
        ['', '', '七、文化旅游体育与传媒', ''],
      ],
    ],
    [
      'two amounts in the gap',
      [
        ['', '', '七、文化旅游体育与传媒', ''],
        ['', '', '', '1.00'],
        ['', '', '', '2.00'],
        ['', '', '九、社会保险基金支出', ''],
      ],
    ],
    [
      'two numbers missing',
      [
        ['', '', '七、文化旅游体育与传媒', ''],
        ['', '', '', '1.00'],
        ['', '', '十、卫生健康支出', ''],
      ],
    ],
    [
      'neighbours that are not 类 of the catalog',
      [
        ['', '', '七、其他用途', ''],
        ['', '', '', '1.00'],
        ['', '', '九、另一用途', ''],
      ],
    ],
  ])('leaves the amount unlabelled with %s', (_, rows) => {
    const g = grid(rows)
    const out = fillOrdinalGaps(g, functionalCatalog, 'summary')
    expect(out.grid).toBe(g)
    expect(out.diagnostics).toEqual([])
  })
})

describe('readDisclosure on a 收支总表 that lost a 类 label', () => {
  const text = (middle: string) =>
    [
      '焦作市示例局 2025年度部门预算',
      '',
      '2025年部门收支预算表',
      '',
      '部门名称: 焦作市示例局 单位: 万元',
      '',
      '收入\t\t支出\t',
      '项目\t金额\t项目\t金额',
      '一、一般公共预算\t12.00\t七、文化旅游体育与传媒\t',
      `二、事业收入\t\t${middle}\t2.00`,
      '\t\t九、社会保险基金支出\t',
      '\t\t十、卫生健康支出\t10.00',
      '收入总计\t12.00\t支出总计\t12.00',
    ].join('\n')
  const codes = async (middle: string) => {
    const r = await readDisclosure(text(middle), { fileName: 'example.txt' })
    if (r.status !== 'disclosure') throw new Error('not read')
    const t = r.disclosure.tables.find((x) => x.kind === 'summary')
    return t?.rows
      .filter((x) => x.block === 1 && x.code !== undefined)
      .map((x) => `${x.code}=${x.cells.total}`)
  }
  it('reads the amount as the missing 类', async () => {
    expect(await codes('')).toContain('208=2.00')
  })
  it('reads it as printed when the label is printed', async () => {
    expect(await codes('八、社会保障和就业支出')).toContain('208=2.00')
  })
})
