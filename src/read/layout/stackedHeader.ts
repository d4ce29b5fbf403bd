/**
 * Stacked headers: a header of narrow columns whose labels are printed one character per line
 * (政/府/性/基/金 down a column), as OCR-like extractions give them, with the group labels printed
 * across several columns above them (本年收入 over eleven columns) and noise picked up from the
 * ruling lines (`3/2/3/`, `igsqcup`, Latin or Hangul letters).
 *
 * The characters of a column are joined top to bottom: the last unbroken run is the column's own
 * label; what stands above it, after a blank line, are pieces of group labels. The pieces of one
 * line in adjacent columns make one group label. A group spans the columns between the groups
 * beside it: where two groups meet, the second starts at its own 合计/小计 column; the first and the
 * last group of a line reach out to the edge only when their label then stands centred over what
 * they span. A column no group can be given to keeps its own label only (never a guessed group).
 * Linear in header rows × columns.
 * @module
 */

/** Characters a label is made of: CJK ideographs and the punctuation labels print. */
const NOT_LABEL = /[^\u4e00-\u9fff:：()（）"“”、]/g
const SUBTOTAL = /^(合计|小计)$/
const GRAND_TOTAL = /^总计$/

/** A header token cleaned of extraction noise ('M 性' → '性', '3/2/3/' → ''). */
const clean = (text: string): string => text.replace(NOT_LABEL, '')

interface Group {
  row: number
  start: number
  end: number
  text: string
  centre: number
}

/**
 * Whether header rows look stacked: at least four rows, and at least three columns whose own label
 * is a run of three or more pieces of one or two characters.
 * @example
 * const grid = [['一', '政', '国'], ['般', '府', '有'], ['公', '性', '资'], ['共', '基', '本']]
 * looksStacked(grid, 3) // true
 * looksStacked([['合计', '一般公共预算', '政府性基金']], 3) // false
 */
function looksStacked(grid: readonly (readonly string[])[], width: number): boolean {
  if (grid.length < 4) return false
  let stacked = 0
  for (let c = 0; c < width; c++) {
    const run = ownRun(grid, c)
    if (run.length >= 3 && run.every((r) => clean(grid[r]![c] ?? '').length <= 2)) stacked++
  }
  return stacked >= 3
}

/**
 * Rows of the column's own label: the last unbroken run of printed pieces, noise skipped.
 * @example
 * ownRun([['一'], ['般'], ['公'], ['共']], 0) // [0, 1, 2, 3]
 */
function ownRun(grid: readonly (readonly string[])[], c: number): number[] {
  const rows: number[] = []
  for (let r = grid.length - 1; r >= 0; r--) {
    const printed = (grid[r]![c] ?? '').trim()
    // noise (nothing of a label left once cleaned) neither starts nor breaks a run
    if (printed !== '' && clean(printed) === '') continue
    if (printed === '') {
      if (rows.length > 0) break
      continue
    }
    rows.unshift(r)
  }
  return rows
}

/**
 * Header paths of a stacked header, or `undefined` when the header is not stacked (then the usual
 * fit applies).
 *
 * @param rows - header rows as printed (one slot per column)
 * @param width - number of columns of the body
 * @param labelColumns - which columns hold names or codes (a group never reaches over them)
 * @returns one path per column, top label first
 * @example
 * ```ts
 * stackedHeader(
 *   [['', '本年', '收入', ''], ['', '', '', ''], ['', '', '事', '其'], ['名称', '合计', '业', '他']],
 *   4,
 *   [true, false, false, false],
 * )
 * // [['名称'], ['本年收入', '合计'], ['本年收入', '事业'], ['本年收入', '其他']]
 * ```
 */
export function stackedHeader(
  rows: readonly (readonly string[])[],
  width: number,
  labelColumns: readonly boolean[],
): string[][] | undefined {
  const grid = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''))
  if (!looksStacked(grid, width)) return undefined
  const leaves: string[] = []
  const firstOwn: number[] = []
  for (let c = 0; c < width; c++) {
    const run = ownRun(grid, c)
    leaves.push(run.map((r) => clean(grid[r]![c]!)).join(''))
    firstOwn.push(run[0] ?? grid.length)
  }
  // pieces above each column's own label, grouped by line into runs of adjacent columns
  const groups: Group[] = []
  for (let r = 0; r < grid.length; r++) {
    let current: Group | undefined
    for (let c = 0; c <= width; c++) {
      const piece = c < width && r < firstOwn[c]! ? clean(grid[r]![c]!) : ''
      if (piece !== '' && current !== undefined && current.end === c - 1) {
        current.end = c
        current.text += piece
        continue
      }
      if (current !== undefined) {
        current.centre = (current.start + current.end) / 2
        groups.push(current)
        current = undefined
      }
      if (piece !== '') current = { row: r, start: c, end: c, text: piece, centre: c }
    }
  }
  const isSubtotal = (c: number): boolean => SUBTOTAL.test(leaves[c]!)
  const stopsGroups = (c: number): boolean => labelColumns[c] === true || GRAND_TOTAL.test(leaves[c]!)
  const spanned: Group[] = []
  const lines = [...new Set(groups.map((g) => g.row))]
  for (const line of lines) {
    const own = groups.filter((g) => g.row === line)
    // the group above a piece is its parent: siblings are the groups of this line under one parent
    const parentOf = (g: Group): Group | undefined =>
      spanned.filter((p) => p.start <= g.start && g.end <= p.end).at(-1)
    const byParent = new Map<Group | undefined, Group[]>()
    for (const g of own) {
      const p = parentOf(g)
      byParent.set(p, [...(byParent.get(p) ?? []), g])
    }
    for (const [parent, siblings] of byParent) {
      const lo = parent?.start ?? 0
      const hi = parent?.end ?? width - 1
      const spans = siblings.map((g) => ({ ...g }))
      // where two groups meet: the second starts at its own 合计/小计 column
      for (let i = 0; i + 1 < spans.length; i++) {
        const a = spans[i]!
        const b = spans[i + 1]!
        let boundary = -1
        for (let c = a.end + 1; c <= b.start; c++)
          if (isSubtotal(c)) {
            boundary = c
            break
          }
        if (boundary < 0) continue
        a.end = boundary - 1
        b.start = boundary
      }
      const first = spans[0]!
      const last = spans[spans.length - 1]!
      // the first group reaches left (over its own 合计 when it has none yet) if it then stands centred
      let left = first.start
      const hasSubtotal = (g: Group): boolean => {
        for (let c = g.start; c <= g.end; c++) if (isSubtotal(c)) return true
        return false
      }
      while (left - 1 >= lo && !stopsGroups(left - 1)) {
        if (isSubtotal(left - 1)) {
          if (!hasSubtotal(first)) left--
          break
        }
        left--
      }
      if (Math.abs((left + first.end) / 2 - first.centre) <= 1) first.start = left
      let right = last.end
      while (right + 1 <= hi && !stopsGroups(right + 1) && !isSubtotal(right + 1)) right++
      if (Math.abs((last.start + right) / 2 - last.centre) <= 1) last.end = right
      spanned.push(...spans)
    }
  }
  const paths: string[][] = []
  for (let c = 0; c < width; c++) {
    const path: string[] = []
    for (const g of spanned) if (g.start <= c && c <= g.end && !labelColumns[c]) path.push(g.text)
    if (leaves[c] !== '') path.push(leaves[c]!)
    paths.push(path)
  }
  return paths
}
