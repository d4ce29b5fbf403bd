/**
 * Ruling lines: the horizontal and vertical strokes a PDF draws for a table's borders (thin filled
 * rectangles, or stroked segments), in page coordinates (y downward). Where a table is ruled, they
 * say exactly which header words share a cell (a wrapped label, a group label over its children)
 * and which printed lines share a row.
 * @module
 */

/** An axis-aligned ruling on a page: horizontal when `y0 === y1`, vertical when `x0 === x1`. */
export interface Ruling {
  /** Page (1-based). */
  readonly page: number
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

/** Most rulings kept per page (a page of vector art is not a table). */
export const MAX_RULINGS_PER_PAGE = 20_000

/** Thickness below which a filled rectangle is a line, in page units. */
const THIN = 2.5

/**
 * The rulings of an axis-aligned rectangle or segment: a thin rectangle is one line along its long
 * side, a larger one gives its four edges (a cell's shaded background bounds the cell).
 *
 * @param page - page (1-based)
 * @param x0 - left
 * @param y0 - top
 * @param x1 - right
 * @param y1 - bottom
 * @returns zero to four rulings
 * @example
 * ```ts
 * rulingsOfBox(1, 10, 20, 200, 20.6) // [{ page: 1, x0: 10, y0: 20.3, x1: 200, y1: 20.3 }]
 * ```
 */
export function rulingsOfBox(page: number, x0: number, y0: number, x1: number, y1: number): Ruling[] {
  const l = Math.min(x0, x1)
  const r = Math.max(x0, x1)
  const t = Math.min(y0, y1)
  const b = Math.max(y0, y1)
  const w = r - l
  const h = b - t
  if (!Number.isFinite(w) || !Number.isFinite(h)) return []
  if (w <= THIN && h <= THIN) return []
  if (h <= THIN) return [{ page, x0: l, y0: (t + b) / 2, x1: r, y1: (t + b) / 2 }]
  if (w <= THIN) return [{ page, x0: (l + r) / 2, y0: t, x1: (l + r) / 2, y1: b }]
  return [
    { page, x0: l, y0: t, x1: r, y1: t },
    { page, x0: l, y0: b, x1: r, y1: b },
    { page, x0: l, y0: t, x1: l, y1: b },
    { page, x0: r, y0: t, x1: r, y1: b },
  ]
}

/** Rulings of one page split by direction. */
export interface PageRulings {
  readonly horizontal: readonly Ruling[]
  readonly vertical: readonly Ruling[]
}

/**
 * Splits the rulings of one page into horizontal and vertical ones.
 *
 * @param rulings - every ruling of the document
 * @param page - the page wanted
 * @returns its horizontal and vertical rulings
 * @example
 * ```ts
 * rulingsOfPage(rulings, 3).vertical.length
 * ```
 */
export function rulingsOfPage(rulings: readonly Ruling[], page: number): PageRulings {
  const horizontal: Ruling[] = []
  const vertical: Ruling[] = []
  for (const r of rulings) {
    if (r.page !== page) continue
    if (r.y0 === r.y1) horizontal.push(r)
    else if (r.x0 === r.x1) vertical.push(r)
  }
  return { horizontal: joinCollinear(horizontal, true), vertical: joinCollinear(vertical, false) }
}

/** The box a point sits in, bounded by the nearest rulings that cross its row and column. */
export interface CellBox {
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

/**
 * The cell around a piece of text: the nearest vertical rulings left and right of it that span its
 * height, the nearest horizontal rulings above and below that span its width. `undefined` when a
 * side has no ruling (an unruled table).
 *
 * @param r - the page's rulings
 * @param x0 - left of the text
 * @param x1 - right of the text
 * @param y - its vertical middle
 * @param tol - slack, in page units
 * @returns the box, or `undefined`
 * @example
 * ```ts
 * cellAround(rulingsOfPage(rulings, 1), 40, 72, 290, 1)?.left
 * ```
 */
export function cellAround(
  r: PageRulings,
  x0: number,
  x1: number,
  y: number,
  tol: number,
): CellBox | undefined {
  const mid = (x0 + x1) / 2
  let left = Number.NEGATIVE_INFINITY
  let right = Number.POSITIVE_INFINITY
  for (const v of r.vertical) {
    if (v.y0 > y + tol || v.y1 < y - tol) continue
    if (v.x0 <= x0 + tol && v.x0 > left) left = v.x0
    if (v.x0 >= x1 - tol && v.x0 < right) right = v.x0
  }
  if (!Number.isFinite(left) || !Number.isFinite(right)) return undefined
  let top = Number.NEGATIVE_INFINITY
  let bottom = Number.POSITIVE_INFINITY
  for (const h of r.horizontal) {
    if (h.x0 > mid + tol || h.x1 < mid - tol) continue
    if (h.y0 <= y && h.y0 > top) top = h.y0
    if (h.y0 >= y && h.y0 < bottom) bottom = h.y0
  }
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return undefined
  return { left, right, top, bottom }
}

/** Joins rulings on one line whose pieces touch (a border drawn cell by cell is one ruling). */
function joinCollinear(list: Ruling[], horizontal: boolean): Ruling[] {
  const at = (r: Ruling): number => (horizontal ? r.y0 : r.x0)
  const from = (r: Ruling): number => (horizontal ? r.x0 : r.y0)
  const to = (r: Ruling): number => (horizontal ? r.x1 : r.y1)
  const sorted = [...list].sort((a, b) => at(a) - at(b) || from(a) - from(b))
  const out: Ruling[] = []
  let cur: { page: number; at: number; from: number; to: number } | undefined
  const push = (): void => {
    if (!cur) return
    out.push(
      horizontal
        ? { page: cur.page, x0: cur.from, y0: cur.at, x1: cur.to, y1: cur.at }
        : { page: cur.page, x0: cur.at, y0: cur.from, x1: cur.at, y1: cur.to },
    )
  }
  for (const r of sorted) {
    // pieces a fraction apart are one line; sorted by position, a piece can start before the last
    if (cur && Math.abs(at(r) - cur.at) < 1 && from(r) <= cur.to + 1.5 && to(r) >= cur.from - 1.5) {
      cur.from = Math.min(cur.from, from(r))
      cur.to = Math.max(cur.to, to(r))
      continue
    }
    push()
    cur = { page: r.page, at: at(r), from: from(r), to: to(r) }
  }
  push()
  return out
}
