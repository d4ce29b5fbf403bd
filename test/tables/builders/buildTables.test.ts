import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MedbudgetError } from '../../../src/errors'
import type { LineItem } from '../../../src/model/lineItem'
import { parseDisclosure } from '../../../src/model/parseDisclosure'
import type { PrintedTable, Row } from '../../../src/model/table'
import { amount, round, sum, toFixed } from '../../../src/money/decimal'
import { loadSample } from '../../../src/samples/index'
import { buildTables } from '../../../src/tables/builders/buildTables'
import type { BuildTablesInput } from '../../../src/tables/builders/types'
import { HEBEI_BUDGET_2024_TABLES } from '../../../src/tables/templates/hebeiBudget2024'
import { HENAN_BUDGET_2024_TABLES } from '../../../src/tables/templates/henanBudget2024'
import { HENAN_BUDGET_2025_TABLES } from '../../../src/tables/templates/henanBudget2025'
import { NATIONAL_FINAL_ACCOUNT_TABLES } from '../../../src/tables/templates/nationalFinalAccount'

const item = (over: Partial<LineItem> & Pick<LineItem, 'functionalCode' | 'amount'>): LineItem =>
  ({
    unitCode: '900001',
    kind: 'basic',
    basicClass: 'personnel',
    economicCode: '30101',
    source: 'gpb',
    ...over,
  }) as LineItem

const ITEMS: LineItem[] = [
  item({ functionalCode: '2101501', economicCode: '30101', govEconomicCode: '50101', amount: '100.004' }),
  item({ functionalCode: '2101501', economicCode: '30101', govEconomicCode: '50101', amount: '20.001' }),
  item({
    functionalCode: '2101501',
    basicClass: 'public',
    economicCode: '30231',
    govEconomicCode: '50208',
    amount: '0.724',
  }),
  item({ functionalCode: '2080505', economicCode: '30108', govEconomicCode: '50102', amount: '8.004' }),
  item({ functionalCode: '2080501', economicCode: '30302', govEconomicCode: '50905', amount: '3' }),
  item({
    unitCode: '900002',
    functionalCode: '2101202',
    kind: 'project',
    projectType: 'specific',
    projectName: '城乡居民医保补助',
    projectCode: 'P001',
    economicCode: '31302',
    amount: '500.005',
  }),
  item({
    unitCode: '900002',
    functionalCode: '2101599',
    kind: 'project',
    projectType: 'operating',
    projectName: '经办服务',
    carryOver: true,
    amount: '5.99',
  }),
]

const INPUT: BuildTablesInput = {
  lineItems: ITEMS,
  department: { code: '900', name: '示范市医疗保障局' },
  units: [
    { code: '900001', name: '示范市医疗保障局机关', type: '行政' },
    { code: '900002', name: '示范市医疗保险中心', type: '事业' },
  ],
  fiscalYear: 2024,
  template: HENAN_BUDGET_2024_TABLES,
}

const byKind = (tables: readonly PrintedTable[], kind: string): PrintedTable => {
  const t = tables.find((x) => x.kind === kind)
  if (!t) throw new Error(`no ${kind}`)
  return t
}
const row = (t: PrintedTable, pred: (r: Row) => boolean): Row => {
  const r = t.rows.find(pred)
  if (!r) throw new Error(`no row in ${t.id}`)
  return r
}

describe('buildTables (河南 2024)', () => {
  const tables = buildTables(INPUT)

  it('builds the template tables in order, a document parseDisclosure accepts', () => {
    expect(tables.map((t) => t.kind)).toEqual(HENAN_BUDGET_2024_TABLES.tables.map((t) => t.kind))
    const doc = parseDisclosure({
      format: 'medbudget/disclosure@1',
      kind: 'budget',
      fiscalYear: 2024,
      department: INPUT.department,
      units: INPUT.units,
      template: 'henan-budget-2024',
      amountUnit: '万元',
      tables,
      absent: [],
    })
    expect(doc.tables).toHaveLength(13)
    expect(byKind(tables, 'summary').title).toBe('2024年部门收支总体情况表')
  })

  it('收支总表: 本年收入合计 excludes the carry-over, 收入总计 = 支出总计, 类 rows per the template', () => {
    const s = byKind(tables, 'summary')
    const cell = (key: string) => row(s, (r) => r.key === key).cells.total
    expect(cell('rev.current')).toBe('631.74') // 631.738 exact
    expect(cell('carry.total')).toBe('5.99')
    expect(cell('rev.total')).toBe('637.73') // 637.728
    expect(cell('exp.total')).toBe(cell('rev.total'))
    expect(cell('src.gov-fund')).toBe('') // blank, not 0.00
    expect(row(s, (r) => r.code === '210').cells.total).toBe('626.72') // 120.005+0.724+500.005+5.99
    expect(row(s, (r) => r.code === '219').ordinal).toBe('十九')
    expect(s.rows.filter((r) => r.block === 1 && r.codeSystem === 'functional')).toHaveLength(30)
  })

  it('rounds each cell once from the exact sum: a total may differ from its printed parts (尾差)', () => {
    const parts = [
      item({ functionalCode: '2101501', amount: '1.004' }),
      item({ functionalCode: '2101502', amount: '1.004' }),
    ]
    const t = byKind(buildTables({ ...INPUT, lineItems: parts }), 'expenditure')
    expect(t.rows.filter((r) => r.kind === 'detail').map((r) => r.cells.total)).toEqual(['1.00', '1.00'])
    expect(row(t, (r) => r.kind === 'total').cells.total).toBe('2.01')
  })

  it('支出总表: 项 rows under the department row, basic and project columns', () => {
    const t = byKind(tables, 'expenditure')
    expect(t.rows.slice(0, 2).map((r) => [r.kind, r.unitCode ?? ''])).toEqual([
      ['total', ''],
      ['unit', '900'],
    ])
    const r = row(t, (x) => x.code === '2101501')
    expect(r.cells).toMatchObject({
      total: '120.73',
      'exp.basic': '120.73',
      'exp.basic.personnel.wages': '120.01',
      'exp.basic.public.goods': '0.72',
      'exp.project': '',
    })
    expect(row(t, (x) => x.code === '2101599').cells['exp.project.operating']).toBe('5.99')
  })

  it('一般公共预算支出表 leaves the carry-over out; the base table keeps government codes', () => {
    expect(row(byKind(tables, 'gpb-expenditure'), (r) => r.kind === 'total').cells.total).toBe('631.74')
    const basic = byKind(tables, 'gpb-basic')
    expect(basic.rows.map((r) => [r.code ?? '', r.govCode ?? ''])).toEqual([
      ['', ''],
      ['30101', '50101'],
      ['30108', '50102'],
      ['30231', '50208'],
      ['30302', '50905'],
    ])
  })

  it('"三公": from economic codes, or from given figures', () => {
    expect(byKind(tables, 'three-public').rows[0]?.cells).toMatchObject({
      '3p.total': '0.72',
      '3p.vehicle.operation': '0.72',
      '3p.abroad': '',
    })
    const given = buildTables({
      ...INPUT,
      threePublic: { '3p.reception': '1.5', '3p.vehicle.operation': '0.72' },
    })
    expect(byKind(given, 'three-public').rows[0]?.cells).toMatchObject({
      '3p.total': '2.22',
      '3p.reception': '1.50',
    })
  })

  it('prints the empty note when a fund is absent, not otherwise', () => {
    const gov = byKind(tables, 'gov-fund')
    expect(gov.empty?.note).toContain('政府性基金')
    expect(gov.rows).toHaveLength(1)
    const withFund = buildTables({
      ...INPUT,
      lineItems: [...ITEMS, item({ functionalCode: '2290402', source: 'gov-fund', amount: '2' })],
    })
    expect(byKind(withFund, 'gov-fund').empty).toBeUndefined()
    expect(byKind(withFund, 'gov-fund').rows.map((r) => r.cells.total)).toEqual(['2.00', '2.00', '2.00'])
  })

  it('项目支出表 and 项目绩效目标表: one row per project; 政府预算资金 counts the carry-over', () => {
    const p = byKind(tables, 'projects')
    expect(
      p.rows.filter((r) => r.kind === 'detail').map((r) => [r.name, r.projectType, r.cells.total]),
    ).toEqual([
      ['城乡居民医保补助', '特定目标类', '500.01'],
      ['经办服务', '其他运转类', '5.99'],
    ])
    expect(row(p, (r) => r.name === '经办服务').cells['carry.gpb']).toBe('5.99')
    const perf = byKind(tables, 'project-performance')
    expect(row(perf, (r) => r.code === 'P001').cells['src.fiscal']).toBe('500.01')
    expect(row(perf, (r) => r.name === '经办服务').cells['src.fiscal']).toBe('5.99')
  })

  it('部门整体绩效目标表: budget lines', () => {
    const t = byKind(tables, 'department-performance')
    expect(t.rows.map((r) => r.cells.total)).toEqual(['637.73', '637.73', '', '', '131.73', '506.00'])
  })

  it('honours decimals (1 for seed 004) and rejects bad ones', () => {
    const one = buildTables({ ...INPUT, decimals: 1 })
    expect(row(byKind(one, 'summary'), (r) => r.key === 'rev.total').cells.total).toBe('637.7')
    expect(() => buildTables({ ...INPUT, decimals: 1.5 })).toThrow(MedbudgetError)
  })

  it('rejects malformed line items with their path', () => {
    const bad = { ...ITEMS[0], functionalCode: '21015' } as LineItem
    try {
      buildTables({ ...INPUT, lineItems: [ITEMS[1] as LineItem, bad] })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(MedbudgetError)
      expect((e as MedbudgetError).code).toBe('LINE_ITEM_INVALID')
      expect((e as MedbudgetError).location.path).toEqual(['lineItems', 1, 'functionalCode'])
    }
  })

  it('rejects a template table no builder makes', () => {
    const template = {
      ...HENAN_BUDGET_2024_TABLES,
      tables: [{ kind: 'special-funds' as const, title: 'x', columns: [] }],
    }
    expect(() => buildTables({ ...INPUT, template })).toThrow(/TEMPLATE_INVALID|没有生成器/)
  })
})

describe('buildTables (other templates)', () => {
  it('河南 2025: 机关运行经费 = 公用经费 of administrative units, unless given', () => {
    const t = buildTables({ ...INPUT, template: HENAN_BUDGET_2025_TABLES, fiscalYear: 2025 })
    expect(byKind(t, 'operating-costs').rows[0]?.cells.total).toBe('0.72')
    const given = buildTables({ ...INPUT, template: HENAN_BUDGET_2025_TABLES, operatingCosts: '107.44' })
    expect(byKind(given, 'operating-costs').rows[0]?.cells.total).toBe('107.44')
    expect(byKind(t, 'gov-fund').empty?.note).toBe('本部门2025年度没有政府性基金预算支出,故本表无数据。')
  })

  it('河北: 类/款 subtotals with 序号', () => {
    const t = byKind(buildTables({ ...INPUT, template: HEBEI_BUDGET_2024_TABLES }), 'expenditure')
    expect(t.rows.slice(0, 4).map((r) => [r.kind, r.code ?? '', r.line])).toEqual([
      ['total', '', '1'],
      ['subtotal', '208', '2'],
      ['subtotal', '20805', '3'],
      ['detail', '2080501', '4'],
    ])
    const summary = byKind(buildTables({ ...INPUT, template: HEBEI_BUDGET_2024_TABLES }), 'summary')
    expect(row(summary, (r) => r.name === '人行专用科目').cells.total).toBe('')
  })

  it('决算: 0.00 where there is nothing, 公开06表 lists its catalogue, 公开09表 budget beside actual', () => {
    const t = buildTables({
      ...INPUT,
      template: NATIONAL_FINAL_ACCOUNT_TABLES,
      threePublicBudget: { '3p.vehicle.operation': '3.00' },
    })
    expect(row(byKind(t, 'summary'), (r) => r.key === 'src.gov-fund').cells.total).toBe('0.00')
    const basic = byKind(t, 'gpb-basic')
    expect(row(basic, (r) => r.code === '30106').cells.total).toBe('0.00')
    expect(row(basic, (r) => r.key === 'exp.basic.personnel').cells.total).toBe('131.01')
    const tp = byKind(t, 'three-public')
    expect(tp.rows.map((r) => [r.key, r.cells['3p.total']])).toEqual([
      ['fa.budget', '3.00'],
      ['fa.actual', '0.72'],
    ])
    // no budget given: the budget block is unknown, so blank rather than 0.00
    const none = byKind(buildTables({ ...INPUT, template: NATIONAL_FINAL_ACCOUNT_TABLES }), 'three-public')
    expect(none.rows[0]?.cells['3p.total']).toBe('')
  })
})

describe('buildTables properties', () => {
  const lineItem = fc.record({
    unit: fc.constantFrom('900001', '900002'),
    code: fc.constantFrom('2101501', '2101502', '2080505', '2210201', '2130101'),
    kind: fc.constantFrom('basic', 'project'),
    econ: fc.constantFrom('30101', '30201', '30302', '31002'),
    source: fc.constantFrom('gpb', 'gov-fund', 'special-account', 'business'),
    carry: fc.boolean(),
    cents: fc.integer({ min: 0, max: 10_000_000 }),
    extra: fc.integer({ min: 0, max: 99 }),
  })
  it('收入总计 = 支出总计 = 合计 of the expenditure table = the rounded exact sum of the items', () => {
    fc.assert(
      fc.property(fc.array(lineItem, { minLength: 1, maxLength: 30 }), (drawn) => {
        const items: LineItem[] = drawn.map((d) => ({
          unitCode: d.unit,
          functionalCode: d.code,
          kind: d.kind as 'basic' | 'project',
          ...(d.kind === 'basic'
            ? {
                basicClass: d.econ.startsWith('302') || d.econ.startsWith('310') ? 'public' : 'personnel',
                economicCode: d.econ,
              }
            : { projectType: 'specific', projectName: `项目${d.code}` }),
          source: d.source as LineItem['source'],
          ...(d.carry ? { carryOver: true } : {}),
          amount: `${Math.floor(d.cents / 100)}.${String(d.cents % 100).padStart(2, '0')}${String(d.extra).padStart(2, '0')}`,
        })) as LineItem[]
        const tables = buildTables({ ...INPUT, lineItems: items })
        const exact = toFixed(round(sum(items.map((i) => amount(i.amount))), 2, 'halfUp'), 2)
        const s = byKind(tables, 'summary')
        expect(row(s, (r) => r.key === 'rev.total').cells.total).toBe(exact)
        expect(row(s, (r) => r.key === 'exp.total').cells.total).toBe(exact)
        expect(row(byKind(tables, 'expenditure'), (r) => r.kind === 'total').cells.total).toBe(exact)
      }),
      { seed: 20261122, numRuns: 60 },
    )
  }, 60_000)
})

describe('tables from the document entities', () => {
  const template = {
    ...HENAN_BUDGET_2024_TABLES,
    tables: [
      {
        kind: 'procurement' as const,
        title: '{year}年政府采购预算表',
        columns: [{ key: 'total' as const, header: ['金额'] }],
      },
      {
        kind: 'assets' as const,
        title: '国有资产占用情况表',
        columns: [{ key: 'total' as const, header: ['价值'] }],
      },
    ],
  }
  const tables = buildTables({
    ...INPUT,
    template,
    procurement: [
      { item: '办公设备', category: '货物', amount: '5' },
      { item: '无工程', category: '工程', amount: '0.00' },
      { item: '待定', category: '服务', amount: '××' },
    ],
    assets: [
      { category: '车辆', quantity: '1', measure: '辆' },
      { category: '其他用车', parent: '车辆', quantity: '1', measure: '辆', value: '12.50' },
    ],
  })

  it('政府采购预算表: a 合计 of the numeric lines, placeholders kept as given', () => {
    expect(tables[0]?.rows.map((r) => [r.name, r.projectType ?? '', r.cells.total])).toEqual([
      ['合计', '', '5.00'],
      ['办公设备', '货物', '5.00'],
      ['无工程', '工程', '0.00'],
      ['待定', '服务', '××'],
    ])
  })

  it('政府采购预算表: a line of a project is named by the project, with its item, as the reader names it', () => {
    const [table] = buildTables({
      ...INPUT,
      template,
      procurement: [
        { item: '办公桌', project: '办公经费', unitName: '某局本级', quantity: '5张', amount: '1.00' },
        { item: '办公设备', category: '货物', amount: '5' },
      ],
    })
    expect(table?.rows.slice(1).map((r) => [r.name, r.item ?? '', r.unitName ?? ''])).toEqual([
      ['办公经费', '办公桌', '某局本级'],
      ['办公设备', '', ''],
    ])
  })

  it('国有资产占用表: categories under their parent, counts beside, value where known', () => {
    expect(tables[1]?.rows.map((r) => [r.kind, r.name, r.line, r.cells.total])).toEqual([
      ['subtotal', '车辆', '1辆', ''],
      ['detail', '其中：其他用车', '1辆', '12.50'],
    ])
  })

  it('an empty entity list gives an empty table, not an error', () => {
    const none = buildTables({ ...INPUT, template })
    expect(none.map((t) => t.rows.length)).toEqual([1, 0])
  })
})

describe('决算 self-evaluation tables (from the entities)', () => {
  const columns = [
    { key: 'fa.budget' as const, header: ['年初预算数'] },
    { key: 'fa.adjusted' as const, header: ['全年预算数'] },
    { key: 'fa.actual' as const, header: ['全年执行数'] },
    { key: 'fa.completion' as const, header: ['执行率'] },
  ]
  const template = {
    ...NATIONAL_FINAL_ACCOUNT_TABLES,
    tables: [
      { kind: 'department-self-evaluation' as const, title: '部门整体自评表', columns },
      { kind: 'project-self-evaluation' as const, title: '项目支出绩效自评表', columns },
    ],
  }

  it('seed 002: the department row equals the printed one; 执行率 is computed when not given', () => {
    const doc = loadSample('002')
    const [dept, projects] = buildTables({
      ...INPUT,
      template,
      departmentPerformance: doc.departmentPerformance,
      projects: [
        { name: '专项业务费', amounts: { 'fa.adjusted': '9.5', 'fa.actual': '9.0' }, indicators: [] },
      ],
    })
    const printed = doc.tables.find((t) => t.kind === 'department-self-evaluation')?.rows[0]?.cells
    expect(dept?.rows[0]?.cells).toEqual(printed)
    expect(projects?.rows[0]?.cells).toEqual({
      'fa.budget': '',
      'fa.adjusted': '9.50',
      'fa.actual': '9.00',
      'fa.completion': '94.74',
    })
  })

  it('without entities the tables are empty', () => {
    expect(buildTables({ ...INPUT, template }).map((t) => t.rows.length)).toEqual([0, 0])
  })
})
