/**
 * Internal: the flow behind {@link roundTwoWayTable}. Given the off-grid entries of a table whose
 * every line sums to zero, chooses which of them go up so that each line has exactly its quota of
 * entries rounded up — a degree-constrained bipartite subgraph, found as a unit-capacity max-flow.
 * @module
 */

/** The off-grid entries of an (R rows) × (C columns) table, as edges of a bipartite graph. @internal */
export interface RoundingGraph {
  /** Number of rows (the table's rows and its total row). */
  readonly rows: number
  /** Number of columns (the table's columns and its total column). */
  readonly cols: number
  /** Row of each off-grid entry. */
  readonly edgeRow: Int32Array
  /** Column of each off-grid entry. */
  readonly edgeCol: Int32Array
  /**
   * Fractional part of each entry, as a number that orders them (larger = closer to the ceiling):
   * the exact fraction in units of the last decimal where that is a safe integer, otherwise the
   * fraction scaled to [0, 2^53).
   */
  readonly key: Float64Array
  /** How many entries of each row go up (the row's fractional parts add up to this many grid steps). */
  readonly upInRow: Int32Array
  /** How many entries of each column go up. */
  readonly upInCol: Int32Array
}

/**
 * Which off-grid entries go up (1) or down (0), every row and column getting exactly its quota.
 *
 * Start: in each row, the entries with the largest fractional parts go up (the row-wise best
 * choice). Then columns with too many entries up hand them, along augmenting paths, to columns with
 * too few: a path lowers an entry of the surplus column, raises another entry of the same row, and
 * so on, which keeps every row's count. Paths are found in phases of shortest paths (Dinic /
 * Hopcroft–Karp), O(E·√E) in the worst case for E entries, a handful of phases in practice. A row
 * tries to raise its entries with the largest fractional part first and a column to lower its
 * entries with the smallest first, so each path costs little deviation; the result is not
 * guaranteed minimal. Deterministic (ties: the entry with the lower index).
 * @example
 * ```ts
 * // a 2×2 table of 0.5s: one entry of each row and each column goes up
 * const up = chooseUp({
 *   rows: 2, cols: 2,
 *   edgeRow: Int32Array.from([0, 0, 1, 1]), edgeCol: Int32Array.from([0, 1, 0, 1]),
 *   key: Float64Array.from([5, 5, 5, 5]),
 *   upInRow: Int32Array.from([1, 1]), upInCol: Int32Array.from([1, 1]),
 * })
 * Array.from(up) // [1, 0, 0, 1]
 * ```
 * @internal
 */
export function chooseUp(g: RoundingGraph): Uint8Array {
  const { rows: R, cols: C, edgeRow, edgeCol, key, upInRow, upInCol } = g
  const E = edgeRow.length
  const V = R + C
  const up = new Uint8Array(E)
  if (E === 0) return up

  // Edges in ascending key order (ties: higher index first, so that a descending walk meets the
  // lower index first).
  const order = sortedByKey(key)

  // Adjacency of every vertex (rows 0…R−1, then columns R…R+C−1) in one array: a row's edges by
  // descending key, a column's by ascending key.
  const start = new Int32Array(V + 1)
  for (let e = 0; e < E; e++) {
    const r = (edgeRow[e] as number) + 1
    const c = R + (edgeCol[e] as number) + 1
    start[r] = (start[r] as number) + 1
    start[c] = (start[c] as number) + 1
  }
  for (let v = 0; v < V; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number)
  const fill = start.slice(0, V)
  const adj = new Int32Array(2 * E)
  for (let k = E - 1; k >= 0; k--) {
    const e = order[k] as number
    const r = edgeRow[e] as number
    adj[fill[r] as number] = e
    fill[r] = (fill[r] as number) + 1
  }
  for (let k = 0; k < E; k++) {
    const e = order[k] as number
    const c = R + (edgeCol[e] as number)
    adj[fill[c] as number] = e
    fill[c] = (fill[c] as number) + 1
  }

  // Row-wise best start; excess[c] > 0: column c has too many entries up, < 0: too few.
  const excess = new Int32Array(V)
  for (let r = 0; r < R; r++) {
    const end = (start[r] as number) + (upInRow[r] as number)
    for (let p = start[r] as number; p < end; p++) {
      const e = adj[p] as number
      up[e] = 1
      const c = R + (edgeCol[e] as number)
      excess[c] = (excess[c] as number) + 1
    }
  }
  let surplus = 0
  for (let c = 0; c < C; c++) {
    excess[R + c] = (excess[R + c] as number) - (upInCol[c] as number)
    if ((excess[R + c] as number) > 0) surplus += excess[R + c] as number
  }

  // An edge is an arc row → column while down (raising it) and column → row while up (lowering it).
  const level = new Int32Array(V)
  const queue = new Int32Array(V)
  const cursor = new Int32Array(V)
  const pathEdge = new Int32Array(V)
  const pathVertex = new Int32Array(V + 1)
  const other = (v: number, e: number): number =>
    v < R ? R + (edgeCol[e] as number) : (edgeRow[e] as number)
  const usable = (v: number, e: number): boolean => (up[e] === 1) === v >= R

  while (surplus > 0) {
    // BFS from every surplus column, up to the nearest level holding a column short of entries.
    level.fill(-1)
    let head = 0
    let tail = 0
    for (let v = R; v < V; v++)
      if ((excess[v] as number) > 0) {
        level[v] = 0
        queue[tail++] = v
      }
    let sinkLevel = -1
    while (head < tail) {
      const v = queue[head++] as number
      const lv = level[v] as number
      if (sinkLevel >= 0 && lv >= sinkLevel) break
      const end = start[v + 1] as number
      for (let p = start[v] as number; p < end; p++) {
        const e = adj[p] as number
        if (!usable(v, e)) continue
        const w = other(v, e)
        if ((level[w] as number) >= 0) continue
        level[w] = lv + 1
        queue[tail++] = w
        if (w >= R && (excess[w] as number) < 0 && sinkLevel < 0) sinkLevel = lv + 1
      }
    }
    if (sinkLevel < 0) throw infeasible()

    // Blocking flow along the levels (iterative DFS with current-arc pointers).
    cursor.set(start.subarray(0, V))
    for (let s = R; s < V && surplus > 0; s++) {
      while ((excess[s] as number) > 0 && level[s] === 0) {
        let depth = 0
        pathVertex[0] = s
        let v = s
        for (;;) {
          if (level[v] === sinkLevel) {
            if (v >= R && (excess[v] as number) < 0) {
              for (let k = 0; k < depth; k++) {
                const e = pathEdge[k] as number
                up[e] = up[e] === 1 ? 0 : 1
              }
              excess[s] = (excess[s] as number) - 1
              excess[v] = (excess[v] as number) + 1
              surplus--
              break
            }
          } else {
            const end = start[v + 1] as number
            const lv = (level[v] as number) + 1
            let p = cursor[v] as number
            for (; p < end; p++) {
              const e = adj[p] as number
              if (usable(v, e) && level[other(v, e)] === lv) break
            }
            cursor[v] = p
            if (p < end) {
              const e = adj[p] as number
              pathEdge[depth] = e
              v = other(v, e)
              depth++
              pathVertex[depth] = v
              continue
            }
          }
          // dead end: v leaves this phase's level graph; retreat one step
          level[v] = -1
          if (depth === 0) break
          depth--
          v = pathVertex[depth] as number
          cursor[v] = (cursor[v] as number) + 1
        }
      }
    }
  }
  return up
}

/**
 * Edge indices by ascending key, ties by descending index. Integer keys below 2^22 (fractions of a
 * grid of up to six decimals) by a stable radix sort, two passes of 11 bits over the indices fed in
 * descending order (linear, and no allocation per edge); other keys by comparison.
 */
function sortedByKey(key: Float64Array): Uint32Array {
  const E = key.length
  let radix = true
  for (let e = 0; e < E && radix; e++) {
    const k = key[e] as number
    if (!(Number.isInteger(k) && k >= 0 && k < 0x400000)) radix = false
  }
  if (radix) {
    const from = new Uint32Array(E)
    const to = new Uint32Array(E)
    for (let k = 0; k < E; k++) from[k] = E - 1 - k
    const count = new Uint32Array(2048)
    for (const bits of [0, 11]) {
      count.fill(0)
      for (let e = 0; e < E; e++) {
        const b = ((key[e] as number) >>> bits) & 2047
        count[b] = (count[b] as number) + 1
      }
      let at = 0
      for (let b = 0; b < 2048; b++) {
        const c = count[b] as number
        count[b] = at
        at += c
      }
      for (let k = 0; k < E; k++) {
        const e = from[k] as number
        const b = ((key[e] as number) >>> bits) & 2047
        to[count[b] as number] = e
        count[b] = (count[b] as number) + 1
      }
      from.set(to)
    }
    return from
  }
  const order = new Uint32Array(E)
  for (let e = 0; e < E; e++) order[e] = e
  return order.sort((a, b) => (key[a] as number) - (key[b] as number) || b - a)
}

function infeasible(): Error {
  // Every line's fractional parts sum to a whole number of grid steps, and the fractional solution
  // (each entry up by its fractional part) is feasible for a totally unimodular system, so an
  // integral one exists (controlled rounding, Cox & Ernst 1982): unreachable.
  return new Error('controlled rounding: no choice of entries to round up (cannot happen)')
}
