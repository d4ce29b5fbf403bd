/**
 * Issue 14, seventh adversarial pass (branch hard8): `buildDisclosure` on random consistent line
 * items in 元, 万元 and 亿元, printed to 0–4 decimals — the generators of the third pass stayed in the
 * bundled units at two decimals. The inputs here lean on rounding: many items of a few thousandths
 * (each prints as 0.00 while their sum does not), amounts at 10^12 beside amounts of 0.0001, whole
 * 元 documents printed without decimals, and every item of a document in one cell. Asserted: every
 * built document is deeply frozen, `parseDisclosure` accepts a plain copy of it, and `reconcile`
 * finds zero mismatches. Fixed seeds; about 10 s on a quiet machine.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BUNDLED_TEMPLATE_REQUIREMENTS,
  buildDisclosure,
  defineTableTemplate,
  type FundSource,
  type LineItem,
  type MoneyUnit,
  parseDisclosure,
  reconcile,
  type TableTemplate,
  templateRequirementOf,
} from '../../src/index'
import { HEBEI_BUDGET_2024_TABLES } from '../../src/tables/templates/hebeiBudget2024'
import { HENAN_BUDGET_2024_TABLES } from '../../src/tables/templates/henanBudget2024'
import { HENAN_BUDGET_2025_TABLES } from '../../src/tables/templates/henanBudget2025'
import { NATIONAL_FINAL_ACCOUNT_TABLES } from '../../src/tables/templates/nationalFinalAccount'
import { unfrozen } from './adversarial2/run'

const BUNDLED = [
  HENAN_BUDGET_2024_TABLES,
  HENAN_BUDGET_2025_TABLES,
  HEBEI_BUDGET_2024_TABLES,
  NATIONAL_FINAL_ACCOUNT_TABLES,
] as const
const UNITS: readonly MoneyUnit[] = ['元', '万元', '亿元']

/** A caller's template: one of the bundled layouts, printed in `unit`. */
const inUnit = (t: TableTemplate, unit: MoneyUnit): TableTemplate =>
  defineTableTemplate({
    ...t,
    id: `${t.id}-${unit === '元' ? 'yuan' : unit === '万元' ? 'wan' : 'yi'}`,
    unit,
  })

const TEMPLATES: readonly TableTemplate[] = BUNDLED.flatMap((t) => UNITS.map((u) => inUnit(t, u)))
const REQUIREMENTS = [...BUNDLED_TEMPLATE_REQUIREMENTS, ...TEMPLATES.map(templateRequirementOf)]

const GPB_FUNCTIONAL = ['2010101', '2080501', '2101101', '2101501', '2101599', '2130104']
const PAIRS: readonly (readonly [string, string, 'personnel' | 'public'])[] = [
  ['30101', '50101', 'personnel'],
  ['30108', '50102', 'personnel'],
  ['30201', '50201', 'public'],
  ['30211', '50201', 'public'],
  ['30217', '50206', 'public'],
  ['30231', '50208', 'public'],
]

/**
 * Amounts that stress rounding: a few thousandths (print as zero one by one), 0.005 exactly (the
 * half-up edge), whole numbers up to 10^12, and up to six decimals.
 */
const amountArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 9 }).map((n) => `0.00${n}`),
  fc.constant('0.005'),
  fc.constant('0.0049'),
  fc.integer({ min: 0, max: 10 ** 12 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 999_999 }))
    .map(([i, f]) => `${i}.${String(f).padStart(6, '0')}`),
)

const caseArb = fc
  .record({
    template: fc.nat({ max: TEMPLATES.length - 1 }),
    decimals: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    units: fc.integer({ min: 1, max: 3 }),
    items: fc.array(
      fc.record({
        unit: fc.nat(),
        functional: fc.nat(),
        pair: fc.nat(),
        project: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 3 }),
        carryOver: fc.boolean(),
        amount: amountArb,
      }),
      { minLength: 1, maxLength: 40 },
    ),
  })
  .map(({ template, decimals, units, items }) => {
    const t = TEMPLATES[template] as TableTemplate
    const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T
    const lineItems: LineItem[] = items.map((d) => {
      const base = {
        unitCode: `90000${(d.unit % units) + 1}`,
        functionalCode: pick(GPB_FUNCTIONAL, d.functional),
        source: 'gpb' as FundSource,
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
      const [economicCode, govEconomicCode, basicClass] = pick(PAIRS, d.pair)
      return { ...base, kind: 'basic', basicClass, economicCode, govEconomicCode }
    })
    return {
      lineItems,
      department: { code: '900', name: '示范市医疗保障局' },
      units: Array.from({ length: units }, (_, i) => ({ code: `90000${i + 1}`, name: `单位${i + 1}` })),
      fiscalYear: t.id.startsWith('henan-budget-2025') ? 2025 : 2024,
      template: t,
      ...(decimals === undefined ? {} : { decimals }),
    }
  })

/** The mismatches `reconcile` finds in `doc`, as "rule: message". */
const mismatchesOf = (doc: ReturnType<typeof buildDisclosure>): string[] =>
  reconcile(doc)
    .findings.filter((f) => f.status === 'mismatch')
    .map((f) => `${f.rule}: ${f.message.en}`)

describe('buildDisclosure in 元 / 万元 / 亿元 at 0–4 decimals (issue 14, seventh pass)', () => {
  it('every built document is frozen, parses as a document and reconciles with zero mismatches', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const doc = buildDisclosure(input)
        expect(doc.amountUnit).toBe(input.template.unit)
        expect(unfrozen(doc)).toEqual([])
        expect(mismatchesOf(doc)).toEqual([])
        const again = parseDisclosure(JSON.parse(JSON.stringify(doc)), { templates: REQUIREMENTS })
        expect(again.tables.map((t) => t.rows.length)).toEqual(doc.tables.map((t) => t.rows.length))
      }),
      { seed: 7007, numRuns: 60 },
    )
  }, 300_000)

  it('a hundred items of 0.004 each: each prints 0.00, their 合计 prints 0.40, and nothing is a mismatch', () => {
    const t = inUnit(HENAN_BUDGET_2024_TABLES, '亿元')
    const lineItems: LineItem[] = Array.from({ length: 100 }, (_, i) => ({
      unitCode: '900001',
      functionalCode: pick6(i),
      kind: 'basic',
      basicClass: 'personnel',
      economicCode: '30101',
      govEconomicCode: '50101',
      source: 'gpb',
      amount: '0.004',
    }))
    const doc = buildDisclosure({
      lineItems,
      department: { code: '900', name: '示范局' },
      units: [{ code: '900001', name: '单位1' }],
      fiscalYear: 2024,
      template: t,
    })
    const summary = doc.tables.find((x) => x.kind === 'summary')
    const totals = summary?.rows.filter((r) => r.kind === 'total').map((r) => r.cells.total)
    expect(totals).toContain('0.40')
    expect(mismatchesOf(doc)).toEqual([])
    // the look-alike that must be caught: the 合计 moved by one cent
    const forged = {
      ...doc,
      tables: doc.tables.map((x) =>
        x.kind !== 'summary'
          ? x
          : {
              ...x,
              rows: x.rows.map((r) =>
                r.kind === 'total' && r.cells.total === '0.40'
                  ? { ...r, cells: { ...r.cells, total: '0.43' } }
                  : r,
              ),
            },
      ),
    }
    expect(mismatchesOf(parseDisclosure(forged, { templates: REQUIREMENTS })).length).toBeGreaterThan(0)
  })
})

/** One of six functional codes, by index. */
function pick6(i: number): string {
  return GPB_FUNCTIONAL[i % GPB_FUNCTIONAL.length] as string
}
