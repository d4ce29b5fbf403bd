import { MedbudgetError } from '../errors'
import { amountFromScaled, decimalPlaces, toScaledBigInt } from '../money/decimal'
import type { Amount } from '../money/types'
import { percentDecimals } from './ratioPercent'

/** Result of {@link roundTwoWayTable}: every figure rounded, and every row and column still adding up. */
export interface RoundedTable {
  readonly cells: readonly (readonly Amount[])[]
  readonly rowTotals: readonly Amount[]
  readonly columnTotals: readonly Amount[]
  readonly grandTotal: Amount
}

/**
 * Controlled rounding of a two-way table: rounds every cell to `decimals` places so that each row
 * and each column of rounded cells adds up exactly to its rounded total, and the totals to the
 * rounded grand total — no 尾差 anywhere. Every cell and every total moves only to the nearest
 * multiple of `10^-decimals` below or above its exact value (its floor or its ceiling); a value
 * already on the grid stays as it is (zero-restricted).
 *
 * Algorithm (the classical cycle argument behind Cox's controlled rounding, Cox & Ernst 1982,
 * Cox 1987): extend the m×n table with a column of negated row totals, a row of negated column
 * totals and the grand total, so that every row and every column sums to zero. Entries not yet
 * on the grid form a bipartite graph (rows × columns) in which no vertex has exactly one edge
 * (a line's off-grid entries sum to a grid value), so it has a cycle. Moving the entries of the
 * cycle alternately up and down by the same step keeps every line sum at zero; the step is the
 * smallest that puts one entry on the grid, choosing, of the two directions, the one with the
 * smaller step (ties: the first entry goes up). Each entry moves monotonically toward one
 * neighbour, so it ends at its floor or ceiling; at most (m+1)(n+1) rounds. Deterministic. It
 * does not minimise the total deviation (that needs a network-flow solver) and is not the
 * randomised unbiased variant.
 *
 * @param cells - the exact table, m rows of n amounts (rectangular)
 * @param decimals - decimals to round to
 * @returns rounded cells, row totals, column totals and grand total, all additive
 * @throws MedbudgetError `CALC_INVALID_INPUT` for a ragged table
 * @example
 * ```ts
 * const t = roundTwoWayTable([[amount('0.35'), amount('0.35')], [amount('0.35'), amount('0.35')]], 1)
 * t.cells.map((r) => r.map(String))  // [['0.4', '0.3'], ['0.3', '0.4']]
 * t.rowTotals.map(String)            // ['0.7', '0.7']
 * String(t.grandTotal)               // '1.4'
 * ```
 */
export function roundTwoWayTable(cells: readonly (readonly Amount[])[], decimals: number): RoundedTable {
  const d = percentDecimals({ decimals })
  const m = cells.length
  const n = m === 0 ? 0 : (cells[0] as readonly Amount[]).length
  cells.forEach((row, i) => {
    if (row.length !== n) {
      throw new MedbudgetError(
        'CALC_INVALID_INPUT',
        `表格第 ${i + 1} 行有 ${row.length} 列，第 1 行有 ${n} 列`,
        `Row ${i + 1} has ${row.length} cells, row 1 has ${n}`,
        { path: [i] },
      )
    }
  })
  let scale = d
  for (const row of cells) for (const c of row) scale = Math.max(scale, decimalPlaces(c))
  const grid = 10n ** BigInt(scale - d)

  // (m+1)×(n+1) array whose every line sums to zero, in units of 10^-scale.
  const x: bigint[][] = Array.from({ length: m + 1 }, () => new Array<bigint>(n + 1).fill(0n))
  cells.forEach((row, i) => {
    row.forEach((c, j) => {
      const v = toScaledBigInt(c, scale)
      ;(x[i] as bigint[])[j] = v
      ;(x[i] as bigint[])[n] = ((x[i] as bigint[])[n] as bigint) - v
      ;(x[m] as bigint[])[j] = ((x[m] as bigint[])[j] as bigint) - v
      ;(x[m] as bigint[])[n] = ((x[m] as bigint[])[n] as bigint) + v
    })
  })

  const at = (i: number, j: number): bigint => (x[i] as bigint[])[j] as bigint
  const floorTo = (v: bigint): bigint => {
    const r = ((v % grid) + grid) % grid
    return v - r
  }
  const off = (i: number, j: number): boolean => at(i, j) % grid !== 0n

  for (;;) {
    const cycle = findCycle(m + 1, n + 1, off)
    if (cycle === null) break
    // cycle: entries e0, e1, … alternating + and −
    const stepFor = (up: boolean): bigint => {
      let step: bigint | null = null
      cycle.forEach(([i, j], k) => {
        const v = at(i, j)
        const f = floorTo(v)
        const room = (k % 2 === 0) === up ? f + grid - v : v - f
        if (step === null || room < step) step = room
      })
      return step as unknown as bigint
    }
    const upStep = stepFor(true)
    const downStep = stepFor(false)
    const up = upStep <= downStep
    const step = up ? upStep : downStep
    cycle.forEach(([i, j], k) => {
      const delta = (k % 2 === 0) === up ? step : -step
      ;(x[i] as bigint[])[j] = at(i, j) + delta
    })
  }

  const toAmount = (v: bigint): Amount => amountFromScaled(v, scale)
  return Object.freeze({
    cells: Object.freeze(
      Array.from({ length: m }, (_, i) =>
        Object.freeze(Array.from({ length: n }, (_, j) => toAmount(at(i, j)))),
      ),
    ),
    rowTotals: Object.freeze(Array.from({ length: m }, (_, i) => toAmount(-at(i, n)))),
    columnTotals: Object.freeze(Array.from({ length: n }, (_, j) => toAmount(-at(m, j)))),
    grandTotal: toAmount(at(m, n)),
  })
}

/**
 * A cycle in the bipartite graph rows × columns whose edges are the off-grid entries, as the
 * list of its entries in order (even length, consecutive entries share a row or a column, and so
 * do the last and the first). `null` when no off-grid entry is left.
 */
function findCycle(
  rows: number,
  cols: number,
  off: (i: number, j: number) => boolean,
): [number, number][] | null {
  let startRow = -1
  for (let i = 0; i < rows && startRow < 0; i++) {
    for (let j = 0; j < cols; j++) {
      if (off(i, j)) {
        startRow = i
        break
      }
    }
  }
  if (startRow < 0) return null
  // Vertices: row i is i, column j is rows + j. Walk without turning straight back; as no vertex
  // has exactly one edge the walk never gets stuck, and it must come back to a vertex it saw.
  const seen = new Map<number, number>([[startRow, 0]])
  const edges: [number, number][] = []
  let vertex = startRow
  let cameFrom = -1
  for (;;) {
    let next = -1
    let edge: [number, number] | null = null
    if (vertex < rows) {
      for (let j = 0; j < cols; j++) {
        if (rows + j !== cameFrom && off(vertex, j)) {
          next = rows + j
          edge = [vertex, j]
          break
        }
      }
    } else {
      const j = vertex - rows
      for (let i = 0; i < rows; i++) {
        if (i !== cameFrom && off(i, j)) {
          next = i
          edge = [i, j]
          break
        }
      }
    }
    if (edge === null)
      throw new Error('controlled rounding: a line with a single off-grid entry (cannot happen)')
    edges.push(edge)
    const first = seen.get(next)
    if (first !== undefined) return edges.slice(first)
    seen.set(next, edges.length)
    cameFrom = vertex
    vertex = next
  }
}
