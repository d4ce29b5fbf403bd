/**
 * The ruling lines of a PDF page, from its drawing operators: the path of every fill and stroke,
 * through the current transformation matrix (save / restore / transform followed), each straight
 * axis-aligned piece kept as a ruling. Curves and diagonal strokes are skipped. Bounded per page.
 * @module
 */
import { MAX_RULINGS_PER_PAGE, type Ruling, rulingsOfBox } from '../layout/rulings'
import type { PdfjsModule, PdfPage } from './loadPdfjs'

type Matrix = readonly [number, number, number, number, number, number]

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  x * m[0] + y * m[2] + m[4],
  x * m[1] + y * m[3] + m[5],
]

const multiply = (m: Matrix, t: readonly number[]): Matrix => {
  const [a, b, c, d, e, f] = [t[0] ?? 1, t[1] ?? 0, t[2] ?? 0, t[3] ?? 1, t[4] ?? 0, t[5] ?? 0]
  return [
    a * m[0] + b * m[2],
    a * m[1] + b * m[3],
    c * m[0] + d * m[2],
    c * m[1] + d * m[3],
    e * m[0] + f * m[2] + m[4],
    e * m[1] + f * m[3] + m[5],
  ]
}

// PDF.js ≥ 5 path commands (DrawOPS)
const MOVE = 0
const LINE = 1
const CURVE = 2
const QUAD = 3
const CLOSE = 4

function isNumberList(v: unknown): v is ArrayLike<number> {
  return (
    (Array.isArray(v) || ArrayBuffer.isView(v)) &&
    typeof (v as ArrayLike<unknown>).length === 'number' &&
    ((v as ArrayLike<unknown>).length === 0 || typeof (v as ArrayLike<unknown>)[0] === 'number')
  )
}

/** Paint of a path: neither (`n`, a clip), a fill, or a stroke. */
export type PathPaint = 0 | 1 | 2

/**
 * The state shared by both ways of reading a page's paths (PDF.js's operator list, or the content
 * stream read directly): the transformation matrix, its save stack and the rulings found so far.
 */
export interface RulingSink {
  ctm: Matrix
  readonly stack: Matrix[]
  readonly out: Ruling[]
  readonly page: number
}

/**
 * A sink starting at the page's viewport transform.
 *
 * @param viewport - the page's viewport transform (y downward)
 * @param page - page number (1-based)
 * @returns an empty sink
 * @example
 * ```ts
 * const sink = rulingSink([1, 0, 0, -1, 0, 842], 1)
 * ```
 */
export function rulingSink(viewport: readonly number[], page: number): RulingSink {
  return {
    ctm: [
      viewport[0] ?? 1,
      viewport[1] ?? 0,
      viewport[2] ?? 0,
      viewport[3] ?? 1,
      viewport[4] ?? 0,
      viewport[5] ?? 0,
    ],
    stack: [],
    out: [],
    page,
  }
}

/**
 * `q`: saves the matrix (a bounded stack).
 *
 * @param s - the sink
 * @example
 * ```ts
 * sinkSave(sink)
 * ```
 */
export function sinkSave(s: RulingSink): void {
  if (s.stack.length < 1000) s.stack.push(s.ctm)
}

/**
 * `Q`: restores the matrix (unchanged when nothing was saved).
 *
 * @param s - the sink
 * @example
 * ```ts
 * sinkRestore(sink)
 * ```
 */
export function sinkRestore(s: RulingSink): void {
  s.ctm = s.stack.pop() ?? s.ctm
}

/**
 * `cm`: concatenates a matrix to the current one.
 *
 * @param s - the sink
 * @param t - the six numbers of the matrix
 * @example
 * ```ts
 * sinkTransform(sink, [1, 0, 0, 1, 10, 20])
 * ```
 */
export function sinkTransform(s: RulingSink, t: ArrayLike<number>): void {
  s.ctm = multiply(s.ctm, Array.from(t))
}

/**
 * A Form XObject begins: saves, then concatenates its `/Matrix` when it has one. It ends with
 * {@link sinkRestore}.
 *
 * @param s - the sink
 * @param matrix - the form's matrix, or `null`
 * @example
 * ```ts
 * sinkFormBegin(sink, [1, 0, 0, 1, 50, 50])
 * ```
 */
export function sinkFormBegin(s: RulingSink, matrix: ArrayLike<number> | null): void {
  sinkSave(s)
  if (matrix !== null && matrix.length >= 6) sinkTransform(s, matrix)
}

/**
 * A painted path: a filled one gives its box, a stroked one each straight axis-aligned segment.
 *
 * @param s - the sink
 * @param paint - 0 none (`n`, a clip), 1 fill, 2 stroke
 * @param data - PDF.js `DrawOPS` data: 0 move x y, 1 line x y, 2 curve (6 numbers), 3 quad (4), 4 close
 * @example
 * ```ts
 * sinkPath(sink, 2, [0, 10, 10, 1, 200, 10]) // one horizontal ruling
 * ```
 */
export function sinkPath(s: RulingSink, paint: PathPaint, data: ArrayLike<number>): void {
  if (paint !== 0) pathRulings(data, s.ctm, s.page, paint === 2, s.out)
}

/**
 * Has the sink as many rulings as a page may have?
 *
 * @param s - the sink
 * @returns whether reading may stop
 * @example
 * ```ts
 * if (sinkFull(sink)) return
 * ```
 */
export const sinkFull = (s: RulingSink): boolean => s.out.length >= MAX_RULINGS_PER_PAGE

/**
 * Reads the rulings of one page from PDF.js's operator list (the reference, and the fallback when
 * the content stream cannot be read directly). Returns `[]` when the PDF.js build gives no operator
 * list or paths in a shape it does not know (the reader then falls back to positions alone).
 * Annotations are left out: a table is printed in the page's content.
 *
 * @param pdfjs - the loaded PDF.js
 * @param page - the page
 * @param viewport - the page's viewport transform (y downward)
 * @param pageNo - page number (1-based)
 * @returns the page's rulings in viewport coordinates
 * @example
 * ```ts
 * const rulings = await pageRulings(pdfjs, page, page.getViewport({ scale: 1 }).transform, 1)
 * ```
 */
export async function pageRulings(
  pdfjs: PdfjsModule,
  page: PdfPage,
  viewport: readonly number[],
  pageNo: number,
): Promise<Ruling[]> {
  const OPS = pdfjs.OPS
  if (!OPS || !page.getOperatorList) return []
  let list: Awaited<ReturnType<NonNullable<PdfPage['getOperatorList']>>>
  try {
    list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode?.DISABLE ?? 0 })
  } catch {
    return []
  }
  const fills = new Set([OPS.fill, OPS.eoFill].filter((n): n is number => n !== undefined))
  const strokes = new Set(
    [
      OPS.stroke,
      OPS.closeStroke,
      OPS.fillStroke,
      OPS.eoFillStroke,
      OPS.closeFillStroke,
      OPS.closeEOFillStroke,
    ].filter((n): n is number => n !== undefined),
  )
  const sink = rulingSink(viewport, pageNo)
  const n = Math.min(list.fnArray.length, list.argsArray.length)
  for (let i = 0; i < n && !sinkFull(sink); i++) {
    const fn = list.fnArray[i]
    const args = list.argsArray[i]
    if (fn === OPS.save) sinkSave(sink)
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) sinkRestore(sink)
    else if (fn === OPS.transform && isNumberList(args)) sinkTransform(sink, args)
    else if (fn === OPS.paintFormXObjectBegin) {
      const m = Array.isArray(args) ? args[0] : undefined
      sinkFormBegin(sink, isNumberList(m) ? m : null)
    } else if (fn === OPS.constructPath && Array.isArray(args)) {
      const paint = args[0]
      const fill = typeof paint === 'number' && fills.has(paint)
      const stroke = typeof paint === 'number' && strokes.has(paint)
      if (!fill && !stroke) continue
      const holder = args[1]
      const data = Array.isArray(holder) ? holder[0] : undefined
      if (!isNumberList(data)) continue
      sinkPath(sink, stroke ? 2 : 1, data)
    }
  }
  return sink.out.slice(0, MAX_RULINGS_PER_PAGE)
}

function pathRulings(data: ArrayLike<number>, m: Matrix, page: number, stroke: boolean, out: Ruling[]): void {
  // subpaths of straight pieces: a filled one gives its box, a stroked one each of its segments
  let pts: [number, number][] = []
  let straight = true
  const flush = (): void => {
    if (pts.length >= 2 && straight) {
      if (stroke) {
        for (let k = 1; k < pts.length; k++) {
          const [ax, ay] = pts[k - 1]!
          const [bx, by] = pts[k]!
          if (Math.abs(ax - bx) < 0.5 || Math.abs(ay - by) < 0.5)
            out.push(...rulingsOfBox(page, ax, ay, bx, by))
        }
      } else if (pts.length <= 6 && pts.every(([x, y], k) => k === 0 || axisAligned(pts[k - 1]!, [x, y]))) {
        let x0 = Number.POSITIVE_INFINITY
        let y0 = Number.POSITIVE_INFINITY
        let x1 = Number.NEGATIVE_INFINITY
        let y1 = Number.NEGATIVE_INFINITY
        for (const [x, y] of pts) {
          x0 = Math.min(x0, x)
          y0 = Math.min(y0, y)
          x1 = Math.max(x1, x)
          y1 = Math.max(y1, y)
        }
        out.push(...rulingsOfBox(page, x0, y0, x1, y1))
      }
    }
    pts = []
    straight = true
  }
  let i = 0
  while (i < data.length && out.length < MAX_RULINGS_PER_PAGE) {
    const op = data[i]
    if (op === MOVE) {
      flush()
      pts.push(apply(m, data[i + 1] ?? 0, data[i + 2] ?? 0))
      i += 3
    } else if (op === LINE) {
      pts.push(apply(m, data[i + 1] ?? 0, data[i + 2] ?? 0))
      i += 3
    } else if (op === CURVE) {
      straight = false
      i += 7
    } else if (op === QUAD) {
      straight = false
      i += 5
    } else if (op === CLOSE) {
      if (pts.length > 1) pts.push(pts[0]!)
      i += 1
    } else return // a path format this reader does not know: no rulings from it
  }
  flush()
}

function axisAligned(a: readonly [number, number], b: readonly [number, number]): boolean {
  return Math.abs(a[0] - b[0]) < 0.5 || Math.abs(a[1] - b[1]) < 0.5
}
