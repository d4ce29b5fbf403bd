/**
 * The hand-off between the two halves of the reader.
 *
 * The layout half (`source/`, `layout/`) turns an input — PDF bytes, tab-separated text or
 * column-aligned text — into a {@link LaidOutDocument}: the prose lines and the tables as grids of
 * printed strings, with header paths and pages, but no meaning. The interpretation half
 * (`interpret/`) turns that into the model: table kinds, fact keys, codes, a `Disclosure`.
 * Nothing here knows a fact key; nothing in `interpret/` looks at a position.
 * @module
 */
import type { MoneyUnit } from '../../money/types'

/** A line of prose (explanatory text, glossary, headings), in reading order. */
export interface ProseLine {
  /** The text of the line, cells of a tab/column line joined by a single space. */
  readonly text: string
  /** Page (1-based). */
  readonly page: number
}

/** A column of a laid-out table. */
export interface GridColumn {
  /** Header labels from the top of the header down to this column, as printed (wrapped pieces rejoined). Empty when the table prints no header above the column. */
  readonly header: readonly string[]
  /** `label`: names, codes, ordinals; `value`: amounts, percentages, counts. */
  readonly role: 'label' | 'value'
  /**
   * Side of a two-sided table (收 | 支 printed side by side, or three blocks in 公开06表): 0 for the
   * first block, 1 for the second … Absent in a one-sided table.
   */
  readonly block?: number
}

/** A body row of a laid-out table. */
export interface GridRow {
  /** One printed string per column (same length as `columns`); '' where the cell is blank. */
  readonly cells: readonly string[]
  /** Page (1-based). */
  readonly page: number
  /**
   * How far each cell's text is indented in its column (positioned sources only): the left edge of
   * its first glyph less the leftmost one in that column, in font sizes; undefined where the cell is
   * blank. A list printed as a tree (a unit flush left, its projects indented under it) keeps its
   * levels here.
   */
  readonly indents?: readonly (number | undefined)[]
}

/** A table as printed: title, unit, header and body, over one or more pages. */
export interface GridTable {
  /** Title as printed (表号 removed), e.g. '2026年部门收支总表'. */
  readonly title: string
  /** Table number as printed, if any ('表1', '公开01表', '附表3'). */
  readonly number?: string
  /** Amount unit printed with the table (单位：万元). */
  readonly unit?: MoneyUnit
  /** Department or unit name printed above the table (部门名称：… / 编制单位：…). */
  readonly department?: string
  /** Pages the table is printed on (1-based, ascending). */
  readonly pages: readonly number[]
  readonly columns: readonly GridColumn[]
  readonly rows: readonly GridRow[]
  /** Notes printed under the table (注：… / 备注：… / "本表无数据"), in order. */
  readonly notes: readonly string[]
  /**
   * The header's lines as printed, before they were fitted to the columns (tab text only: one
   * string per tab-separated cell, blanks kept). A form whose labelled lines carry no amount
   * (部门整体绩效目标表: 年度履职目标 …, 年度主要任务 | 任务名称 | 主要内容 and the task lines under
   * them) stands here line by line, where the fitted header paths have mixed its lines.
   */
  readonly headerLines?: readonly (readonly string[])[]
}

/** What the layout half gives the interpretation half. */
export interface LaidOutDocument {
  readonly source: 'pdf' | 'text-tabs' | 'text-layout'
  /** Number of pages (1 for text without form feeds). */
  readonly pages: number
  /** Prose in reading order, tables left out. */
  readonly prose: readonly ProseLine[]
  /** Tables in printed order. */
  readonly tables: readonly GridTable[]
  /** Pages that carry no text at all (scanned images); every page empty means no text layer. */
  readonly emptyPages: readonly number[]
}
