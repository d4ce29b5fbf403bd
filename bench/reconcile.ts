/**
 * Benchmark of the reconciliation engine: `npx tsx bench/reconcile.ts` (part of `npm run bench`).
 * Reconciles each bundled seed and reports the time as a ratio against a baseline run in the same
 * process: plain JavaScript that reads every printed cell of the document once into integer
 * hundredths and adds the cells of each row (the least any checker must do), and
 * `JSON.parse(JSON.stringify(doc))`. The same document object is reconciled again and again (its
 * parsed-cell memo, kept per document, is warm after the first run); a fresh copy per run measures
 * a document reconciled once. Not a test: nothing fails on timing.
 * @module
 */
import { loadavg } from 'node:os'
import type { Disclosure } from '../src/model/disclosure'
import { parseDisclosure } from '../src/model/parseDisclosure'
import { HENAN_BUDGET_2024 } from '../src/model/templates'
import { reconcile } from '../src/reconcile/reconcile'
import { columnHierarchy } from '../src/reconcile/rules/columnHierarchy'
import { loadSample, SAMPLES } from '../src/samples/index'
import { makeLineItems } from './generator'
import { library } from './tables'

const RUNS = 15

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

// CPU time of this process (user + system, in ms): other work on a loaded machine does not count
function time(f: () => unknown): number {
  const t0 = process.cpuUsage()
  f()
  const d = process.cpuUsage(t0)
  return (d.user + d.system) / 1000
}

/** Baseline: every cell parsed to integer hundredths with a char loop, row sums in plain numbers. */
export function plainRowSums(doc: Disclosure): number {
  let checksum = 0
  for (const table of doc.tables)
    for (const row of table.rows) {
      let sum = 0
      for (const cell of Object.values(row.cells)) {
        if (!cell) continue
        let v = 0
        for (let j = 0; j < cell.length; j++) {
          const c = cell.charCodeAt(j)
          if (c >= 48 && c <= 57) v = v * 10 + (c - 48)
        }
        sum += v
      }
      checksum += sum
    }
  return checksum
}

/** Median times of the engine, of the baseline and of a JSON round trip on one document, measured interleaved. */
export function measureReconcile(doc: Disclosure): {
  engine: number
  fresh: number
  baseline: number
  json: number
  checks: number
} {
  const checks = reconcile(doc).summary.checks
  plainRowSums(doc)
  // a fresh copy per run: the document's parsed-cell memo is new, as for a document read once (made the
  // way readDisclosure makes one: through parseDisclosure, outside the timed region)
  const copies = Array.from({ length: RUNS }, () => parseDisclosure(JSON.parse(JSON.stringify(doc))))
  const engine: number[] = []
  const fresh: number[] = []
  const baseline: number[] = []
  const json: number[] = []
  for (let i = 0; i < RUNS; i++) {
    engine.push(time(() => reconcile(doc)))
    fresh.push(time(() => reconcile(copies[i] as Disclosure)))
    baseline.push(time(() => plainRowSums(doc)))
    json.push(time(() => JSON.parse(JSON.stringify(doc))))
  }
  return {
    engine: median(engine),
    fresh: median(fresh),
    baseline: median(baseline),
    json: median(json),
    checks,
  }
}

/** Median time of `column-hierarchy` alone on a document. */
export function measureHierarchy(doc: Disclosure): number {
  const context = { templates: [] }
  columnHierarchy.check(doc, context)
  const runs: number[] = []
  for (let i = 0; i < RUNS; i++) runs.push(time(() => columnHierarchy.check(doc, context)))
  return median(runs)
}

/** A synthetic department: every table of the 河南 template built from `n` generated line items. */
export function syntheticDocument(n: number): Disclosure {
  const tables = library(makeLineItems(n, 20261122))
  const present = new Set(tables.map((t) => t.kind))
  return parseDisclosure({
    format: 'medbudget/disclosure@1',
    kind: 'budget',
    fiscalYear: 2024,
    department: { code: '900', name: '示范市医疗保障局' },
    units: [],
    template: HENAN_BUDGET_2024.id,
    amountUnit: '万元',
    tables,
    absent: HENAN_BUDGET_2024.tables
      .filter((k) => !present.has(k))
      .map((kind) => ({ kind, reason: 'not-applicable' as const })),
  })
}

if (process.argv[1]?.endsWith('reconcile.ts')) {
  console.log('Reconciliation of each bundled seed (CPU time, median of 15 runs, same process)\n')
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  )
  console.log(
    'sample  checks  reconcile (ms)  baseline (ms)  ratio  JSON round trip (ms)  ratio  fresh copy (ms)  ratio',
  )
  for (const sample of SAMPLES) {
    const doc = loadSample(sample.id)
    const m = measureReconcile(doc)
    console.log(
      `${sample.id}     ${String(m.checks).padStart(6)}  ${m.engine.toFixed(2).padStart(14)}  ${m.baseline.toFixed(3).padStart(13)}  ${(m.engine / m.baseline).toFixed(0).padStart(5)}×  ${m.json.toFixed(2).padStart(20)}  ${(m.engine / m.json).toFixed(2).padStart(5)}×  ${m.fresh.toFixed(2).padStart(15)}  ${(m.fresh / m.json).toFixed(2).padStart(5)}×`,
    )
  }
  const doc = syntheticDocument(100_000)
  const cells = doc.tables.reduce(
    (n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.cells).length, 0),
    0,
  )
  const m = measureReconcile(doc)
  const report = reconcile(doc)
  console.log(
    `\nSynthetic department of 100,000 line items (${doc.tables.length} tables, ${cells} cells): ${m.checks} checks, ` +
      `${report.summary.mismatches} mismatches, ${report.summary.roundingTails} rounding tails\n` +
      `reconcile ${m.engine.toFixed(1)} ms, baseline ${m.baseline.toFixed(2)} ms, ratio ${(m.engine / m.baseline).toFixed(0)}×, ` +
      `JSON round trip ${m.json.toFixed(1)} ms, ratio ${(m.engine / m.json).toFixed(2)}×`,
  )
  const small = measureHierarchy(syntheticDocument(10_000))
  const large = measureHierarchy(syntheticDocument(100_000))
  console.log(
    `\ncolumn-hierarchy: 10,000 line items ${small.toFixed(2)} ms, 100,000 line items ${large.toFixed(2)} ms, ` +
      `ratio ${(large / small).toFixed(1)}× for 10× the line items`,
  )
}
