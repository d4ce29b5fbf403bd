import { describe, expect, it } from 'vitest'
import { tableKindOf } from '../../../src/read/interpret/tableKind'
import type { GridTable } from '../../../src/read/layout/types'

const grid = (title: string, extra: Partial<GridTable> = {}): GridTable => ({
  title,
  pages: [1],
  columns: [],
  rows: [],
  notes: [],
  ...extra,
})

const kindOf = (title: string, docKind?: 'budget' | 'final-account') => {
  const r = tableKindOf(grid(title), docKind)
  return r.status === 'recognized' ? r.kind : undefined
}

describe('tableKindOf', () => {
  it.each([
    ['2024年部门收支总体情况表', 'summary'],
    ['部门预算收支总表', 'summary'],
    ['收入支出决算总表', 'summary'],
    ['2026年预算单位财务收支预算总表', 'summary'],
    ['表1.市级部门收支预算总表', 'summary'],
    ['2025年部门收支预算表', 'summary'],
    ['2024年部门收入总体情况表', 'income'],
    ['收入决算表', 'income'],
    ['市级部门收入预算总表', 'income'],
    ['2024年部门支出总体情况表', 'expenditure'],
    ['本年支出总体情况表', 'expenditure'],
    ['支出决算表', 'expenditure'],
    ['2024年财政拨款收支总体情况表', 'fiscal-summary'],
    ['财政拨款收入支出决算总表', 'fiscal-summary'],
    ['2024年一般公共预算支出情况表', 'gpb-expenditure'],
    ['一般公共预算财政拨款支出决算表', 'gpb-expenditure'],
    ['一般公共预算支出功能分类预算表', 'gpb-expenditure'],
    ['2024年一般公共预算基本支出表', 'gpb-basic'],
    ['一般公共预算基本支出部门经济分类预算表', 'gpb-basic'],
    ['2025年一般公共预算基本支出明细表', 'gpb-basic-detail'],
    ['2024年支出经济分类汇总表', 'economic-summary'],
    ['八、一般公共预算支出经济分类情况表', 'gpb-economic'],
    ['2026 年度一般公共预算支出经济分类情况表', 'gpb-economic'],
    ['九、一般公共预算基本支出经济分类情况表', 'gpb-basic'],
    ['一般公共预算项目支出情况表（按经济分类科目）', 'gpb-project-economic'],
    ['一般公共预算基本支出情况表（按经济分类科目）', 'gpb-basic'],
    ['部门预算基本支出预算表', 'basic-by-source'],
    ['十一、部门预算基本支出预算表', 'basic-by-source'],
    ['五、财政拨款支出表（功能科目）', 'fiscal-expenditure'],
    ['财政拨款支出表（功能科目）', 'fiscal-expenditure'],
    ['六、财政拨款基本支出表（经济科目）', 'fiscal-basic'],
    ['财政拨款基本支出表（经济科目）', 'fiscal-basic'],
    ['四、财政拨款收支总表', 'fiscal-summary'],
    ['八、财政拨款安排的行政经费及“三公”经费预算表', 'three-public'],
    ['表10.2026年市级部门项目支出预算表', 'projects'],
    ['2024年一般公共预算“三公”经费支出情况表', 'three-public'],
    ['财政拨款安排的行政经费及"三公"经费预算表', 'three-public'],
    ['一般公共预算“三公”经费、会议费、培训费支出表', 'three-public'],
    ['2024年政府性基金预算支出情况表', 'gov-fund'],
    ['政府性基金预算财政拨款收入支出决算表', 'gov-fund'],
    ['国有资本经营预算支出预算表', 'soe-capital'],
    ['2024年项目支出表', 'projects'],
    ['部门预算项目支出及其他支出预算表', 'projects'],
    ['一般公共预算机关运行经费支出预算表', 'operating-costs'],
    ['2025年机关(机构)运行经费', 'operating-costs'],
    ['政府采购预算明细表', 'procurement'],
    ['部门整体支出绩效目标表', 'department-performance'],
    ['项目支出绩效目标表', 'project-performance'],
    ['部门整体自评表', 'department-self-evaluation'],
  ] as const)('%s → %s', (title, kind) => {
    expect(kindOf(title)).toBe(kind)
  })

  it('reads a 决算 明细表 as the 公开06表', () => {
    expect(kindOf('一般公共预算财政拨款基本支出决算明细表', 'final-account')).toBe('gpb-basic')
  })

  it.each([
    '财政拨款政府购买服务明细表',
    '专项或共同事权转移支付绩效目标表',
    '本部门2024年收支预算总计8944.03万元，比上年增加。',
    '',
  ])('leaves %j unrecognized, with a reason', (title) => {
    const r = tableKindOf(grid(title))
    expect(r.status).toBe('unrecognized')
    if (r.status === 'unrecognized') expect(r.reason.zh).toContain('标准表')
  })

  it('uses the 公开NN表 number of a final account when the title says nothing', () => {
    const r = tableKindOf(grid('（续）', { number: '公开07表' }), 'final-account')
    expect(r).toEqual({ status: 'recognized', kind: 'gov-fund', evidence: 'number' })
    expect(tableKindOf(grid('（续）', { number: '公开07表' }), 'budget').status).toBe('unrecognized')
  })

  it('uses the header as second evidence', () => {
    const r = tableKindOf(
      grid('附表', {
        columns: [
          { header: ['因公出国（境）费'], role: 'value' },
          { header: ['公务接待费'], role: 'value' },
        ],
      }),
    )
    expect(r).toMatchObject({ status: 'recognized', kind: 'three-public', evidence: 'header' })
  })
})
