/**
 * Segmentation: lines → prose and table blocks. A table starts at its title line (or, without a
 * title, at a unit line or at the first line of cells), picks up its number, unit and department,
 * its header lines (before the first body line: a line with an amount cell), its body and its notes,
 * and ends at the next title, a heading or a sentence of the explanatory text. A table continued
 * on the next page with its page furniture and header repeated stays one table (the repeated
 * header is dropped). One pass over the lines: linear.
 * @module
 */
import type { MoneyUnit } from '../../money/types'
import { PAGE_SHIFT } from './alignPages'
import {
  bareUnit,
  codedDepartment,
  departmentOf,
  isContentsEntry,
  isHeading,
  isNote,
  isNoteContinuation,
  isSentence,
  isTableTitle,
  splitTableNumber,
  stripDecoration,
  tableNumberLine,
  unitOf,
  withoutUnitClause,
} from './classify'
import { isAmount, isDash, isMoneyLike, type LayoutLine, lineCells, readsAsRunningText } from './lineModel'
import type { ProseLine } from './types'

/** A table as segmented: its furniture and its lines, before the grid is built. */
export interface TableBlock {
  readonly title: string
  readonly number?: string
  readonly unit?: MoneyUnit
  readonly department?: string
  readonly headerLines: readonly LayoutLine[]
  /**
   * Lone words printed between the title and the header (positioned sources): a group label over
   * the top of the header, or furniture. The grid keeps those that sit in a ruled header cell.
   */
  readonly leadLines?: readonly LayoutLine[]
  readonly bodyLines: readonly LayoutLine[]
  /**
   * Extents of the wide text cells wrapped over several lines beside a row's amounts (绩效目标): the
   * grid joins their lines to the rows they belong to.
   */
  readonly textSpans?: readonly { readonly x0: number; readonly x1: number }[]
  readonly notes: readonly string[]
  readonly pages: readonly number[]
}

/** Prose and table blocks of a document, in printed order. */
export interface Segmented {
  readonly prose: readonly ProseLine[]
  readonly blocks: readonly TableBlock[]
}

interface Builder {
  title: string
  number?: string
  unit?: MoneyUnit
  unitPending: boolean
  /** '单位：万' printed with its '元' wrapped onto a line below ('预算单位：…' between them). */
  unitHead?: '万' | '亿'
  department?: string
  header: LayoutLine[]
  lead: LayoutLine[]
  body: LayoutLine[]
  notes: string[]
  pages: Set<number>
  furniture: ProseLine[]
  inNote: boolean
  continuation: boolean
  headerKeys: Set<string>
  /** The header ended with a line numbering its columns ('** | 1 | 2'): the body starts below it. */
  numbered?: boolean
  /**
   * The header lines (squeezed text) of the table this one continues: the same title printed again
   * on the next page. Once they are all repeated, a line that is not one of them is a body row,
   * amounts or not ('22、其他支出' at the top of the second page).
   */
  repeatOf?: ReadonlySet<string>
  /**
   * Extents of the wide text cells read so far ({@link inTextColumn}): a later piece of the same
   * text ('能。', the last two characters of a goal) lies inside one of them.
   */
  textSpans?: { x0: number; x1: number }[]
  /**
   * The header's lines squeezed and joined ('|' between lines), built once the body has started:
   * what a header repeated at the top of a later page is made of ({@link repeatsHeaderOnNewPage}).
   */
  headerText?: string
  /** How many body lines {@link rightOfAmounts} has seen, and the right edge of their amounts. */
  amountsRight?: { lines: number; right: number }
  /** A lone word under the title of a tab-text table, before anything else: maybe its header. */
  loneWord?: LayoutLine
  /** How many header and body lines {@link oneColumnSoFar} has seen, and whether each was one cell. */
  oneCell?: { header: number; body: number; single: boolean }
  /** The table began at a line of cells outside any table (no title line, unit or header before it). */
  fromRow?: boolean
}

const TOTAL_WORD = /^(?:合计|总计|小计|本年合计|收入合计|支出合计|收入总计|支出总计)[:：]?$/

/** True when a line of cells only numbers its columns ('栏次 1 2 3', '1 2 3 4'). */
export function isColumnNumberLine(cells: readonly string[]): boolean {
  if (cells.length === 0) return false
  let start = 0
  if (/^(?:栏次|行次|序号|栏\s*次)$/.test(cells[0]!.replace(/\s+/g, ''))) start = 1
  // label columns marked '*' / '**' / '—' before the numbers ('** ** 1 2 3')
  while (start < cells.length - 2 && /^(?:\*{1,3}|[-—–]{1,2})$/.test(cells[start]!.trim())) start++
  // a table of one value column numbers it alone, after the marks of its label columns ('** | 1',
  // '** | ** | 1')
  if (
    cells.length >= 2 &&
    cells.length <= 4 &&
    cells.slice(0, -1).every((c) => /^\*{1,3}$/.test(c.trim())) &&
    cells[cells.length - 1]!.trim() === '1'
  )
    return true
  const rest = cells.slice(start)
  if (rest.length < 2) return false
  if (rest.every((c) => /^[甲乙丙丁戊己庚辛]$/.test(c))) return true
  for (let i = 0; i < rest.length; i++)
    if (rest[i] !== String(i + 1) && !/^\d{1,2}$/.test(rest[i]!)) return false
  // consecutive numbers starting at 1, or a 栏次 label
  return start === 1 || rest[0] === '1'
}

/** True when a line of cells is a body row: an amount cell, or a total row (合计 and amounts or blanks). */
export function isBodyLine(cells: readonly string[]): boolean {
  if (cells.length === 0 || isColumnNumberLine(cells)) return false
  const first = cells[0]!.replace(/\s+/g, '')
  if (TOTAL_WORD.test(first) && cells.slice(1).every((c) => isAmount(c) || isDash(c))) return true
  return cells.some((c) => isAmount(c))
}

/**
 * A line's cells joined without any space: how a repeated header line is recognised.
 * @example
 * squeezedKey(line) // cells ['项 目', '金  额'] → '项目金额'
 */
function squeezedKey(line: LayoutLine): string {
  return lineCells(line).join('').replace(/\s+/g, '')
}

/**
 * True when the header of the table continued has been printed again in full and this line is not
 * part of it. The header is compared by its words, not line by line: a repeat may wrap a column title
 * differently ('日常公用 / 支出' on the first page, '日常公用支出' on the next), and is whole once this
 * page's header lines hold the same characters as the first page's, in whatever lines.
 * @example
 * // page 2 repeats 项目 | 金额 | 项目 | 合计, then prints '22、其他支出' with no amount
 * afterRepeatedHeader(cur, line) // true: the line is the first row, not more header
 */
function afterRepeatedHeader(cur: Builder, line: LayoutLine): boolean {
  const previous = cur.repeatOf
  if (previous === undefined || cur.body.length > 0 || cur.header.length === 0) return false
  if (isColumnNumberLine(lineCells(line))) return false // '** 1 2 3' under the header: not a row
  if (cur.header.length >= previous.size && cur.header.every((h) => previous.has(squeezedKey(h))))
    return !previous.has(squeezedKey(line))
  // wrapped differently: a header of a few lines (as many as the first page's, give or take its
  // wrapped titles), no longer than MAX_HEADER_TEXT: the work per line is bounded by constants
  if (previous.size > MAX_REPEAT_LINES || cur.header.length > 2 * previous.size) return false
  const before = [...previous]
  if (before.reduce((n, l) => n + l.length, 0) > MAX_HEADER_TEXT) return false
  return sameCharacters(cur.header.map(squeezedKey), before)
}

/** Most header lines a repeat wrapped differently is compared over ({@link afterRepeatedHeader}). */
const MAX_REPEAT_LINES = 12

/**
 * True when two lists of header lines print the same characters, as many times each, in whatever
 * lines and order: the same header, its titles wrapped at other places.
 * @example
 * sameCharacters(['项目合计日常公用', '支出'], ['项目合计日常公用支出']) // true
 * sameCharacters(['项目合计日常公用'], ['项目合计日常公用支出']) // false: '支出' not yet repeated
 */
function sameCharacters(a: readonly string[], b: readonly string[]): boolean {
  const sorted = (lines: readonly string[]): string => [...lines.join('')].sort().join('')
  return sorted(a) === sorted(b)
}

function headerKey(line: LayoutLine): string {
  return lineCells(line)
    .map((c) => c.replace(/\s+/g, ''))
    .join('|')
}

function emptyBuilder(title: string, page: number, number?: string): Builder {
  const b: Builder = {
    title,
    unitPending: false,
    header: [],
    lead: [],
    body: [],
    notes: [],
    pages: new Set([page]),
    furniture: [],
    inNote: false,
    continuation: false,
    headerKeys: new Set(),
  }
  if (number !== undefined) b.number = number
  return b
}

/**
 * Splits lines into prose and table blocks.
 *
 * @param lines - the document's lines in reading order (any source)
 * @param options - `positioned`: lines come from positions (PDF, column-aligned text), where a line of one chunk inside a table body is a wrapped label or a one-cell row
 * @returns prose lines and table blocks, in printed order
 * @example
 * ```ts
 * const { blocks } = segmentLines(linesOfTabText('2024年部门收支总表\n单位：万元\n项目\t金额\n合计\t1.00'))
 * blocks[0].title // '2024年部门收支总表'
 * ```
 */
export function segmentLines(
  lines: readonly LayoutLine[],
  options: { readonly positioned?: boolean } = {},
): Segmented {
  const positioned = options.positioned ?? false
  const prose: ProseLine[] = []
  const blocks: TableBlock[] = []
  let cur: Builder | undefined
  let pendingNumber: string | undefined
  let closed: { title: string; page: number; header: ReadonlySet<string> } | undefined

  const close = (): void => {
    if (!cur) return
    closed =
      cur.title !== '' && cur.header.length > 0 && cur.body.length > 0
        ? { title: cur.title, page: Math.max(...cur.pages), header: new Set(cur.header.map(squeezedKey)) }
        : undefined
    if (cur.header.length === 0 && cur.body.length === 0) {
      // a title with nothing under it (a contents entry, a cover line): prose after all
      for (const f of cur.furniture) prose.push(f)
    } else if (
      positioned &&
      cur.body.length < 2 &&
      (cur.title === '' || (cur.fromRow === true && cur.header.length === 0))
    ) {
      // a line of prose printed with a wide gap is no table: back to prose, in order (with the line
      // above it it took for a title, when it has no header: '（一）科学技术支出（类）' over '其他科学技术
      // 支出（项）支出 | 12,500', its 万元 on the next line)
      const back = [
        ...cur.furniture,
        ...[...cur.header, ...cur.body].map((l) => ({ text: lineCells(l).join(' '), page: l.page })),
      ]
      back.sort((a, b) => a.page - b.page)
      for (const f of back) prose.push(f)
    } else {
      const block: {
        -readonly [K in keyof TableBlock]: TableBlock[K]
      } = {
        title: cur.title,
        headerLines: cur.header,
        bodyLines: cur.body,
        notes: cur.notes,
        pages: [...cur.pages].sort((a, b) => a - b),
      }
      if (cur.lead.length > 0) block.leadLines = cur.lead
      if (cur.textSpans !== undefined) block.textSpans = cur.textSpans
      if (cur.number !== undefined) block.number = cur.number
      if (cur.unit !== undefined) block.unit = cur.unit
      if (cur.department !== undefined) block.department = cur.department
      blocks.push(block)
    }
    cur = undefined
  }

  const untitledFromProse = (page: number): Builder => {
    // the last prose line, if it reads as a caption ('部门政府采购预算'), is the title
    let last = prose[prose.length - 1]
    let title = ''
    const furniture: ProseLine[] = []
    let department: string | undefined
    if (last && last.page === page && codedDepartment(last.text) !== undefined) {
      department = codedDepartment(last.text)
      furniture.push(prose.pop()!)
      last = prose[prose.length - 1]
    }
    if (
      last &&
      last.page === page &&
      !isSentence(last.text) &&
      !isHeading(last.text) &&
      last.text.length <= 40
    ) {
      title = stripDecoration(last.text)
      furniture.unshift(prose.pop()!)
    }
    const b = emptyBuilder(title, page, pendingNumber)
    pendingNumber = undefined
    b.furniture = furniture
    if (department !== undefined) b.department = department
    return b
  }

  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!
    const cells = lineCells(line)
    if (cells.length === 0) continue
    if (
      cur &&
      closed &&
      cur.repeatOf === undefined &&
      cur.title === closed.title &&
      cur.header.length === 0 &&
      cur.body.length === 0 &&
      Math.min(...cur.pages) === closed.page + 1
    )
      cur.repeatOf = closed.header
    const text = cells.join(' ')
    const proseLine: ProseLine = { text, page: line.page }

    if (/^第[一二三四五六七八九十]{1,3}部分/.test(stripDecoration(text))) {
      // '第二部分 2026年度部门预算报表': a part of the document begins, never a row
      close()
      pendingNumber = undefined
      prose.push(proseLine)
      continue
    }
    if (positioned && cells.length > 1 && !cells.some(isMoneyLike) && isTableTitle(text)) {
      // a title cut into chunks around a number ('2026 | 年部门收支总表', '收支总表（预算表 | 1）')
      close()
      const split = splitTableNumber(withoutUnitClause(stripDecoration(text)))
      cur = emptyBuilder(split.title, line.page, split.number ?? pendingNumber)
      pendingNumber = undefined
      const u = unitOf(text)
      if (u !== undefined && u !== 'pending') cur.unit = u
      cur.furniture.push(proseLine)
      continue
    }
    if (positioned && cur && !cur.inNote && repeatsHeaderOnNewPage(cur, line)) {
      // the header printed again (whole, or what the running-head filter left of it) at the top of
      // a page the table runs on to: no row
      cur.continuation = true
      cur.furniture.push(proseLine)
      continue
    }
    if (
      positioned &&
      cur &&
      !cur.inNote &&
      !isNote(text) &&
      !isTableTitle(text) &&
      (((isSentence(text) || readsAsRunningText(line)) && inTextColumn(cur, line)) ||
        // a piece of a goal that reads as no sentence ('2027 | 年档案接收计划的通知'): words, no
        // amount, inside a text column the table has already shown
        (/\p{Script=Han}/u.test(text) && !cells.some(isMoneyLike) && inTextColumn(cur, line, true)))
    ) {
      // a wrapped line of a wide text cell (绩效目标 beside a project's amounts): part of the table,
      // however it reads; the grid joins it to its row
      const one = asOneChunk(line)
      keepTextSpan(cur, one.chunks[0]!)
      cur.body.push(one)
      cur.pages.add(line.page)
      continue
    }
    if (
      positioned &&
      readsAsRunningText(line, !cur, lines[at + 1]) &&
      (!cur || (cur.header.length === 0 && cur.body.length === 0) || isSentence(text))
    ) {
      // a sentence cut around its numbers ('2026 年度收入预算 110896.62 万元，比 …'): prose, and the
      // end of a table it follows
      close()
      pendingNumber = undefined
      prose.push(proseLine)
      continue
    }

    if (cells.length > 1 && isTableTitle(cells[0]!) && cells.slice(1).every(isFurnitureCell)) {
      // '…情况表        单位：万元' on one line
      close()
      const split = splitTableNumber(stripDecoration(cells[0]!))
      cur = emptyBuilder(split.title, line.page, split.number ?? pendingNumber)
      pendingNumber = undefined
      for (const c of cells.slice(1)) {
        const u = unitOf(c)
        const d = departmentOf(c)
        if (u !== undefined && u !== 'pending') cur.unit = u
        if (d !== undefined) cur.department = d
      }
      cur.furniture.push(proseLine)
      continue
    }
    if (cells.length > 1 && cells.every(isFurnitureCell)) {
      // '单位名称：X        单位：万元' on one line: furniture, cell by cell
      if (cur) {
        for (const c of cells) {
          const d = departmentOf(c) ?? codedDepartment(c)
          const u = unitOf(c)
          const n = tableNumberLine(c)
          if (d !== undefined && cur.department === undefined) cur.department = d
          if (u !== undefined && u !== 'pending' && cur.unit === undefined) cur.unit = u
          if (n !== undefined && cur.number === undefined) cur.number = n
        }
        if (cur.body.length > 0) cur.continuation = true
        cur.furniture.push(proseLine)
      } else prose.push(proseLine)
      continue
    }
    if (cells.length === 1 || !cur) {
      const t = stripDecoration(cells.length === 1 ? cells[0]! : text)
      const textual = cells.length === 1 || !isTableRowOutsideTable(cells)
      if (textual) {
        const number = tableNumberLine(t)
        if (number !== undefined) {
          if (cur && cur.header.length === 0 && cur.body.length === 0 && cur.number === undefined) {
            cur.number = number
            cur.furniture.push(proseLine)
          } else {
            close()
            pendingNumber = number
          }
          continue
        }
        if (isTableTitle(cells.length === 1 ? cells[0]! : text)) {
          close()
          const split = splitTableNumber(withoutUnitClause(t))
          cur = emptyBuilder(split.title, line.page, split.number ?? pendingNumber)
          const u = unitOf(t)
          if (u !== undefined && u !== 'pending') cur.unit = u
          pendingNumber = undefined
          cur.furniture.push(proseLine)
          continue
        }
        if (!cur) {
          const u = unitOf(t)
          const dept = departmentOf(t)
          if ((u !== undefined || dept !== undefined) && !isSentence(t)) {
            cur = untitledFromProse(line.page)
            cur.furniture.push(proseLine)
            if (dept !== undefined) cur.department = dept
            if (u === 'pending') cur.unitPending = true
            else if (u !== undefined) cur.unit = u
            continue
          }
          pendingNumber = undefined
          prose.push(proseLine)
          continue
        }
        // inside a table, a line of words
        const head = /^(?:金额)?单位[:：]?(万|亿)$/.exec(t.replace(/\s+/g, ''))?.[1]
        if (head !== undefined && cur.body.length === 0) {
          cur.unitHead = head as '万' | '亿'
          cur.furniture.push(proseLine)
          continue
        }
        const dept = departmentOf(t)
        const u = unitOf(t)
        if (dept !== undefined || u !== undefined) {
          if (dept !== undefined && cur.department === undefined) cur.department = dept
          if (u === 'pending') cur.unitPending = true
          else if (u !== undefined && cur.unit === undefined)
            cur.unit = u === '元' && cur.unitHead !== undefined ? `${cur.unitHead}元` : u
          if (cur.body.length > 0) cur.continuation = true
          cur.furniture.push(proseLine)
          continue
        }
        if (cur.unitPending) {
          const bare = bareUnit(t)
          cur.unitPending = false
          if (bare !== undefined) {
            if (cur.unit === undefined) cur.unit = bare
            cur.furniture.push(proseLine)
            continue
          }
        }
        if (isNote(t)) {
          cur.notes.push(t)
          cur.inNote = true
          cur.furniture.push(proseLine)
          continue
        }
        if (cur.inNote && isNoteContinuation(t) && !isHeading(t)) {
          cur.notes[cur.notes.length - 1] += t
          continue
        }
        if (line.tabbed && !cur.inNote && (cur.body.length > 0 || cur.header.length > 0)) {
          // a row of a tab table with one filled cell ('⇥⇥三十、转移性支出⇥')
          addCells(cur, line, cells)
          continue
        }
        if (positioned && afterRepeatedHeader(cur, line) && !cur.inNote && !isSentence(t)) {
          // the first row of a continued table, below its repeated header, printing no amount
          cur.body.push(line)
          cur.pages.add(line.page)
          continue
        }
        if (
          positioned &&
          cur.body.length > 0 &&
          !cur.inNote &&
          !isSentence(t) &&
          !/^第[一二三四五六七八九十]{1,3}部分/.test(t)
        ) {
          // inside a positioned table body: a row without values ('二十、自然资源海洋气象等支出'),
          // unless it repeats a word of the header at the top of the next page (a group label
          // printed above the repeated header, '财政拨款')
          if (cur.headerKeys.has(headerKey(line)) && cur.body[cur.body.length - 1]!.page !== line.page) {
            cur.continuation = true
            cur.furniture.push(proseLine)
            continue
          }
          cur.body.push(line)
          cur.pages.add(line.page)
          continue
        }
        if (!positioned && !cur.inNote && isMoneyLike(t) && oneColumnSoFar(cur)) {
          // a table of one column whose cells the extraction printed one per line, with no tab (a
          // 机关运行经费 table: its header word, then its amounts): the word heads the amounts
          if (cur.body.length === 0 && cur.loneWord !== undefined) {
            cur.header.push(cur.loneWord)
            cur.headerKeys.add(headerKey(cur.loneWord))
          }
          cur.body.push(line)
          cur.pages.add(line.page)
          continue
        }
        if (isHeading(t) || isSentence(t) || cur.inNote) {
          close()
          prose.push(proseLine)
          continue
        }
        const coded = codedDepartment(t)
        if (coded !== undefined) {
          if (cur.department === undefined) cur.department = coded
          if (cur.body.length > 0) cur.continuation = true
          cur.furniture.push(proseLine)
          continue
        }
        if (
          positioned &&
          cur.body.length === 0 &&
          cur.header.length > 0 &&
          (isMoneyLike(t) || (cur.numbered === true && TOTAL_WORD.test(t)))
        ) {
          // an amount under the header, alone on its line: the first piece of an amount wrapped in
          // its cell around the first row ('576,171.1' | 合计 … | '1'), never a header word; a total
          // line under the column numbers, blank (a table without data), is the first row too
          cur.body.push(line)
          cur.pages.add(line.page)
          continue
        }
        if (cur.body.length === 0 || !positioned || /^[^:：]{1,8}[:：]/.test(t)) {
          // '预算年度：2024', '(2024年度)', a lone header word, page furniture
          if (!positioned && cur.header.length === 0 && cur.body.length === 0)
            cur.loneWord = /^[^:：]{1,24}$/.test(t) && /\p{Script=Han}/u.test(t) ? line : undefined
          if (cur.body.length > 0) cur.continuation = true
          else if (cur.header.length > 0 && positioned) {
            cur.header.push(line)
            cur.headerKeys.add(headerKey(line))
          } else if (positioned && line.chunks.length === 1 && !/[:：]/.test(t) && t.length <= 24) {
            cur.lead.push(line)
            cur.headerKeys.add(headerKey(line))
          }
          cur.furniture.push(proseLine)
          continue
        }
        // a positioned source: a wrapped label or a row with one cell
        cur.body.push(line)
        cur.pages.add(line.page)
        continue
      }
      // a line of cells outside any table: a table without a title (from positions, only at a body line)
      if (!cur && positioned && !isBodyLine(cells)) {
        pendingNumber = undefined
        prose.push(proseLine)
        continue
      }
      if (!cur) {
        cur = untitledFromProse(line.page)
        cur.fromRow = true
      }
    }

    // a line of cells, inside a table
    if (!cur) continue
    if (isContentsEntry(cells) && cur.header.length === 0 && cur.body.length === 0) {
      cur.furniture.push(proseLine)
      continue
    }
    if (
      cells.length > 1 &&
      (cur.header.length > 0 || cur.body.length > 0) &&
      isNote(text) &&
      !cells.some(isMoneyLike)
    ) {
      // a note under the table cut around a gap ('注：某某局 | 2026年没有使用…的支出'): a note, not a row
      cur.notes.push(cells.join(''))
      cur.inNote = true
      cur.furniture.push(proseLine)
      continue
    }
    if (
      cells.length > 2 &&
      cur.body.length > 0 &&
      isNote(cells[0]!) &&
      !isMoneyLike(cells[0]!) &&
      !isMoneyLike(cells[1]!) &&
      cells.some(isMoneyLike)
    ) {
      // a note under one side of a two-sided table, on the line of the other side's last row ('注，报表
      // 金额… | 二、年终结转结余 | 92.68'): the note is set apart, the row is read without it (a label
      // that only starts like a note and prints its own amount next to it, '说明：其他支出 | 5.00', stays a row)
      cur.notes.push(cells[0]!)
      addCells(cur, withoutFirstCell(line), cells.slice(1))
      continue
    }
    if (positioned && afterRepeatedHeader(cur, line)) {
      cur.inNote = false
      cur.body.push(line)
      cur.pages.add(line.page)
      continue
    }
    addCells(cur, line, cells)
  }
  close()
  return { prose, blocks }
}

/** Widest gap inside one run of text, in font sizes (as {@link readsAsRunningText} takes it). */
const TEXT_GAP = 1.2

/**
 * True for a line of text printed inside a table's wide text column (a 绩效目标 or 指标值内容 wrapped
 * over several lines beside a row's amounts): one run of text (no column gap inside it), right of the
 * header's first column, and under one column of the header only (every header word whose centre it
 * covers stands over the others, the stacked words of one column; a short piece, under the header
 * word that spans its centre, or right of every amount so far), on the page that prints the header.
 * On the pages the table runs on to (its header repeated, or cut at the top by the running-head
 * filter), only inside a text column the table has already shown, within four font sizes of it (a
 * page is fitted to its own figures: its columns stand a little apart from the first page's), and no
 * further than the page after the table's last row. A paragraph of the explanatory text starts at
 * the left margin, in the first column, and runs under many header words: never one.
 *
 * @param cur - the table being built (positioned lines, its header read)
 * @param line - a positioned line
 * @param spanOnly - only inside a text column already seen (a line that reads as no sentence)
 * @returns whether the line continues a text cell of the table
 * @example
 * ```ts
 * // header 单位名称 [95-135] | 项目名称 [233-273] | 金额 [346-366] | 绩效目标 [581-621]
 * inTextColumn(cur, line) // '通过实施…信息发布' at [403-793]: true; the same words at [44-793]: false
 * ```
 */
function inTextColumn(cur: Builder, line: LayoutLine, spanOnly = false): boolean {
  const size = line.size
  if (cur.header.length === 0 || line.tabbed || size === undefined || line.chunks.length === 0) return false
  for (let i = 1; i < line.chunks.length; i++)
    if (line.chunks[i]!.x0 - line.chunks[i - 1]!.x1 > TEXT_GAP * size) return false
  const x0 = line.chunks[0]!.x0
  const x1 = line.chunks[line.chunks.length - 1]!.x1
  const headerPage = cur.header[cur.header.length - 1]!.page
  if (line.page !== headerPage) {
    // a page the table runs on to (the page after its last row at most): its header repeated or cut
    // at the top, only a text column the table has already shown is followed there, the page set
    // apart by as much as alignPages moves a page's columns
    const lastPage = cur.body.length > 0 ? cur.body[cur.body.length - 1]!.page : headerPage
    const shift = PAGE_SHIFT * size
    return (
      line.page <= lastPage + 1 &&
      cur.textSpans?.some((s) => x0 >= s.x0 - shift && x0 < s.x1 && x1 <= s.x1 + shift) === true
    )
  }
  if (cur.textSpans?.some((s) => x0 >= s.x0 - size && x1 <= s.x1 + size)) return true
  if (spanOnly) return false
  const words = cur.header.flatMap((h) => h.chunks.filter((c) => c.text.trim() !== ''))
  if (words.length < 2) return false
  let first = words[0]!
  for (const w of words) if (w.x0 < first.x0) first = w
  if (x0 <= first.x1) return false
  const mid = (c: { x0: number; x1: number }): number => (c.x0 + c.x1) / 2
  let over = words.filter((w) => mid(w) >= x0 && mid(w) <= x1)
  if (over.length === 0) over = words.filter((w) => w.x0 <= mid({ x0, x1 }) && w.x1 >= mid({ x0, x1 }))
  if (over.length === 0) return rightOfAmounts(cur, x0)
  for (const a of over) for (const b of over) if (Math.min(a.x1, b.x1) <= Math.max(a.x0, b.x0)) return false
  return true
}

/** Longest squeezed header text {@link repeatsHeaderOnNewPage} compares pieces with (bounds the work). */
const MAX_HEADER_TEXT = 2000

/**
 * True for a line of the table's header printed again at the top of a page the table runs on to,
 * before any row of that page: no amount, and every chunk of it a piece of the header's words (the
 * repeated header may break its words over lines differently, '财政专 | 其他资' under '其他资金', or
 * lose its top lines to the running-head filter). A row's label is no piece of the header.
 *
 * @param cur - the table being built (positioned lines)
 * @param line - a positioned line
 * @returns whether the line repeats (part of) the header on a new page
 * @example
 * ```ts
 * // header on p.27: 财政拨款 / 支出项目类别（资金使用单 | 财政专 / 总计 | … | 其他资金 | 绩效目标 / 位） | 合计 | 户拨款
 * repeatsHeaderOnNewPage(cur, line) // p.28 '位） | 合计 | 户拨款 | 金' before its first row: true
 * ```
 */
function repeatsHeaderOnNewPage(cur: Builder, line: LayoutLine): boolean {
  if (cur.header.length === 0 || cur.body.length === 0 || line.tabbed) return false
  if (line.page <= cur.body[cur.body.length - 1]!.page) return false
  const pieces = line.chunks.map((c) => c.text.replace(/\s+/g, '')).filter((t) => t !== '')
  if (pieces.length === 0 || pieces.join('').length < 2 || pieces.some((p) => isAmount(p) || isDash(p)))
    return false
  cur.headerText ??= cur.header.map(squeezedKey).join('|').slice(0, MAX_HEADER_TEXT)
  const header = cur.headerText
  return pieces.every((p) => p.length <= header.length && header.includes(p))
}

/**
 * True when a piece of text starts right of every amount the table's body has printed so far: in a
 * text column after the amounts (a goal's last line, printed under no header word).
 *
 * @param cur - the table being built
 * @param x0 - where the piece starts
 * @returns whether the body has amounts, all of them left of `x0`
 * @example
 * ```ts
 * rightOfAmounts(cur, 403) // true when the body's amounts end at 392
 * ```
 */
function rightOfAmounts(cur: Builder, x0: number): boolean {
  // body lines are only ever added: each is looked at once
  cur.amountsRight ??= { lines: 0, right: Number.NEGATIVE_INFINITY }
  const seen = cur.amountsRight
  for (; seen.lines < cur.body.length; seen.lines++)
    for (const c of cur.body[seen.lines]!.chunks)
      if (isAmount(c.text)) seen.right = Math.max(seen.right, c.x1)
  return Number.isFinite(seen.right) && x0 > seen.right
}

/**
 * Remembers the extent of a wide text cell's line, merged with the extents it overlaps (a table has
 * few text columns: the list stays as short as its columns).
 *
 * @param cur - the table being built
 * @param c - the line's one chunk
 * @example
 * ```ts
 * keepTextSpan(cur, { text: '通过…', x0: 554, x1: 794 }) // cur.textSpans: [{ x0: 549, x1: 794 }] with [549-789] before
 * ```
 */
function keepTextSpan(cur: Builder, c: { x0: number; x1: number }): void {
  const spans = cur.textSpans ?? []
  const merged = { x0: c.x0, x1: c.x1 }
  const rest = spans.filter((s) => {
    if (Math.min(s.x1, merged.x1) <= Math.max(s.x0, merged.x0)) return true
    merged.x0 = Math.min(merged.x0, s.x0)
    merged.x1 = Math.max(merged.x1, s.x1)
    return false
  })
  cur.textSpans = [...rest, merged]
}

/**
 * A line of one run of text as a single chunk: the numbers a sentence prints ('站点维护数量 | 162 |
 * 个，…') are words of it, never cells of their own.
 *
 * @param line - a positioned line
 * @returns the line with its chunks joined, or the line itself when it has one chunk
 * @example
 * ```ts
 * asOneChunk(line).chunks // [{ text: '站点维护数量162个，', x0: 403, x1: 653 }] from three chunks
 * ```
 */
function asOneChunk(line: LayoutLine): LayoutLine {
  if (line.chunks.length < 2) return line
  const text = line.chunks.map((c) => c.text).join('')
  return { ...line, chunks: [{ text, x0: line.chunks[0]!.x0, x1: line.chunks[line.chunks.length - 1]!.x1 }] }
}

/**
 * A titled table that so far has no line of several cells: its lines may be the cells of one column
 * printed one per line. Lines are only ever added to a table, so each is looked at once: the lines
 * seen so far are remembered on the builder (a body of 10⁵ one-cell lines is not scanned 10⁵ times).
 *
 * @example
 * ```ts
 * // a table titled 机关运行经费, whose lines so far are '合计', '12.00', '3.00'
 * oneColumnSoFar(cur) // true
 * ```
 */
function oneColumnSoFar(cur: Builder): boolean {
  if (cur.title === '') return false
  cur.oneCell ??= { header: 0, body: 0, single: true }
  const seen = cur.oneCell
  for (; seen.single && seen.header < cur.header.length; seen.header++)
    seen.single = lineCells(cur.header[seen.header]!).length === 1
  for (; seen.single && seen.body < cur.body.length; seen.body++)
    seen.single = lineCells(cur.body[seen.body]!).length === 1
  return seen.single && (cur.body.length > 0 || cur.header.length === 0)
}

/**
 * The line with its first non-empty chunk blanked (kept in place: a tab line's chunk index is its
 * column).
 *
 * @example
 * ```ts
 * lineCells(withoutFirstCell({ page: 1, tabbed: true, chunks: [
 *   { text: '注，单位…', x0: 0, x1: 0 }, { text: '92.68', x0: 1, x1: 1 }] })) // ['92.68']
 * ```
 */
function withoutFirstCell(line: LayoutLine): LayoutLine {
  const first = line.chunks.findIndex((c) => c.text !== '')
  return { ...line, chunks: line.chunks.map((c, i) => (i === first ? { ...c, text: '' } : c)) }
}

function addCells(cur: Builder, line: LayoutLine, cells: readonly string[]): void {
  cur.inNote = false
  cur.pages.add(line.page)
  if (cur.body.length > 0) {
    const key = headerKey(line)
    if (cur.continuation && (cur.headerKeys.has(key) || isColumnNumberLine(cells))) return
    if (cur.headerKeys.has(key) && !isBodyLine(cells)) return
    cur.continuation = false
    cur.body.push(line)
  } else if (cur.header.length === 0 && isNoiseAboveHeader(cells)) {
    // nothing to read: neither a header word nor a row
  } else if (isBodyLine(cells)) {
    cur.body.push(line)
  } else if (cur.header.length > 0 && /^[*\-—–]/.test(cells[0] ?? '') && isColumnNumberLine(cells)) {
    // '** ** 1 2 3': column numbers under the header, nothing to read
    cur.numbered = true
  } else {
    cur.header.push(line)
    cur.headerKeys.add(headerKey(line))
  }
}

/**
 * The first line of a table with no Chinese character, whose only amounts are digits broken by a
 * space ('1 12.0') beside cells that are not amounts: OCR noise over a header ('HAI 1. H. | W 11 11
 * E | 1 12.0'), neither a header word nor the first row. A printed amount breaks only after its
 * separators ('132, 372. 61').
 * @example
 * isNoiseAboveHeader(['HAI 1. H.', 'W 11 11 E', '1 12.0']) // true
 * isNoiseAboveHeader(['项目', '1 12.0']) // false
 */
function isNoiseAboveHeader(cells: readonly string[]): boolean {
  if (cells.some((c) => /\p{Script=Han}/u.test(c))) return false
  const amounts = cells.filter((c) => isAmount(c))
  return amounts.length > 0 && amounts.length < cells.length && amounts.every((c) => /\d\s+\d/.test(c))
}

function isFurnitureCell(c: string): boolean {
  const u = unitOf(c)
  return (
    departmentOf(c) !== undefined ||
    (u !== undefined && u !== 'pending') ||
    tableNumberLine(c) !== undefined ||
    /^(?:预算年度|年度|金额单位)\s*[:：]/.test(c)
  )
}

/** Outside a table, a line of several cells starts a table unless it is a contents entry. */
function isTableRowOutsideTable(cells: readonly string[]): boolean {
  return !isContentsEntry(cells)
}
