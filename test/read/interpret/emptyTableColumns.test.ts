import { describe, expect, it } from 'vitest'
import { mapColumns } from '../../../src/read/interpret/columnKeys'
import { columnsByTemplate } from '../../../src/read/interpret/columnsByTemplate'
import type { GridTable } from '../../../src/read/layout/types'
import { readSyntheticTable } from '../syntheticTable'

// A 政府性基金支出预算表 that says it has no data, as an OCR'd extraction leaves its header (焦作
// 医疗保障局 2025 has one like it): 科目编码 split over three columns that nothing is printed in,
// 小计 read as 小汁/小讣, the middle header line one column off, 其他运转类/特定目标类 misspelt.
const HEADER = ['科', '目编', '码', '', '', '', '', '', '基本支出', '', '', '', '项目支出', '']
const HEADER_2 = [
  '类',
  '款 项 单位代码 单位(科目名称)',
  '',
  '单位(科目名称)',
  '合计',
  '小汁',
  '',
  '人员经费',
  '公用经费',
  '',
  '小计',
  '其他运转类',
  '特定目标类',
  '',
]
const HEADER_3 = [
  '页',
  '',
  '',
  '',
  '',
  '',
  '小讣',
  '工资福利支出',
  '对个人和家庭的补助',
  '商品和服务支出',
  '资本性支出',
  '1,11',
  '其他 运妆类',
  '特定月标类',
]
const BLANK_TOTAL = ['', '', '', '', '合计', '', '', '', '', '', '', '', '', '']
const EMPTY_NOTE = ['注: 本部门2025年度没有政府性基金预算支出,故本表无数据。']

const LAYOUT = [
  'total',
  'exp.basic',
  'exp.basic.personnel.wages',
  'exp.basic.personnel.family',
  'exp.basic.public.goods',
  'exp.basic.public.capital',
  'exp.project',
  'exp.project.operating',
  'exp.project.specific',
]

const read = (rows: readonly (readonly string[])[]) =>
  readSyntheticTable('2025年政府性基金支出预算表', 'gov-fund', HEADER, [HEADER_2, HEADER_3, ...rows])

describe('a table that says it has no data, under a header the extraction garbled', () => {
  it("lists the kind's one known layout of as many columns, every cell blank", async () => {
    const { table, diagnostics } = await read([BLANK_TOTAL, [], EMPTY_NOTE])
    expect(table?.columns.map((c) => c.key)).toEqual(LAYOUT)
    expect(table?.rows).toHaveLength(1)
    expect(table?.rows[0]?.kind).toBe('total')
    expect(Object.values(table?.rows[0]?.cells ?? {})).toEqual(LAYOUT.map(() => ''))
    expect(table?.empty).toBeDefined()
    const own = diagnostics.filter((d) => d.table === 'gov-fund')
    expect(own.map((d) => d.code)).toEqual(['COLUMNS_FROM_TEMPLATE'])
    expect(own[0]?.severity).toBe('info')
  })

  it('without the note saying so, the columns stay as their headings mapped them', async () => {
    const { table, diagnostics } = await read([BLANK_TOTAL])
    expect(table?.columns.map((c) => c.key)).not.toEqual(LAYOUT)
    expect(diagnostics.some((d) => d.table === 'gov-fund' && d.code === 'COLUMN_UNMAPPED')).toBe(true)
    expect(diagnostics.some((d) => d.code === 'COLUMNS_FROM_TEMPLATE')).toBe(false)
  })

  it('a table that prints an amount is not read as empty, whatever its note says', async () => {
    const total = [...BLANK_TOTAL]
    total[5] = '1.00'
    const { diagnostics } = await read([total, [], EMPTY_NOTE])
    expect(diagnostics.some((d) => d.code === 'COLUMNS_FROM_TEMPLATE')).toBe(false)
  })

  it('a column left of the labels that prints something stays a column of its own', async () => {
    const total = [...BLANK_TOTAL]
    total[0] = '0.00'
    const { table, diagnostics } = await read([total, [], EMPTY_NOTE])
    // ten value columns: no layout of the kind has as many
    expect(table?.columns.map((c) => c.key)).not.toEqual(LAYOUT)
    expect(diagnostics.some((d) => d.code === 'COLUMNS_FROM_TEMPLATE')).toBe(false)
  })
})

describe('columnsByTemplate on a table printed empty', () => {
  const grid = (headers: readonly string[], cell = ''): GridTable => ({
    title: '2025年政府性基金支出预算表',
    pages: [7],
    notes: EMPTY_NOTE,
    columns: [
      { header: ['科目编码'], role: 'label' },
      { header: ['科目名称'], role: 'label' },
      ...headers.map((h) => ({ header: [h], role: 'value' as const })),
    ],
    rows: [{ cells: ['', '合计', ...headers.map((_, i) => (i === 0 ? cell : ''))], page: 7 }],
  })
  const GARBLED = ['合计', '小汁', '工资福利支出', '对', '商', '资', '1,11', '其他运', '特']

  it('names the columns by the layout, each named column being one of its columns', () => {
    const g = grid(GARBLED)
    const { mapped, diagnostic } = columnsByTemplate(
      g,
      mapColumns(g.columns, 'gov-fund'),
      'gov-fund',
      'gov-fund',
      'budget',
      true,
    )
    expect(mapped.map((c) => c.key)).toEqual(LAYOUT)
    expect(diagnostic?.code).toBe('COLUMNS_FROM_TEMPLATE')
    expect(diagnostic?.page).toBe(7)
  })

  it('leaves the columns alone when one names a key the layout has not, or is not empty', () => {
    const other = grid(GARBLED.map((h, i) => (i === 1 ? '上年结转' : h)))
    const before = mapColumns(other.columns, 'gov-fund')
    expect(before.some((c) => c.key !== undefined && !LAYOUT.includes(c.key))).toBe(true)
    expect(columnsByTemplate(other, before, 'gov-fund', 'gov-fund', 'budget', true).mapped).toBe(before)
    const printed = grid(GARBLED, '2.00')
    const printedBefore = mapColumns(printed.columns, 'gov-fund')
    expect(columnsByTemplate(printed, printedBefore, 'gov-fund', 'gov-fund', 'budget', true).mapped).toBe(
      printedBefore,
    )
    const unflagged = grid(GARBLED)
    const unflaggedBefore = mapColumns(unflagged.columns, 'gov-fund')
    expect(columnsByTemplate(unflagged, unflaggedBefore, 'gov-fund', 'gov-fund', 'budget').mapped).toBe(
      unflaggedBefore,
    )
    const narrow = grid(GARBLED.slice(0, -1))
    const narrowBefore = mapColumns(narrow.columns, 'gov-fund')
    expect(columnsByTemplate(narrow, narrowBefore, 'gov-fund', 'gov-fund', 'budget', true).mapped).toBe(
      narrowBefore,
    )
  })
})
