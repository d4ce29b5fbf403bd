/**
 * The grid of a table read from positions (PDF, column-aligned text): value columns from the
 * extents of amount chunks (overlap-merged across rows: right-aligned numbers of one column
 * overlap), label columns from the text between them, header-only columns from header words
 * over no body cell; each chunk goes to the column it overlaps most. Lines without any value that
 * sit closer to a row than the row pitch are wrapped labels and are rejoined to that row. Header
 * paths by horizontal coverage, a group label extended over the words printed under it, wrapped
 * header pieces joined.
 * @module
 */
import { alignPages } from './alignPages'
import { type Chunk, isAmount, isDash, type LayoutLine } from './lineModel'
import { buildColumns } from './roles'
import { type CellBox, cellAround, type PageRulings, type Ruling, rulingsOfPage } from './rulings'
import type { TableBlock } from './segment'
import type { GridColumn, GridRow } from './types'

interface Span {
  x0: number
  x1: number
}

const MAX_COLUMNS = 256

function mergeSpans(spans: Span[], tol: number): Span[] {
  spans.sort((a, b) => a.x0 - b.x0)
  const out: Span[] = []
  for (const s of spans) {
    const last = out[out.length - 1]
    if (last && s.x0 <= last.x1 + tol) last.x1 = Math.max(last.x1, s.x1)
    else out.push({ x0: s.x0, x1: s.x1 })
  }
  return out
}

function overlap(a: Span, b: Span): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
}

function columnOf(c: Span, cols: readonly Span[]): number {
  let best = -1
  let bestOv = 0
  for (let i = 0; i < cols.length; i++) {
    const ov = overlap(c, cols[i]!)
    if (ov > bestOv || (ov === bestOv && best < 0 && ov >= 0)) {
      best = i
      bestOv = ov
    }
  }
  if (best >= 0 && bestOv >= 0) return best
  // no overlap: the nearest column by centre
  const mid = (c.x0 + c.x1) / 2
  let dist = Number.POSITIVE_INFINITY
  for (let i = 0; i < cols.length; i++) {
    const d = Math.abs((cols[i]!.x0 + cols[i]!.x1) / 2 - mid)
    if (d < dist) {
      dist = d
      best = i
    }
  }
  return best
}

const isValueText = (t: string): boolean => isAmount(t) || isDash(t)

/**
 * A wide text cell printed right after a value column (绩效目标 beside 其他资金) may touch the
 * column's last amounts by a few points: the text's extent starts where the value column ends, so
 * that the two stay two columns (the amounts are never read into the text).
 *
 * @param t - the extent of a text chunk of the body, mostly outside every value column
 * @param values - the value columns
 * @returns the extent, cut at the right edge of a value column it starts inside
 * @example
 * ```ts
 * besideValues({ x0: 549, x1: 794 }, [{ x0: 528, x1: 554 }]) // { x0: 554, x1: 794 }
 * ```
 */
function besideValues(t: Span, values: readonly Span[]): Span {
  let x0 = t.x0
  for (const v of values) if (v.x0 <= x0 && v.x1 > x0 && v.x1 < t.x1) x0 = v.x1
  return x0 === t.x0 ? t : { x0, x1: t.x1 }
}

/**
 * Builds the columns and rows of a positioned table block.
 *
 * @param block - a segmented table whose lines carry positions
 * @param rulings - the document's ruling lines (PDF), if any: they bound header cells and rows
 * @returns columns (header paths, roles, sides) and rows
 * @example
 * ```ts
 * gridFromPositions(block).rows[0].cells // ['一、一般公共预算', '456,990.37', '一、一般公共服务支出', '16.25']
 * ```
 */
export function gridFromPositions(
  block0: TableBlock,
  rulings: readonly Ruling[] = [],
): { columns: GridColumn[]; rows: GridRow[] } {
  const size = medianSize([...block0.headerLines, ...block0.bodyLines])
  const block: TableBlock = {
    ...block0,
    headerLines: block0.headerLines.map(joinSpacedWords),
    ...(block0.leadLines !== undefined ? { leadLines: block0.leadLines.map(joinSpacedWords) } : {}),
    // a continuation page that sets its columns apart differently: its amounts onto the first page's columns
    bodyLines: alignPages(block0.bodyLines.map(joinSpacedLabels), size),
  }
  const pageRulings = new Map<number, PageRulings>()
  const rulingsOn = (page: number): PageRulings => {
    let r = pageRulings.get(page)
    if (!r) {
      r = rulingsOfPage(rulings, page)
      pageRulings.set(page, r)
    }
    return r
  }
  const tol = 0.1 * size
  const numeric: Span[] = []
  const texts: Span[] = []
  for (const l of block.bodyLines)
    for (const c of l.chunks) (isValueText(c.text) ? numeric : texts).push({ x0: c.x0, x1: c.x1 })
  const valueCols = mergeSpans(numeric, tol)
  const textCols = mergeSpans(
    texts
      .filter((t) => !valueCols.some((v) => overlap(t, v) > 0.5 * (t.x1 - t.x0)))
      .map((t) => besideValues(t, valueCols)),
    tol,
  )
  let cols = mergeSpans([...valueCols, ...textCols], -tol)
  // header words over no body cell: columns printed blank
  const extra: Span[] = []
  block.headerLines.forEach((l, i) => {
    l.chunks.forEach((c, j) => {
      if (cols.some((k) => overlap(c, k) > -tol)) return
      // only a word with nothing printed under it (a group label is not a column)
      const left = j > 0 ? (l.chunks[j - 1]!.x1 + c.x0) / 2 : Number.NEGATIVE_INFINITY
      const right = j + 1 < l.chunks.length ? (c.x1 + l.chunks[j + 1]!.x0) / 2 : Number.POSITIVE_INFINITY
      const under = block.headerLines.slice(i + 1).some((b) =>
        b.chunks.some((d) => {
          const mid = (d.x0 + d.x1) / 2
          return mid > left && mid < right && overlap(d, c) <= 0
        }),
      )
      if (under) return
      // a word centred over a column it does not touch belongs to it, unless a neighbour claims it
      const k = columnOf(c, cols)
      const claimed =
        k < 0 || l.chunks.some((d, m) => m !== j && (overlap(d, cols[k]!) > -tol || columnOf(d, cols) === k))
      // far right of every column (广东's 绩效目标, blank on a page of totals): a column of its own
      const far = cols.length > 0 && c.x0 > cols[cols.length - 1]!.x1 + 3 * size
      if (!claimed && !far) return
      extra.push({ x0: c.x0, x1: c.x1 })
    })
  })
  if (extra.length > 0) cols = mergeSpans([...cols, ...mergeSpans(extra, tol)], -tol)
  // a ruled table: its columns are the spaces between its vertical rulings
  const ruled = rulings.length > 0 ? ruledColumns(block, rulingsOn, size) : undefined
  if (ruled) cols = ruled
  if (cols.length === 0) cols = [{ x0: 0, x1: 1 }]
  cols = cols.slice(0, MAX_COLUMNS)
  const width = cols.length

  // rows: cells by column, wrapped labels rejoined
  interface Row {
    cells: string[]
    page: number
    y: number
    hasValue: boolean
    /** Left edge of each cell's first glyph (its topmost piece once wrapped lines are joined); NaN where blank. */
    lefts: number[]
  }
  // a short last piece of a goal ('牌。') on a page printed a little left of the first: in the text
  // column its line belongs to, never in the value column it touches
  const goalCols = new Set((block.textSpans ?? []).map((t) => columnOf(t, cols)).filter((k) => k >= 0))
  const textPieceColumn = (c: Chunk, k: number): number | undefined => {
    if (goalCols.size === 0 || goalCols.has(k) || isValueText(c.text) || k < 0) return undefined
    const span = block.textSpans?.find((t) => c.x0 >= t.x0 - tol && c.x1 <= t.x1 + size)
    return span === undefined ? undefined : columnOf(span, cols)
  }
  const rows0: Row[] = block.bodyLines.map((l) => {
    const cells: string[] = new Array(width).fill('')
    const lefts: number[] = new Array(width).fill(Number.NaN)
    let hasValue = false
    for (const c of l.chunks) {
      const under = columnOf(c, cols)
      const k = textPieceColumn(c, under) ?? under
      if (k < 0) continue
      if (cells[k] === '') lefts[k] = c.x0
      cells[k] = cells[k] === '' ? c.text : `${cells[k]}${c.text}`
      if (isValueText(c.text)) hasValue = true
    }
    return { cells, page: l.page, y: l.y ?? 0, hasValue, lefts }
  })
  const paths =
    (rulings.length > 0
      ? boxedHeaderPaths(block.headerLines, block.leadLines ?? [], cols, size, rulingsOn)
      : undefined) ?? headerPaths(splitRunTogetherHeaders(block.headerLines, valueCols, size), cols, size)
  // a header repeated on a continuation page, its words printed in the same columns: not a row
  const firstPage = block.headerLines[0]?.page ?? block.bodyLines[0]?.page ?? 0
  const squeeze = (t: string): string => t.replace(/\s+/g, '')
  const headerText = paths.map((p) => squeeze(p.join('')))
  const repeatsHeader = (r: Row): boolean =>
    !r.hasValue &&
    r.page !== firstPage &&
    r.cells.some((c) => c !== '') &&
    r.cells.every((c, k) => c === '' || (headerText[k] ?? '').includes(squeeze(c)))
  const bands0 = rulings.length > 0 ? block.bodyLines.map((l) => rowBand(l, rulingsOn(l.page), size)) : []
  const wrapped = rejoinWrappedAmounts(rows0, (i) => bands0[i] !== undefined)
  let rows = wrapped.map((i) => rows0[i]!)
  let bands = bands0.length > 0 ? wrapped.map((i) => bands0[i]) : []
  if (block.textSpans !== undefined && bands.every((b) => b === undefined)) {
    // an unruled table with a wide text column: its wrapped lines join the rows they belong to
    const text = new Set(block.textSpans.map((s) => columnOf(s, cols)).filter((k) => k >= 0))
    // …but not the lines of a header repeated on a continuation page (广州 卫健委 p.44: its
    // 支出项目类别（资金使用单位） and 绩效目标 were joined into the first row's label and goal)
    // (lines above the first amounts of their page only, each piece of two characters or more: a
    // label's short last piece, '项', is no header even where the header holds it)
    const firstValued = new Map<number, number>()
    for (const r of rows) if (r.hasValue && !firstValued.has(r.page)) firstValued.set(r.page, r.y)
    const headerAgain = (r: Row): boolean =>
      r.y < (firstValued.get(r.page) ?? Number.POSITIVE_INFINITY) &&
      r.cells.every((c) => c === '' || squeeze(c).length >= 2) &&
      repeatsHeader(r)
    rows = joinWrappedText(
      rows.filter((r) => !headerAgain(r)),
      text,
    )
    bands = []
  }
  const pitch = rowPitch(rows, size)
  const kept: Row[] = []
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!
    // ruled rows: lines between the same two horizontal rulings are one row (a wrapped label)
    const band = bands[i]
    const prevBand = bands[i - 1]
    const prevRow = kept[kept.length - 1]
    if (band && prevBand && prevRow && prevRow.page === r.page && sameBand(band, prevBand)) {
      for (let k = 0; k < width; k++) {
        const p = r.cells[k] ?? ''
        if (p === '') continue
        if (prevRow.cells[k] === '') prevRow.lefts[k] = r.lefts[k] ?? Number.NaN
        prevRow.cells[k] = prevRow.cells[k] === '' ? p : `${prevRow.cells[k]}${p}`
      }
      prevRow.hasValue ||= r.hasValue
      continue
    }
    if (band) {
      kept.push(r)
      continue
    }
    if (!r.hasValue && pitch > 0) {
      const prev = kept[kept.length - 1]
      const next = rows[i + 1]
      const dPrev = prev && prev.page === r.page && prev.hasValue ? r.y - prev.y : Number.POSITIVE_INFINITY
      const dNext = next && next.page === r.page && next.hasValue ? next.y - r.y : Number.POSITIVE_INFINITY
      const near = 0.75 * pitch
      if (Math.min(dPrev, dNext) < near) {
        if (dNext < dPrev && next) joinInto(next, r, true)
        else if (prev) joinInto(prev, r, false)
        continue
      }
    }
    kept.push(r)
  }

  const body = kept.filter((r) => !repeatsHeader(r))
  const indents = indentsOf(body, size)
  const gridRows: GridRow[] = joinRowsOverPageBreaks(
    body.map((r, i) => {
      const row = indents[i]
      return row === undefined
        ? { cells: r.cells, page: r.page }
        : { cells: r.cells, page: r.page, indents: row }
    }),
  )
  const columns = buildColumns(
    paths,
    gridRows.map((r) => r.cells),
  )
  return { columns, rows: gridRows }
}

const ALL_CJK = /^[\u4e00-\u9fff]{4,40}$/

/**
 * Two header cells whose first lines the extraction ran into one chunk ('政府性基金国有资本经' over
 * the 政府性基金预算 and 国有资本经营预算 columns, '预算' and '营预算' below it) are cut back into
 * one chunk per cell. A chunk is cut when it is all Chinese, stands over two or more value columns,
 * and the header lines within a wrapped label's pitch below it print its continuations inside its
 * extent, one under each
 * piece (a group label is centred over children that reach at least as wide as itself). The cells
 * tile the chunk and their amounts are aligned alike: each cut lies as far right of a column's
 * amounts as the chunk's end lies from the last column's, on the nearest character boundary.
 *
 * @param lines - the header lines of an unruled table
 * @param valueCols - the extents of the value columns
 * @param size - the font size
 * @returns the lines, run-together header chunks cut
 * @example
 * ```ts
 * // '政府性基金国有资本经' [337-439] over columns [368-388] and [420-440], '预算' [352-372] and
 * // '营预算' [399-429] on the next line
 * splitRunTogetherHeaders(lines, valueCols, 10)[0].chunks.map((c) => c.text) // ['政府性基金', '国有资本经']
 * ```
 */
function splitRunTogetherHeaders(
  lines: readonly LayoutLine[],
  valueCols: readonly Span[],
  size: number,
): LayoutLine[] {
  return lines.map((line, i) => {
    // the lines within a wrapped label's pitch below it (a neighbour's piece may print between)
    const below: Chunk[] = []
    for (let m = i + 1; m < lines.length && (lines[m]!.y ?? 0) - (line.y ?? 0) < 1.8 * size; m++)
      below.push(...lines[m]!.chunks)
    if (below.length === 0) return line
    let changed = false
    const chunks = line.chunks.flatMap((c): Chunk[] => {
      if (!ALL_CJK.test(c.text)) return [c]
      const under = valueCols.filter((v) => overlap(c, v) > 0)
      if (under.length < 2) return [c]
      const pieces = below.filter((b) => b.x0 > c.x0 && b.x1 < c.x1)
      if (pieces.length < under.length) return [c]
      const n = c.text.length
      const w = (c.x1 - c.x0) / n
      const offset = c.x1 - under[under.length - 1]!.x1
      const cuts: number[] = []
      for (const v of under.slice(0, -1)) {
        const k = Math.round((v.x1 + offset - c.x0) / w)
        if (k <= (cuts.at(-1) ?? 0) || k >= n) return [c]
        cuts.push(k)
      }
      const bounds = [0, ...cuts, n]
      // a cut is a character boundary as estimated: each piece stops a quarter character short of it
      const parts = bounds.slice(0, -1).map((k, j) => ({
        text: c.text.slice(k, bounds[j + 1]),
        x0: k === 0 ? c.x0 : c.x0 + (k + 0.25) * w,
        x1: bounds[j + 1] === n ? c.x1 : c.x0 + (bounds[j + 1]! - 0.25) * w,
      }))
      // each piece over its own column, a continuation under each
      const fits = parts.every(
        (p, j) =>
          overlap(p, under[j]!) > 0 &&
          pieces.some((b) => (b.x0 + b.x1) / 2 > p.x0 && (b.x0 + b.x1) / 2 < p.x1),
      )
      if (!fits) return [c]
      changed = true
      return parts
    })
    return changed ? { ...line, chunks } : line
  })
}

/** Header words printed letter-spaced over a wide cell ('金   额', '收        入'). */
const SPACED_WORDS = new Set([
  '项目',
  '金额',
  '收入',
  '支出',
  '合计',
  '总计',
  '小计',
  '科目',
  '名称',
  '编码',
  '代码',
  '备注',
  '序号',
  '栏次',
  '单位',
])

/**
 * A header word printed letter-spaced over a wide cell ('金   额', '收 … 入' over a whole side) is
 * one word: consecutive chunks of one Chinese character each, whose characters together make a
 * header word of the vocabulary, printed within 12 font sizes of each other, are joined into one
 * chunk spanning both. Other single characters ('类 款 项', three columns) stay apart.
 *
 * @param line - a header line from positions
 * @returns the line, its letter-spaced words joined
 * @example
 * ```ts
 * joinSpacedWords({ page: 1, tabbed: false, size: 10, chunks: [
 *   { text: '金', x0: 245, x1: 254 }, { text: '额', x0: 265, x1: 275 }] }).chunks
 * // [{ text: '金额', x0: 245, x1: 275 }]
 * ```
 */
export function joinSpacedWords(line: LayoutLine): LayoutLine {
  const one = (t: string): boolean => /^[\u4e00-\u9fff]$/.test(t)
  if (line.chunks.filter((c) => one(c.text)).length < 2) return line
  const size = line.size ?? 1
  const chunks: Chunk[] = []
  for (const c of line.chunks) {
    const last = chunks[chunks.length - 1]
    if (
      last !== undefined &&
      one(last.text) &&
      one(c.text) &&
      c.x0 - last.x1 <= 12 * size &&
      SPACED_WORDS.has(last.text + c.text)
    ) {
      chunks[chunks.length - 1] = { text: last.text + c.text, x0: last.x0, x1: c.x1 }
      continue
    }
    chunks.push(c)
  }
  return chunks.length === line.chunks.length ? line : { ...line, chunks }
}

/** Summary line labels printed letter-spaced across a wide label cell ('收   入   总   计'). */
const SPACED_LABELS = new Set([
  '合计',
  '总计',
  '小计',
  '收入总计',
  '支出总计',
  '收入合计',
  '支出合计',
  '本年收入合计',
  '本年支出合计',
])

/**
 * A summary line label printed letter-spaced in a body line ('收 入 总 计', one character a chunk,
 * each within 3 font sizes of the next) is one label: a run of chunks of one Chinese character each
 * whose characters together make a summary label of the vocabulary is joined into one chunk. Other
 * runs of single characters stay apart.
 *
 * @param line - a body line from positions
 * @returns the line, its letter-spaced labels joined
 * @example
 * ```ts
 * joinSpacedLabels({ page: 1, tabbed: false, size: 9, chunks: [{ text: '收', x0: 110, x1: 119 },
 *   { text: '入', x0: 128, x1: 137 }, { text: '总', x0: 146, x1: 155 }, { text: '计', x0: 164, x1: 173 },
 *   { text: '201286.11', x0: 301, x1: 342 }] }).chunks.map((c) => c.text)
 * // ['收入总计', '201286.11']
 * ```
 */
function joinSpacedLabels(line: LayoutLine): LayoutLine {
  const one = (t: string): boolean => /^[\u4e00-\u9fff]$/.test(t)
  if (line.chunks.filter((c) => one(c.text)).length < 2) return line
  const size = line.size ?? 1
  const chunks: Chunk[] = []
  let i = 0
  while (i < line.chunks.length) {
    let j = i
    while (
      j + 1 < line.chunks.length &&
      one(line.chunks[j]!.text) &&
      one(line.chunks[j + 1]!.text) &&
      line.chunks[j + 1]!.x0 - line.chunks[j]!.x1 <= 3 * size
    )
      j++
    const run = line.chunks.slice(i, j + 1)
    const text = run.map((c) => c.text).join('')
    if (run.length > 1 && SPACED_LABELS.has(text)) {
      chunks.push({ text, x0: run[0]!.x0, x1: run[run.length - 1]!.x1 })
      i = j + 1
      continue
    }
    chunks.push(line.chunks[i]!)
    i++
  }
  return chunks.length === line.chunks.length ? line : { ...line, chunks }
}

/**
 * The decimals most amounts of a table print (2 in a table of 1,234.56), if any print decimals.
 * @example
 * ```ts
 * usualDecimals([{ cells: ['1,234.56', '7.00'] }]) // 2
 * ```
 */
function usualDecimals(rows: readonly { cells: readonly string[] }[]): number | undefined {
  const counts = new Map<number, number>()
  for (const r of rows)
    for (const c of r.cells) {
      const dot = c.lastIndexOf('.')
      if (dot < 0 || !isAmount(c)) continue
      const n = c.length - dot - 1
      counts.set(n, (counts.get(n) ?? 0) + 1)
    }
  let best: number | undefined
  let bestCount = 2
  for (const [n, count] of counts)
    if (count > bestCount && n > 0) {
      best = n
      bestCount = count
    }
  return best
}

/**
 * An amount too wide for its cell wraps around the row's middle: its first digits on a line above
 * the row, the rest on a line below ('576,171.1' | 合计 665,964.37 … | '1'). The two lines print
 * nothing but such pieces, in the same columns, where the row between them is blank; each piece
 * alone has not the table's usual decimals, the two joined have. Returns the indexes of the rows
 * kept, the pieces joined into the row between them.
 *
 * @param rows - rows of a table from positions, top to bottom (cells changed in place)
 * @param ruled - true for a row between horizontal rulings (a ruled row is joined by its band)
 * @returns indexes of the rows kept
 * @example
 * ```ts
 * const rows = [['', '', '576,171.1'], ['合计', '665,964.37', ''], ['', '', '1'], ['教育支出', '30.00', '30.00']]
 *   .map((cells, i) => ({ cells, page: 1, y: 10 + 5 * i, hasValue: true }))
 * rejoinWrappedAmounts(rows, () => false) // [1, 3]; rows[1].cells: ['合计', '665,964.37', '576,171.11']
 * ```
 */
export function rejoinWrappedAmounts(
  rows: readonly { cells: string[]; page: number; y: number; hasValue: boolean }[],
  ruled: (i: number) => boolean,
): number[] {
  const decimals = usualDecimals(rows)
  const kept: number[] = []
  const usual = (t: string): boolean => {
    const dot = t.lastIndexOf('.')
    return isAmount(t) && dot >= 0 && t.length - dot - 1 === decimals
  }
  const pieceOnly = (cells: readonly string[]): boolean =>
    cells.some((c) => c !== '') && cells.every((c) => c === '' || /^[-−(（]?[\d,.]{1,20}$/.test(c))
  for (let i = 0; i < rows.length; i++) {
    const above = rows[i]!
    const row = rows[i + 1]
    const below = rows[i + 2]
    if (
      decimals === undefined ||
      !row ||
      !below ||
      ruled(i) ||
      ruled(i + 1) ||
      ruled(i + 2) ||
      above.page !== row.page ||
      below.page !== row.page ||
      !(above.y < row.y && row.y < below.y) ||
      !pieceOnly(above.cells) ||
      !pieceOnly(below.cells) ||
      pieceOnly(row.cells) ||
      !above.cells.every((a, k) => {
        const b = below.cells[k] ?? ''
        if (a === '' || b === '') return a === b
        return (row.cells[k] ?? '') === '' && !usual(a) && !usual(b) && usual(a + b)
      })
    ) {
      kept.push(i)
      continue
    }
    above.cells.forEach((a, k) => {
      if (a !== '') row.cells[k] = a + (below.cells[k] ?? '')
    })
    row.hasValue = true
    kept.push(i + 1)
    i += 2
  }
  return kept
}

/**
 * A row broken by a page break: the last row of a page ends in an amount cut short ('12,437.3') and
 * the first row of the next page prints the rest of it ('6') with the rest of the label
 * ('杭州市机动' | '车驾驶员考试服务中心'). Joined, each cut amount has the table's usual decimals,
 * which neither piece has; the next page's first row prints no other amount. The two rows are one,
 * their cells joined column by column. Linear in rows.
 *
 * @param rows - the rows of a table, in print order
 * @returns the rows, those broken by a page break joined
 * @example
 * ```ts
 * joinRowsOverPageBreaks([
 *   { cells: ['合计', '14,549.64', '2.00'], page: 21 },
 *   { cells: ['杭州市机动', '14,549.64', '12,437.3'], page: 21 },
 *   { cells: ['车驾驶员考试服务中心', '', '6'], page: 22 },
 * ])[1].cells // ['杭州市机动车驾驶员考试服务中心', '14,549.64', '12,437.36']
 * ```
 */
function joinRowsOverPageBreaks(rows: readonly GridRow[]): GridRow[] {
  const decimals = usualDecimals(rows)
  if (decimals === undefined) return [...rows]
  const usual = (t: string): boolean => {
    const dot = t.lastIndexOf('.')
    return isAmount(t) && dot >= 0 && t.length - dot - 1 === decimals
  }
  const out: GridRow[] = []
  for (const row of rows) {
    const prev = out[out.length - 1]
    const amounts = row.cells.filter((c) => isAmount(c))
    const broken =
      prev !== undefined &&
      row.page === prev.page + 1 &&
      amounts.length > 0 &&
      row.cells.every((c, k) => {
        if (!isAmount(c)) return true
        const before = prev.cells[k] ?? ''
        return isAmount(before) && !usual(before) && !usual(c) && usual(before + c)
      })
    if (!broken) {
      out.push(row)
      continue
    }
    out[out.length - 1] = { ...prev, cells: prev.cells.map((c, k) => c + (row.cells[k] ?? '')) }
  }
  return out
}

/**
 * The lines of a wide text cell (a 绩效目标 beside a project's amounts), and the wrapped pieces of
 * the labels beside them, joined to the rows they belong to. A row's extent is decided by its
 * amounts: between two rows with amounts, the lines without any are shared out column by column.
 * Printed at the top of its cell (no row without text on its own line has text right above and
 * right below it), every such line continues the row above. Centred in its cell, a row's text runs
 * as many lines below it as above it: the row above takes that many, the row below the rest. Lines
 * before the first row of a page go to it; lines after the last, to that row. A run of lines with
 * no piece in a text column is left as it is.
 *
 * @param rows - rows of an unruled table, top to bottom (cells changed in place)
 * @param text - the indexes of the wide text columns
 * @returns the rows kept
 * @example
 * ```ts
 * // ['', '', '对日常…设备正'] / ['其他运行经费', '94.00', ''] / ['', '', '常运作…用水。'] (centred)
 * joinWrappedText(rows, new Set([2])) // one row: ['其他运行经费', '94.00', '对日常…设备正常运作…用水。']
 * ```
 */
export function joinWrappedText<
  R extends { cells: string[]; page: number; y: number; hasValue: boolean; lefts?: number[] },
>(rows: readonly R[], text: ReadonlySet<number>): R[] {
  type Row = (typeof rows)[number]
  const isPiece = (r: Row): boolean => !r.hasValue && r.cells.some((c, k) => c !== '' && text.has(k))
  let centred = false
  for (let i = 1; i + 1 < rows.length && !centred; i++) {
    const a = rows[i]!
    const up = rows[i - 1]!
    const down = rows[i + 1]!
    centred =
      a.hasValue &&
      a.cells.every((c, k) => c === '' || !text.has(k)) &&
      up.page === a.page &&
      down.page === a.page &&
      isPiece(up) &&
      isPiece(down)
  }
  const out: Row[] = []
  // per row with amounts, per column: how many lines were joined to it from above
  const above = new Map<Row, Map<number, number>>()
  const countAbove = (b: Row, lines: readonly Row[]): void => {
    const counts = new Map<number, number>()
    for (const r of lines)
      for (const [k, c] of r.cells.entries()) if (c !== '') counts.set(k, (counts.get(k) ?? 0) + 1)
    above.set(b, counts)
  }
  let i = 0
  while (i < rows.length) {
    const first = rows[i]!
    if (first.hasValue) {
      out.push(first)
      i++
      continue
    }
    let j = i
    while (j < rows.length && !rows[j]!.hasValue && rows[j]!.page === first.page) j++
    const run = rows.slice(i, j)
    const last = out[out.length - 1]
    const a = last?.hasValue && last.page === first.page ? last : undefined
    const next = rows[j]
    const b = next?.hasValue && next.page === first.page ? next : undefined
    i = j
    if (!run.some(isPiece) || (a === undefined && b === undefined)) {
      // a label's first lines printed above its amounts at the top of a page, with no goal beside
      // them (广州 交通运输局 p.75: 广州市中心区交通项目管理 | amounts | 中心): left as they are (the
      // rows join them later, by distance), but counted as printed above that row, so that its
      // label takes as many lines below it
      if (centred && a === undefined && b !== undefined) countAbove(b, run)
      out.push(...run)
      continue
    }
    const width = Math.max(...run.map((r) => r.cells.length))
    for (let k = 0; k < width; k++) {
      const filled = run.filter((r) => (r.cells[k] ?? '') !== '')
      const pieces = filled.map((r) => r.cells[k]!)
      if (pieces.length === 0) continue
      let toA = pieces.length
      if (a === undefined) toA = 0
      else if (b !== undefined && centred) toA = Math.min(pieces.length, above.get(a)?.get(k) ?? 0)
      if (a !== undefined && toA > 0) {
        if ((a.cells[k] ?? '') === '' && a.lefts) a.lefts[k] = filled[0]!.lefts?.[k] ?? Number.NaN
        a.cells[k] = `${a.cells[k] ?? ''}${pieces.slice(0, toA).join('')}`
      }
      if (b !== undefined && toA < pieces.length) {
        if (b.lefts) b.lefts[k] = filled[toA]!.lefts?.[k] ?? Number.NaN
        b.cells[k] = `${pieces.slice(toA).join('')}${b.cells[k] ?? ''}`
        let counts = above.get(b)
        if (counts === undefined) {
          counts = new Map()
          above.set(b, counts)
        }
        counts.set(k, pieces.length - toA)
      }
    }
  }
  return out
}

/**
 * Joins the cells of a wrapped line into a row, column by column, before or after the row's text; a
 * cell takes the left edge of the piece printed first (above it, or into a blank cell).
 *
 * @param target - the row joined into (changed in place)
 * @param piece - the wrapped line
 * @param before - the line is printed above the row
 * @example
 * ```ts
 * joinInto({ cells: ['费', '1.00'], lefts: [43, 90] }, { cells: ['机构经', ''], lefts: [68, NaN] }, true)
 * // target: cells ['机构经费', '1.00'], lefts [68, 90]
 * ```
 */
function joinInto(
  target: { cells: string[]; lefts: number[] },
  piece: { readonly cells: readonly string[]; readonly lefts: readonly number[] },
  before: boolean,
): void {
  const cells = target.cells
  for (let k = 0; k < cells.length; k++) {
    const p = piece.cells[k] ?? ''
    if (p === '') continue
    if (before || cells[k] === '') target.lefts[k] = piece.lefts[k] ?? Number.NaN
    cells[k] = before ? p + cells[k] : cells[k] + p
  }
}

/** Indentations are kept to a tenth of the font size: finer than any printed indent, coarse enough to compare. */
const INDENT_STEP = 10

/**
 * How far each cell's text is indented in its column: the left edge of its first glyph, less the
 * leftmost first glyph of any row in that column, in font sizes (to a tenth). A list printed as a
 * tree (units flush, their projects indented two characters) carries its levels there, which the
 * cells' text does not. Undefined for a row whose cells are all blank; a blank cell has no indent.
 *
 * @param rows - the body rows of one table, each with the left edges of its cells
 * @param size - the table's usual font size
 * @returns per row, per column, the indent in font sizes
 * @example
 * ```ts
 * indentsOf([{ lefts: [48, 190] }, { lefts: [68, 200] }], 10) // [[0, 0], [2, 1]]
 * ```
 */
function indentsOf(
  rows: readonly { readonly lefts: readonly number[] }[],
  size: number,
): ((number | undefined)[] | undefined)[] {
  const least: number[] = []
  for (const r of rows)
    r.lefts.forEach((x, k) => {
      if (Number.isFinite(x) && !(x >= (least[k] ?? Number.POSITIVE_INFINITY))) least[k] = x
    })
  return rows.map((r) => {
    if (!r.lefts.some(Number.isFinite)) return undefined
    return r.lefts.map((x, k) =>
      Number.isFinite(x) ? Math.round((INDENT_STEP * (x - least[k]!)) / size) / INDENT_STEP : undefined,
    )
  })
}

function medianSize(lines: readonly LayoutLine[]): number {
  const sizes = lines.map((l) => l.size ?? 1).sort((a, b) => a - b)
  return sizes[Math.floor(sizes.length / 2)] ?? 1
}

/**
 * The usual distance between two rows of amounts: the median distance between neighbouring lines
 * that both print amounts; where no two such lines neighbour (every row's label wrapped around its
 * amounts, a line above and a line below), the median distance between successive lines of amounts,
 * at most one and a half font sizes.
 *
 * @example
 * ```ts
 * rowPitch([{ page: 1, y: 10, hasValue: true }, { page: 1, y: 26, hasValue: true }], 10) // 16
 * rowPitch([{ page: 1, y: 196, hasValue: true }, { page: 1, y: 212, hasValue: false },
 *   { page: 1, y: 220, hasValue: true }, { page: 1, y: 228, hasValue: false }], 10) // 15
 * ```
 */
function rowPitch(rows: readonly { page: number; y: number; hasValue: boolean }[], size: number): number {
  const d: number[] = []
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!
    const b = rows[i]!
    if (a.page === b.page && a.hasValue && b.hasValue && b.y > a.y) d.push(b.y - a.y)
  }
  if (d.length === 0) {
    const valued = rows.filter((r) => r.hasValue)
    for (let i = 1; i < valued.length; i++) {
      const a = valued[i - 1]!
      const b = valued[i]!
      if (a.page === b.page && b.y > a.y) d.push(b.y - a.y)
    }
    d.sort((a, b) => a - b)
    // …at most a line and a half: only the lines of a label wrapped right around its amounts join
    // them, not a row of its own printed between rows of amounts (二十、其他支出)
    return Math.min(d[Math.floor(d.length / 2)] ?? 0, 1.5 * size)
  }
  d.sort((a, b) => a - b)
  return d[Math.floor(d.length / 2)] ?? 0
}

/** Header path of each column: the header words over it, top-down, wrapped pieces joined. */
function headerPaths(lines: readonly LayoutLine[], cols: readonly Span[], size: number): string[][] {
  const tol = 0.2 * size
  interface Word {
    chunk: Chunk
    y: number
    cover: Set<number>
  }
  const byLine: Word[][] = lines.map((l) =>
    l.chunks.map((c) => {
      const cover = new Set<number>()
      for (let k = 0; k < cols.length; k++) if (overlap(c, cols[k]!) > -tol) cover.add(k)
      // a word standing over a column only touches its neighbour within the tolerance (上年结转结
      // printed right after 附属单位上缴's column): the neighbour is not under it
      const over = [...cover].filter((k) => overlap(c, cols[k]!) > 0)
      if (over.length > 0) for (const k of [...cover]) if (!over.includes(k)) cover.delete(k)
      if (cover.size === 0) {
        const k = columnOf(c, cols)
        if (k >= 0) cover.add(k)
      }
      return { chunk: c, y: l.y ?? 0, cover }
    }),
  )
  // the nearest word printed over a word, within a wrapped label's line pitch
  const wordAbove = (b: Word, from: number): Word | undefined => {
    for (let m = from; m >= 0; m--) {
      const hit = byLine[m]!.find((o) => overlap(o.chunk, b.chunk) > 0)
      if (hit) return b.y - hit.y < 1.8 * size ? hit : undefined
    }
    return undefined
  }
  // a group label centred over its children: extend it over the words printed under it (the line
  // right under it, or a line further down within a wrapped label's pitch when labels of full-height
  // cells are printed between)
  for (let i = 0; i + 1 < byLine.length; i++) {
    const row = byLine[i]!
    row.forEach((w, j) => {
      const left = j > 0 ? (row[j - 1]!.chunk.x1 + w.chunk.x0) / 2 : Number.NEGATIVE_INFINITY
      const right = j + 1 < row.length ? (w.chunk.x1 + row[j + 1]!.chunk.x0) / 2 : Number.POSITIVE_INFINITY
      // a wrapped label's later piece (上级补 | 助收入) is no group label
      if (wordAbove(w, i - 1)) return
      for (let m = i + 1; m < byLine.length; m++) {
        if (m > i + 1 && byLine[m]![0] && byLine[m]![0]!.y - w.y >= 1.8 * size) return
        // a neighbour's later pieces are not its children
        const children = byLine[m]!.filter((b) => {
          const mid = (b.chunk.x0 + b.chunk.x1) / 2
          const over = wordAbove(b, m - 1)
          return mid > left && mid < right && (over === undefined || over === w)
        })
        if (children.length < 2) continue
        // centred over them: a wrapped label's first piece (事业单 | 位经营收入) sits over one
        // column, the words of its neighbours' lines far to one side of it
        const x0 = Math.min(...children.map((ch) => ch.chunk.x0))
        const x1 = Math.max(...children.map((ch) => ch.chunk.x1))
        if (Math.abs((x0 + x1) / 2 - (w.chunk.x0 + w.chunk.x1) / 2) > Math.max(1.5 * size, 0.15 * (x1 - x0)))
          continue
        // a label printed beside that line, its next piece further down (附属单 | 位上缴), is none
        const wide = (o: Word): boolean =>
          overlap(o.chunk, w.chunk) >= 0.5 * Math.min(o.chunk.x1 - o.chunk.x0, w.chunk.x1 - w.chunk.x0)
        if (byLine.slice(m + 1).some((l) => l.some((o) => o.y - w.y < 1.8 * size && wide(o)))) return
        for (const ch of children) {
          if (row.some((o, k) => k !== j && overlap(o.chunk, ch.chunk) > 0)) continue
          for (const k of ch.cover) w.cover.add(k)
        }
        return
      }
    })
  }
  const paths: string[][] = cols.map(() => [])
  const lastCover: (Word | undefined)[] = cols.map(() => undefined)
  for (const row of byLine) {
    for (const w of row) {
      for (const k of w.cover) {
        const prev = lastCover[k]
        const path = paths[k]!
        if (prev && sameCover(prev.cover, w.cover) && w.y - prev.y < 1.8 * size && path.length > 0) {
          path[path.length - 1] += w.chunk.text
        } else path.push(w.chunk.text)
        lastCover[k] = w
      }
    }
  }
  return paths
}

function sameCover(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size !== b.size) return false
  for (const k of a) if (!b.has(k)) return false
  return true
}

interface Band {
  top: number
  bottom: number
}

/** The horizontal rulings above and below a body line (across its chunks), or `undefined`. */
function rowBand(line: LayoutLine, r: PageRulings, size: number): Band | undefined {
  if (r.horizontal.length === 0 || line.chunks.length === 0) return undefined
  const y = (line.y ?? 0) - 0.35 * size
  let top = Number.NEGATIVE_INFINITY
  let bottom = Number.POSITIVE_INFINITY
  const x0 = line.chunks[0]!.x0
  const x1 = line.chunks[line.chunks.length - 1]!.x1
  for (const h of r.horizontal) {
    // a row border runs across the line's whole extent
    if (h.x0 > x0 + size || h.x1 < x1 - size) continue
    if (h.y0 <= y && h.y0 > top) top = h.y0
    if (h.y0 >= y && h.y0 < bottom) bottom = h.y0
  }
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return undefined
  return { top, bottom }
}

function sameBand(a: Band, b: Band): boolean {
  return Math.abs(a.top - b.top) < 0.5 && Math.abs(a.bottom - b.bottom) < 0.5
}

/**
 * Header paths from ruled cells: the words printed in one box are one label (wrapped pieces joined
 * in reading order); a box covers the columns whose body it stands over; each column's path is the
 * labels over it, top-down. `undefined` when the header is not ruled (a box is missing).
 */
function boxedHeaderPaths(
  lines: readonly LayoutLine[],
  lead: readonly LayoutLine[],
  cols: readonly Span[],
  size: number,
  rulingsOn: (page: number) => PageRulings,
): string[][] | undefined {
  if (lines.length === 0) return undefined
  interface Cell {
    box: CellBox
    words: { text: string; x: number; y: number }[]
  }
  const cells: Cell[] = []
  let words = 0
  let missing = 0
  // lone words right above the header, inside a ruled cell of the table's width: its top labels
  const first = lines[0]!
  const above: LayoutLine[] = []
  for (const l of lead) {
    if (l.page !== first.page || (l.y ?? 0) >= (first.y ?? 0) || (first.y ?? 0) - (l.y ?? 0) > 4 * size)
      continue
    const c = l.chunks[0]
    if (!c || c.x0 < (cols[0]?.x0 ?? 0) || c.x1 > (cols[cols.length - 1]?.x1 ?? 0)) continue
    if (cellAround(rulingsOn(l.page), c.x0, c.x1, (l.y ?? 0) - 0.35 * (l.size ?? size), 0.5)) above.push(l)
  }
  for (const l of [...above, ...lines]) {
    const y = (l.y ?? 0) - 0.35 * (l.size ?? size)
    const r = rulingsOn(l.page)
    for (const c of l.chunks) {
      words++
      const box = cellAround(r, c.x0, c.x1, y, 0.5)
      if (!box || box.right - box.left < 1) {
        missing++
        continue
      }
      const same = cells.find(
        (k) =>
          Math.abs(k.box.left - box.left) < 0.5 &&
          Math.abs(k.box.right - box.right) < 0.5 &&
          Math.abs(k.box.top - box.top) < 0.5 &&
          Math.abs(k.box.bottom - box.bottom) < 0.5,
      )
      const word = { text: c.text, x: c.x0, y: l.y ?? 0 }
      if (same) same.words.push(word)
      else cells.push({ box, words: [word] })
    }
  }
  if (words === 0 || missing > 0.2 * words) return undefined
  cells.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
  const paths: string[][] = cols.map(() => [])
  for (const cell of cells) {
    cell.words.sort((a, b) => a.y - b.y || a.x - b.x)
    const text = cell.words.map((w) => w.text).join('')
    let covered = 0
    cols.forEach((col, k) => {
      const mid = (col.x0 + col.x1) / 2
      if (mid > cell.box.left && mid < cell.box.right) {
        paths[k]!.push(text)
        covered++
      }
    })
    if (covered === 0) {
      const k = columnOf({ x0: cell.box.left, x1: cell.box.right }, cols)
      if (k >= 0) paths[k]!.push(text)
    }
  }
  return paths
}

/**
 * Columns of a ruled table: the spaces between the vertical rulings that cross its header and body
 * (on its first page), each holding printed text. `undefined` when the table is not ruled, or when
 * printed lines would put two pieces of text into one space (rulings that are not the grid).
 */
function ruledColumns(
  block: TableBlock,
  rulingsOn: (page: number) => PageRulings,
  size: number,
): Span[] | undefined {
  const first = block.headerLines[0] ?? block.bodyLines[0]
  if (!first) return undefined
  const page = first.page
  const lines = [...block.headerLines, ...block.bodyLines].filter((l) => l.page === page)
  if (lines.length === 0) return undefined
  const top = Math.min(...lines.map((l) => (l.y ?? 0) - (l.size ?? size)))
  const bottom = Math.max(...lines.map((l) => l.y ?? 0))
  let left = Number.POSITIVE_INFINITY
  let right = Number.NEGATIVE_INFINITY
  for (const l of lines)
    for (const c of l.chunks) {
      left = Math.min(left, c.x0)
      right = Math.max(right, c.x1)
    }
  const xs: number[] = []
  for (const v of rulingsOn(page).vertical) {
    if (v.y1 < top || v.y0 > bottom) continue
    if (v.x0 < left - 4 * size || v.x0 > right + 4 * size) continue
    xs.push(v.x0)
  }
  xs.sort((a, b) => a - b)
  const edges: number[] = []
  for (const x of xs) {
    const last = edges[edges.length - 1]
    if (last !== undefined && x - last < 1.5) continue
    edges.push(x)
  }
  if (edges.length < 3) return undefined
  const spans: Span[] = []
  for (let i = 1; i < edges.length; i++) spans.push({ x0: edges[i - 1]!, x1: edges[i]! })
  const inside = (c: Chunk, s: Span): boolean => {
    const mid = (c.x0 + c.x1) / 2
    return mid > s.x0 && mid < s.x1
  }
  const used = spans.map(() => false)
  let crowded = 0
  let outside = 0
  let total = 0
  for (const l of lines) {
    const seen = new Set<number>()
    let twice = false
    for (const c of l.chunks) {
      total++
      const k = spans.findIndex((s) => inside(c, s))
      if (k < 0) {
        outside++
        continue
      }
      used[k] = true
      if (seen.has(k) && block.bodyLines.includes(l)) twice = true
      seen.add(k)
    }
    if (twice) crowded++
  }
  if (total === 0 || outside > 0.1 * total || crowded > 0.1 * Math.max(1, block.bodyLines.length))
    return undefined
  const cols = spans.filter((_, k) => used[k])
  return cols.length >= 2 ? cols.slice(0, MAX_COLUMNS) : undefined
}
