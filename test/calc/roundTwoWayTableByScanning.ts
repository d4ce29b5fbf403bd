/**
 * The first version of `roundTwoWayTable` (commit 7dee41d), kept as the oracle of its faster
 * successor: the same cycles, found by scanning the whole table each round (quadratic or worse).
 * Test code only.
 */
import type { RoundedTable } from '../../src/calc/roundTwoWayTable'
import { amountFromScaled, decimalPlaces, toScaledBigInt } from '../../src/money/decimal'
import type { Amount } from '../../src/money/types'

export function roundTwoWayTableByScanning(
  cells: readonly (readonly Amount[])[],
  decimals: number,
): RoundedTable {
  const d = decimals
  const m = cells.length
  const n = m === 0 ? 0 : (cells[0] as readonly Amount[]).length
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
