import { describe, expect, it } from 'vitest'
import { interpretDocument } from '../../../src/read/interpret/interpretDocument'
import type { GridTable, LaidOutDocument } from '../../../src/read/layout/types'

// A performance form printed one per page whose amount (资金总额) the layout set apart from its
// indicators (泉州 and 长沙 2026): it is a table whose figures were lost, not an empty table.

const value = (...header: string[]) => ({ header, role: 'value' as const })
const label = (...header: string[]) => ({ header, role: 'label' as const })
const EXPENDITURE: GridTable = {
  title: '2026年支出预算总表',
  unit: '万元',
  pages: [3],
  columns: [label('项目'), value('合计'), value('基本支出'), value('项目支出')],
  rows: [{ page: 3, cells: ['合计', '100.00', '60.00', '40.00'] }],
  notes: [],
}
const form = (rows: string[][], notes: string[] = []): GridTable => ({
  title: '电诈中心建设项目绩效目标表',
  pages: [27],
  columns: [label('一级指标'), label('三级指标'), value('资金总额')],
  rows: rows.map((cells) => ({ cells, page: 27 })),
  notes,
})
const read = (...tables: GridTable[]) => {
  const doc: LaidOutDocument = {
    source: 'pdf',
    pages: 30,
    prose: [{ text: '某某局2026年部门预算', page: 1 }],
    tables: [EXPENDITURE, ...tables],
    emptyPages: [],
  }
  const r = interpretDocument(doc)
  if (r.status !== 'disclosure') throw new Error(r.status)
  return r
}

describe('a performance form none of whose amounts were read', () => {
  it('is listed as unrecognized, with the reason, not handed out as an empty table', () => {
    const r = read(
      form([
        ['产出指标', '核查及时率', ''],
        ['效益指标', '服务对象满意率', ''],
      ]),
    )
    expect(r.disclosure.tables.map((t) => t.kind)).toEqual(['expenditure'])
    const listed = r.tables.find((t) => t.title === '电诈中心建设项目绩效目标表')
    expect(listed?.status).toBe('unrecognized')
    expect(listed?.reason?.zh).toContain('金额未能读出')
  })
  it('is read when its amount is placed', () => {
    const r = read(
      form([
        ['资金总额', '', '47.50'],
        ['产出指标', '核查及时率', ''],
      ]),
    )
    const table = r.disclosure.tables.find((t) => t.kind === 'project-performance')
    expect(table?.rows.some((row) => Object.values(row.cells).includes('47.50'))).toBe(true)
  })
  it('is kept as an empty table when its note says why it is empty', () => {
    const r = read(form([['无', '无', '']], ['本部门无项目支出绩效目标，故本表无数据']))
    const table = r.disclosure.tables.find((t) => t.kind === 'project-performance')
    expect(table?.empty?.note).toContain('无数据')
  })
})
