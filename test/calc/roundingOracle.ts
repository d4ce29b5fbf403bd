/**
 * Test oracle for `roundTwoWayTable`: the smallest possible total deviation of a controlled
 * rounding, by exhausting every choice of entries to round up (tiny tables only). Test code only.
 */
import type { RoundedTable } from '../../src/calc/roundTwoWayTable'
import { toScaledBigInt } from '../../src/money/decimal'
import type { Amount } from '../../src/money/types'

/** The extended table (cells, negated row totals, negated column totals, grand total) × 10^scale. */
function extended(cells: readonly (readonly Amount[])[], scale: number): bigint[][] {
  const m = cells.length
  const n = (cells[0] as readonly Amount[]).length
  const x = Array.from({ length: m + 1 }, () => new Array<bigint>(n + 1).fill(0n))
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      const v = toScaledBigInt(cells[i]?.[j] as Amount, scale)
      ;(x[i] as bigint[])[j] = v
      ;(x[i] as bigint[])[n] = ((x[i] as bigint[])[n] as bigint) - v
      ;(x[m] as bigint[])[j] = ((x[m] as bigint[])[j] as bigint) - v
      ;(x[m] as bigint[])[n] = ((x[m] as bigint[])[n] as bigint) + v
    }
  return x
}

const mod = (v: bigint, g: bigint): bigint => ((v % g) + g) % g

/**
 * Σ |rounded − exact| over every cell, row total, column total and the grand total, in units of
 * 10^-scale.
 */
export function deviation(cells: readonly (readonly Amount[])[], t: RoundedTable, scale: number): bigint {
  const m = cells.length
  const n = (cells[0] as readonly Amount[]).length
  const x = extended(cells, scale)
  const abs = (v: bigint): bigint => (v < 0n ? -v : v)
  let total = 0n
  for (let i = 0; i <= m; i++)
    for (let j = 0; j <= n; j++) {
      const exact = (x[i] as bigint[])[j] as bigint
      let r: bigint
      if (i < m && j < n) r = toScaledBigInt(t.cells[i]?.[j] as Amount, scale)
      else if (i < m) r = -toScaledBigInt(t.rowTotals[i] as Amount, scale)
      else if (j < n) r = -toScaledBigInt(t.columnTotals[j] as Amount, scale)
      else r = toScaledBigInt(t.grandTotal, scale)
      total += abs(r - exact)
    }
  return total
}

/**
 * The least total deviation (as {@link deviation} counts it) of any rounding that puts every entry
 * at its floor or ceiling on the 10^-decimals grid with every line still adding up; row by row, every
 * way to choose the row's quota of entries to round up, pruned by the columns' quotas.
 */
export function minimalDeviation(
  cells: readonly (readonly Amount[])[],
  decimals: number,
  scale: number,
): bigint {
  const x = extended(cells, scale)
  const g = 10n ** BigInt(scale - decimals)
  const R = x.length
  const C = (x[0] as bigint[]).length
  const frac = x.map((row) => row.map((v) => mod(v, g)))
  const quota = (line: bigint[]): number => Number(line.reduce((a, b) => a + b, 0n) / g)
  const rowQuota = frac.map(quota)
  const colLeft = Array.from({ length: C }, (_, j) => quota(frac.map((r) => r[j] as bigint)))
  // off-grid entries of column j in rows after i: the most that can still go up
  const base = frac.flat().reduce((a, b) => a + b, 0n) // every entry down
  let best = -1n
  const rowChoice = (i: number, cost: bigint): void => {
    if (i === R) {
      if (colLeft.every((k) => k === 0) && (best < 0n || cost < best)) best = cost
      return
    }
    const row = frac[i] as bigint[]
    const off = row.map((f, j) => (f === 0n ? -1 : j)).filter((j) => j >= 0)
    const want = rowQuota[i] as number
    const pick = (k: number, taken: number, c: bigint): void => {
      if (taken === want) {
        if (colLeft.every((left, j) => left <= colRoom(j, i + 1))) rowChoice(i + 1, c)
        return
      }
      if (off.length - k < want - taken) return
      const j = off[k] as number
      if ((colLeft[j] as number) > 0) {
        colLeft[j] = (colLeft[j] as number) - 1
        // going up instead of down: deviation g − f instead of f
        pick(k + 1, taken + 1, c + g - 2n * (row[j] as bigint))
        colLeft[j] = (colLeft[j] as number) + 1
      }
      pick(k + 1, taken, c)
    }
    pick(0, 0, cost)
  }
  const colRoom = (j: number, from: number): number => {
    let k = 0
    for (let i = from; i < R; i++) if ((frac[i] as bigint[])[j] !== 0n) k++
    return k
  }
  rowChoice(0, base)
  return best
}
