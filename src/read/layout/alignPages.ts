/**
 * A table running over several pages whose pages set their columns apart differently: each page of
 * a PDF table is fitted to its own figures, so a continuation page may print a column a few points
 * to the right or left of where the first page printed it. Laid over one another, the columns of
 * two such pages overlap their neighbours (a 0.00 of one page bridges two columns of the other) and
 * two columns become one. Before the columns are found, the amounts of such a page are moved to the
 * columns of the first page, one column to one column, in order.
 * @module
 */
import { isAmount, isDash, type LayoutLine } from './lineModel'

/**
 * How far a continuation page may print a column from where the first page printed it, in font
 * sizes: a page is fitted to its own figures, so its columns stand a little apart, never further.
 *
 * @example
 * ```ts
 * Math.abs(movedBy) <= PAGE_SHIFT * size // the same column, moved
 * ```
 * @internal
 */
export const PAGE_SHIFT = 4

interface Span {
  x0: number
  x1: number
  /** Right edges of the chunks in the span (smallest and largest), to tell right-aligned amounts. */
  r0: number
  r1: number
}

const isValue = (t: string): boolean => isAmount(t) || isDash(t)

/**
 * The value columns of some lines: the extents of their amounts, merged where they overlap.
 *
 * @example
 * ```ts
 * valueSpans([line('1.00' at 10–30, '2.00' at 40–60), line('11.00' at 5–30)], 1)
 * // [{ x0: 5, x1: 30, … }, { x0: 40, x1: 60, … }]
 * ```
 */
function valueSpans(lines: readonly LayoutLine[], tol: number): Span[] {
  const spans: Span[] = []
  for (const l of lines)
    for (const c of l.chunks) if (isValue(c.text)) spans.push({ x0: c.x0, x1: c.x1, r0: c.x1, r1: c.x1 })
  spans.sort((a, b) => a.x0 - b.x0)
  const out: Span[] = []
  for (const s of spans) {
    const last = out[out.length - 1]
    if (last && s.x0 <= last.x1 + tol) {
      last.x1 = Math.max(last.x1, s.x1)
      last.r0 = Math.min(last.r0, s.r0)
      last.r1 = Math.max(last.r1, s.r1)
    } else out.push({ ...s })
  }
  return out
}

/**
 * The body lines of a table, the amounts of each continuation page moved onto the columns of the
 * table's first page where the two pages set their columns apart differently: the page prints as
 * many value columns as the first, in the same order, each nearer its counterpart than the
 * counterpart's neighbours and within `4 × size` of it, and some of them stand apart from it by more
 * than a tenth of the font size (laid over the first page's, two columns would merge, or widen
 * under the next column's heading). Each amount moves by the distance between its column and the first page's: right edges
 * where both columns print right-aligned amounts, centres otherwise. Labels are not moved. A page
 * whose columns cannot be matched one to one is left as printed. Linear in chunks (plus sorting).
 *
 * @param lines - the body lines of one table block, in reading order
 * @param size - the table's usual font size (tolerances)
 * @returns the lines, continuation pages aligned (the same array when nothing moved)
 * @example
 * ```ts
 * // page 1: 0.00 at 510–530, 2,927,142.92 at 535–596; page 2: 0.00 at 518–538, 204,037.03 at 545–595
 * alignPages(lines, 10)[2].chunks[0] // { text: '0.00', x0: 510, x1: 530 } (moved 8 points left)
 * ```
 */
export function alignPages(lines: readonly LayoutLine[], size: number): readonly LayoutLine[] {
  const tol = 0.1 * size
  const pages = [...new Set(lines.map((l) => l.page))]
  if (pages.length < 2 || lines.some((l) => l.tabbed)) return lines
  const first = pages[0]!
  const ref = valueSpans(
    lines.filter((l) => l.page === first),
    tol,
  )
  if (ref.length < 2) return lines
  const shifts = new Map<number, (x0: number, x1: number) => number>()
  for (const page of pages.slice(1)) {
    const own = valueSpans(
      lines.filter((l) => l.page === page),
      tol,
    )
    if (own.length !== ref.length) continue
    const rightAligned = (s: Span) => s.r1 - s.r0 <= 2 * tol
    const moves = own.map((s, k) => {
      const r = ref[k]!
      return rightAligned(s) && rightAligned(r) ? r.r1 - s.r1 : (r.x0 + r.x1 - s.x0 - s.x1) / 2
    })
    // each column nearest its counterpart (by centre), and near it: the same columns, in order
    const centre = (s: Span) => (s.x0 + s.x1) / 2
    const matched = own.every((s, k) => {
      const d = Math.abs(centre(s) - centre(ref[k]!))
      return (
        Math.abs(moves[k]!) <= PAGE_SHIFT * size &&
        (k === 0 || Math.abs(centre(s) - centre(ref[k - 1]!)) > d) &&
        (k + 1 === ref.length || Math.abs(centre(s) - centre(ref[k + 1]!)) > d)
      )
    })
    // already where the first page prints them: nothing to move
    if (!matched || moves.every((d) => Math.abs(d) <= tol)) continue
    shifts.set(page, (x0, x1) => {
      const k = own.findIndex((s) => x0 >= s.x0 - tol && x1 <= s.x1 + tol)
      return k < 0 ? 0 : moves[k]!
    })
  }
  if (shifts.size === 0) return lines
  return lines.map((l) => {
    const shift = shifts.get(l.page)
    if (shift === undefined) return l
    return {
      ...l,
      chunks: l.chunks.map((c) => {
        if (!isValue(c.text)) return c
        const d = shift(c.x0, c.x1)
        return d === 0 ? c : { ...c, x0: c.x0 + d, x1: c.x1 + d }
      }),
    }
  })
}
