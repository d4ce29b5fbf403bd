// Issues #11, #12: a 决算 of a province the reader was not developed on (Shanghai's 2024 template), made up and
// consistent (test/fixtures/final-account), read and reconciled without a false alarm; then contradictions planted
// in it, each found, beside look-alikes left alone.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import { budgetActualSides, pairsAsHalves } from '../../src/read/interpret/budgetActualSides'
import { mapColumns } from '../../src/read/interpret/columnKeys'
import type { GridTable } from '../../src/read/layout/types'
import { readDisclosure } from '../../src/read/readDisclosure'
import { metadataOfProse } from '../../src/read/text/metadataOfProse'
import { readExplanatoryText } from '../../src/read/text/readExplanatoryText'
import type { ReadDiagnostic } from '../../src/read/types'
import { reconcile } from '../../src/reconcile/reconcile'
import { shanghaiFinalAccount } from '../fixtures/final-account/shanghaiFinalAccount'
import { readSyntheticTable } from './syntheticTable'

const DIR = 'test/fixtures/final-account'
const TAB = readFileSync(`${DIR}/shanghai-2024.tab.txt`, 'utf8')
const fixture = shanghaiFinalAccount()

const NINE = [
  ['收入支出决算总表', 'summary'],
  ['收入决算表', 'income'],
  ['支出决算表', 'expenditure'],
  ['财政拨款收入支出决算总表', 'fiscal-summary'],
  ['一般公共预算财政拨款支出决算表', 'gpb-expenditure'],
  ['一般公共预算财政拨款基本支出决算表', 'gpb-basic'],
  ['财政拨款“三公”经费支出决算表', 'three-public'],
  ['政府性基金预算财政拨款收入支出决算表', 'gov-fund'],
  ['国有资本经营预算财政拨款收入支出决算表', 'soe-capital'],
] as const

async function read(text: string): Promise<{ doc: Disclosure; diagnostics: readonly ReadDiagnostic[] }> {
  const result = await readDisclosure(text, { fileName: 'shanghai-2024.txt' })
  if (result.status !== 'disclosure') throw new Error('not read as a disclosure')
  return { doc: result.disclosure, diagnostics: result.diagnostics }
}

const problems = (findings: ReturnType<typeof reconcile>['findings']) =>
  findings.filter((f) => f.severity !== 'info')

describe('the synthetic Shanghai 决算 fixture', () => {
  it('is what the generator makes (scripts/make-final-account-fixture.ts)', () => {
    expect(TAB).toBe(fixture.tab)
    expect(readFileSync(`${DIR}/shanghai-2024.layout.txt`, 'utf8')).toBe(fixture.layout)
  })

  it('balances as built: 本年收入 + 使用非财政拨款结余 + 年初 = 本年支出 + 结余分配 + 年末 = 总计', () => {
    const f = fixture.figures
    expect(f.grand).toBe('1146.76')
    expect((Number(f.revCurrent) * 100 + 600 + Number(f.startTotal) * 100) / 100).toBe(Number(f.grand))
    expect((Number(f.expCurrent) * 100 + 250 + Number(f.endTotal) * 100) / 100).toBe(Number(f.grand))
  })
})

describe('reading the tab shape', () => {
  it('names the document: a 2024 决算 of 上海市XX局 (its name printed over the title)', async () => {
    const { doc } = await read(TAB)
    expect([doc.kind, doc.fiscalYear, doc.department.name]).toEqual(['final-account', 2024, '上海市XX局'])
  })

  it('recognizes each of the nine tables as its kind, and the unit list as none of them', async () => {
    const { doc, diagnostics } = await read(TAB)
    expect(doc.tables.map((t) => [t.title, t.kind])).toEqual(NINE)
    const unrecognized = diagnostics.filter((d) => d.code === 'TABLE_UNRECOGNIZED')
    expect(unrecognized).toHaveLength(1)
    expect(unrecognized[0]?.table).toMatch(/编制范围的单位/)
  })

  it('maps every column and every row, and places every printed figure', async () => {
    const { doc, diagnostics } = await read(TAB)
    for (const t of doc.tables) {
      expect(t.unmappedColumns, t.title).toBeUndefined()
      for (const r of t.rows)
        expect(r.code ?? r.key ?? (r.kind === 'total' ? 'total' : ''), r.name).not.toBe('')
      const placed = t.rows.flatMap((r) => Object.values(r.cells)).filter((c) => /\d/.test(c ?? '')).length
      expect(placed, t.title).toBe(fixture.printedFigures[t.title])
    }
    expect(doc.tables.find((t) => t.kind === 'soe-capital')?.empty?.note).toMatch(/本表无数据/)
    const guesswork = diagnostics.filter((d) =>
      ['COLUMN_UNMAPPED', 'ROW_UNMAPPED', 'CELL_UNPLACED', 'COLUMNS_FROM_TEMPLATE'].includes(d.code),
    )
    expect(guesswork).toEqual([])
  })

  it('reads the 决算 rows of the summary by their keys (使用非财政拨款结余, 结余分配, 年初/年末结转和结余)', async () => {
    const { doc } = await read(TAB)
    const summary = doc.tables.find((t) => t.kind === 'summary')
    const byKey = (key: string) => summary?.rows.find((r) => r.key === key)?.cells.total
    expect([
      byKey('src.non-fiscal-balance'),
      byKey('exp.balance-distribution'),
      byKey('carry.total'),
      byKey('end.total'),
    ]).toEqual(['6.00', '2.50', '88.00', '51.50'])
    expect(summary?.rows.find((r) => r.code === '234')?.cells.total).toBe('')
  })

  it('reads the “三公” table’s 预算数/决算数 pairs as the budget and the actual', async () => {
    const { doc } = await read(TAB)
    const table = doc.tables.find((t) => t.kind === 'three-public')
    expect(
      table?.rows.map((r) => [r.key, r.cells['3p.total'], r.cells['3p.vehicle'], r.cells['3p.reception']]),
    ).toEqual([
      ['fa.budget', '12.00', '7.00', '2.00'],
      ['fa.actual', '10.55', '6.30', '1.85'],
    ])
  })

  it('raises no finding but information on the consistent document', async () => {
    const { doc } = await read(TAB)
    const report = reconcile(doc)
    expect(report.summary.checks).toBeGreaterThan(500)
    expect(problems(report.findings)).toEqual([])
  })
})

describe('contradictions planted in the tab shape are found (the untouched document above raises none)', () => {
  const planted = async (from: string, to: string) => {
    expect(TAB).toContain(from)
    const { doc } = await read(TAB.replace(from, to))
    return problems(reconcile(doc).findings)
  }

  it('a 类 total changed in one table: 文化旅游体育与传媒支出 in the 财政拨款收入支出决算总表', async () => {
    const found = await planted(
      '七、文化旅游体育与传媒支出\t810.02\t810.02',
      '七、文化旅游体育与传媒支出\t801.02\t801.02',
    )
    expect(found.length).toBeGreaterThan(0)
    expect(found.some((f) => JSON.stringify(f.where).includes('fiscal-summary'))).toBe(true)
  })

  it('年末结转和结余 that is not 年初 + 收入 − 支出 (the 总计 left as printed)', async () => {
    const found = await planted('年末结转和结余\t51.50', '年末结转和结余\t61.50')
    expect(found.some((f) => JSON.stringify(f.where).includes('"table":"summary"'))).toBe(true)
  })

  it('a share in the text that its amounts do not give, and not a share rounded to a whole percent', async () => {
    const wrong = await planted('财政拨款收入985.36万元，占93.60%', '财政拨款收入985.36万元，占96.30%')
    expect(wrong.map((f) => f.rule)).toEqual(['text-percentages'])
    expect(await planted('财政拨款收入985.36万元，占93.60%', '财政拨款收入985.36万元，占94%')).toEqual([])
  })

  it('a 其中 completion rate that states no budget, checked against the 预算数 the “三公” table prints beside its 决算数', async () => {
    const wrong = await planted('费决算为2.40万元，完成预算的80.00%', '费决算为2.40万元，完成预算的88.00%')
    expect(wrong.map((f) => [f.rule, JSON.stringify(f.where).includes('因公出国')])).toEqual([
      ['text-percentages', true],
    ])
    expect(await planted('费决算为2.40万元，完成预算的80.00%', '费决算为2.40万元，完成预算的80%')).toEqual([])
  })

  it('a completion rate of the “三公” total that its budget and actual do not give', async () => {
    const wrong = await planted('完成预算的87.92%', '完成预算的78.92%')
    expect(wrong.map((f) => f.rule)).toEqual(['text-percentages'])
  })
})

describe('the reader fixes the Shanghai template asked for, each both ways (synthetic lines)', () => {
  const value = (...header: string[]) => ({ header, role: 'value' as const })
  const grid = (columns: GridTable['columns'], cells: string[]): GridTable => ({
    title: '财政拨款“三公”经费支出决算表',
    pages: [1],
    columns,
    rows: [{ cells, page: 1 }],
    notes: [],
  })
  const items = ['合计', '因公出国（境）费', '小计', '公务用车购置费', '公务用车运行维护费', '公务接待费']

  it('pairsAsHalves regroups 预算数/决算数 printed side by side under each item; 小计 before 购置费 is the vehicle subtotal', () => {
    const columns = items.flatMap((item) => [value(item, '预算数'), value(item, '决算数')])
    const cells = ['12.00', '10.55', '3.00', '2.40', '7.00', '6.30', '', '', '7.00', '6.30', '2.00', '1.85']
    const halves = pairsAsHalves(grid(columns, cells))
    expect(halves.rows[0]?.cells).toEqual([
      '12.00',
      '3.00',
      '7.00',
      '',
      '7.00',
      '2.00',
      '10.55',
      '2.40',
      '6.30',
      '',
      '6.30',
      '1.85',
    ])
    expect(halves.columns[2]?.header).toEqual(['公务用车购置及运行维护费', '小计', '预算数'])
    const sides = budgetActualSides(grid(columns, cells))
    const mapped = mapColumns(sides.columns, 'three-public')
    expect(mapped.map((c) => c.key)).toEqual([
      ...[
        '3p.total',
        '3p.abroad',
        '3p.vehicle',
        '3p.vehicle.purchase',
        '3p.vehicle.operation',
        '3p.reception',
      ],
      ...[
        '3p.total',
        '3p.abroad',
        '3p.vehicle',
        '3p.vehicle.purchase',
        '3p.vehicle.operation',
        '3p.reception',
      ],
    ])
  })

  it('pairsAsHalves leaves alone halves already grouped, and pairs whose groups do not alternate', () => {
    const halves = [...items.map((i) => value('预算数', i)), ...items.map((i) => value('决算数', i))]
    const g1 = grid(halves, Array(12).fill('1.00'))
    expect(pairsAsHalves(g1)).toBe(g1)
    const broken = items.flatMap((item) => [value(item, '预算数'), value(item, '预算数')])
    const g2 = grid(broken, Array(12).fill('1.00'))
    expect(pairsAsHalves(g2)).toBe(g2)
  })

  /** The completion rates of a sentence, their actual and budget named by the value they point at. */
  const rates = (text: string) => {
    const { figures } = readExplanatoryText(
      [
        { text: '七、财政拨款“三公”经费支出决算情况说明', page: 1 },
        { text, page: 1 },
      ],
      { amountUnit: '万元', tables: [] },
    )
    const pointedAt = (op: unknown) =>
      op && typeof op === 'object' && 'figure' in op
        ? figures.find((f) => f.id === op.figure)?.value
        : undefined
    return figures
      .filter((f) => f.kind === 'completion')
      .map((f) => [f.value, pointedAt(f.operands?.actual), pointedAt(f.operands?.budget)])
  }

  it('a completion rate after 其中 has no budget in the amounts an earlier rate of the sentence read', () => {
    const text =
      '“三公”经费财政拨款支出年初预算为12.00万元，支出决算为10.55万元，完成预算的87.92%，其中：因公出国（境）费决算为2.40万元，完成预算的80.00%。'
    expect(rates(text)).toEqual([
      ['87.92', '10.55', '12.00'],
      ['80.00', '2.40', undefined],
    ])
  })

  it('a second completion rate that states its own budget still reads it', () => {
    const text =
      '“三公”经费年初预算为12.00万元，决算为10.55万元，完成预算的87.92%；因公出国（境）费预算为3.00万元，决算为2.40万元，完成预算的80.00%。'
    expect(rates(text)).toEqual([
      ['87.92', '10.55', '12.00'],
      ['80.00', '2.40', '3.00'],
    ])
  })

  it('names the department printed on the line above a title that names none, and not a heading or a lead-in', () => {
    const line = (text: string) => ({ text, page: 1 })
    expect(metadataOfProse([line('上海市XX局'), line('2024年度部门决算')], []).department).toBe('上海市XX局')
    expect(metadataOfProse([line('目 录'), line('2024年度部门决算')], []).department).toBeUndefined()
    expect(
      metadataOfProse([line('纳入上海市XX局2024年度部门决算编制范围的单位包括：')], []).department,
    ).toBeUndefined()
    expect(metadataOfProse([line('第三部分 上海市XX局2024年度部门决算情况说明')], []).department).toBe(
      '上海市XX局',
    )
  })
})

describe('reading the layout shape (pdftotext -layout column text)', () => {
  const LAYOUT = readFileSync(`${DIR}/shanghai-2024.layout.txt`, 'utf8')

  it('recognizes the nine tables and names the document', async () => {
    const { doc } = await read(LAYOUT)
    expect(doc.tables.map((t) => [t.title, t.kind])).toEqual(NINE)
    expect(doc.department.name).toBe('上海市XX局')
  })

  it('maps headers wrapped over lines (附属单位 / 上缴收入, 一般公共 / 预算财政 / 拨款) and rejoins names wrapped under their code', async () => {
    const { doc } = await read(LAYOUT)
    for (const kind of ['income', 'expenditure', 'fiscal-summary', 'gov-fund']) {
      const t = doc.tables.find((x) => x.kind === kind)
      expect(t?.unmappedColumns, kind).toBeUndefined()
    }
    for (const kind of ['income', 'expenditure']) {
      const t = doc.tables.find((x) => x.kind === kind)
      for (const r of t?.rows ?? []) expect(r.code ?? r.kind, r.name).not.toBe('detail')
      const placed = (t?.rows ?? [])
        .flatMap((r) => Object.values(r.cells))
        .filter((c) => /\d/.test(c ?? '')).length
      expect(placed, kind).toBe(fixture.printedFigures[t?.title ?? ''])
    }
    const fiscal = doc.tables.find((t) => t.kind === 'fiscal-summary')
    expect(fiscal?.columns.map((c) => c.key)).toEqual([
      'total',
      'total',
      'src.gpb',
      'src.gov-fund',
      'src.soe-capital',
    ])
    const expenditure = doc.tables.find((t) => t.kind === 'expenditure')
    expect(expenditure?.rows.find((r) => r.code === '2080505')?.name).toBe('机关事业单位基本养老保险缴费支出')
  })
})

describe('wrapped header lines and wrapped names, both ways (synthetic)', () => {
  it('joins the lines of a wrapped header cell, and leaves a parent over its child alone', () => {
    const value = (...header: string[]) => ({ header, role: 'value' as const })
    expect(mapColumns([value('附属单位', '上缴收入')], 'income').map((c) => c.key)).toEqual([
      'src.affiliates',
    ])
    expect(
      mapColumns([value('支出', '国有资本', '经营预算', '财政拨款')], 'fiscal-summary').map((c) => c.key),
    ).toEqual(['src.soe-capital'])
    expect(mapColumns([value('基本支出', '人员经费')], 'expenditure').map((c) => c.key)).toEqual([
      'exp.basic.personnel',
    ])
  })

  it('rejoins a name wrapped onto a line of its own under its code, and keeps a line that does not end it', async () => {
    const header = ['科目编码', '科目名称', '合计']
    const wrapped = await readSyntheticTable('2025年部门支出预算表', 'expenditure', header, [
      ['', '合计', '100.00'],
      ['2080505', '机关事业单位基本养老保险缴', '100.00'],
      ['', '费支出', ''],
    ])
    expect(wrapped.table?.rows.map((r) => [r.code, r.name])).toEqual([
      [undefined, '合计'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
    ])
    expect(wrapped.diagnostics.filter((d) => d.code === 'ROW_UNMAPPED')).toEqual([])
    const other = await readSyntheticTable('2025年部门支出预算表', 'expenditure', header, [
      ['', '合计', '100.00'],
      ['2080505', '机关事业单位基本养老保险缴费支出', '100.00'],
      ['', '说明', ''],
    ])
    expect(other.table?.rows.find((r) => r.code === '2080505')?.name).toBe('机关事业单位基本养老保险缴费支出')
    expect(other.diagnostics.filter((d) => d.code === 'ROW_UNMAPPED')).toHaveLength(1)
  })
})
