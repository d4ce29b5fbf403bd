// The cause search decides a shifted table on the sums the shift touches (causes/shiftedSums.ts):
// the same mismatches as the rule run again on a shifted copy, and the same verdict as the decimal path.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import type { FactKey } from '../../src/model/factKeys'
import type { PrintedTable, Row } from '../../src/model/table'
import { checkSum } from '../../src/money/checkSum'
import { parsePrinted } from '../../src/money/parsePrinted'
import { findingKey } from '../../src/reconcile/causes/findingKey'
import {
  mismatchesAfterShift,
  type SumsOnTable,
  sumsFromFindings,
  sumsOnTable,
  touchedMismatches,
} from '../../src/reconcile/causes/shiftedSums'
import { isExactSum, isSumMismatch, printedOf, sumDraft } from '../../src/reconcile/checks'
import { RULES } from '../../src/reconcile/rules/index'
import { tableSumsOf } from '../../src/reconcile/tableSums'
import type { Rule } from '../../src/reconcile/types'
import { loadSample, SAMPLES } from '../../src/samples/index'

const place = { zh: '某处', en: 'somewhere' }

const cell = fc.oneof(
  fc
    .tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 0, max: 4 }))
    .map(([n, d]) => {
      const neg = n < 0n
      const digits = (neg ? -n : n).toString().padStart(d + 1, '0')
      const text = d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`
      return neg && /[1-9]/.test(text) ? `-${text}` : text
    }),
  fc.integer({ min: 0, max: 2000 }).map((n) => (n / 100).toFixed(2)),
  fc.constantFrom('', '-', '—', '××.××', '0', '0.00'),
)

describe('isSumMismatch', () => {
  it('is the verdict of sumDraft and of the decimal path (checkSum), on every input', () => {
    let exactSums = 0
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), cell, (parts, total) => {
        const drafted = sumDraft({ where: {}, place, identity: place, parts, total, severity: 'error' })
        const exact = checkSum(parts.map(parsePrinted), parsePrinted(total))
        const silent =
          printedOf(total).kind !== 'amount' &&
          printedOf(total).kind !== 'placeholder' &&
          parts.every((p) => printedOf(p).kind === 'blank' || printedOf(p).kind === 'dash')
        expect(isSumMismatch(parts, total)).toBe(drafted?.status === 'mismatch')
        // a sum exact to the digit is never drafted
        if (isExactSum(parts, total)) expect(drafted).toBeNull()
        if (isExactSum(parts, total)) exactSums++
        expect(isSumMismatch(parts, total)).toBe(!silent && exact.status === 'mismatch')
      }),
      { seed: 42, numRuns: 2000 },
    )
    // isExactSum was true on some inputs (and false on the others: the mismatches above)
    expect(exactSums).toBeGreaterThan(0)
  }, 30_000)

  it('fires on a sum off by more than its rounding, and is silent on a tail or a sum that holds', () => {
    expect(isSumMismatch(['658.67', '8285.36'], '8944.13')).toBe(true)
    expect(isSumMismatch(['658.67', '8285.36'], '8944.03')).toBe(false)
    expect(isSumMismatch(['1.33', '1.33', '1.33'], '4.00')).toBe(false)
    expect(isSumMismatch(['9007199254740993', '1'], '9007199254740994')).toBe(false)
    expect(isSumMismatch(['9007199254740993', '1'], '9007199254740996')).toBe(true)
    // exact to the digit: not drafted; a tail, a mismatch or a figure the integers cannot read: drafted
    expect(isExactSum(['1.20', '3.40'], '4.60')).toBe(true)
    expect(isExactSum(['1.2', '3.4'], '4.65')).toBe(false)
    expect(isExactSum(['1.20', '3.40'], '4.70')).toBe(false)
    expect(isExactSum(['1.20', '××.××'], '1.20')).toBe(false)
  })
})

// every table of the seeds that a rule made of sums reads
const context = { templates: [] }
const cases: { rule: Rule; doc: Disclosure; table: PrintedTable }[] = []
for (const { id } of SAMPLES) {
  const doc = loadSample(id)
  for (const rule of RULES) {
    const spec = tableSumsOf(rule)
    if (spec) for (const table of doc.tables) if (spec.applies(table)) cases.push({ rule, doc, table })
  }
}

const mismatchKeys = (rule: Rule, doc: Disclosure, table: PrintedTable): string[] =>
  rule
    .check({ ...doc, tables: [table] }, context)
    .findings.filter((d) => d.status === 'mismatch')
    .map((d) => findingKey({ rule: rule.id, where: d.where, params: d.params }))

describe('mismatchesAfterShift', () => {
  it('has a rule made of sums for the row identities and column-hierarchy', () => {
    const ids = RULES.filter((r) => tableSumsOf(r) !== undefined).map((r) => r.id)
    expect(ids).toContain('column-hierarchy')
    expect(ids).toContain('row-fund-split')
    expect(ids).toContain('row-total-by-kind')
    expect(ids).not.toContain('summary-balance')
    expect(cases.length).toBeGreaterThan(20)
  })

  it('finds the mismatches of the rule run again on the changed table (seed tables, rows rewritten at random)', () => {
    const outcomes = { addsNone: 0, adds: 0 }
    fc.assert(
      fc.property(
        fc.nat({ max: cases.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.array(cell, { minLength: 30, maxLength: 30 }), fc.boolean()), {
          minLength: 1,
          maxLength: 4,
        }),
        (n, edits) => {
          const { rule, doc, table } = cases[n] as (typeof cases)[number]
          const spec = tableSumsOf(rule)
          if (spec === undefined || table.rows.length === 0) return
          const printed = mismatchKeys(rule, doc, table)
          const sums = sumsOnTable(rule, spec, table, printed)
          expect(sums).toBeDefined()
          if (sums === undefined) return
          const moved = new Map<number, Row>()
          for (const [r, cells, fill] of edits) {
            const index = r % table.rows.length
            const row = table.rows[index] as Row
            const next: Record<string, string> = { ...row.cells }
            const was: Record<string, string | undefined> = row.cells
            // rewrite the row's cells, and (sometimes) give it every column of the table
            // rewrite the row's cells (or move them one column, as a shift does), and (sometimes) give
            // it every column of the table
            const keys = table.columns.map((c) => c.key)
            keys.forEach((k, i) => {
              if (!fill && !(k in next)) return
              next[k] = r % 3 === 0 ? (was[keys[i + 1] ?? ''] ?? '') : (cells[i % cells.length] as string)
            })
            moved.set(index, { ...row, cells: next })
          }
          const baseline = new Set(printed)
          const after = new Set<string>()
          const addsNone = mismatchesAfterShift(sums, moved, baseline, after)
          const changed = { ...table, rows: table.rows.map((r, i) => moved.get(i) ?? r) }
          const rerun = new Set(mismatchKeys(rule, doc, changed))
          expect(addsNone).toBe([...rerun].every((k) => baseline.has(k)))
          if (addsNone) expect([...after].sort()).toEqual([...rerun].sort())
          outcomes[addsNone ? 'addsNone' : 'adds']++
          // told which columns the moved rows change, it decides the same on the sums reading them
          const columns = new Set<FactKey>()
          for (const [index, row] of moved) {
            const was: Record<string, string | undefined> = (table.rows[index] as Row).cells
            const now: Record<string, string | undefined> = row.cells
            for (const k of new Set([...Object.keys(was), ...Object.keys(now)]))
              if (was[k] !== now[k] || k in was !== k in now) columns.add(k as FactKey)
          }
          const afterOnColumns = new Set<string>()
          expect(mismatchesAfterShift(sums, moved, baseline, afterOnColumns, columns)).toBe(addsNone)
          if (addsNone) expect([...afterOnColumns].sort()).toEqual([...rerun].sort())
          // and a shift removes only mismatches that read a cell it changes
          if (addsNone)
            expect(baseline.size - rerun.size).toBeLessThanOrEqual(touchedMismatches(sums, moved, columns))
        },
      ),
      { seed: 42, numRuns: 400 },
    )
    // both ways: changes that add a mismatch, and changes that add none
    expect(outcomes.adds).toBeGreaterThan(20)
    expect(outcomes.addsNone).toBeGreaterThan(20)
  }, 60_000)

  it('counts as removable only the mismatches that read a moved cell', () => {
    // a 2-row table whose 合计 is not the sum of its parts in row 0: moving a part of row 0 touches it,
    // moving a cell of row 1, or a column the sum does not read, does not
    const found = cases.find((c) => {
      const spec = tableSumsOf(c.rule)
      if (spec === undefined) return false
      const printed = mismatchKeys(c.rule, c.doc, c.table)
      return printed.length > 0 && sumsOnTable(c.rule, spec, c.table, printed) !== undefined
    })
    expect(found).toBeDefined()
    if (found === undefined) return
    const { rule, doc, table } = found
    const spec = tableSumsOf(rule)
    if (spec === undefined) return
    const printed = mismatchKeys(rule, doc, table)
    const sums = sumsOnTable(rule, spec, table, printed)
    if (sums === undefined) return
    const all = new Set(table.columns.map((c) => c.key))
    const everyRow = new Map(table.rows.map((r, i) => [i, r] as const))
    expect(touchedMismatches(sums, everyRow, all)).toBe(printed.length)
    expect(touchedMismatches(sums, new Map(), all)).toBe(0)
    expect(touchedMismatches(sums, everyRow, new Set<FactKey>())).toBe(0)
  })

  it('reads the sums as printed only when they are the mismatches the run found', () => {
    const { rule, table } = cases.find((c) => c.rule.id === 'column-hierarchy') as (typeof cases)[number]
    const spec = tableSumsOf(rule)
    expect(spec).toBeDefined()
    if (spec === undefined) return
    expect(sumsOnTable(rule, spec, table, ['not|a|finding'])).toBeUndefined()
  })
})

// The mismatches of a SumsOnTable in a comparable form (the order they are listed in decides nothing).
const listed = (sums: SumsOnTable | undefined) =>
  sums === undefined
    ? undefined
    : {
        printed: sums.printed.map((m) => JSON.stringify([m.key, m.rows, m.columns])).sort(),
        downByRow: [...sums.downByRow].map((e) => JSON.stringify(e)).sort(),
      }

describe('sumsFromFindings', () => {
  const runFindings = (rule: Rule, doc: Disclosure, table: PrintedTable) =>
    rule
      .check({ ...doc, tables: [table] }, context)
      .findings.filter((d) => d.status === 'mismatch')
      .map((d) => ({ rule: rule.id, where: d.where, params: d.params }))

  it('reads off the findings of the run what sumsOnTable finds by deciding every sum (seed tables, rows rewritten at random)', () => {
    let withMismatches = 0
    fc.assert(
      fc.property(
        fc.nat({ max: cases.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.array(cell, { minLength: 30, maxLength: 30 })), {
          minLength: 0,
          maxLength: 5,
        }),
        (n, edits) => {
          const { rule, doc, table } = cases[n] as (typeof cases)[number]
          const spec = tableSumsOf(rule)
          if (spec === undefined || table.rows.length === 0) return
          const rows = [...table.rows]
          for (const [r, cells] of edits) {
            const index = r % rows.length
            const row = rows[index] as Row
            const next: Record<string, string> = { ...row.cells }
            table.columns.forEach((c, i) => {
              if (c.key in next) next[c.key] = cells[i % cells.length] as string
            })
            rows[index] = { ...row, cells: next }
          }
          const changed = { ...table, rows }
          const found = runFindings(rule, doc, changed)
          if (found.length > 0) withMismatches++
          const fromRun = sumsFromFindings(rule, spec, changed, found)
          const decided = sumsOnTable(rule, spec, changed, found.map(findingKey))
          expect(fromRun).toBeDefined()
          expect(listed(fromRun)).toEqual(listed(decided))
        },
      ),
      { seed: 42, numRuns: 300 },
    )
    // the tables compared had mismatches to read off, not only sums that hold
    expect(withMismatches).toBeGreaterThan(100)
  }, 60_000)

  it('decides every sum again when a finding is not a mismatch of the sums of its rule (and then answers as sumsOnTable)', () => {
    const found = cases.find(
      (c) => c.rule.id === 'column-hierarchy' && runFindings(c.rule, c.doc, c.table).length > 0,
    )
    expect(found).toBeDefined()
    if (found === undefined) return
    const { rule, doc, table } = found
    const spec = tableSumsOf(rule)
    if (spec === undefined) return
    const real = runFindings(rule, doc, table)
    const first = real[0] as (typeof real)[number]
    // a finding on a row whose sums hold: no sum names it, so the run is not the rule's sums
    const holding = table.rows.findIndex((_, i) => !real.some((f) => f.where.row?.index === i))
    const stray = { ...first, where: { ...first.where, row: { name: 'x', index: holding } } }
    expect(sumsFromFindings(rule, spec, table, [...real, stray])).toBeUndefined()
    // a finding with no identity of the rule's
    const renamed = { ...first, params: { identity: 'not an identity' } }
    expect(sumsFromFindings(rule, spec, table, [renamed])).toBeUndefined()
    // what it trusts: every mismatch of the sums is among the findings (the rule is runTableSums)
    expect(sumsFromFindings(rule, spec, table, real.slice(1))?.printed).toHaveLength(real.length - 1)
    expect(listed(sumsFromFindings(rule, spec, table, real))).toEqual(
      listed(sumsOnTable(rule, spec, table, real.map(findingKey))),
    )
  })
})
