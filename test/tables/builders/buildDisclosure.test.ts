import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeLineItems } from '../../../bench/generator'
import { MedbudgetError } from '../../../src/errors'
import type { LineItem } from '../../../src/model/lineItem'
import { reconcile } from '../../../src/reconcile/reconcile'
import { buildDisclosure } from '../../../src/tables/builders/buildDisclosure'
import { lineItemsFromCsv } from '../../../src/tables/builders/lineItemsFromCsv'
import { defineTableTemplate } from '../../../src/tables/templates/defineTableTemplate'
import { HENAN_BUDGET_2024_TABLES } from '../../../src/tables/templates/henanBudget2024'

const department = { code: '900', name: '示范市医疗保障局' }
const units = Array.from({ length: 8 }, (_, i) => ({
  code: `9000${String(i + 1).padStart(2, '0')}`,
  name: `单位${i + 1}`,
}))

describe('buildDisclosure', () => {
  const items = makeLineItems(2_000, 7)
  const doc = buildDisclosure({
    lineItems: items,
    department,
    units,
    fiscalYear: 2026,
    template: HENAN_BUDGET_2024_TABLES,
  })

  it('assembles a valid, frozen document whose tables contradict each other nowhere', () => {
    expect(doc.template).toBe(HENAN_BUDGET_2024_TABLES.id)
    expect(doc.amountUnit).toBe(HENAN_BUDGET_2024_TABLES.unit)
    expect(doc.tables.length).toBeGreaterThan(8)
    expect(doc.lineItems).toHaveLength(items.length)
    expect(Object.isFrozen(doc.tables[0]?.rows)).toBe(true)
    const report = reconcile(doc)
    expect(report.findings.filter((f) => f.status === 'mismatch')).toEqual([])
  }, 60_000)

  it('records the template tables it could not build as absent, and the engine sees a changed cell', () => {
    const kinds = new Set([...doc.tables.map((t) => t.kind), ...doc.absent.map((a) => a.kind)])
    for (const spec of HENAN_BUDGET_2024_TABLES.tables) expect(kinds.has(spec.kind)).toBe(true)
    const tables = doc.tables.map((t) =>
      t.kind !== 'expenditure'
        ? t
        : {
            ...t,
            rows: t.rows.map((r, i) => (i === 0 ? { ...r, cells: { ...r.cells, total: '1.00' } } : r)),
          },
    )
    expect(reconcile({ ...doc, tables }).summary.mismatches).toBeGreaterThan(0)
  }, 60_000)

  it('accepts a template of its own without registering it anywhere', () => {
    const mine = defineTableTemplate({ ...HENAN_BUDGET_2024_TABLES, id: 'my-county-2026', zh: '本县模板' })
    const own = buildDisclosure({
      lineItems: items.slice(0, 50),
      department,
      units,
      fiscalYear: 2026,
      template: mine,
    })
    expect(own.template).toBe('my-county-2026')
  })

  it('refuses a bad line item with its own error, not a wrong table', () => {
    const bad = { ...items[0], functionalCode: '21015' } as unknown as LineItem
    expect(() =>
      buildDisclosure({
        lineItems: [bad],
        department,
        units,
        fiscalYear: 2026,
        template: HENAN_BUDGET_2024_TABLES,
      }),
    ).toThrow(MedbudgetError)
  })
})

const HEAD =
  '单位编码,功能科目编码,支出类型,基本支出类别,部门经济科目编码,项目类别,项目名称,资金来源,上年结转,金额'

describe('lineItemsFromCsv', () => {
  it('reads the words of a budget office, quoted amounts with separators, and codes as printed', () => {
    const items = lineItemsFromCsv(
      `\uFEFF${HEAD}\r\n900001,210 15 01,基本支出,人员经费,30101 基本工资,,,一般公共预算,否,"1,234.50"\r\n` +
        '900001,【2101599】其他医疗保障管理事务支出,项目支出,,,特定目标类,"医保信息化, 二期",政府性基金,是,8.006\r\n',
    )
    expect(items).toEqual([
      {
        unitCode: '900001',
        functionalCode: '2101501',
        kind: 'basic',
        basicClass: 'personnel',
        economicCode: '30101',
        source: 'gpb',
        carryOver: false,
        amount: '1234.50',
      },
      {
        unitCode: '900001',
        functionalCode: '2101599',
        kind: 'project',
        projectType: 'specific',
        projectName: '医保信息化, 二期',
        source: 'gov-fund',
        carryOver: true,
        amount: '8.006',
      },
    ])
    expect(Object.isFrozen(items[0])).toBe(true)
  })

  it('names the line and the column of what it cannot read', () => {
    const err = (csv: string) => {
      try {
        lineItemsFromCsv(csv)
      } catch (e) {
        return e as MedbudgetError
      }
      throw new Error('no error')
    }
    expect(err(`${HEAD}\n900001,2101501,基本支出,人员经费,30101,,,一般预算,否,1`).zh).toMatch(
      /第 2 行.*资金来源.*一般预算/,
    )
    expect(err(`${HEAD}\n900001,2101501,基本支出,人员经费,30101,,,一般公共预算,否,××`).code).toBe(
      'LINE_ITEM_INVALID',
    )
    expect(err(`${HEAD}\n900001,2101501,基本支出,,30101,,,一般公共预算,否,1`).zh).toMatch(/第 2 行.*人员经费/)
    expect(err('单位编码,金额\n1,2').zh).toMatch(/缺少/)
    expect(err('').code).toBe('LINE_ITEM_INVALID')
    expect(err('a'.repeat(101)).code).toBe('LINE_ITEM_INVALID')
    expect(() => lineItemsFromCsv('a'.repeat(101), { maxLength: 100 })).toThrow(/too long/)
  })

  it('round-trips generated line items written as CSV (property)', () => {
    const fields = [
      'unitCode',
      'functionalCode',
      'kind',
      'basicClass',
      'economicCode',
      'govEconomicCode',
      'projectType',
      'projectCode',
      'projectName',
      'source',
      'fiscal',
      'carryOver',
      'amount',
    ] as const
    const quote = (v: unknown) => (v === undefined ? '' : `"${String(v).replaceAll('"', '""')}"`)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 40 }), (seed, n) => {
        const items = makeLineItems(n, seed)
        const csv = [
          fields.join(','),
          ...items.map((i) =>
            fields.map((f) => quote((i as unknown as Record<string, unknown>)[f])).join(','),
          ),
        ].join('\n')
        expect(lineItemsFromCsv(csv)).toEqual(items.map((i) => JSON.parse(JSON.stringify(i))))
      }),
      { seed: 42, numRuns: 50 },
    )
  }, 60_000)

  it('never hangs or throws anything but its own error on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        try {
          lineItemsFromCsv(`${HEAD}\n${tail}`)
        } catch (e) {
          expect(e).toBeInstanceOf(MedbudgetError)
        }
      }),
      { seed: 42, numRuns: 300 },
    )
  }, 60_000)
})
