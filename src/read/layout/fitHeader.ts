/**
 * Header fitting: header rows of printed strings (one slot per column, possibly misplaced) → one
 * header path per column.
 *
 * Extractions of merged header cells are lossy: a row may drop the slots covered by a cell merged
 * down from above (its words packed to the left), or lose a slot under a wide group label. The fit
 * works top-down on what the grid must be: a label with a neighbour right next to it spans one
 * column and covers it downwards; the words of a lower row go to the columns not covered (in order,
 * when they do not fit where they were printed); a group label starts where its first child starts.
 * Linear in rows × columns.
 * @module
 */

/** One header row: a word or '' per column slot. */
export type HeaderRow = readonly string[]

interface Placed {
  col: number
  text: string
}

function spansOf(row: readonly Placed[], covered: readonly boolean[], width: number): number[] {
  // end (exclusive) of each token's span: up to the next token, stopping at a covered column
  const ends: number[] = []
  for (let i = 0; i < row.length; i++) {
    const next = i + 1 < row.length ? row[i + 1]!.col : width
    let end = row[i]!.col + 1
    while (end < next && !covered[end]) end++
    ends.push(end)
  }
  return ends
}

/**
 * Whether a row's words collide: one on a column covered from above, or two out of order.
 *
 * @param tokens - the row's words, by column
 * @param covered - the columns covered from above
 * @returns true when the row cannot stay where it was printed
 * @example
 * ```ts
 * collidesWith([{ col: 1, text: '类' }], [false, true]) // true
 * ```
 */
function collidesWith(tokens: readonly Placed[], covered: readonly boolean[]): boolean {
  return tokens.some((t, i) => covered[t.col] || (i > 0 && t.col <= tokens[i - 1]!.col))
}

/**
 * Moves a colliding row's words to the columns not covered from above: one each when they are as
 * many, else each to the first free column at or after where it was printed (the rest packed into
 * the last free ones); with more words than free columns they stay where printed, collisions
 * dropped. Changes `tokens` in place.
 *
 * @param tokens - the row's words, by column (moved in place)
 * @param covered - the columns covered from above
 * @param width - number of columns
 * @returns false when the words cannot be placed (the row is left out)
 * @example
 * ```ts
 * const row = [{ col: 0, text: '类' }, { col: 1, text: '款' }]
 * placeOnFree(row, [true, false, false], 3) // true; row now at columns 1 and 2
 * ```
 */
function placeOnFree(tokens: Placed[], covered: readonly boolean[], width: number): boolean {
  const free: number[] = []
  for (let c = 0; c < width; c++) if (!covered[c]) free.push(c)
  if (tokens.length === free.length) {
    tokens.forEach((t, i) => {
      t.col = free[i]!
    })
  } else if (tokens.length < free.length) {
    // each word to the first free column at or after where it was printed
    let fi = 0
    for (let i = 0; i < tokens.length; i++) {
      while (fi < free.length && free[fi]! < tokens[i]!.col) fi++
      if (fi >= free.length || free.length - fi < tokens.length - i) {
        // not enough room to the right: pack the rest into the last free columns
        fi = Math.max(0, free.length - (tokens.length - i))
      }
      if (fi >= free.length) return false
      tokens[i]!.col = free[fi]!
      fi++
    }
  } else {
    // more words than free columns: keep them where printed, drop collisions
    const seen = new Set<number>()
    for (let i = tokens.length - 1; i >= 0; i--) {
      if (seen.has(tokens[i]!.col)) tokens.splice(i, 1)
      else seen.add(tokens[i]!.col)
    }
  }
  return true
}

/**
 * Fits header rows to `width` columns and returns each column's header path, top-down.
 *
 * @param rows - header rows as printed (slots of words)
 * @param width - number of columns of the body
 * @returns one path per column (empty when nothing is printed above the column)
 * @example
 * ```ts
 * fitHeader([['科目编码', '', '', '合计'], ['类', '款', '项']], 4)
 * // [['科目编码','类'], ['科目编码','款'], ['科目编码','项'], ['合计']]
 * ```
 */
export function fitHeader(rows: readonly HeaderRow[], width: number): string[][] {
  const covered: boolean[] = new Array(width).fill(false)
  const placedRows: Placed[][] = []
  for (const raw of rows) {
    const tokens: Placed[] = []
    for (let c = 0; c < raw.length; c++) {
      const text = raw[c]!.trim()
      if (text !== '') tokens.push({ col: Math.min(c, width - 1), text })
    }
    if (tokens.length === 0) continue
    if (collidesWith(tokens, covered) && !placeOnFree(tokens, covered, width)) continue
    // a group label of the row above starts where its first child starts
    const above = placedRows[placedRows.length - 1]
    if (above) {
      const aboveEnds = spansOf(above, covered, width)
      const ends = spansOf(tokens, covered, width)
      const startSet = new Set(tokens.map((t) => t.col))
      const moved = new Set<Placed>()
      for (let i = 0; i < above.length; i++) {
        const a = above[i]!
        if (aboveEnds[i]! - a.col <= 1 || startSet.has(a.col)) continue
        // inside a token of this row that started earlier? move to the next start in its span
        const inside = tokens.findIndex((t, j) => t.col < a.col && ends[j]! > a.col)
        if (inside < 0) continue
        const nextStart = tokens.find((t) => t.col > a.col)
        const limit = i + 1 < above.length ? above[i + 1]!.col : width
        if (nextStart && nextStart.col < limit + 1) {
          a.col = nextStart.col
          moved.add(a)
        }
      }
      // a label so moved may now span one column only (it was shifted, not a group): it covers that
      // column downwards, and a word of this row printed on it goes to the columns left free
      const movedEnds = spansOf(above, covered, width)
      above.forEach((a, i) => {
        if (moved.has(a) && movedEnds[i]! - a.col === 1) covered[a.col] = true
      })
      if (collidesWith(tokens, covered) && !placeOnFree(tokens, covered, width)) continue
    }
    // a word with a neighbour right next to it (or at the edge) spans one column: it covers it downwards
    const ends = spansOf(tokens, covered, width)
    placedRows.push(tokens)
    tokens.forEach((t, i) => {
      if (ends[i]! - t.col === 1) covered[t.col] = true
    })
  }
  // paths by coverage, top-down
  const paths: string[][] = Array.from({ length: width }, () => [])
  const coveredNow: boolean[] = new Array(width).fill(false)
  for (const row of placedRows) {
    const ends = spansOf(row, coveredNow, width)
    row.forEach((t, i) => {
      for (let c = t.col; c < ends[i]!; c++) paths[c]!.push(t.text)
    })
    row.forEach((t, i) => {
      if (ends[i]! - t.col === 1) coveredNow[t.col] = true
    })
  }
  return paths
}
