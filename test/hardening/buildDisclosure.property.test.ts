/**
 * Issue 14 (third pass): `buildDisclosure` on wide random consistent input — every bundled table
 * template (河南 2024 and 2025, 河北 2024 预算; the national 决算) and a 元 copy of each, one to four
 * budget units, any subset of the fund sources (most sources empty in most documents), basic items
 * (人员/公用, the "三公" codes among them), projects (运转类/特定目标类, carried over or not),
 * government-fund and SOE-capital spending, amounts from 0 to 10^8 with up to 4 decimals. Asserted:
 * the document reconciles with zero mismatches, is deeply frozen, and `parseDisclosure` accepts a
 * plain copy of it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BUNDLED_TEMPLATE_REQUIREMENTS,
  buildDisclosure,
  defineTableTemplate,
  FUND_SOURCES,
  type FundSource,
  isMedbudgetError,
  type LineItem,
  parseDisclosure,
  reconcile,
  type TableTemplate,
} from '../../src/index'
import { HEBEI_BUDGET_2024_TABLES } from '../../src/tables/templates/hebeiBudget2024'
import { HENAN_BUDGET_2024_TABLES } from '../../src/tables/templates/henanBudget2024'
import { HENAN_BUDGET_2025_TABLES } from '../../src/tables/templates/henanBudget2025'
import { NATIONAL_FINAL_ACCOUNT_TABLES } from '../../src/tables/templates/nationalFinalAccount'
import { templateRequirementOf } from '../../src/tables/templates/templateRequirementOf'
import { unfrozen } from './adversarial2/run'

const BUNDLED = [
  HENAN_BUDGET_2024_TABLES,
  HENAN_BUDGET_2025_TABLES,
  HEBEI_BUDGET_2024_TABLES,
  NATIONAL_FINAL_ACCOUNT_TABLES,
] as const
/** The same layouts in 元 (a county that prints whole yuan): templates of the caller's own. */
const IN_YUAN = BUNDLED.map((t) =>
  defineTableTemplate({ ...t, id: `${t.id}-yuan`, zh: `${t.zh}（元）`, unit: '元' }),
)
const TEMPLATES: readonly TableTemplate[] = [...BUNDLED, ...IN_YUAN]

const UNIT_TYPES = ['行政', '参公', '事业', undefined] as const

/** 功能分类 项 by the money that pays them: general budget, government funds, SOE capital. */
const GPB_FUNCTIONAL = [
  '2010101',
  '2080501',
  '2080505',
  '2101101',
  '2101202',
  '2101501',
  '2101599',
  '2130104',
]
const GOV_FUND_FUNCTIONAL = ['2296002', '2296003', '2120801', '2290802']
const SOE_FUNCTIONAL = ['2230101', '2230199', '2230201']

/** Economic code pairs (部门经济分类, 政府经济分类); the "三公" codes among the public ones. */
const PERSONNEL: readonly (readonly [string, string])[] = [
  ['30101', '50101'],
  ['30108', '50102'],
  ['30302', '50905'],
]
const PUBLIC: readonly (readonly [string, string])[] = [
  ['30201', '50201'],
  ['30211', '50201'],
  ['30212', '50207'],
  ['30217', '50206'],
  ['30231', '50208'],
  ['30299', '50299'],
]

/** Amounts 0 … 10^8 with 0–4 decimals, canonical, log-spread (budgets mix 0.72 and 131,623.02). */
const amountArb = fc
  .tuple(
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 0, max: 99_999_999 }),
    fc.integer({ min: 0, max: 4 }),
  )
  .map(([digits, n, decimals]) => {
    const whole = String(n % 10 ** digits)
    const frac = decimals === 0 ? '' : `.${String(n % 10 ** decimals).padStart(decimals, '0')}`
    return whole + frac
  })

interface Draw {
  readonly unit: number
  readonly money: 'gpb' | 'gov-fund-spending' | 'soe-spending'
  readonly functional: number
  readonly project: number | undefined
  readonly personnel: boolean
  readonly pair: number
  readonly source: number
  readonly carryOver: boolean
  readonly amount: string
}

const drawArb: fc.Arbitrary<Draw> = fc.record({
  unit: fc.integer({ min: 0, max: 3 }),
  money: fc.constantFrom('gpb', 'gpb', 'gpb', 'gov-fund-spending', 'soe-spending'),
  functional: fc.nat(),
  project: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined, freq: 2 }),
  personnel: fc.boolean(),
  pair: fc.nat(),
  source: fc.nat(),
  carryOver: fc.boolean(),
  amount: amountArb,
})

/** The fund sources the 收入总表 of `template` has a column for (buildTables refuses the others: tested in buildTables.property). */
function printableSources(template: TableTemplate): readonly FundSource[] {
  return FUND_SOURCES.filter((source) => {
    try {
      buildDisclosure(inputOf(template, 1, [item(0, '2101501', source, '1')]))
      return true
    } catch (e) {
      if (isMedbudgetError(e) && e.location?.path?.[2] === 'source') return false
      throw e
    }
  })
}

function item(unit: number, functionalCode: string, source: FundSource, amount: string): LineItem {
  return {
    unitCode: unitCode(unit),
    functionalCode,
    kind: 'basic',
    basicClass: 'personnel',
    economicCode: '30101',
    govEconomicCode: '50101',
    source,
    amount,
  }
}

const unitCode = (i: number) => `90000${i + 1}`

function inputOf(template: TableTemplate, units: number, lineItems: readonly LineItem[]) {
  return {
    lineItems,
    department: { code: '900', name: '示范市医疗保障局' },
    units: Array.from({ length: units }, (_, i) => ({
      code: unitCode(i),
      name: `单位${i + 1}`,
      ...(UNIT_TYPES[i] === undefined ? {} : { type: UNIT_TYPES[i] }),
    })),
    fiscalYear: template.id.startsWith('henan-budget-2025') ? 2025 : 2024,
    template,
  }
}

const PRINTABLE = new Map(TEMPLATES.map((t) => [t, printableSources(t)]))

function lineItemOf(d: Draw, units: number, sources: readonly FundSource[]): LineItem {
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T
  // government-fund and SOE spending are paid from their own budgets; everything else from any
  // source the document uses
  const source: FundSource =
    d.money === 'gov-fund-spending' && sources.includes('gov-fund')
      ? 'gov-fund'
      : d.money === 'soe-spending' && sources.includes('soe-capital')
        ? 'soe-capital'
        : pick(sources, d.source)
  const functionalCode =
    source === 'gov-fund'
      ? pick(GOV_FUND_FUNCTIONAL, d.functional)
      : source === 'soe-capital'
        ? pick(SOE_FUNCTIONAL, d.functional)
        : pick(GPB_FUNCTIONAL, d.functional)
  const base = {
    unitCode: unitCode(d.unit % units),
    functionalCode,
    source,
    amount: d.amount,
    ...(d.carryOver ? { carryOver: true } : {}),
  }
  if (d.project !== undefined)
    return {
      ...base,
      kind: 'project',
      projectType: d.project % 2 === 0 ? 'operating' : 'specific',
      projectName: `项目${d.project}`,
    }
  const [economicCode, govEconomicCode] = pick(d.personnel ? PERSONNEL : PUBLIC, d.pair)
  return {
    ...base,
    kind: 'basic',
    basicClass: d.personnel ? 'personnel' : 'public',
    economicCode,
    govEconomicCode,
  }
}

const caseArb = fc
  .record({
    template: fc.nat({ max: TEMPLATES.length - 1 }),
    units: fc.integer({ min: 1, max: 4 }),
    sourceMask: fc.nat(),
    draws: fc.array(drawArb, { minLength: 1, maxLength: 30 }),
  })
  .map(({ template: t, units, sourceMask, draws }) => {
    const template = TEMPLATES[t] as TableTemplate
    const printable = PRINTABLE.get(template) ?? []
    // a subset of the sources (gpb always): the other sources' columns stay empty
    const sources = printable.filter((s, i) => s === 'gpb' || (sourceMask >> i) % 2 === 1)
    return inputOf(
      template,
      units,
      draws.map((d) => lineItemOf(d, units, sources)),
    )
  })

describe('buildDisclosure on wide random consistent input (issue 14, third pass)', () => {
  it('every template knows the general budget; some know more sources', () => {
    for (const t of TEMPLATES) expect(PRINTABLE.get(t)).toContain('gpb')
    expect(Math.max(...TEMPLATES.map((t) => PRINTABLE.get(t)?.length ?? 0))).toBeGreaterThan(3)
  })

  it('reconciles with zero mismatches, is deeply frozen and parses as a document', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const doc = buildDisclosure(input)
        expect(unfrozen(doc)).toEqual([])
        expect(doc.amountUnit).toBe(input.template.unit)
        expect(doc.kind).toBe(input.template.kind)
        const report = reconcile(doc)
        const mismatches = report.findings
          .filter((f) => f.status === 'mismatch')
          .map((f) => `${f.rule}: ${f.message.en}`)
        expect(mismatches).toEqual([])
        const bundled = BUNDLED_TEMPLATE_REQUIREMENTS.some((r) => r.id === input.template.id)
        const again = parseDisclosure(
          JSON.parse(JSON.stringify(doc)),
          bundled
            ? {}
            : { templates: [...BUNDLED_TEMPLATE_REQUIREMENTS, templateRequirementOf(input.template)] },
        )
        expect(again.tables.length).toBe(doc.tables.length)
      }),
      { seed: 42, numRuns: 120 },
    )
  }, 300_000)
})

describe('issue 14, third pass: buildDisclosure regressions found by the wide property', () => {
  const mismatches = (doc: ReturnType<typeof buildDisclosure>) =>
    reconcile(doc).findings.filter((f) => f.status === 'mismatch')
  const withCell = (
    doc: ReturnType<typeof buildDisclosure>,
    kind: string,
    rowName: string,
    column: string,
    value: string,
  ) => ({
    ...doc,
    tables: doc.tables.map((t) =>
      t.kind !== kind
        ? t
        : {
            ...t,
            rows: t.rows.map((r) =>
              r.name === rowName ? { ...r, cells: { ...r.cells, [column]: value } } : r,
            ),
          },
    ),
  })

  it('henan 2025 财政拨款收支预算表: 财政专户 and 单位资金 income lines, so 本年收入 is the sum of its lines', () => {
    const doc = buildDisclosure(
      inputOf(HENAN_BUDGET_2025_TABLES, 1, [
        item(0, '2010101', 'special-account', '0.1'),
        { ...item(0, '2010101', 'business', '2'), carryOver: true },
        item(0, '2010101', 'gpb', '3'),
      ]),
    )
    const fiscal = doc.tables.find((t) => t.kind === 'fiscal-summary')
    const income = fiscal?.rows.filter((r) => r.block === 0).map((r) => [r.name, r.cells.total ?? ''])
    expect(income).toContainEqual(['财政专户管理资金收入', '0.10'])
    expect(income).toContainEqual(['单位资金', '2.00'])
    expect(mismatches(doc)).toEqual([])
    // the rule still fires when a line under 本年收入 is wrong
    expect(
      mismatches(withCell(doc, 'fiscal-summary', '财政专户管理资金收入', 'total', '0.50')).length,
    ).toBeGreaterThan(0)
  })

  it('hebei 2024 三公 table: a carried-over 三公 item is counted in its fund column as in 合计', () => {
    const abroad: LineItem = {
      ...item(0, '2010101', 'gpb', '0.1'),
      basicClass: 'public',
      economicCode: '30212',
      govEconomicCode: '50207',
      carryOver: true,
    }
    const doc = buildDisclosure(
      inputOf(HEBEI_BUDGET_2024_TABLES, 1, [abroad, item(0, '2010101', 'gpb', '1')]),
    )
    const three = doc.tables.find((t) => t.kind === 'three-public')
    const total = three?.rows.find((r) => r.name === '合计')
    expect([total?.cells.total, total?.cells['src.gpb']]).toEqual(['0.10', '0.10'])
    expect(mismatches(doc)).toEqual([])
    expect(mismatches(withCell(doc, 'three-public', '合计', 'src.gpb', '0.00')).length).toBeGreaterThan(0)
  })
})
