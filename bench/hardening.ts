/**
 * Benchmark of the calculations issue 14 found super-linear: `allocateShares` on 10^5 weights and
 * `roundTwoWayTable` on 25,000 / 100,000 / 400,000 cells, each against a hand-written floor on the
 * same data in the same process:
 * - allocateShares floor: the largest remainder method in plain JS numbers (weights as integer
 *   hundredths; quotas by Math.floor, one sort of the remainders) — no exactness, no validation;
 * - roundTwoWayTable floor: every cell read once to an integer of its last decimal, row and column
 *   sums, each cell and total rounded half-up (plain rounding: it leaves 尾差, the library does not).
 *
 *   npx tsx bench/hardening.ts [--runs=5]
 *
 * Not a test: nothing fails on timing. Medians of interleaved runs.
 * @module
 */
import Decimal from 'decimal.js'
import { allocateShares } from '../src/calc/allocateShares'
import { roundTwoWayTable } from '../src/calc/roundTwoWayTable'
import { amountFromScaled, eq, sum } from '../src/money/decimal'
import { parsePrinted } from '../src/money/parsePrinted'
import type { Amount } from '../src/money/types'
import { buildTables } from '../src/tables/builders/buildTables'
import { HENAN_BUDGET_2024_TABLES } from '../src/tables/templates/henanBudget2024'
import { createRng, makeLineItems } from './generator'

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const RUNS = Number(arg('runs') ?? 5)
const SEED = 20261122

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}

/** Median milliseconds of each function, runs interleaved (a, b, a, b, …) after one warm-up each. */
function measure(fs: readonly (() => unknown)[]): number[] {
  for (const f of fs) f()
  const times = fs.map(() => [] as number[])
  for (let r = 0; r < RUNS; r++)
    fs.forEach((f, i) => {
      const t0 = performance.now()
      f()
      times[i]?.push(performance.now() - t0)
    })
  return times.map(median)
}

// allocateShares: 10^5 weights with 2 decimals up to 10^6
const rng = createRng(SEED)
const N = 100_000
const cents = Array.from({ length: N }, () => rng.int(0, 100_000_000))
const weights = cents.map((c) => amountFromScaled(c, 2))
const floorShares = (): number[] => {
  let total = 0
  for (const c of cents) total += c
  const units = 10_000 // 100.00 in hundredths
  const quota = cents.map((c) => Math.floor((c * units) / total))
  const rem = cents.map((c, i) => (c * units) / total - (quota[i] as number))
  let left = units
  for (const q of quota) left -= q
  const order = cents.map((_, i) => i).sort((a, b) => (rem[b] as number) - (rem[a] as number) || a - b)
  for (let k = 0; k < left; k++) {
    const i = order[k] as number
    quota[i] = (quota[i] as number) + 1
  }
  return quota
}
const shares = allocateShares(weights)
if (!eq(sum(shares), amountFromScaled(100, 0))) throw new Error('allocateShares does not add to 100')
const [libShares, baseShares] = measure([() => allocateShares(weights), floorShares]) as [number, number]
console.log(`allocateShares, ${N.toLocaleString('en')} weights`)
console.log(
  `  library ${libShares.toFixed(1)} ms, floor ${baseShares.toFixed(1)} ms, ratio ${(libShares / baseShares).toFixed(1)}×`,
)

// roundTwoWayTable: square tables of cells with 4 decimals, rounded to 1
const sizes = [158, 316, 632]
const results: { cells: number; lib: number; base: number }[] = []
for (const side of sizes) {
  const units = Array.from({ length: side }, () => Array.from({ length: side }, () => rng.int(0, 99_999_999)))
  const cells: Amount[][] = units.map((row) => row.map((u) => amountFromScaled(u, 4)))
  const floor = (): number => {
    const rowSum = new Array<number>(side).fill(0)
    const colSum = new Array<number>(side).fill(0)
    let checksum = 0
    for (let i = 0; i < side; i++)
      for (let j = 0; j < side; j++) {
        const v = Number(String(cells[i]?.[j]).replace('.', '').padEnd(1, '0'))
        rowSum[i] = (rowSum[i] as number) + v
        colSum[j] = (colSum[j] as number) + v
        checksum += Math.round(v / 1000)
      }
    for (const s of rowSum) checksum += Math.round(s / 1000)
    for (const s of colSum) checksum += Math.round(s / 1000)
    return checksum
  }
  const t = roundTwoWayTable(cells, 1)
  if (!eq(sum(t.rowTotals), t.grandTotal)) throw new Error('roundTwoWayTable is not additive')
  const [lib, base] = measure([() => roundTwoWayTable(cells, 1), floor]) as [number, number]
  results.push({ cells: side * side, lib, base })
  console.log(`roundTwoWayTable, ${side}×${side} = ${(side * side).toLocaleString('en')} cells`)
  console.log(
    `  library ${lib.toFixed(1)} ms, floor ${base.toFixed(1)} ms, ratio ${(lib / base).toFixed(1)}×`,
  )
}
for (let k = 1; k < results.length; k++) {
  const a = results[k - 1] as (typeof results)[number]
  const b = results[k] as (typeof results)[number]
  console.log(
    `  ${b.cells.toLocaleString('en')} / ${a.cells.toLocaleString('en')} cells: time ×${(b.lib / a.lib).toFixed(2)} (target ≤ 5× for 4× the cells)`,
  )
}
{
  const r = results.find((x) => x.cells === 316 * 316) as (typeof results)[number]
  console.log(
    `  ${r.cells.toLocaleString('en')} cells (about 10^5): ${r.lib.toFixed(0)} ms (target well under a second)`,
  )
}

// parsePrinted per call against decimal.js's own constructor on the same strings (the floor a parser of
// printed amounts cannot beat by much: it must at least build the decimal)
{
  const texts = Array.from({ length: N }, () => {
    const c = rng.int(0, 10_000_000_000)
    return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`
  })
  const [lib, floor] = measure([
    () => {
      for (const t of texts) parsePrinted(t)
    },
    () => {
      for (const t of texts) new Decimal(t)
    },
  ]) as [number, number]
  console.log(`parsePrinted, ${N.toLocaleString('en')} printed amounts`)
  console.log(
    `  library ${lib.toFixed(1)} ms, floor (new Decimal) ${floor.toFixed(1)} ms, ratio ${(lib / floor).toFixed(2)}×`,
  )
  // as tables print them: grouped by thousands ('8,938.04'), against new Decimal of the same figure ungrouped
  const grouped = texts.map((t) => t.replace(/\B(?=(\d{3})+(?!\d))(?=.*\.)/g, ','))
  const [libG, floorG] = measure([
    () => {
      for (const t of grouped) parsePrinted(t)
    },
    () => {
      for (const t of texts) new Decimal(t)
    },
  ]) as [number, number]
  console.log(`parsePrinted, ${N.toLocaleString('en')} amounts grouped by thousands (${grouped[0]})`)
  console.log(
    `  library ${libG.toFixed(1)} ms, floor (new Decimal, ungrouped) ${floorG.toFixed(1)} ms, ratio ${(libG / floorG).toFixed(2)}×`,
  )
}

// buildTables as the number of units grows, the line items fixed: linear in units means the time
// grows no faster than the units (and, with per-unit tables, it should grow much slower)
{
  const ITEMS = 20_000
  const timeFor = (units: number): number => {
    const items = makeLineItems(ITEMS, SEED, { units })
    const unitList = Array.from({ length: units }, (_, i) => ({
      code: `9000${String(i + 1).padStart(2, '0')}`,
      name: `单位${i + 1}`,
    }))
    const [t] = measure([
      () =>
        buildTables({
          lineItems: items,
          department: { code: '900', name: '某部门' },
          units: unitList,
          fiscalYear: 2024,
          template: HENAN_BUDGET_2024_TABLES,
        }),
    ]) as [number]
    return t
  }
  const counts = [8, 32, 96]
  const times = counts.map(timeFor)
  console.log(`buildTables, ${ITEMS.toLocaleString('en')} line items, units ${counts.join(' / ')}`)
  console.log(
    `  ${times.map((t) => `${t.toFixed(0)} ms`).join(' / ')}; ${counts[2]! / counts[0]!}× the units took ${(times[2]! / times[0]!).toFixed(2)}× the time`,
  )
}
