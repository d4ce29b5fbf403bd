// Rows of a 政府采购 table: named by the project (专项名称 / 项目名称) and identified with the item bought
// (采购品目名称 / 采购物品名称) and the category and unit headings above them, so that two items of one
// project, or one project's item under two units, are two rows; two lines alike in all of these are
// not told apart, and the reader says so.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import { rowIdentity } from '../../../src/model/disclosure'
import type { Row } from '../../../src/model/table'
import { mapColumns } from '../../../src/read/interpret/columnKeys'
import { labelLayout, labelRoleOf } from '../../../src/read/interpret/labelColumns'
import { readRows } from '../../../src/read/interpret/readRows'
import type { GridColumn, GridTable } from '../../../src/read/layout/types'
import { readDisclosure } from '../../../src/read/readDisclosure'
import { loadSample } from '../../../src/samples/index'

const JIANGSU: GridColumn[] = [
  { header: ['采购品目大类'], role: 'label' },
  { header: ['专项名称'], role: 'label' },
  { header: ['经济科目'], role: 'label' },
  { header: ['采购品目名称'], role: 'label' },
  { header: ['采购组织形式'], role: 'label' },
  { header: ['资金来源', '一般公共预算资金'], role: 'value' },
  { header: ['总计'], role: 'value' },
]

const read = (columns: GridColumn[], rows: readonly (readonly string[])[]) => {
  const t: GridTable = {
    title: '政府采购支出表',
    pages: [25],
    unit: '万元',
    notes: [],
    columns,
    rows: rows.map((cells) => ({ cells, page: 25 })),
  }
  return readRows(t, mapColumns(t.columns, 'procurement'), {
    kind: 'procurement',
    tableId: 'procurement',
    functionalCatalog,
    fiscalYear: 2026,
  })
}

const shape = (r: Row) => [r.kind, r.projectType ?? '', r.unitName ?? '', r.name, r.item ?? '', r.cells.total]

describe('labelRoleOf for procurement headers', () => {
  it('the item bought is its own role; 品目大类 and 目录序号 are not it', () => {
    expect(labelRoleOf(['采购品目名称'])).toBe('item')
    expect(labelRoleOf(['采购物品名称'])).toBe('item')
    expect(labelRoleOf(['采购品目大类'])).toBe('name')
    expect(labelRoleOf(['政府采购目录序号'])).toBe('name')
  })

  it('政府采购 is no government economic classification; 政府预算经济分类 still is', () => {
    expect(labelRoleOf(['政府采购项目来源', '项目名称'])).toBe('name')
    expect(labelRoleOf(['政府预算经济分类', '科目名称'])).toBe('gov-name')
  })

  it('an item column with no name left of it names the row, as before', () => {
    const layout = labelLayout(
      [
        { header: ['采购品目名称'], role: 'label' },
        { header: ['采购方式'], role: 'label' },
      ],
      undefined,
    )
    expect(layout.roles.has('item')).toBe(false)
    expect(layout.names).toEqual([0, 1])
  })
})

describe('rows of a 政府采购 table', () => {
  it('two items of one project, and one item under two units or two categories, are all read', () => {
    const { rows, diagnostics } = read(JIANGSU, [
      ['合计', '', '', '', '', '9.90', '9.90'],
      ['货物', '', '', '', '', '3.30', '3.30'],
      ['某市数据局', '', '', '', '', '2.20', '2.20'],
      ['', '设备购置', '办公设备购置', '投影仪', '集中采购', '1.00', '1.00'],
      ['', '设备购置', '办公设备购置', '扫描仪', '集中采购', '1.20', '1.20'],
      ['某市信息中心', '', '', '', '', '1.10', '1.10'],
      ['', '设备购置', '办公设备购置', '投影仪', '集中采购', '1.10', '1.10'],
      ['服务', '', '', '', '', '6.60', '6.60'],
      ['某市数据局', '', '', '', '', '6.60', '6.60'],
      ['', '设备购置', '委托业务费', '投影仪', '分散采购', '6.60', '6.60'],
    ])
    expect(rows.map(shape)).toEqual([
      ['total', '', '', '合计', '', '9.90'],
      ['subtotal', '货物', '', '货物', '', '3.30'],
      ['subtotal', '货物', '某市数据局', '某市数据局', '', '2.20'],
      ['detail', '货物', '某市数据局', '设备购置', '投影仪', '1.00'],
      ['detail', '货物', '某市数据局', '设备购置', '扫描仪', '1.20'],
      ['subtotal', '货物', '某市信息中心', '某市信息中心', '', '1.10'],
      ['detail', '货物', '某市信息中心', '设备购置', '投影仪', '1.10'],
      ['subtotal', '服务', '', '服务', '', '6.60'],
      ['subtotal', '服务', '某市数据局', '某市数据局', '', '6.60'],
      ['detail', '服务', '某市数据局', '设备购置', '投影仪', '6.60'],
    ])
    expect(diagnostics.filter((d) => d.code === 'ROW_UNMAPPED')).toEqual([])
    expect(new Set(rows.map(rowIdentity)).size).toBe(rows.length)
  })

  it('a line alike in project, item and unit is not read, and the reader says why', () => {
    const { rows, diagnostics } = read(JIANGSU, [
      ['某市数据局', '', '', '', '', '1.60', '1.60'],
      ['', '设备购置', '办公设备购置', '办公桌', '集中采购', '1.00', '1.00'],
      ['', '设备购置', '办公设备购置', '办公桌', '集中采购', '0.60', '0.60'],
    ])
    expect(rows.map((r) => r.cells.total)).toEqual(['1.60', '1.00'])
    expect(diagnostics).toMatchObject([{ code: 'ROW_UNMAPPED', severity: 'warning', page: 25 }])
    expect(diagnostics[0]?.message.zh).toContain('“设备购置”的“办公桌”印了两行')
  })

  it('both lines alike in project, item and unit are procurement lines, with their quantities', () => {
    const columns: GridColumn[] = [
      { header: ['项目名称'], role: 'label' },
      { header: ['采购物品名称'], role: 'label' },
      { header: ['计量单位'], role: 'label' },
      { header: ['数量'], role: 'value' },
      { header: ['单价'], role: 'value' },
      { header: ['政府采购金额', '合计'], role: 'value' },
    ]
    const { rows, purchases } = read(columns, [
      ['合计', '', '', '', '', '1.60'],
      ['办公经费', '办公桌', '张', '10', '0.10', '1.00'],
      ['办公经费', '办公桌', '张', '3', '0.20', '0.60'],
    ])
    expect(rows).toHaveLength(2)
    expect(purchases).toEqual([
      { item: '办公桌', project: '办公经费', quantity: '10张', amount: '1.00' },
      { item: '办公桌', project: '办公经费', quantity: '3张', amount: '0.60' },
    ])
  })

  it('a heading or a total line is no procurement line; a line without 数量 has no quantity', () => {
    const { purchases } = read(JIANGSU, [
      ['合计', '', '', '', '', '1.00', '1.00'],
      ['货物', '', '', '', '', '1.00', '1.00'],
      ['', '设备购置', '办公设备购置', '投影仪', '集中采购', '1.00', '1.00'],
    ])
    expect(purchases).toEqual([{ item: '投影仪', category: '货物', project: '设备购置', amount: '1.00' }])
  })

  it('a unit’s name wrapped onto a line of its own is joined to its heading', () => {
    const { rows } = read(JIANGSU, [
      ['某市水利局', '', '', '', '', '1.00', '1.00'],
      ['（本级）', '', '', '', '', '', ''],
      ['', '设备购置', '办公设备购置', '投影仪', '集中采购', '1.00', '1.00'],
    ])
    expect(rows.map(shape)).toEqual([
      ['subtotal', '', '某市水利局（本级）', '某市水利局（本级）', '', '1.00'],
      ['detail', '', '某市水利局（本级）', '设备购置', '投影仪', '1.00'],
    ])
  })

  it('a line without amounts is no heading: the unit above stays the items’ unit', () => {
    const { rows } = read(JIANGSU, [
      ['某市数据局', '', '', '', '', '1.00', '1.00'],
      ['', '设备购置', '办公设备购置', '扫描仪', '集中采购', '', ''],
      ['说明文字', '', '', '', '', '', ''],
      ['', '设备购置', '办公设备购置', '投影仪', '集中采购', '1.00', '1.00'],
    ])
    expect(rows.at(-1)).toMatchObject({ unitName: '某市数据局', item: '投影仪' })
    expect(rows[2]).toMatchObject({ kind: 'detail', name: '说明文字', unitName: '某市数据局' })
  })
})

describe('seed 001 (邢台, 河北): its 部门政府采购预算 as read against its transcribed procurement lines', () => {
  it('every line the model can tell apart is read with its project, item, unit and amount', async () => {
    const seed = '001_bd1dedfc2d1eeeba.txt'
    const result = await readDisclosure(readFileSync(`test/fixtures/seeds/${seed}`, 'utf8'), {
      fileName: seed,
    })
    if (result.status !== 'disclosure') throw new Error(result.status)
    const table = result.disclosure.tables.find((t) => t.kind === 'procurement')
    const squeeze = (s = '') => s.replace(/\s+/g, '')
    const read = new Set(
      (table?.rows ?? []).map((r) => [squeeze(r.name), r.item, r.unitName, r.cells.total].join('|')),
    )
    const lines = loadSample('001').procurement ?? []
    const missing = lines
      .map((l) => [squeeze(l.project), l.item, l.unitName, l.amount].join('|'))
      .filter((id) => !read.has(id))
    // the second 办公桌 (3 张 at 0.20) and the second 其他计算机软件 (0.06 each) of 弥补医保工作经费: alike in
    // project, item and unit to the line above; reported, not in the table…
    expect(lines.length).toBe(38)
    expect(missing).toEqual([
      '弥补医保工作经费|办公桌|邢台市医疗保障局本级|0.60',
      '弥补医保工作经费|其他计算机软件|邢台市医疗保障局本级|0.18',
    ])
    expect(
      result.diagnostics.filter((d) => d.table === 'procurement' && d.code === 'ROW_UNMAPPED'),
    ).toHaveLength(2)
    // …but procurement lines, every one as transcribed (quantity 数量 + 计量单位)
    const line = (l: {
      item: string
      project?: string
      unitName?: string
      quantity?: string
      amount: string
    }) => [l.item, squeeze(l.project), l.unitName, l.quantity, l.amount].join('|')
    expect((result.disclosure.procurement ?? []).map(line)).toEqual(lines.map(line))
  })

  it('上年结转结余 is read under 政府采购金额, not under the 预留中小微企业份额 printed one slot left', async () => {
    const seed = '001_bd1dedfc2d1eeeba.txt'
    const result = await readDisclosure(readFileSync(`test/fixtures/seeds/${seed}`, 'utf8'), {
      fileName: seed,
    })
    if (result.status !== 'disclosure') throw new Error(result.status)
    const table = result.disclosure.tables.find((t) => t.kind === 'procurement')
    // 695.21 = 471.00 (一般公共预算拨款) + 224.21 (上年结转结余); 534.47 is the SME share
    expect(table?.rows[0]?.cells).toMatchObject({
      total: '695.21',
      'src.gpb': '471.00',
      'carry.total': '224.21',
    })
    expect(table?.columns.find((c) => c.key === 'carry.total')?.header.at(-1)).toBe('上年结转结余')
  })
})
