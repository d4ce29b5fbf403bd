// The 决算 tables of seed 002 read in issue 11's seed round trip: the 公开09表's 预算数/决算数 halves,
// the 部门整体自评表's budget lines, the 项目单位自评汇总表's projects, the 公开06表's 经费合计 lines;
// and the performance targets' budget built from the tables. Each tested both ways.
import { describe, expect, it } from 'vitest'
import { functionalCatalog } from '../../../src/codes/functional/functionalCatalog'
import type { PrintedTable } from '../../../src/model/table'
import { budgetActualSides } from '../../../src/read/interpret/budgetActualSides'
import { mapColumns } from '../../../src/read/interpret/columnKeys'
import { readEvaluationForm } from '../../../src/read/interpret/evaluationFormRows'
import { readFormRows } from '../../../src/read/interpret/formRows'
import { performanceOfTables } from '../../../src/read/interpret/performanceOfTables'
import { projectsOfEvaluation } from '../../../src/read/interpret/projectsOfEvaluation'
import { readRows } from '../../../src/read/interpret/readRows'
import { threePublicColumns } from '../../../src/read/interpret/threePublicColumns'
import type { GridTable } from '../../../src/read/layout/types'

const grid = (columns: GridTable['columns'], rows: string[][]): GridTable => ({
  title: 't',
  pages: [1],
  columns,
  rows: rows.map((cells) => ({ cells, page: 1 })),
  notes: [],
})
const value = (...header: string[]) => ({ header, role: 'value' as const })
const label = (...header: string[]) => ({ header, role: 'label' as const })

describe('budgetActualSides (公开09表)', () => {
  const half = ['合计', '因公出国(境)费', '公务用车购置及运行维护费', '公务接待费']
  // the extraction put 决算数 one column early: over the 预算数 half's 公务接待费
  const columns = [
    value('预算数', half[0]!),
    value('预算数', half[1]!),
    value('预算数', half[2]!),
    value('决算数', half[3]!),
    ...half.map((h) => value('决算数', h)),
  ]
  const row = ['3.20', '', '3.00', '0.20', '3.20', '0.00', '3.00', '0.20']

  it('splits the repeated halves into a 预算数 side and a 决算数 side, whatever the group labels landed on', () => {
    const sides = budgetActualSides(grid(columns, [row]))
    expect(sides.columns.map((c) => c.block)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
    expect(sides.columns[4]!.header[0]).toBe('预算数')
    const mapped = mapColumns(sides.columns, 'three-public')
    const { rows } = readRows(sides, mapped, {
      kind: 'three-public',
      tableId: 'three-public',
      functionalCatalog,
    })
    expect(rows.map((r) => [r.kind, r.key, r.block, r.cells['3p.reception'], r.cells['3p.abroad']])).toEqual([
      ['total', 'fa.budget', 0, '0.20', ''],
      ['total', 'fa.actual', 1, '0.20', '0.00'],
    ])
  })

  it('leaves a table alone whose halves differ, or that prints no 决算数', () => {
    const differing = [...columns.slice(0, 7), value('决算数', '其他')]
    const g1 = grid(differing, [row])
    expect(budgetActualSides(g1)).toBe(g1)
    const budgetOnly = columns.map((c) => value('预算数', ...c.header.slice(1)))
    const g2 = grid(budgetOnly, [row])
    expect(budgetActualSides(g2)).toBe(g2)
  })
})

describe('readEvaluationForm (部门整体自评表)', () => {
  const columns = [
    label('部门整体支出情况'),
    label(),
    value('年初预算数'),
    value('全年预算数'),
    value('全年执行数'),
    value('分值'),
    value('执行率'),
    value('得分'),
    value(),
  ]
  it('reads a line’s figures after its label, in the heading’s order (the heading one column off)', () => {
    const form = readEvaluationForm(
      grid(columns, [
        ['', '部门预算总额（万元）', '', '838.98', '2983.84', '2753.07', '10', '92.27', '10'],
        ['', '资金来源：（1）政府预算资金', '', '838.98', '2983.84', '2753.07', '-', '92.27', '-'],
        ['', '（2）财政专户管理资金', '', '0', '0', '0', '-', '0', '-'],
      ]),
      '万元',
      'department-self-evaluation',
    )
    expect(form?.columns.map((c) => c.key)).toEqual([
      'fa.budget',
      'fa.adjusted',
      'fa.actual',
      'fa.completion',
    ])
    expect(
      form?.rows.map((r) => [r.kind, r.key, r.ordinal, r.cells['fa.actual'], r.cells['fa.completion']]),
    ).toEqual([
      ['total', 'total', undefined, '2753.07', '92.27'],
      ['detail', 'src.fiscal', '（1）', '2753.07', '92.27'],
      ['detail', 'src.special-account', '（2）', '0', '0'],
    ])
    expect(form?.diagnostics).toEqual([])
  })

  it('places no figure of a line that prints fewer figures than the heading: a diagnostic instead', () => {
    const form = readEvaluationForm(
      grid(columns, [['', '部门预算总额（万元）', '', '838.98', '2983.84', '', '', '', '']]),
      '万元',
      'department-self-evaluation',
    )
    expect(form?.rows[0]?.cells).toEqual({})
    expect(form?.diagnostics.map((d) => d.code)).toEqual(['CELL_UNPLACED'])
  })

  it('is undefined for a form without the budget heading', () => {
    expect(readEvaluationForm(grid([label('项目'), value('金额')], [['合计', '1.00']]), '万元', 'x')).toBe(
      undefined,
    )
  })
})

describe('projectsOfEvaluation (项目单位自评汇总表)', () => {
  const columns = [
    label('单位编 码'),
    label('单位 名称'),
    label('项目 名称'),
    label('项目 类型'),
    value('全年 预算 数'),
    value('全年 执行 数'),
    value('系统查 询全年 执行数'),
    value('预算执 行率'),
  ]
  it('reads one project per row, a wrapped name rejoined, the rate without its %', () => {
    const projects = projectsOfEvaluation(
      grid(columns, [
        [
          '517001',
          '卢氏 县医 疗保 障局',
          '豫财社（2023） 244号 资金',
          '可执 行项 目',
          '1.5',
          '1.5',
          '1.2',
          '100%',
        ],
        ['', '', '其他商品和服务支出', '', '', '', '', ''],
        ['517002', '卢氏县社会医疗保险中心', '城乡医疗救助', '可执行项目', '33.92', '33.92', '33.92', '100%'],
      ]),
    )
    expect(projects.map((p) => [p.name, p.unitCode, p.unitName, p.amounts])).toEqual([
      [
        '豫财社（2023）244号资金其他商品和服务支出',
        '517001',
        '卢氏县医疗保障局',
        { 'fa.adjusted': '1.5', 'fa.actual': '1.5', 'fa.actual.system': '1.2', 'fa.completion': '100' },
      ],
      [
        '城乡医疗救助',
        '517002',
        '卢氏县社会医疗保险中心',
        { 'fa.adjusted': '33.92', 'fa.actual': '33.92', 'fa.actual.system': '33.92', 'fa.completion': '100' },
      ],
    ])
  })

  it('reads each 得分率 and the 自评得分 as the project’s self-evaluation lines, whatever the order of the columns', () => {
    const scored = [
      label('项目 名称'),
      value('全年 执行 数'),
      label('是否 有偏 差项 目'),
      value('自评 得分'),
      value('成本 指标 得分 率'),
      label('主管 部门 编 码'),
      label('主管 部门 名 称'),
      value('资金 管理 情况 得分 率'),
      label('资金 归口 处室'),
    ]
    const [project] = projectsOfEvaluation(
      grid(scored, [['城乡医疗救助', '33.92', '否', '98.74', '-%', '517', '医 保局', '100%', '社保 股']]),
    )
    expect(project?.indicators).toEqual([
      { level1: '成本指标', name: '成本指标得分率', target: '', actual: '-%' },
      { level1: '资金管理', name: '资金管理情况得分率', target: '', actual: '100%' },
      {
        level1: '自评得分',
        name: '自评得分',
        target: '',
        score: '98.74',
        note: '是否有偏差项目：否；资金归口处室：社保股；主管部门：517 医保局',
      },
    ])
  })

  it('reads no self-evaluation line from a blank score cell, a 自评得分 that is no number, or a summary printing no scores', () => {
    const scored = [label('项目名称'), value('全年执行数'), value('产出指标得分率'), value('自评得分')]
    const [blank] = projectsOfEvaluation(grid(scored, [['城乡医疗救助', '33.92', '', '优']]))
    expect(blank?.indicators).toEqual([])
    const [plain] = projectsOfEvaluation(
      grid(columns, [['517002', '中心', '城乡医疗救助', '', '1', '1', '1', '100%']]),
    )
    expect(plain?.indicators).toEqual([])
  })

  it('gives no project for a table without 项目名称 and 全年执行数 headings', () => {
    expect(projectsOfEvaluation(grid([label('项目'), value('金额')], [['城乡医疗救助', '33.92']]))).toEqual(
      [],
    )
  })
})

describe('performanceOfTables', () => {
  const table = (kind: PrintedTable['kind'], rows: PrintedTable['rows']): PrintedTable => ({
    id: kind,
    kind,
    title: '部门整体绩效目标表',
    columns: [{ key: 'total', header: ['预算情况'] }],
    rows,
    notes: [],
  })
  it('takes the budget lines of the 部门整体绩效目标表', () => {
    const perf = performanceOfTables([
      table('department-performance', [
        { kind: 'total', key: 'total', name: '部门预算总额', cells: { total: '7810.6' } },
        { kind: 'detail', key: 'exp.project', name: '项目支出', cells: { total: '2940.3' } },
        { kind: 'detail', name: '一级指标', cells: {} },
      ]),
    ])
    expect(perf?.budget).toEqual({ total: '7810.6', 'exp.project': '2940.3' })
  })
  it('is undefined when no line prints an amount', () => {
    expect(
      performanceOfTables([
        table('department-performance', [
          { kind: 'total', key: 'total', name: '部门预算总额', cells: { total: '' } },
        ]),
      ]),
    ).toBe(undefined)
    expect(performanceOfTables([])).toBe(undefined)
  })
})

describe('公开06表 经费合计 lines', () => {
  it('reads 人员经费合计 / 公用经费合计 printed in the code column, the latter across the blocks', () => {
    const columns = [0, 1, 2].flatMap((block) => [
      { ...label('科目代码'), block },
      { ...label('科目名称'), block },
      { ...value('决算数'), block },
    ])
    const g = grid(columns, [['人员经费合计', '', '527.39', '公用经费合计', '', '', '', '', '23.31']])
    const { rows } = readRows(g, mapColumns(g.columns, 'gpb-basic'), {
      kind: 'gpb-basic',
      tableId: 'gpb-basic',
      functionalCatalog,
    })
    expect(rows.map((r) => [r.kind, r.key, r.block, r.cells.total])).toEqual([
      ['subtotal', 'exp.basic.personnel', 0, '527.39'],
      ['subtotal', 'exp.basic.public', 1, '23.31'],
    ])
  })
  it('does not borrow the amount of a block that prints a label of its own', () => {
    const columns = [0, 1].flatMap((block) => [
      { ...label('科目代码'), block },
      { ...label('科目名称'), block },
      { ...value('决算数'), block },
    ])
    const g = grid(columns, [['公用经费合计', '', '', '30201', '办公费', '3.23']])
    const { rows } = readRows(g, mapColumns(g.columns, 'gpb-basic'), {
      kind: 'gpb-basic',
      tableId: 'gpb-basic',
      functionalCatalog,
    })
    expect(rows.find((r) => r.key === 'exp.basic.public')?.cells.total).toBe('')
    expect(rows.find((r) => r.code === '30201')?.cells.total).toBe('3.23')
  })
})

describe('threePublicColumns (seed 003: OCR noise under merged labels)', () => {
  const columns = [
    value('"三公"经费合计', '二公 经负行时'),
    value('因公出国(境)费', '因公出国(境)费'),
    value('因公出国(境)费', '小计'),
    value('公务用车购置及运', '公务用车购置费'),
    value('运行费', '公务用车运行费'),
    value('公务接待费', '了 公 分 按付页'),
  ]
  it('names a noisy column by the label above it and the 小计 before 购置费 as 公务用车', () => {
    expect(threePublicColumns(mapColumns(columns, 'three-public')).map((c) => c.key)).toEqual([
      '3p.total',
      '3p.abroad',
      '3p.vehicle',
      '3p.vehicle.purchase',
      '3p.vehicle.operation',
      '3p.reception',
    ])
  })
  it('leaves a 小计 not followed by 公务用车购置费 alone, and gives a key only once', () => {
    const other = [
      value('"三公"经费合计'),
      value('其他', '小计'),
      value('公务接待费'),
      value('公务接待费', '噪声'),
    ]
    expect(threePublicColumns(mapColumns(other, 'three-public')).map((c) => c.key)).toEqual([
      '3p.total',
      'total',
      '3p.reception',
      undefined,
    ])
  })
})

describe('readFormRows: a label split over two cells', () => {
  it('reads 部 | 门预算总额(万元) and (2) 项 | 目支出 joined; a lone fragment names nothing', () => {
    const rows = readFormRows(
      grid(
        [label(), label(), label(), value()],
        [
          ['', '部', '门预算总额(万元)', '132465. 29'],
          ['', '(2) 项', '目支出', '131317. 37'],
          ['', '部', '门', '5.00'],
        ],
      ),
      '万元',
    )
    expect(rows.map((r) => [r.key, r.ordinal, r.cells.total])).toEqual([
      ['total', undefined, '132465.29'],
      ['exp.project', '(2)', '131317.37'],
    ])
  })
})
