// A 机关运行经费 table whose row labels the extraction lost (焦作's: a header word and ten amounts,
// one per line): read by its template's rows only when the count, the printed 合计 and the 基本支出
// table's 公用经费 confirm it; otherwise a diagnostic and nothing placed.
import { describe, expect, it } from 'vitest'
import type { PrintedTable } from '../../../src/model/table'
import { operatingCostsByTemplate } from '../../../src/read/interpret/unlabeledOperatingCosts'
import { layoutText } from '../../../src/read/layout/layoutDocument'
import { readDisclosure } from '../../../src/read/readDisclosure'
import { HENAN_BUDGET_2025_TABLES } from '../../../src/tables/templates/henanBudget2025'

const SPEC = HENAN_BUDGET_2025_TABLES.tables.find((t) => t.kind === 'operating-costs')
const detail = (code: string, pub: string) => ({
  kind: 'detail' as const,
  code,
  name: code,
  cells: { total: pub, 'exp.basic.personnel': '', 'exp.basic.public': pub },
})
const BASIC: PrintedTable = {
  id: 'gpb-basic',
  kind: 'gpb-basic',
  title: '2025年一般公共预算基本支出预算表',
  columns: [],
  rows: [
    {
      kind: 'detail',
      code: '30101',
      name: '基本工资',
      cells: { total: '50.00', 'exp.basic.personnel': '50.00', 'exp.basic.public': '' },
    },
    detail('30211', '2.00'),
    detail('30201', '8.00'),
    detail('30228', '1.50'), // 工会经费: excluded by the template
    detail('30299', '2.14'),
    detail('30299', '3.00'),
  ],
}
const WHERE = { table: 'operating-costs', page: 3 }

describe('operatingCostsByTemplate', () => {
  it('reads the amounts by the template rows when count, total and the basic table confirm them', () => {
    const out = operatingCostsByTemplate(['15.14', '8.00', '2.00', '5.14'], SPEC, [BASIC], WHERE)
    expect(out.rows?.map((r) => `${r.key ?? r.code}=${r.cells.total}`)).toEqual([
      'other.operating-costs=15.14',
      '30201=8.00',
      '30211=2.00',
      '30299=5.14',
    ])
    expect(out.diagnostic).toMatchObject({ code: 'ROWS_FROM_TEMPLATE', severity: 'info', page: 3 })
  })

  it.each([
    ['one amount too many', ['15.14', '8.00', '2.00', '5.14', '0.00'], '个数'],
    ['a total that is not the sum', ['15.15', '8.00', '2.00', '5.14'], '之和'],
    ['an amount the basic table does not print for its code', ['15.14', '2.00', '8.00', '5.14'], '不符'],
    ['an amount that is not one', ['15.14', '8.00', '二', '5.14'], '无法读取'],
  ])('places nothing on %s, and says why', (_, values, why) => {
    const out = operatingCostsByTemplate(values, SPEC, [BASIC], WHERE)
    expect(out.rows).toBeUndefined()
    expect(out.diagnostic.code).toBe('ROW_UNMAPPED')
    expect(out.diagnostic.message.zh).toContain(why)
  })

  it('places nothing without the basic table or without a template that lists the rows', () => {
    expect(operatingCostsByTemplate(['10.00', '8.00', '2.00'], SPEC, [], WHERE).rows).toBeUndefined()
    expect(
      operatingCostsByTemplate(['10.00', '8.00', '2.00'], undefined, [BASIC], WHERE).rows,
    ).toBeUndefined()
  })
})

// as 焦作 prints them: the 基本支出 table (tabbed, with its note), then the 运行经费 table
const BASIC_TEXT = [
  '焦作市示例局 2025年度部门预算',
  '',
  '2025年一般公共预算基本支出预算表',
  '',
  '部门名称: 焦作市示例局 单位: 万元',
  '',
  '科目编码\t科目名称\t合计\t人员经费\t公用经费',
  '\t合计\t60.00\t50.00\t10.00',
  '30101\t基本工资\t50.00\t50.00\t',
  '30201\t办公费\t8.00\t\t8.00',
  '30211\t差旅费\t2.00\t\t2.00',
  '',
  '注: 报表金额单位转换时可能存在四舍五入尾数误差。',
  '',
]
const OPERATING = ['2025年机关(机构)运行经费', '', '部门名称: 焦作市示例局 单位: 万元', '', '行经费支出']

describe('a table of one column printed one cell per line (tab text)', () => {
  it('is a table: its header word over its amounts', () => {
    const doc = layoutText(
      [...BASIC_TEXT, ...OPERATING, '10. 00', '8.00', '2.00', '', '注: 本表金额单位为万元。'].join('\n'),
    )
    const t = doc.tables.find((x) => x.title.includes('运行经费'))
    expect(t?.columns.map((c) => c.header)).toEqual([['行经费支出']])
    expect(t?.rows.map((r) => r.cells[0])).toEqual(['10. 00', '8.00', '2.00'])
  })

  it('is no table when the lines are words or sentences', () => {
    const doc = layoutText(
      [...BASIC_TEXT, ...OPERATING, '办公费', '差旅费', '', '说明：本表无数据。'].join('\n'),
    )
    expect(doc.tables.find((x) => x.title.includes('运行经费'))).toBeUndefined()
  })
})

describe('readDisclosure on a 机关运行经费 table without labels', () => {
  const text = (amounts: readonly string[]) =>
    [...BASIC_TEXT, ...OPERATING, ...amounts, '', '注: 报表金额单位转换时可能存在四舍五入尾数误差。'].join(
      '\n',
    )
  const read = async (amounts: readonly string[]) => {
    const r = await readDisclosure(text(amounts), { fileName: 'example.txt' })
    if (r.status !== 'disclosure') throw new Error('not read')
    const t = r.disclosure.tables.find((x) => x.kind === 'operating-costs')
    return {
      rows: t?.rows.map((x) => `${x.key ?? x.code ?? x.name}=${x.cells.total}`),
      codes: r.diagnostics.filter((d) => d.table === 'operating-costs').map((d) => d.code),
    }
  }
  // a document this small is recorded under 河南's 2024 template, which lists no rows for the table
  // (焦作's 2025 document, read in full, places them: test/read/seeds.test.ts)
  it('reads the total alone, and says why, when the template lists no rows', async () => {
    const { rows, codes } = await read(['10.00', '8.00', '2.00'])
    expect(rows).toEqual(['=10.00'])
    expect(codes).toContain('ROW_UNMAPPED')
    expect(codes).not.toContain('ROWS_FROM_TEMPLATE')
  })
})
