/**
 * Runs the benchmarks: `npm run bench` (= `tsx bench/run.ts`). Options: `--write` saves the
 * figures to bench/results.json; `--n=<count>` changes the workload size (default 1 000 000).
 *
 * Plain timing loops (warm-up runs, then the median of measured runs), all in one process, so the
 * ratios compare like with like. This is a benchmark, not a test: nothing fails on timing.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeAmountStrings, makeGroupKeys, makeKeyColumn } from './generator'
import { canonicalTotals, exactReference, library, naiveDecimal, plainCents } from './money'

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const N = Number(arg('n') ?? 1_000_000)
const GROUPS = 500
const WARMUP = 2
const RUNS = Number(arg('runs') ?? 7)
const SEED = 20261122

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}

function time<T>(f: () => T): { ms: number; result: T } {
  const t0 = process.hrtime.bigint()
  const result = f()
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result }
}

interface Measured {
  readonly ms: number
  readonly result: ReadonlyMap<string, unknown>
}

interface Variant {
  readonly name: string
  readonly run: () => ReadonlyMap<string, unknown>
  readonly runs: number
}

/**
 * Warm-up, then measured runs interleaved across the variants (a, b, lib, a, b, lib, …), so a
 * slow moment of a shared machine does not land on one variant only. Median per variant.
 */
function measureAll(variants: readonly Variant[]): Measured[] {
  const slots = variants.map((v) => {
    let result = v.run()
    for (let i = 1; i < WARMUP; i++) result = v.run()
    return { times: [] as number[], result }
  })
  const rounds = Math.max(...variants.map((v) => v.runs))
  for (let r = 0; r < rounds; r++) {
    variants.forEach((v, i) => {
      const slot = slots[i]
      if (r >= v.runs || slot === undefined) return
      const t = time(v.run)
      slot.times.push(t.ms)
      slot.result = t.result
    })
  }
  return slots.map((slot, i) => {
    const ms = median(slot.times)
    const v = variants[i] as Variant
    console.log(`  ${v.name.padEnd(42)} ${ms.toFixed(1).padStart(9)} ms  (median of ${v.runs})`)
    return { ms, result: slot.result }
  })
}

console.log(
  `@medbudget/core benchmarks — node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? ''}`,
)
console.log(
  `\ngrouped exact sum: ${N.toLocaleString('en')} printed amounts (2 decimals) into ${GROUPS} groups`,
)
const texts = makeAmountStrings(N, SEED)
const keys = makeKeyColumn(N, makeGroupKeys(GROUPS, SEED + 1), SEED + 2)

const [a, b, lib] = measureAll([
  { name: '(a) plain JS cents → Map<string, number>', run: () => plainCents(texts, keys), runs: RUNS },
  {
    name: '(b) naive decimal.js → Map<string, Decimal>',
    run: () => naiveDecimal(texts, keys),
    runs: Math.min(RUNS, 3),
  },
  { name: '@medbudget/core groupSum', run: () => library(texts, keys), runs: RUNS },
]) as [Measured, Measured, Measured]

const ca = canonicalTotals(a.result, 'cents')
const cb = canonicalTotals(b.result, 'decimal')
const cl = canonicalTotals(lib.result, 'library')
const agree =
  [...cl].every(([k, v]) => ca.get(k) === v && cb.get(k) === v) && cl.size === ca.size && cl.size === cb.size
if (!agree) {
  console.error('RESULTS DISAGREE: the workloads computed different totals')
  process.exitCode = 1
}

const vsPlain = lib.ms / a.ms
const vsDecimal = b.ms / lib.ms
console.log(`\n  results agree across the three: ${agree ? 'yes' : 'NO'}`)
console.log(
  `  groupSum / (a) plain JS   = ${vsPlain.toFixed(2)}×  (target ≤ 2.00×, aim 1.50×)  ${vsPlain <= 2 ? 'met' : 'NOT MET'}`,
)
console.log(
  `  (b) decimal.js / groupSum = ${vsDecimal.toFixed(2)}×  (target ≥ 3.00×)              ${vsDecimal >= 3 ? 'met' : 'NOT MET'}`,
)

// Informative: the cost of the exact fallback. 1% of the figures are drawn up to 10^18, so many
// groups leave the safe-integer range and continue in exact decimal arithmetic.
console.log(
  `\nsame, with 1% of the figures drawn up to 10^18 (some beyond Number.MAX_SAFE_INTEGER: exact fallback)`,
)
const huge = makeAmountStrings(N / 100, SEED + 3, { maxUnits: 1e20 })
const mixed = texts.map((t, i) => (i % 100 === 0 ? (huge[i / 100] as string) : t))
const [hb, hl] = measureAll([
  { name: '(b) naive decimal.js', run: () => naiveDecimal(mixed, keys), runs: Math.min(RUNS, 3) },
  { name: '@medbudget/core groupSum', run: () => library(mixed, keys), runs: Math.min(RUNS, 3) },
]) as [Measured, Measured]
const exactHuge = canonicalTotals(exactReference(mixed, keys), 'decimal')
const wrongGroups = (m: Map<string, string>): number =>
  [...exactHuge].filter(([k, v]) => m.get(k) !== v).length
const hugeLibWrong = wrongGroups(canonicalTotals(hl.result, 'library'))
const hugeNaiveWrong = wrongGroups(canonicalTotals(hb.result, 'decimal'))
const hugeAgree = hugeLibWrong === 0
if (!hugeAgree) {
  console.error('groupSum DISAGREES with the exact reference on the fallback workload')
  process.exitCode = 1
}
const vsDecimalHuge = hb.ms / hl.ms
console.log(
  `\n  groups wrong against an exact reference: groupSum ${hugeLibWrong}, naive decimal.js ${hugeNaiveWrong}`,
)
console.log('  (naive decimal.js keeps 20 significant digits by default and rounds large sums silently)')
console.log(`  (b) decimal.js / groupSum = ${vsDecimalHuge.toFixed(2)}×`)

if (process.argv.includes('--write')) {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'results.json')
  const results = {
    generatedBy: 'bench/run.ts --write',
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    workload: { n: N, groups: GROUPS, seed: SEED, runs: RUNS },
    milliseconds: { plainCents: a.ms, naiveDecimal: b.ms, groupSum: lib.ms },
    ratios: { groupSumOverPlain: vsPlain, naiveDecimalOverGroupSum: vsDecimal },
    agree,
    fallback: {
      note: '1% of the figures drawn log-uniformly up to 10^18 (some beyond Number.MAX_SAFE_INTEGER)',
      milliseconds: { naiveDecimal: hb.ms, groupSum: hl.ms },
      naiveDecimalOverGroupSum: vsDecimalHuge,
      groupsWrong: { groupSum: hugeLibWrong, naiveDecimal: hugeNaiveWrong },
    },
  }
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n  written to ${file}`)
}
