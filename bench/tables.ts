/**
 * Benchmark of the table builders: every table of the 河南 2024 template for a synthetic department
 * of 100 000 line items (`makeLineItems`), against a plain-JavaScript baseline that does the same
 * aggregation on the same data in the same run (amounts as integers of 0.0001 万元 in JS numbers,
 * one pass per table, rounding half-up at the end) — and checks that both print the same cells.
 *
 *   npx tsx bench/tables.ts [--n=100000] [--runs=5]
 *
 * Not a test: nothing fails on timing. The agreement check does fail loudly.
 * @module
 */
import type { FactKey } from '../src/model/factKeys'
import type { LineItem } from '../src/model/lineItem'
import type { PrintedTable, Row } from '../src/model/table'
import { buildTables } from '../src/tables/builders/buildTables'
import { UNCLASSIFIED_ECONOMIC } from '../src/tables/builders/economicRows'
import { factPredicate, isFiscal } from '../src/tables/builders/matchesFact'
import { HENAN_BUDGET_2024_TABLES } from '../src/tables/templates/henanBudget2024'
import type { TableSpec } from '../src/tables/templates/types'
import { makeLineItems } from './generator'

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const N = Number(arg('n') ?? 100_000)
const RUNS = Number(arg('runs') ?? 5)
const SEED = 20261122
const DEPARTMENT = { code: '900', name: '示范市医疗保障局' }
const UNITS = Array.from({ length: 8 }, (_, i) => ({
  code: `9000${String(i + 1).padStart(2, '0')}`,
  name: `单位${i + 1}`,
}))
const THREE_PUBLIC = new Set(['30212', '31013', '30231', '30217'])

/** The library: every table of the template, exact decimal sums, rounded once per cell. */
export function library(items: readonly LineItem[]): PrintedTable[] {
  return buildTables({
    lineItems: items,
    department: DEPARTMENT,
    units: UNITS,
    fiscalYear: 2024,
    template: HENAN_BUDGET_2024_TABLES,
  })
}

const inScope = (spec: TableSpec, i: LineItem): boolean => {
  const scope = spec.scope ?? 'all'
  if (scope === 'fiscal' && !isFiscal(i)) return false
  if (scope === 'gpb' && !(i.source === 'gpb' && i.fiscal !== false)) return false
  if ((scope === 'gov-fund' || scope === 'soe-capital') && i.source !== scope) return false
  if (spec.currentOnly === true && i.carryOver === true) return false
  if (spec.basicOnly === true && i.kind !== 'basic') return false
  if (spec.projectOnly === true && i.kind !== 'project') return false
  if (spec.kind === 'three-public' && !THREE_PUBLIC.has(i.economicCode ?? '')) return false
  return true
}

/** Row ids an item adds to, per layout (the same rows `buildTables` prints). */
function rowIds(spec: TableSpec, i: LineItem): string[] {
  const f = i.functionalCode
  switch (spec.layout) {
    case 'units':
      return ['T', `U:${DEPARTMENT.code}`, `U:${i.unitCode}`]
    case 'unit-xiang':
      return ['T', `U:${DEPARTMENT.code}`, `F:${f}`]
    case 'hierarchy':
      return ['T', `F:${f.slice(0, 3)}`, `F:${f.slice(0, 5)}`, `F:${f}`]
    case 'xiang':
      return ['T', `F:${f}`]
    case 'economic-gov':
      return i.economicCode
        ? ['T', `E:${i.economicCode}|${i.govEconomicCode ?? ''}`]
        : ['T', `P:|${UNCLASSIFIED_ECONOMIC}`]
    case 'economic-unit':
      return i.economicCode
        ? ['T', `U:${DEPARTMENT.code}`, `E:${i.economicCode}|${i.govEconomicCode ?? ''}`]
        : ['T', `U:${DEPARTMENT.code}`, `P:${DEPARTMENT.code}|${UNCLASSIFIED_ECONOMIC}`]
    case 'projects':
      return ['T', `U:${DEPARTMENT.code}`, `P:${i.unitCode}|${i.projectName ?? ''}`]
    case 'project-units':
      return [`U:${DEPARTMENT.code}`, `U:${i.unitCode}`, `P:${i.unitCode}|${i.projectName ?? ''}`]
    default:
      return ['T']
  }
}

/** Id of a printed row in the same vocabulary as {@link rowIds}. */
function idOf(row: Row): string {
  if (row.key !== undefined) return `K:${row.block ?? 0}:${row.key}`
  if (row.kind === 'unit') return `U:${row.unitCode ?? ''}`
  if (row.codeSystem === 'functional')
    return row.block !== undefined ? `C:${row.block}:${row.code}` : `F:${row.code}`
  if (row.codeSystem === 'economic-department') return `E:${row.code}|${row.govCode ?? ''}`
  if (row.kind === 'detail' && row.name !== '') return `P:${row.unitCode ?? ''}|${row.name}`
  return 'T'
}

const toUnits = (amount: string): number => {
  const [int = '0', frac = ''] = amount.split('.')
  return Number(int) * 10_000 + Number(frac.padEnd(4, '0'))
}

/** Integer units of 0.0001 to a 2-decimal string, half-up (amounts are never negative here). */
const print = (units: number): string => {
  const cents = Math.floor((units + 50) / 100)
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

/**
 * Plain-JS cube: line items with equal dimensions summed as integers of 0.0001 in one Map pass
 * (the same first step as `buildTables`, without exact decimals).
 */
export function plainCube(items: readonly LineItem[]): { items: LineItem[]; units: number[] } {
  const sums = new Map<string, { item: LineItem; units: number }>()
  for (const i of items) {
    const key = `${i.unitCode}|${i.functionalCode}|${i.kind}|${i.basicClass ?? ''}|${i.economicCode ?? ''}|${i.govEconomicCode ?? ''}|${i.projectType ?? ''}|${i.projectName ?? ''}|${i.source}|${i.carryOver === true ? 'c' : ''}`
    const e = sums.get(key)
    if (e) e.units += toUnits(i.amount)
    else sums.set(key, { item: i, units: toUnits(i.amount) })
  }
  return { items: [...sums.values()].map((e) => e.item), units: [...sums.values()].map((e) => e.units) }
}

/**
 * The baseline: plain JS numbers (integers of 0.0001), one pass per table, a Map of row → column
 * sums. `cube: true` first sums equal dimensions (as the library does); `false` passes over every item.
 */
export function plain(
  items: readonly LineItem[],
  cube = true,
): Map<string, Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, Map<string, string>>>()
  const pre = cube ? plainCube(items) : { items: [...items], units: items.map((i) => toUnits(i.amount)) }
  const units = pre.units
  items = pre.items
  for (const spec of HENAN_BUDGET_2024_TABLES.tables) {
    const keys = new Set(spec.columns.map((c) => c.key))
    const fiscalCarryOnly =
      (keys.has('carry.gpb') || keys.has('carry.fiscal')) &&
      !keys.has('carry.total') &&
      !keys.has('carry.special-account') &&
      !keys.has('carry.unit-funds')
    const opts = {
      ...(spec.sourcesIncludeCarry === true ? { sourcesIncludeCarry: true } : {}),
      ...(fiscalCarryOnly ? { nonFiscalSourcesIncludeCarry: true } : {}),
    }
    const sums = new Map<string, Map<string, number>>()
    const add = (row: string, col: string, v: number) => {
      let r = sums.get(row)
      if (!r) {
        r = new Map()
        sums.set(row, r)
      }
      r.set(col, (r.get(col) ?? 0) + v)
    }
    // the tests of each column and line, made once per table (the plain loop below does the rest)
    const columnTests = spec.columns.map((c) => ({
      key: c.key,
      block: c.block ?? 0,
      test: factPredicate(c.key as FactKey, opts),
    }))
    const lineTests = (spec.sides ?? []).flatMap((side) =>
      side.lines.map((line) => ({
        side,
        line,
        test:
          line.type === 'fact'
            ? factPredicate(line.key, { sourcesIncludeCarry: line.includesCarry === true })
            : undefined,
        classes: line.type === 'classes' ? new Set(line.classes.map((c) => c.code)) : undefined,
      })),
    )
    items.forEach((item, n) => {
      if (!inScope(spec, item)) return
      const v = units[n] as number
      if (spec.sides) {
        for (const { side, line, test, classes } of lineTests) {
          const cols = columnTests.filter((c) => c.block === side.block)
          if (test !== undefined && line.type === 'fact') {
            if (!test(item)) continue
            for (const c of cols)
              if (c.test(item)) add(`K:${spec.sides.length > 1 ? side.block : 0}:${line.key}`, c.key, v)
          } else if (classes !== undefined) {
            const lei = item.functionalCode.slice(0, 3)
            if (!classes.has(lei)) continue
            for (const c of cols) if (c.test(item)) add(`C:${side.block}:${lei}`, c.key, v)
          }
        }
        return
      }
      for (const row of rowIds(spec, item)) for (const c of columnTests) if (c.test(item)) add(row, c.key, v)
    })
    const printed = new Map<string, Map<string, string>>()
    for (const [row, cols] of sums) printed.set(row, new Map([...cols].map(([k, v]) => [k, print(v)])))
    out.set(spec.kind, printed)
  }
  return out
}

/** Cells where the library and the baseline disagree (empty: they agree on every printed amount). */
export function disagreements(tables: readonly PrintedTable[], base: ReturnType<typeof plain>): string[] {
  const out: string[] = []
  for (const t of tables) {
    const b = base.get(t.kind)
    for (const row of t.rows) {
      if (t.kind === 'department-performance' && row.key === 'total') continue
      const id =
        t.kind === 'department-performance' ? `K:0:${row.key}` : t.kind === 'three-public' ? 'T' : idOf(row)
      for (const [key, cell] of Object.entries(row.cells)) {
        const expected = b?.get(id)?.get(key) ?? ''
        if (cell !== expected) out.push(`${t.kind} ${id} ${key}: library ${cell}, plain ${expected}`)
      }
    }
  }
  return out
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}

function measure<T>(f: () => T): { ms: number; result: T } {
  let result = f() // warm-up
  const times: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint()
    result = f()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return { ms: median(times), result }
}

if (process.argv[1]?.endsWith('tables.ts')) {
  const items = makeLineItems(N, SEED) as LineItem[]
  const lib = measure(() => library(items))
  const base = measure(() => plain(items, true))
  const naive = measure(() => plain(items, false))
  const diffs = [...disagreements(lib.result, base.result), ...disagreements(lib.result, naive.result)]
  const cells = lib.result.reduce((n, t) => n + t.rows.length * t.columns.length, 0)
  console.log(
    `tables: ${lib.result.length} tables, ${cells} cells from ${N} line items (median of ${RUNS} runs)`,
  )
  console.log(`  library (exact decimal, buildTables): ${lib.ms.toFixed(1)} ms`)
  console.log(`  plain JS, cube first (integer units): ${base.ms.toFixed(1)} ms`)
  console.log(`  plain JS, every item per table:      ${naive.ms.toFixed(1)} ms`)
  console.log(`  ratio library / plain (cube):  ${(lib.ms / base.ms).toFixed(2)}`)
  console.log(`  ratio library / plain (items): ${(lib.ms / naive.ms).toFixed(2)}`)
  console.log(
    `  agreement: ${diffs.length === 0 ? 'every printed cell equal' : `${diffs.length} cells differ`}`,
  )
  for (const d of diffs.slice(0, 10)) console.log(`    ${d}`)
  if (diffs.length > 0) process.exitCode = 1
}
