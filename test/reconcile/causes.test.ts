// Causes: one column shift, one missing row, one wrong figure repeated — each reported once with the
// findings it explains; and the cases that look alike but are not one cause.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FactKey } from '../../src/model/factKeys'
import type { PrintedTable, Row } from '../../src/model/table'
import { amount, cmp } from '../../src/money/decimal'
import { compareAmounts } from '../../src/reconcile/causes/findMissingRows'
import { reconcile } from '../../src/reconcile/reconcile'
import { RULES } from '../../src/reconcile/rules/index'
import { loadSample } from '../../src/samples/index'
import { coded, col, docWith, EMPTY_TEMPLATE, table, total } from './docWith'

const opts = { templates: [EMPTY_TEMPLATE] }
const GPB: FactKey[] = [
  'total',
  'exp.basic',
  'exp.basic.personnel.wages',
  'exp.basic.personnel.family',
  'exp.basic.public.goods',
  'exp.basic.public.capital',
  'exp.project',
  'exp.project.operating',
]
const cells = (values: string[]): Partial<Record<FactKey, string>> =>
  Object.fromEntries(GPB.map((k, i) => [k, values[i] ?? '']))
const gpb = (rows: Row[]) =>
  docWith([
    table(
      'gpb-expenditure',
      GPB.map((k) => col(k)),
      rows,
    ),
  ])

// a balanced table: 合计 = 基本 + 项目; 基本 = its economic classes; the 合计 row = Σ rows
const TOTAL = total(cells(['350.00', '100.00', '60.00', '', '40.00', '', '250.00', '250.00']))
const OPERATION = coded('2101501', cells(['100.00', '100.00', '60.00', '', '40.00', '', '', '']))
const projectRow = (code: string, v: string, shiftedLeft: boolean) =>
  coded(code, cells(shiftedLeft ? [v, '', '', '', '', v, '', v] : [v, '', '', '', '', '', v, v]))

describe('column shift', () => {
  it('a table whose project amounts are printed one column left is one cause, naming the shift', () => {
    const doc = gpb([
      TOTAL,
      OPERATION,
      projectRow('2101599', '200.00', true),
      projectRow('2101301', '50.00', true),
    ])
    const report = reconcile(doc, opts)
    expect(report.summary.mismatches).toBeGreaterThanOrEqual(4)
    expect(report.causes).toHaveLength(1)
    const cause = report.causes[0]
    expect(cause?.kind).toBe('column-shift')
    expect(cause?.shift).toEqual({
      direction: 'right',
      from: ['exp.basic.public.capital'],
      to: ['exp.project'],
      rows: [2, 3],
    })
    expect(cause?.id).toBe('column-shift:gpb-expenditure:exp.basic.public.capital>exp.project')
    // every mismatch of the table is explained, and each explained finding is a mismatch
    const mismatches = report.findings.flatMap((f, i) => (f.status === 'mismatch' ? [i] : []))
    expect(cause?.findings).toEqual(mismatches)
    expect(cause?.explanation.zh).toContain('应依次在右边一列，即“exp.project”列')
    expect(cause?.explanation.en).toContain('one column to the right')
    expect(cause?.where.rows?.map((r) => r.code)).toEqual(['2101599', '2101301'])
    expect(Object.isFrozen(cause?.findings)).toBe(true)
  })

  it('the same table printed right has no cause and no mismatch', () => {
    const doc = gpb([
      TOTAL,
      OPERATION,
      projectRow('2101599', '200.00', false),
      projectRow('2101301', '50.00', false),
    ])
    const report = reconcile(doc, opts)
    expect(report.summary.mismatches).toBe(0)
    expect(report.causes).toEqual([])
  })

  it('a table with two independent wrong cells is not a shift', () => {
    const wrong = [
      TOTAL,
      coded('2101501', cells(['100.00', '100.00', '66.00', '', '40.00', '', '', ''])),
      coded('2101599', cells(['200.00', '', '', '', '', '', '210.00', '210.00'])),
      projectRow('2101301', '50.00', false),
    ]
    const report = reconcile(gpb(wrong), opts)
    expect(report.summary.mismatches).toBeGreaterThanOrEqual(2)
    expect(report.causes.filter((c) => c.kind === 'column-shift')).toEqual([])
  })

  it('seed 000: its two misaligned tables are two causes, and every misalignment finding belongs to one', () => {
    const report = reconcile(loadSample('000'))
    const shifts = report.causes.filter((c) => c.kind === 'column-shift')
    expect(shifts.map((c) => c.where.table).sort()).toEqual(['gpb-expenditure', 'income'])
    const misaligned = report.findings.flatMap((f, i) =>
      f.status === 'mismatch' && (f.where.table === 'income' || f.where.table === 'gpb-expenditure')
        ? [i]
        : [],
    )
    expect(shifts.flatMap((c) => c.findings).sort((a, b) => a - b)).toEqual(misaligned)
    // no finding is lost: the report still holds every one
    expect(report.summary.mismatches).toBe(19)
  })
})

describe('missing row', () => {
  const ECON: FactKey[] = ['total', 'src.gpb']
  const econ = (rows: Row[]) =>
    docWith([
      table(
        'economic-summary',
        ECON.map((k) => col(k)),
        rows,
      ),
    ])
  const unit = (t: string, g: string): Row => total({ total: t, 'src.gpb': g })

  it('a parent line larger than its rows by one row of amounts is one cause', () => {
    const rows = [
      unit('180.00', '180.00'),
      coded('30101', { total: '100.00', 'src.gpb': '100.00' }),
      coded('30201', { total: '20.00', 'src.gpb': '20.00' }),
    ]
    const report = reconcile(econ(rows), opts)
    const causes = report.causes.filter((c) => c.kind === 'missing-row')
    expect(causes).toHaveLength(1)
    expect(causes[0]?.missing).toEqual({ total: '60', 'src.gpb': '60' })
    expect(causes[0]?.explanation.zh).toContain('漏列了一行或几行')
  })

  it('names the codes another table prints that fit the gap, not a 项 under a code of its own nor a larger one', () => {
    const rows = [
      unit('180.00', '180.00'),
      coded('30101', { total: '100.00', 'src.gpb': '100.00' }),
      coded('30201', { total: '20.00', 'src.gpb': '20.00' }),
    ]
    const other = table(
      'gpb-basic',
      ECON.map((k) => col(k)),
      [
        coded('30113', { total: '56.47', 'src.gpb': '56.47' }),
        // under 30201, which this table prints (a prefix of five characters)
        coded('3020101', { total: '5.00', 'src.gpb': '5.00' }),
        // larger than the gap of 60
        coded('30199', { total: '60.01', 'src.gpb': '60.01' }),
        // exactly the gap: it fits
        coded('30104', { total: '60', 'src.gpb': '60' }),
        coded('30105', { total: '0.00', 'src.gpb': '0.00' }),
      ],
      'basic',
    )
    const report = reconcile(docWith([econ(rows).tables[0] as PrintedTable, other]), opts)
    const cause = report.causes.find((c) => c.kind === 'missing-row')
    expect(cause?.explanation.zh).toContain('30113 科目30113（56.47）、30104 科目30104（60）。')
    expect(cause?.explanation.zh).not.toContain('3020101')
    expect(cause?.explanation.zh).not.toContain('30199')
    expect(cause?.explanation.zh).not.toContain('30105')
  })

  it('compares amounts on integers as decimal.js does (compareAmounts against cmp)', () => {
    const plain = fc
      .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }))
      .map(([n, d]) => {
        const digits = (n < 0n ? -n : n).toString().padStart(d + 1, '0')
        const text = d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`
        return n < 0n ? `-${text}` : text
      })
    const text = fc.oneof(
      plain,
      fc.constantFrom('0', '60', '60.00', '-0.5', '999.999', '12345678901234567.5'),
    )
    let integer = 0
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(compareAmounts(a, b)).toBe(cmp(amount(a), amount(b)))
        if (a.length <= 16 && b.length <= 16) integer++
      }),
      { seed: 42, numRuns: 3000 },
    )
    // both paths ran: short figures (integers) and long ones (decimal.js)
    expect(integer).toBeGreaterThan(100)
    expect(compareAmounts('12345678901234567.5', '12345678901234567.4')).toBe(1)
    expect(compareAmounts('12.5', '12.50')).toBe(0)
  }, 30_000)

  it('differences of opposite signs are not one missing row', () => {
    const rows = [
      unit('180.00', '60.00'),
      coded('30101', { total: '100.00', 'src.gpb': '100.00' }),
      coded('30201', { total: '20.00', 'src.gpb': '20.00' }),
    ]
    const report = reconcile(econ(rows), opts)
    expect(report.summary.mismatches).toBeGreaterThanOrEqual(2)
    expect(report.causes.filter((c) => c.kind === 'missing-row')).toEqual([])
  })
})

describe('repeated figure', () => {
  it('seed 002: one wrong percentage repeated in three sections is one cause', () => {
    const report = reconcile(loadSample('002'))
    expect(report.causes.map((c) => c.kind)).toEqual(['repeated-figure'])
    const explained = report.causes[0]?.findings.map((i) => report.findings[i]?.rule)
    expect(explained).toEqual(['text-growth', 'text-growth', 'text-growth'])
  })

  it('two mismatches with different figures are two single contradictions', () => {
    const three: FactKey[] = ['total', 'exp.basic', 'exp.project']
    const doc = docWith([
      table(
        'expenditure',
        three.map((k) => col(k)),
        [
          total({ total: '10.00', 'exp.basic': '4.00', 'exp.project': '5.00' }),
          coded('2101501', { total: '20.00', 'exp.basic': '4.00', 'exp.project': '5.00' }),
        ],
      ),
    ])
    const report = reconcile(doc, opts)
    expect(report.summary.mismatches).toBeGreaterThanOrEqual(2)
    expect(report.causes).toEqual([])
  })
})

describe('causes on any table (property)', () => {
  const amount = fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 99999 }).map((n) => (n / 100).toFixed(2)),
  )
  it('explain only mismatches, each at most once, with valid indices, and never throw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(amount, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const doc = gpb(
            rows.map((r, i) =>
              i === 0 ? total(cells(r)) : coded(`21015${String(i).padStart(2, '0')}`, cells(r)),
            ),
          )
          const report = reconcile(doc, opts)
          const seen = new Set<number>()
          for (const c of report.causes) {
            expect(c.findings.length).toBeGreaterThanOrEqual(2)
            for (const i of c.findings) {
              expect(report.findings[i]?.status).toBe('mismatch')
              expect(seen.has(i)).toBe(false)
              seen.add(i)
            }
          }
        },
      ),
      { seed: 42, numRuns: 150 },
    )
  }, 60_000)
})

describe('causes: the mismatches of a table as printed are taken from the run', () => {
  it('finds the same causes whether the rules are the built-in ones (reused) or copies (run again)', () => {
    for (const id of ['000', '001', '002', '003', '004'] as const) {
      const doc = loadSample(id)
      const reused = reconcile(doc)
      // copies of the rules are not the built-in objects: the cause search runs them again on each table
      const copies = reconcile(doc, { rules: RULES.map((r) => ({ ...r })) })
      expect(JSON.stringify(copies.causes)).toBe(JSON.stringify(reused.causes))
    }
    expect(reconcile(loadSample('000')).causes.length).toBeGreaterThan(0)
  }, 60_000)
})
