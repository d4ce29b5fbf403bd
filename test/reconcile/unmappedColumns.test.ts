// row-fund-split over a table printing a value column the reader could not map (a heading that names
// no fact key, 代管资金 here): a row's sum of its fund columns would miss that column's cells, so the
// sums across that block are not checked; the other blocks' are. 广州's 财政专户拨款收入 over 教育收费 |
// 其他专户收入拨款, which were such columns, are now read (src.special-account.education / .other).
import { describe, expect, it } from 'vitest'
import type { FactKey } from '../../src/model/factKeys'
import type { Column, PrintedTable, Row } from '../../src/model/table'
import { interpretDocument } from '../../src/read/interpret/interpretDocument'
import type { GridTable, LaidOutDocument } from '../../src/read/layout/types'
import { reconcile } from '../../src/reconcile/reconcile'
import { rowFundSplit } from '../../src/reconcile/rules/rowFundSplit'
import { col, docWith, EMPTY_TEMPLATE, table } from './docWith'

const opts = { templates: [EMPTY_TEMPLATE] }
const fundSplit = (t: PrintedTable) =>
  reconcile(docWith([t]), { ...opts, rules: [rowFundSplit] }).findings.filter(
    (f) => f.rule === rowFundSplit.id,
  )

// 合计 120 = 一般公共预算 90 + 事业收入 20 + 教育收费 10 (the last not read)
const unit = (name: string, block?: number): Row => ({
  kind: 'unit',
  name,
  cells: { total: '120.00', 'src.gpb': '90.00', 'src.business': '20.00' },
  ...(block !== undefined ? { block } : {}),
})
const columns = (block?: number): Column[] =>
  (['total', 'src.gpb', 'src.business'] as const).map((k) => col(k, block))

describe('row-fund-split and unmapped value columns', () => {
  it('checks no sum across a block that prints an unmapped value column', () => {
    const t = {
      ...table('income', columns(), [unit('某某中心')]),
      unmappedColumns: [{ header: ['其他资金收入', '代管资金'] }],
    }
    expect(fundSplit(t).filter((f) => f.status === 'mismatch')).toEqual([])
    const coverage = reconcile(docWith([t]), { ...opts, rules: [rowFundSplit] }).coverage
    expect(coverage.find((c) => c.rule === rowFundSplit.id)?.status).toBe('not-applicable')
  })

  it('still reports the same row where every value column was read', () => {
    const found = fundSplit(table('income', columns(), [unit('某某中心')]))
    expect(found.map((f) => `${f.status} ${f.where.row?.name} ${f.where.column}`)).toEqual([
      'mismatch 某某中心 total',
    ])
  })

  it('skips only the block of the unmapped column', () => {
    const t = {
      ...table('income', [...columns(0), ...columns(1)], [unit('甲', 0), unit('乙', 1)]),
      unmappedColumns: [{ header: ['代管资金'], block: 1 }],
    }
    expect(fundSplit(t).map((f) => `${f.status} ${f.where.row?.name}`)).toEqual(['mismatch 甲'])
  })
})

describe('the reader records the value columns it leaves unmapped', () => {
  const income = (extra: string[], group = '财政专户拨款收入'): GridTable => ({
    title: '收入总体情况表',
    unit: '万元',
    pages: [9],
    columns: [
      { header: ['单位名称'], role: 'label' },
      { header: ['合计'], role: 'value' },
      { header: ['财政拨款收入', '一般公共预算'], role: 'value' },
      ...extra.map((h) => ({ header: [group, h], role: 'value' as const })),
      { header: ['其他资金收入', '事业收入'], role: 'value' },
    ],
    rows: [{ page: 9, cells: ['合计', '120.00', '90.00', ...extra.map(() => '10.00'), '20.00'] }],
    notes: [],
  })
  const read = (t: GridTable) => {
    const doc: LaidOutDocument = {
      source: 'pdf',
      pages: 10,
      prose: [{ text: '某某局2026年部门预算', page: 1 }],
      tables: [t],
      emptyPages: [],
    }
    const r = interpretDocument(doc)
    if (r.status !== 'disclosure') throw new Error(r.status)
    return r.disclosure.tables.find((x) => x.kind === 'income')!
  }

  it('lists a value column whose header names no fact key', () => {
    const t = read(income(['代管资金'], '其他资金收入'))
    expect(t.unmappedColumns).toEqual([{ header: ['其他资金收入', '代管资金'] }])
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'src.gpb', 'src.business'])
  })

  it('reads 广东 财政专户 columns (教育收费, 其他专户收入拨款) as the parts of the special-account money', () => {
    const t = read(income(['教育收费', '其他专户收入拨款']))
    expect(t.unmappedColumns).toBeUndefined()
    expect(t.columns.map((c) => c.key)).toEqual([
      'total',
      'src.gpb',
      'src.special-account.education',
      'src.special-account.other',
      'src.business',
    ])
  })

  it('lists none when every value column is read', () => {
    expect(read(income([])).unmappedColumns).toBeUndefined()
  })
})

describe('row-fund-split counts the parts of the special-account money', () => {
  const cols = (...keys: FactKey[]) => keys.map((k) => col(k))
  const row = (cells: Partial<Record<FactKey, string>>): Row => ({ kind: 'unit', name: '某某学校', cells })
  const mismatches = (t: PrintedTable) =>
    fundSplit(t)
      .filter((f) => f.status === 'mismatch')
      .map((f) => `${f.where.column} ${f.expected}`)

  it('adds 教育收费 and 其他专户收入 into 合计 where no 财政专户 column is printed', () => {
    const keys = cols('total', 'src.gpb', 'src.special-account.education', 'src.special-account.other')
    const cells = {
      'src.gpb': '90.00',
      'src.special-account.education': '20.00',
      'src.special-account.other': '10.00',
    }
    expect(mismatches(table('income', keys, [row({ total: '120.00', ...cells })]))).toEqual([])
    // 合计 printed without the 其他专户 amount: caught
    expect(mismatches(table('income', keys, [row({ total: '110.00', ...cells })]))).toEqual(['total 120'])
  })

  it('adds the 财政专户 column once, not its parts again, and checks it against them', () => {
    const keys = cols(
      'total',
      'src.gpb',
      'src.special-account',
      'src.special-account.education',
      'src.special-account.other',
    )
    const parts = { 'src.special-account.education': '20.00', 'src.special-account.other': '10.00' }
    const ok = row({ total: '120.00', 'src.gpb': '90.00', 'src.special-account': '30.00', ...parts })
    expect(mismatches(table('income', keys, [ok]))).toEqual([])
    const wrong = row({
      total: '120.00',
      'src.gpb': '90.00',
      'src.special-account': '30.00',
      ...parts,
      'src.special-account.other': '5.00',
    })
    expect(mismatches(table('income', keys, [wrong]))).toEqual(['src.special-account 25'])
  })
})
