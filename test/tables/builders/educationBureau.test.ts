/**
 * Generality outside the seeds: an education bureau (教育局), amounts in 元, functional codes of
 * 205 教育支出, printed in a template of our own (defined here as data, with `classLines`).
 */
import { describe, expect, it } from 'vitest'
import type { LineItem } from '../../../src/model/lineItem'
import { type PrintedTable, PrintedTableSchema } from '../../../src/model/table'
import { buildTables } from '../../../src/tables/builders/buildTables'
import { classLines } from '../../../src/tables/templates/classLines'
import type { TableTemplate } from '../../../src/tables/templates/types'

const EDUCATION_TEMPLATE: TableTemplate = {
  id: 'example-education-budget',
  zh: '某县教育局部门预算公开模板（示例）',
  en: 'County education bureau budget template (example)',
  kind: 'budget',
  decimals: 2,
  unit: '元',
  emptyCells: 'zero',
  tables: [
    {
      kind: 'summary',
      title: '{year}年教育局收支总表',
      number: '表一',
      labelHeader: [['收入项目'], ['支出项目']],
      columns: [
        { key: 'total', header: ['收入', '金额（元）'], block: 0 },
        { key: 'total', header: ['支出', '金额（元）'], block: 1 },
      ],
      sides: [
        {
          block: 0,
          lines: [
            { type: 'fact', key: 'src.gpb', name: '一般公共预算拨款', ordinal: '一', kind: 'detail' },
            { type: 'fact', key: 'src.business', name: '事业收入', ordinal: '二', kind: 'detail' },
            { type: 'fact', key: 'rev.current', name: '本年收入合计', kind: 'total' },
            { type: 'fact', key: 'carry.total', name: '上年结转', kind: 'detail' },
            { type: 'fact', key: 'rev.total', name: '收入总计', kind: 'total' },
          ],
        },
        {
          block: 1,
          lines: [
            {
              type: 'classes',
              numbering: 'sequence',
              classes: classLines(
                [
                  { code: '205', name: '教育支出' },
                  { code: '208', name: '社会保障和就业支出' },
                  { code: '210', name: '卫生健康支出' },
                  { code: '221', name: '住房保障支出' },
                ],
                { numbering: 'sequence' },
              ),
            },
            { type: 'fact', key: 'exp.total', name: '支出总计', kind: 'total' },
          ],
        },
      ],
    },
    {
      kind: 'expenditure',
      title: '{year}年教育局支出总表',
      number: '表二',
      layout: 'hierarchy',
      lineFrom: 1,
      labelHeader: [['行次'], ['科目编码'], ['科目名称']],
      columns: [
        { key: 'total', header: ['合计'] },
        { key: 'exp.basic.personnel', header: ['基本支出', '人员经费'] },
        { key: 'exp.basic.public', header: ['基本支出', '公用经费'] },
        { key: 'exp.project', header: ['项目支出'] },
      ],
    },
    {
      kind: 'projects',
      title: '{year}年教育局项目支出表',
      number: '表三',
      layout: 'projects',
      projectOnly: true,
      labelHeader: [['类型'], ['项目名称'], ['项目单位']],
      columns: [
        { key: 'total', header: ['合计'] },
        { key: 'src.gpb', header: ['一般公共预算'] },
        { key: 'src.business', header: ['事业收入'] },
      ],
    },
  ],
}

const units = [
  { code: '612001', name: '某县教育局机关', type: '行政' as const },
  { code: '612101', name: '某县第一小学', type: '事业' as const },
  { code: '612102', name: '某县第一初级中学', type: '事业' as const },
]

const basic = (unitCode: string, functionalCode: string, economicCode: string, amount: string): LineItem => ({
  unitCode,
  functionalCode,
  kind: 'basic',
  basicClass: economicCode.startsWith('302') || economicCode.startsWith('310') ? 'public' : 'personnel',
  economicCode,
  source: 'gpb',
  amount,
})

const LINE_ITEMS: LineItem[] = [
  basic('612001', '2050101', '30101', '812345.67'),
  basic('612001', '2050101', '30201', '45000.00'),
  basic('612101', '2050202', '30101', '3456789.12'),
  basic('612101', '2050202', '30107', '1234567.89'),
  basic('612101', '2050202', '30205', '67890.55'),
  basic('612102', '2050203', '30101', '2987654.32'),
  basic('612102', '2080505', '30108', '456789.01'),
  basic('612102', '2210201', '30113', '234567.89'),
  {
    unitCode: '612102',
    functionalCode: '2050203',
    kind: 'project',
    projectType: 'specific',
    projectName: '义务教育薄弱环节改善与能力提升',
    source: 'gpb',
    amount: '1500000.00',
  },
  {
    unitCode: '612101',
    functionalCode: '2050202',
    kind: 'project',
    projectType: 'operating',
    projectName: '课后服务',
    source: 'business',
    amount: '120000.50',
  },
  {
    unitCode: '612101',
    functionalCode: '2050202',
    kind: 'project',
    projectType: 'operating',
    projectName: '课后服务',
    source: 'gpb',
    carryOver: true,
    amount: '30000.00',
  },
]

/** The bundled catalog carries the 205 类 but not its 款/项 (the library ships the codes medical-security
 * departments use): an education bureau passes its own names. */
const NAMES: Record<string, string> = {
  '20501': '教育管理事务',
  '2050101': '行政运行',
  '20502': '普通教育',
  '2050202': '小学教育',
  '2050203': '初中教育',
}

const find = (tables: readonly PrintedTable[], kind: string): PrintedTable =>
  tables.find((t) => t.kind === kind) as PrintedTable

describe('an education bureau in a template of its own', () => {
  const tables = buildTables({
    lineItems: LINE_ITEMS,
    department: { code: '612', name: '某县教育局' },
    units,
    fiscalYear: 2025,
    template: EDUCATION_TEMPLATE,
    names: { functional: (code) => NAMES[code] },
  })

  it('builds valid tables in 元 with the template titles', () => {
    for (const t of tables) expect(PrintedTableSchema.safeParse(t).success).toBe(true)
    expect(tables.map((t) => [t.number, t.title, t.unit])).toEqual([
      ['表一', '2025年教育局收支总表', '元'],
      ['表二', '2025年教育局支出总表', '元'],
      ['表三', '2025年教育局项目支出表', '元'],
    ])
  })

  it('收支总表: its own 类 list numbered in sequence, 0.00 for nothing, balanced', () => {
    const s = find(tables, 'summary')
    const cls = s.rows.filter((r) => r.codeSystem === 'functional')
    expect(cls.map((r) => [r.ordinal, r.code, r.cells.total])).toEqual([
      ['一', '205', '10254248.05'],
      ['二', '208', '456789.01'],
      ['三', '210', '0.00'],
      ['四', '221', '234567.89'],
    ])
    const line = (key: string) => s.rows.find((r) => r.key === key)?.cells.total
    expect(line('src.business')).toBe('120000.50')
    expect(line('carry.total')).toBe('30000.00')
    expect(line('rev.total')).toBe('10945604.95')
    expect(line('exp.total')).toBe(line('rev.total'))
  })

  it('支出总表: 205 › 20502 › 2050202 with the bureau names (catalog names elsewhere) and 行次', () => {
    const e = find(tables, 'expenditure')
    expect(e.rows.slice(0, 6).map((r) => [r.line, r.kind, r.code ?? '', r.name])).toEqual([
      ['1', 'total', '', '合计'],
      ['2', 'subtotal', '205', '教育支出'],
      ['3', 'subtotal', '20501', '教育管理事务'],
      ['4', 'detail', '2050101', '行政运行'],
      ['5', 'subtotal', '20502', '普通教育'],
      ['6', 'detail', '2050202', '小学教育'],
    ])
    expect(e.rows.find((r) => r.code === '2210201')?.name).toBe('住房公积金')
    expect(e.rows.find((r) => r.code === '2050202')?.cells).toEqual({
      total: '4909248.06',
      'exp.basic.personnel': '4691357.01',
      'exp.basic.public': '67890.55',
      'exp.project': '150000.50',
    })
  })

  it('项目支出表: a project paid from two sources and a carry-over is one row', () => {
    const p = find(tables, 'projects')
    expect(
      p.rows
        .filter((r) => r.kind === 'detail')
        .map((r) => [r.name, r.unitName, r.cells.total, r.cells['src.business']]),
    ).toEqual([
      ['义务教育薄弱环节改善与能力提升', '某县第一初级中学', '1500000.00', '0.00'],
      ['课后服务', '某县第一小学', '150000.50', '120000.50'],
    ])
  })
})
