/**
 * Positioned text → lines and chunks: items grouped into lines by baseline (tolerance 0.35 × font
 * size) and, left to right, into chunks by gap (a gap wider than 0.45 × font size starts a chunk).
 * @module
 */
import { type Chunk, isAmount, isMoneyLike, type LayoutLine } from './lineModel'
import type { Ruling } from './rulings'

/** A text item placed on the page (y downward, x of its left edge, width along the baseline). */
export interface PositionedItem {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly size: number
}

/** Baseline tolerance, in font sizes. */
export const BASELINE_TOLERANCE = 0.35
/** Gap that starts a new chunk, in font sizes. */
export const CHUNK_GAP = 0.45

const ASCII_WORD = /[A-Za-z0-9%.,)）]$/
const ASCII_START = /^[A-Za-z0-9(（]/

/**
 * Groups the items of one page into lines (top to bottom) of chunks (left to right).
 *
 * @param items - the page's text items
 * @param page - page number (1-based)
 * @param rulings - the page's ruling lines, if any: a vertical ruling between two items ends a chunk
 * @returns the page's lines
 * @example
 * ```ts
 * groupLines([{ text: '合计', x: 10, y: 100, width: 20, size: 10 }, { text: '1.00', x: 200, y: 100, width: 20, size: 10 }], 1)
 * // one line with two chunks: '合计' and '1.00'
 * ```
 */
export function groupLines(
  items: readonly PositionedItem[],
  page: number,
  rulings: readonly Ruling[] = [],
): LayoutLine[] {
  const vertical = rulings.filter((r) => r.x0 === r.x1 && r.page === page)
  const sorted = items.flatMap(splitMixedItem).sort((a, b) => a.y - b.y || a.x - b.x)
  const groups: PositionedItem[][] = []
  let cur: PositionedItem[] = []
  let lineY = 0
  let lineSize = 0
  for (const it of sorted) {
    if (cur.length > 0 && Math.abs(it.y - lineY) <= BASELINE_TOLERANCE * Math.max(it.size, lineSize)) {
      cur.push(it)
      continue
    }
    if (cur.length > 0) groups.push(cur)
    cur = [it]
    lineY = it.y
    lineSize = it.size
  }
  if (cur.length > 0) groups.push(cur)
  return groups.map((g) => lineOf(g, page, vertical))
}

function lineOf(items: PositionedItem[], page: number, vertical: readonly Ruling[]): LayoutLine {
  items.sort((a, b) => a.x - b.x)
  const chunks: Chunk[] = []
  let text = ''
  let x0 = 0
  let x1 = 0
  let size = 0
  let ySum = 0
  let lastItem = ''
  for (const it of items) {
    size = Math.max(size, it.size)
    ySum += it.y
    const gap = it.x - x1
    // an amount ends where a word begins (and the other way round), even when printed close together
    const kindChange =
      text !== '' &&
      isAmount(lastItem) !== isAmount(it.text) &&
      // a cell's amount and the next cell's words printed a hair apart (广东's project table: the
      // 其他资金 amount against its 绩效目标 text, 0.08 × the size apart), never a unit ('万元')
      (gap > 0.1 * it.size ||
        (gap > 0.05 * it.size &&
          isAmount(lastItem) &&
          /^[\u4e00-\u9fff]/.test(it.text) &&
          !/^[万亿元]/.test(it.text)))
    // two amounts with a space between them are two cells printed close together ('10,190.89 45,985.11')
    const twoAmounts = text !== '' && gap > 0.2 * it.size && isMoneyLike(text) && isMoneyLike(it.text)
    lastItem = it.text
    // a cell border between the two: two cells printed close together
    const ruled =
      text !== '' &&
      vertical.some(
        (v) =>
          v.x0 >= x1 - 0.15 * it.size &&
          v.x0 <= it.x + 0.15 * it.size &&
          v.y0 <= it.y &&
          v.y1 >= it.y - 0.5 * it.size,
      )
    // two header words printed in their own items, a little closer than a chunk gap ('政府性基金' |
    // '国有资本经', 0.44 × the size apart): CJK text runs on without a gap inside one cell
    const twoWords =
      text !== '' && gap > 0.35 * it.size && /[\u4e00-\u9fff]$/.test(text) && /^[\u4e00-\u9fff]/.test(it.text)
    if (text !== '' && gap <= CHUNK_GAP * it.size && !kindChange && !ruled && !twoAmounts && !twoWords) {
      const spaced = gap > 0.2 * it.size && ASCII_WORD.test(text) && ASCII_START.test(it.text)
      text += (spaced ? ' ' : '') + it.text
      x1 = Math.max(x1, it.x + it.width)
      continue
    }
    if (text !== '') chunks.push({ text: text.replace(/\s+/g, ' ').trim(), x0, x1 })
    text = it.text
    x0 = it.x
    x1 = it.x + it.width
  }
  if (text !== '') chunks.push({ text: text.replace(/\s+/g, ' ').trim(), x0, x1 })
  return { page, chunks: chunks.filter((c) => c.text !== ''), tabbed: false, size, y: ySum / items.length }
}

function charWidth(ch: string): number {
  return (ch.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.5
}

/**
 * Splits a text item that prints an amount and a word together ('456,990.37 一、一般公共服务支出':
 * one string in some PDFs) into two items, placed by the width of their characters.
 *
 * @param item - a text item
 * @returns the item, or its parts
 * @example
 * ```ts
 * splitMixedItem({ text: '1.00 合计', x: 0, y: 0, width: 30, size: 10 }).map((i) => i.text) // ['1.00', '合计']
 * ```
 */
export function splitMixedItem(item: PositionedItem): PositionedItem[] {
  if (!/\s/.test(item.text.trim())) return [item]
  const tokens = item.text.split(/(\s+)/)
  const groups: string[] = []
  let lastKind: boolean | undefined
  for (const t of tokens) {
    if (t === '') continue
    if (/^\s+$/.test(t)) {
      if (groups.length > 0) groups[groups.length - 1] += t
      continue
    }
    const kind = isAmount(t)
    // two amounts in one item are two cells too ('10,190.89 45,985.11')
    if (lastKind === undefined || kind !== lastKind || kind) groups.push(t)
    else groups[groups.length - 1] += t
    lastKind = kind
  }
  if (groups.length < 2) return [item]
  let total = 0
  for (const ch of item.text) total += charWidth(ch)
  const unit = total > 0 ? item.width / total : 0
  const out: PositionedItem[] = []
  let x = item.x
  // leading spaces
  for (const ch of item.text.slice(0, item.text.length - item.text.trimStart().length))
    x += charWidth(ch) * unit
  for (const g of groups) {
    let w = 0
    for (const ch of g) w += charWidth(ch)
    const trimmed = g.trimEnd()
    let tw = 0
    for (const ch of trimmed) tw += charWidth(ch)
    out.push({ text: trimmed, x, y: item.y, width: tw * unit, size: item.size })
    x += w * unit
  }
  return out
}
