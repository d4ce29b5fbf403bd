/**
 * Rows of a tab-text table put back together where the extraction split or repeated them: a
 * numbered label wrapped onto the next line (`(二)政府性基金预` / `算拨款`) is rejoined, and the
 * header printed again at the top of a continuation page, garbled by OCR so that it no longer
 * repeats the first one word for word, is set apart instead of being read as rows.
 * Linear in rows × columns.
 * @module
 */
import { isAmount } from './lineModel'
import type { GridColumn, GridRow } from './types'

/** An ordinal opening a numbered label: 一、 (一) （十二） 1. 1、 */
const ORDINAL =
  /^(?:[一二三四五六七八九十]{1,4}[、.．]|[(（][一二三四五六七八九十]{1,4}[)）]|\d{1,2}[、.．](?!\d))/
/** How a label that is complete ends: a wrapped one breaks off before these. */
const COMPLETE_ENDING = /(支出|收入|拨款|资金|结余|结转|合计|小计|总计|经费|费用|费|金)$/
/** What a piece of its own row starts with, or is: never the rest of a wrapped label. */
const OWN_ROW = /^(其中|合计|小计|总计)|合计$|[\d０-９]/

const squeeze = (text: string): string => text.replace(/\s+/g, '')

/**
 * Whether a label cell can be the first line of a wrapped numbered label.
 * @example
 * wrapsOnward('(二)政府性基金预') // true
 * wrapsOnward('(二)政府性基金预算拨款') // false
 */
function wrapsOnward(text: string): boolean {
  const t = squeeze(text)
  return ORDINAL.test(t) && !COMPLETE_ENDING.test(t)
}

/**
 * Whether a label cell can be the rest of a wrapped label: a short piece of words, unnumbered.
 * @example
 * isRest('算拨款') // true
 * isRest('合计') // false
 */
function isRest(text: string): boolean {
  const t = squeeze(text)
  return t.length >= 1 && t.length <= 6 && /^[\u4e00-\u9fff]+$/.test(t) && !OWN_ROW.test(t)
}

/**
 * Rejoins numbered labels wrapped onto a line of their own: a row that prints no amount and, in its
 * label columns, only short unnumbered pieces of words, each under a numbered label of the row
 * above that breaks off mid-word (`(九) 医疗卫生与计划生育` / `支出`), is that row's continuation.
 * Its pieces are appended to the labels above; the row is dropped. Anything else is kept as printed.
 *
 * @param rows - the body rows
 * @param columns - the table's columns (their roles say which hold labels)
 * @returns the rows, wrapped labels rejoined
 * @example
 * ```ts
 * const cols = [{ header: ['项目'], role: 'label' }, { header: ['金额'], role: 'value' }] as const
 * rejoinWrappedLabels([
 *   { cells: ['(二)政府性基金预', ''], page: 1 },
 *   { cells: ['算拨款', ''], page: 1 },
 * ], cols).map((r) => r.cells) // [['(二)政府性基金预算拨款', '']]
 * ```
 */
export function rejoinWrappedLabels(rows: readonly GridRow[], columns: readonly GridColumn[]): GridRow[] {
  const labels = columns.flatMap((c, i) => (c.role === 'label' ? [i] : []))
  if (labels.length === 0) return [...rows]
  const out: GridRow[] = []
  for (const row of rows) {
    const prev = out[out.length - 1]
    const pieces = labels.filter((i) => (row.cells[i] ?? '').trim() !== '')
    const continues =
      prev !== undefined &&
      prev.page === row.page &&
      pieces.length > 0 &&
      row.cells.every((c, i) => c.trim() === '' || columns[i]?.role === 'label') &&
      pieces.every((i) => isRest(row.cells[i]!) && wrapsOnward(prev.cells[i] ?? ''))
    if (!continues) {
      out.push(row)
      continue
    }
    const cells = prev.cells.map((c, i) => (pieces.includes(i) ? `${c}${squeeze(row.cells[i]!)}` : c))
    out[out.length - 1] = { ...prev, cells }
  }
  return out
}

const HAN = /\p{Script=Han}/gu

/**
 * Whether a row (printing no amount) beside a repeated header is another line of that header, OCR'd
 * differently from the first page's and shifted by a column, so that its words are not under the
 * same columns: at least three of its cells, and most of its filled cells, are mostly made of the
 * characters of the table's header (`部门 | 预复 | 算经济分类 | 政府 | …` beside `类 | 款 | 科目名称 …`
 * under a header `…/算经济分类/款`, `…/· 于预复/类`, `…/一般公/总计`). A row naming an item (a
 * code, a name of other characters) is not one.
 * @param row - the row, printing no amount
 * @param headerChars - the Chinese characters of the table's header, over all its columns
 * @example
 * ```ts
 * const chars = new Set('部门预算经济分类一般公共预算财政专户')
 * garbledHeaderLine({ cells: ['部门', '预复', '算经济分类', '一般公'], page: 1 }, chars) // true
 * garbledHeaderLine({ cells: ['301', '01', '基本工资', ''], page: 1 }, chars) // false
 * ```
 */
function garbledHeaderLine(row: GridRow, headerChars: ReadonlySet<string>): boolean {
  let filled = 0
  let words = 0
  for (const cell of row.cells) {
    if (cell.trim() === '') continue
    filled++
    const chars = cell.match(HAN) ?? []
    const known = chars.filter((c) => headerChars.has(c)).length
    if (chars.length > 0 && known * 2 >= chars.length) words++
  }
  return words >= 3 && words * 2 > filled
}

/**
 * Sets apart a header printed again inside the body (at the top of a continuation page), also when
 * the extraction garbled it: a row without amounts of which at least three cells, and most of its
 * filled cells, are words of the header over their column (`项目 金额 项目 合计 小计 …`), together
 * with the rows around it that print no amount and, in their label columns, nothing but header
 * words (the other lines of that header), also when such a line is garbled and shifted in its own
 * way (see {@link garbledHeaderLine}). Rows of the table are never dropped: a row naming an item in
 * a label column ends the run.
 *
 * @param rows - the body rows
 * @param columns - the table's columns (header paths and roles)
 * @returns the rows without the repeated header
 * @example
 * ```ts
 * const cols = [
 *   { header: ['项目'], role: 'label' }, { header: ['合计'], role: 'value' },
 *   { header: ['基本支出'], role: 'value' },
 * ] as const
 * dropRepeatedHeaders([
 *   { cells: ['工资福利支出', '5.00', '5.00'], page: 1 },
 *   { cells: ['项目', '合计', '基本支出'], page: 2 },
 *   { cells: ['商品和服务支出', '3.00', '3.00'], page: 2 },
 * ], cols).length // 2
 * ```
 */
export function dropRepeatedHeaders(rows: readonly GridRow[], columns: readonly GridColumn[]): GridRow[] {
  const headerText = columns.map((c) => squeeze(c.header.join('')))
  const inHeader = (cell: string, i: number): boolean => {
    const t = squeeze(cell)
    return t !== '' && (headerText[i] ?? '').includes(t)
  }
  const noAmount = (r: GridRow): boolean => !r.cells.some((c) => isAmount(c.trim()))
  const repeats = (r: GridRow): boolean => {
    if (!noAmount(r)) return false
    const filled = r.cells.flatMap((c, i) => (c.trim() !== '' ? [i] : []))
    const words = filled.filter((i) => inHeader(r.cells[i]!, i)).length
    return words >= 3 && words * 2 > filled.length
  }
  // a row beside it: no amount, and no label of its own (header words or nothing in label columns),
  // or another line of that header garbled in its own way and shifted a column (see garbledHeaderLine)
  const headerChars = new Set(headerText.join('').match(HAN) ?? [])
  const beside = (r: GridRow): boolean =>
    noAmount(r) &&
    (r.cells.every((c, i) => columns[i]?.role !== 'label' || c.trim() === '' || inHeader(c, i)) ||
      garbledHeaderLine(r, headerChars))
  const drop = new Set<number>()
  rows.forEach((r, k) => {
    if (!repeats(r)) return
    drop.add(k)
    for (let j = k - 1; j >= 0 && !drop.has(j) && beside(rows[j]!); j--) drop.add(j)
    for (let j = k + 1; j < rows.length && beside(rows[j]!); j++) drop.add(j)
  })
  return drop.size === 0 ? [...rows] : rows.filter((_, k) => !drop.has(k))
}
