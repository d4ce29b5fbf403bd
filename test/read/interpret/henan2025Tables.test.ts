// Tables as 河南's cities print them in 2025 (seed 003, 焦作), in small synthetic tab texts: each
// reading is checked on the shape that needs it and on a neighbour that must not change.
import { describe, expect, it } from 'vitest'
import type { PrintedTable as Table } from '../../../src/model/table'
import { readDisclosure } from '../../../src/read/readDisclosure'
import { EXPENDITURE_HEAD, tab } from '../syntheticTable'

const tableOf = async (body: string, kind: string): Promise<Table | undefined> => {
  const result = await readDisclosure(`${EXPENDITURE_HEAD}\n${body}`, { fileName: 'example.txt' })
  if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
  return result.disclosure.tables.find((t) => t.kind === kind)
}

// 一般公共预算基本支出明细表 listed by item under the 项目支出预算表's source columns, an OCR'd line of
// noise over its header and the department's code printed in the 类型 column
const BASIC_DETAIL = (noise: readonly string[]) =>
  [
    '2025年一般公共预算基本支出明细表',
    '',
    '部门名称: 某某市示例局 单位: 万元',
    '',
    tab(
      noise,
      ['', '', '', '', '', '本年拨款', '', '财', '政拨款结转结', '余', '财政专户管', ''],
      [
        '项目单位',
        '类型',
        '项目名称',
        '合计',
        '一般公共预',
        '政府性基金',
        '国有资本经',
        '一般公共预',
        '政府性基金',
        '国有资本经',
        '理资金',
        '单位资金',
      ],
      ['', '', '', '', '算', '预算', '营预算', '算', '预算', '营预算', '', ''],
      ['', '', '合计', '100. 00', '100. 00', '', '', '', '', '', '', ''],
      ['', '309', '示例局', '100. 00', '100. 00', '', '', '', '', '', '', ''],
      ['某某市示例局', '公用经费', '公用经费项目', '30. 00', '30. 00', '', '', '', '', '', '', ''],
      ['', '人员类', '在职人员基本工资', '70. 00', '70. 00', '', '', '', '', '', '', ''],
    ),
    '',
    '注: 报表金额单位转换时可能存在四舍五入尾数误差。',
  ].join('\n')

describe('a 基本支出明细表 in the columns of the 项目支出预算表', () => {
  it('reads its columns, its unit row and its items, past a line of OCR noise over the header', async () => {
    const t = await tableOf(
      BASIC_DETAIL(['HAI 1. H. 1/1/1/1', 'W 11 11 E 2/4', 'N(1-7/-)', '1 12.0']),
      'gpb-basic-detail',
    )
    expect(t?.columns.map((c) => c.key)).toEqual([
      'total',
      'src.gpb',
      'src.gov-fund',
      'src.soe-capital',
      'carry.gpb',
      'carry.gov-fund',
      'carry.soe-capital',
      'src.special-account',
      'src.unit-funds',
    ])
    expect(t?.rows.map((r) => [r.kind, r.kind === 'unit' ? r.unitCode : r.name, r.cells.total])).toEqual([
      ['total', '合计', '100.00'],
      ['unit', '309', '100.00'],
      ['detail', '公用经费项目', '30.00'],
      ['detail', '在职人员基本工资', '70.00'],
    ])
    expect(t?.rows[2]).toMatchObject({ projectType: '公用经费', cells: { 'src.gpb': '30.00' } })
  })

  it('takes a first line that holds a printed amount as the first row, not as noise', async () => {
    // a table printed without a header line: its first line is a row, amount and all
    const t = await tableOf(
      [
        '2025年一般公共预算"三公"经费预算表',
        '',
        tab(['"三公"经费合计', '因公出国(境)费'], ['12.00', '2.00']),
      ].join('\n'),
      'three-public',
    )
    expect(t?.rows.length).toBeGreaterThan(0)
    const noise = await tableOf(BASIC_DETAIL(['HAI 1.', 'W 11', '1 12.0']), 'gpb-basic-detail')
    expect(noise?.rows[0]).toMatchObject({ kind: 'total', cells: { total: '100.00' } })
  })

  it('does not take the template when the 合计 row does not check', async () => {
    const broken = BASIC_DETAIL(['x']).replace('合计\t100. 00\t100. 00', '合计\t100. 00\t90. 00')
    const t = await tableOf(broken, 'gpb-basic-detail')
    expect(t?.columns.map((c) => c.key)).not.toContain('carry.gpb')
  })
})

// 支出经济分类汇总表 with the government economic code beside the department one, OCR slips in the
// department code cells, a government line with blank department code cells and a stray bracket
const ECONOMIC = (rows: readonly (readonly string[])[]) =>
  [
    '2025年支出经济分类汇总表',
    '',
    '部门名称: 某某市示例局 单位: 万元',
    '',
    tab(
      ['部门预算经济分类', '', '', '政府预算经济分类', '', '', '总计', '一般公共预算', '上年结转结余'],
      ['类', '款', '科目名称', '类', '款', '科目名称', '', '小计', ''],
      ['', '', '合计', '', '', '', '100.00', '99.15', '0.85'],
      ...rows,
      ['302', '01', '办公费', '502', '01', '办公经费', '1.00', '', '1.00'],
      ['302', '02', '印刷费', '502', '01', '办公经费', '2.00', '', '2.00'],
    ),
    '',
  ].join('\n')

describe('a 支出经济分类汇总表 printing the government economic code beside the department one', () => {
  it('keeps a code the extraction misread as printed, with a warning, when a government code stands beside it', async () => {
    const result = await readDisclosure(
      `${EXPENDITURE_HEAD}\n${ECONOMIC([
        ['301', 'l', '机关事业单位基本养老保险缴费', '501', '02', '社会保障缴费', '60.00', '60.00', ''],
        ['1 1', '', '劳务费', '502', '05', '委托业务费', '30.00', '30.00', ''],
        ['302', '16', '培训费', '502', '03', '培训费', '10.00', '9.15', '0.85)'],
      ])}`,
      { fileName: 'example.txt' },
    )
    if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
    const t = result.disclosure.tables.find((x) => x.kind === 'economic-summary')
    expect(t?.rows.filter((r) => r.kind === 'detail').map((r) => [r.code, r.printedCode, r.govCode])).toEqual(
      [
        ['301l', '301 l', '50102'],
        ['11', '1 1', '50205'],
        ['30216', '302 16', '50203'],
        ['30201', '302 01', '50201'],
        ['30202', '302 02', '50201'],
      ],
    )
    // the stray bracket after an amount that cannot be negative is no part of it
    expect(t?.rows.find((r) => r.code === '30216')?.cells['carry.total']).toBe('0.85')
    const slips = result.diagnostics.filter((d) => d.code === 'CODE_UNKNOWN' && d.table === t?.id)
    expect(slips.map((d) => d.message.en)).toEqual([
      expect.stringContaining('"301 l"'),
      expect.stringContaining('"1 1"'),
    ])
  })

  it('keeps a government line with blank department code cells as printed, and recovers nothing', async () => {
    const result = await readDisclosure(
      `${EXPENDITURE_HEAD}\n${ECONOMIC([
        ['', '', '其他商品和服务支出', '502', '99', '其他商品和服务支出', '60.00', '60.00', ''],
        ['', '', '其他商品和服务支出', '505', '', '商品和服务支出', '40.00', '39.15', '0.85'],
      ])}`,
      { fileName: 'example.txt' },
    )
    if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
    const t = result.disclosure.tables.find((x) => x.kind === 'economic-summary')
    expect(t?.rows.filter((r) => r.kind === 'detail').map((r) => [r.code, r.govCode, r.cells.total])).toEqual(
      [
        [undefined, '50299', '60.00'],
        [undefined, '505', '40.00'],
        ['30201', '50201', '1.00'],
        ['30202', '50201', '2.00'],
      ],
    )
    expect(result.diagnostics.some((d) => d.code === 'CODE_RECOVERED' && d.table === t?.id)).toBe(false)
  })

  it('still recovers the code from the name where no government code is printed, and drops a slip there', async () => {
    const result = await readDisclosure(
      `${EXPENDITURE_HEAD}\n${ECONOMIC([
        ['', '', '其他商品和服务支出', '', '', '', '60.00', '60.00', ''],
        ['1 1', '', '劳务费', '', '', '', '40.00', '39.15', '0.85'],
      ])}`,
      { fileName: 'example.txt' },
    )
    if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
    const t = result.disclosure.tables.find((x) => x.kind === 'economic-summary')
    expect(t?.rows.filter((r) => r.kind === 'detail').map((r) => r.code)).toEqual(['30299', '30201', '30202'])
    expect(result.diagnostics.filter((d) => d.table === t?.id).map((d) => d.code)).toEqual(
      expect.arrayContaining(['CODE_RECOVERED', 'CODE_UNKNOWN']),
    )
  })
})

// 项目支出预算表 with a project's name wrapped onto a line of its own and its header printed again
const PROJECTS = (extra: readonly (readonly string[])[]) =>
  [
    '2025年项目支出预算表',
    '',
    '部门名称: 某某市示例局 单位: 万元',
    '',
    tab(
      ['类型', '项目名称', '项目单位', '合计', '一般公共预算'],
      ['', '合计', '', '30.00', '30.00'],
      ['特定目标类', '提前下达2025 年中央财政医疗 服务与保障能力', '某某市示例局', '10.00', '10.00'],
      ...extra,
      ['类型', '项目名称', '项目单位', '', ''],
      ['其他运转类', '综合工作经费', '某某市示例局', '20.00', '20.00'],
    ),
    '',
  ].join('\n')

describe('a 项目支出预算表 with wrapped project names', () => {
  it('ends a name wrapped onto a line of its own, and skips the header printed again', async () => {
    const t = await tableOf(PROJECTS([['', '提升补助资金', '', '', '']]), 'projects')
    expect(t?.rows.filter((r) => r.kind === 'detail').map((r) => [r.name, r.cells.total])).toEqual([
      ['提前下达2025年中央财政医疗服务与保障能力提升补助资金', '10.00'],
      ['综合工作经费', '20.00'],
    ])
  })

  it('keeps a line that prints a type or amounts as a row of its own', async () => {
    const t = await tableOf(PROJECTS([['特定目标类', '提升补助资金', '某某市示例局', '', '']]), 'projects')
    expect(t?.rows.filter((r) => r.kind === 'detail').map((r) => r.name)).toEqual([
      '提前下达2025年中央财政医疗服务与保障能力',
      '提升补助资金',
      '综合工作经费',
    ])
  })
})

// 项目绩效目标表 whose project codes wrap over two lines of their cell (单位编码 / (项目编码) as two header lines)
const PERFORMANCE = (rows: readonly (readonly string[])[]) =>
  [
    '2025年部门预算项目绩效目标表',
    '',
    tab(
      ['单位编码', '项目单位', '资金总额', '政府预算资金', '产出指标', ''],
      ['(项目编码)', '(项目名称)', '', '', '三级指标', '指标值'],
      ['309', '示例局', '100.00', '100.00', '', ''],
      ...rows,
    ),
    '',
  ].join('\n')

describe('a 项目绩效目标表 whose project codes wrap over two lines', () => {
  it('joins the code, the name and the amounts of the two lines, and keeps the indicator beside them', async () => {
    const result = await readDisclosure(
      `${EXPENDITURE_HEAD}\n${PERFORMANCE([
        ['41080022000', '医保基金监管工作经', '', '', '培训次数', '≥1次'],
        ['0000014330', '费', '60.00', '60.00', '宣传次数', '≥1次'],
        ['41080025000', '提前下达补助资金', '40.00', '0.00', '', ''],
        ['0000052801', '', '40.00', '40.00', '', ''],
      ])}`,
      { fileName: 'example.txt' },
    )
    if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
    const t = result.disclosure.tables.find((x) => x.kind === 'project-performance')
    const projects = t?.rows.filter((r) => r.code !== undefined)
    expect(projects?.map((r) => [r.code, r.name, r.cells.total, r.cells['src.fiscal']])).toEqual([
      ['410800220000000014330', '医保基金监管工作经费', '60.00', '60.00'],
      ['410800250000000052801', '提前下达补助资金', '40.00', '40.00'],
    ])
    // the ghost line (40.00 | 0.00) is reported, not read
    expect(
      result.diagnostics.some((d) => d.code === 'CELL_UNPLACED' && /0000052801/.test(d.message.en)),
    ).toBe(true)
  })

  it('reads no amount when neither of two differing lines checks, and keeps a part-printed code as printed', async () => {
    const result = await readDisclosure(
      `${EXPENDITURE_HEAD}\n${PERFORMANCE([
        ['41080025000', '提前下达补助资金', '40.00', '0.00', '', ''],
        ['0000052801', '', '40.00', '4.00', '', ''],
        ['41080025000', '城乡居民医疗保险补助资金', '60.00', '60.00', '参保率', '≥80%'],
      ])}`,
      { fileName: 'example.txt' },
    )
    if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
    const t = result.disclosure.tables.find((x) => x.kind === 'project-performance')
    expect(t?.rows.find((r) => r.code === '410800250000000052801')?.cells.total).toBe('')
    expect(t?.rows.find((r) => r.name === '城乡居民医疗保险补助资金')).toMatchObject({
      kind: 'detail',
      printedCode: '41080025000',
      cells: { total: '60.00' },
    })
    expect(t?.rows.some((r) => r.kind === 'unit' && r.unitCode === '41080025000')).toBe(false)
  })
})

describe('labelRoleOf', () => {
  it('reads a bracketed second header line as the end of the label above it', async () => {
    const { labelRoleOf } = await import('../../../src/read/interpret/labelColumns')
    expect(labelRoleOf(['单位编码', '(项目编码)'])).toBe('unit-code')
    expect(labelRoleOf(['单位编码(项目编码)'])).toBe('unit-code')
    expect(labelRoleOf(['(项目编码)'])).not.toBe('unit-code')
  })
})
