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
 * neighbour, so it ends at its floor or ceiling; at most (m+1)(n+1) rounds. Deterministic.
 * Each line keeps its off-grid entries in a union-find, and the walk that finds the next cycle
 * resumes where the last cycle began, so the time grows about linearly with the cells (times the
 * cycles' length; 10^5 cells take well under a second on a quiet machine, see docs/benchmarks.md).
 * It does not minimise the total deviation (that needs a network-flow solver) and is not the
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

  // The off-grid entries of each row and each column, as "next entry still off at or after k":
  // entries only ever leave the set (an entry on a cycle moves toward its floor or ceiling and
  // stays there once on the grid), so each line is a union-find over its positions, path-halved.
  const rows = m + 1
  const cols = n + 1
  const inRows = new LineSets(rows, cols)
  const inCols = new LineSets(cols, rows)
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++)
      if (at(i, j) % grid === 0n) {
        inRows.remove(i, j)
        inCols.remove(j, i)
      }

  // The cycles are those of the first version (its results are kept exactly): from the first row
  // with an off-grid entry, always take the lowest-numbered off-grid entry of the current line that
  // does not lead straight back, until a vertex repeats. Row i is vertex i, column j is vertex
  // rows + j. Rounding a cycle changes only the cycle's entries, so every choice made on the path
  // before the cycle still holds next round: the walk resumes where the cycle began instead of
  // starting again (the restarts made the first version O(cells^1.5) or worse).
  const pathAt = new Int32Array(rows + cols).fill(-1) // position of a vertex on the path, or -1
  const path: number[] = [] // vertices; edge k joins path[k] and path[k + 1]
  const edgeRow: number[] = []
  const edgeCol: number[] = []
  let startRow = 0
  for (;;) {
    if (path.length === 0) {
      while (startRow < rows && inRows.first(startRow, 0) >= cols) startRow++
      if (startRow >= rows) break
      path.push(startRow)
      pathAt[startRow] = 0
    }
    const vertex = path[path.length - 1] as number
    const cameFrom = path.length > 1 ? (path[path.length - 2] as number) : -1
    let next: number
    if (vertex < rows) {
      let j = inRows.first(vertex, 0)
      if (rows + j === cameFrom) j = inRows.first(vertex, j + 1)
      if (j >= cols) {
        // only the start row can have no off-grid entry left (after a cycle through it)
        if (path.length === 1) {
          pathAt[vertex] = -1
          path.length = 0
          continue
        }
        throw stuck()
      }
      edgeRow.push(vertex)
      edgeCol.push(j)
      next = rows + j
    } else {
      const j = vertex - rows
      let i = inCols.first(j, 0)
      if (i === cameFrom) i = inCols.first(j, i + 1)
      if (i >= rows) throw stuck()
      edgeRow.push(i)
      edgeCol.push(j)
      next = i
    }
    const seenAt = pathAt[next] as number
    if (seenAt < 0) {
      pathAt[next] = path.length
      path.push(next)
      continue
    }
    // the cycle: edges seenAt…end, alternately + and −; the step is the smallest that puts one
    // entry on the grid, in the direction with the smaller step (ties: the first entry goes up)
    const end = edgeRow.length
    const stepFor = (up: boolean): bigint => {
      let step = -1n
      for (let k = seenAt; k < end; k++) {
        const v = at(edgeRow[k] as number, edgeCol[k] as number)
        const f = floorTo(v)
        const room = ((k - seenAt) % 2 === 0) === up ? f + grid - v : v - f
        if (step < 0n || room < step) step = room
      }
      return step
    }
    const upStep = stepFor(true)
    const downStep = stepFor(false)
    const up = upStep <= downStep
    const step = up ? upStep : downStep
    for (let k = seenAt; k < end; k++) {
      const i = edgeRow[k] as number
      const j = edgeCol[k] as number
      const v = at(i, j) + (((k - seenAt) % 2 === 0) === up ? step : -step)
      ;(x[i] as bigint[])[j] = v
      if (v % grid === 0n) {
        inRows.remove(i, j)
        inCols.remove(j, i)
      }
    }
    // back to the vertex where the cycle began
    for (let k = seenAt + 1; k < path.length; k++) pathAt[path[k] as number] = -1
    path.length = seenAt + 1
    edgeRow.length = seenAt
    edgeCol.length = seenAt
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
 * For each of `lines` lines, the positions 0…size−1 still present, in one flat array: within a
 * line, `parent[k] = k` while k is present and a removed k points further right; position `size`
 * is the sentinel "none left".
 */
class LineSets {
  private readonly parent: Int32Array
  private readonly stride: number
  constructor(lines: number, size: number) {
    this.stride = size + 1
    this.parent = new Int32Array(lines * this.stride)
    for (let l = 0; l < lines; l++) for (let k = 0; k <= size; k++) this.parent[l * this.stride + k] = k
  }

  /** The first position of `line` at or after `k` still present (the line's size when none is). */
  first(line: number, k: number): number {
    const parent = this.parent
    const base = line * this.stride
    let p = k
    while (parent[base + p] !== p) {
      const up = parent[base + (parent[base + p] as number)] as number
      parent[base + p] = up
      p = up
    }
    return p
  }

  remove(line: number, k: number): void {
    this.parent[line * this.stride + k] = k + 1
  }
}

function stuck(): Error {
  // Every line's off-grid entries add up to a grid value, so no line has exactly one: unreachable.
  return new Error('controlled rounding: a line with a single off-grid entry (cannot happen)')
}
