// Tables as 河南's cities print them in 2025 (seed 003, 焦作), in small synthetic tab texts: each
// reading is checked on the shape that needs it and on a neighbour that must not change.
import { describe, expect, it } from 'vitest'
import type { PrintedTable as Table } from '../../../src/model/table'
import { readDisclosure } from '../../../src/read/readDisclosure'

const HEAD = [
  '某某市示例局 2025年度部门预算',
  '',
  '2025年部门支出预算表',
  '',
  '部门名称: 某某市示例局 单位: 万元',
  '',
  '科目编码\t科目名称\t合计',
  '\t合计\t100.00',
  '2080501\t行政单位离退休\t100.00',
  '',
].join('\n')

const tableOf = async (body: string, kind: string): Promise<Table | undefined> => {
  const result = await readDisclosure(`${HEAD}\n${body}`, { fileName: 'example.txt' })
  if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
  return result.disclosure.tables.find((t) => t.kind === kind)
}

const tab = (...rows: readonly (readonly string[])[]): string => rows.map((r) => r.join('\t')).join('\n')

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
