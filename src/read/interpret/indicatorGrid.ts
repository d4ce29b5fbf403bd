/**
 * Reading performance-indicator grids (绩效指标: 一级 › 二级 › 三级 with the 指标值), shared by every
 * table that prints them: a project's 项目支出绩效目标表, the 部门整体绩效目标表, the self-evaluation
 * forms. Columns are found from the header vocabulary (一级指标, 二级指标, 三级指标, 指标值 …), never
 * from positions. Two shapes are read:
 *
 * - the list (`readIndicatorRows`): one indicator per row under 一级指标 | 二级指标 | 三级指标 |
 *   指标值 | … (merged level cells printed once, carried down);
 * - the pairs (`indicatorPairsOf`, `indicatorsOfPairRow`): 三级指标 | 指标值 pairs side by side under
 *   a level heading each (成本指标 | 产出指标 | 效益指标 | 满意度指标), several indicators per row.
 * @module
 */
import type { Indicator } from '../../model/indicator'
import type { GridColumn, GridRow } from '../layout/types'
import type { ReadDiagnostic } from '../types'
import { headerLabels, normalizeLabel } from './normalizeLabel'

/** Where the parts of an indicator stand in a list-shaped grid (column indexes). */
export interface IndicatorColumns {
  readonly level1?: number
  readonly level2?: number
  /** 三级指标 (or 指标名称). */
  readonly name: number
  /** 指标值 (年度指标值, 目标值). */
  readonly target: number
  /** 实际完成值 (self-evaluations). */
  readonly actual?: number
  /** Every other labelled column after the first level column (指标值内容, 评（扣）分标准, 度量单位 …), kept as the note. */
  readonly notes: readonly { readonly label: string; readonly at: number }[]
}

const LEVEL1 = /^一级指标$/
const LEVEL2 = /^二级指标$/
const NAME = /^(三级指标|指标名称|绩效指标名称)$/
const TARGET = /^(指标值|年度指标值|目标值|年度目标值|指标值\(目标值\))$/
const ACTUAL = /^(实际完成值|实际值|全年实际值)$/
const MAX_CELL = 2000

/**
 * A cell of a performance form as text: markup tags the extraction left (`<br>`) dropped, trimmed.
 * @example
 * ```ts
 * clean(' 数量<br>指标 ') // '数量指标'
 * ```
 * @internal
 */
export const clean = (s: string): string => s.replace(/<[^>]{0,20}>/g, '').trim()

/**
 * A cell as one label without any space: labels of 一级/二级 print wrapped ('经济成本指' over '标'),
 * and names print with spaces the layout put in; the pieces are one label.
 * @example
 * ```ts
 * level('经济成本指 标') // '经济成本指标'
 * ```
 * @internal
 */
export const level = (s: string): string => clean(s).replace(/\s+/g, '')

/**
 * The indicator columns of a list-shaped grid from one line of labels (the header's leaves, or a
 * body row that repeats the heading): a 三级指标 (or 指标名称) and a 指标值 label are required, and
 * at least one of 一级指标 and 二级指标 before them. Labels are compared folded (spaces removed).
 *
 * @param labels - one label per column, as printed
 * @returns where each part stands, or `undefined` when the labels are no indicator heading
 * @example
 * ```ts
 * indicatorColumnsOf(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'])
 * // { level1: 0, level2: 1, name: 2, target: 4, notes: [{ label: '绩效指标描述', at: 3 }, { label: '指标值确定依据', at: 5 }] }
 * ```
 */
export function indicatorColumnsOf(labels: readonly string[]): IndicatorColumns | undefined {
  const folded = labels.map((l) => normalizeLabel(clean(l)))
  const at = (p: RegExp): number | undefined => {
    const i = folded.findIndex((l) => p.test(l))
    return i < 0 ? undefined : i
  }
  const level1 = at(LEVEL1)
  const level2 = at(LEVEL2)
  const name = at(NAME)
  const target = at(TARGET)
  const actual = at(ACTUAL)
  if (name === undefined || target === undefined || (level1 === undefined && level2 === undefined))
    return undefined
  const first = Math.min(level1 ?? name, level2 ?? name)
  if (first > name) return undefined
  const used = new Set([level1, level2, name, target, actual])
  const notes: { label: string; at: number }[] = []
  folded.forEach((label, i) => {
    if (i > first && label !== '' && !used.has(i) && folded.indexOf(label) === i) notes.push({ label, at: i })
  })
  return {
    ...(level1 !== undefined ? { level1 } : {}),
    ...(level2 !== undefined ? { level2 } : {}),
    name,
    target,
    ...(actual !== undefined ? { actual } : {}),
    notes,
  }
}

/**
 * The indicator columns of a grid, from its header or, when the header is something else (a form
 * whose first lines are 项目名称, 预算数 …), from the first body row that prints the heading.
 *
 * @param columns - the grid's columns
 * @param rows - its body rows
 * @returns the columns and the index of the first row under the heading (0 when the header has it)
 * @example
 * ```ts
 * // a 绩效目标表 form: rows 项目编码 …, 绩效目标 …, then 一级指标 | 二级指标 | 三级指标 | 指标值
 * indicatorHeadingOf(grid.columns, grid.rows) // { columns: { level1: 0, … }, from: 7 }
 * ```
 */
export function indicatorHeadingOf(
  columns: readonly GridColumn[],
  rows: readonly GridRow[],
): { readonly columns: IndicatorColumns; readonly from: number } | undefined {
  const header = indicatorColumnsOf(columns.map((c) => headerLabels(c.header).at(-1) ?? ''))
  if (header !== undefined) return { columns: header, from: 0 }
  for (let i = 0; i < rows.length; i++) {
    const found = indicatorColumnsOf(rows[i]?.cells ?? [])
    if (found !== undefined) return { columns: found, from: i + 1 }
  }
  return undefined
}

const isHeading = (cells: readonly string[], columns: IndicatorColumns): boolean =>
  NAME.test(normalizeLabel(clean(cells[columns.name] ?? ''))) &&
  TARGET.test(normalizeLabel(clean(cells[columns.target] ?? '')))

const join = (a: string, b: string): string => (a === '' ? b : b === '' ? a : `${a}${b}`)

/**
 * Reads the indicators of a list-shaped grid (一级指标 | 二级指标 | 三级指标 | 指标值 | …), one per
 * row. A level printed once over several rows (a merged cell) is carried down; a row that prints
 * only a level's text is the rest of a wrapped level label ('经济成本指' … '标') and is joined to it,
 * in the indicators already read under it too; a row that prints no name and no target but other
 * text right under an indicator is the rest of that indicator's wrapped cells (an extraction that
 * split one cell over two lines) and is joined to it. A repeated heading (continuation pages) is
 * skipped. A row printing a name without a target, or a target without a name, that continues no
 * indicator is not guessed at: it gives a `CELL_UNPLACED` diagnostic with its page, and no indicator.
 * Other labelled columns (指标值内容, 评（扣）分标准, 度量单位, 指标值类型, 绩效指标描述 …) are kept as
 * the note, `label：text` joined by `；`.
 *
 * @param rows - the grid rows under the heading
 * @param columns - where the parts stand (see `indicatorColumnsOf`)
 * @param table - table id or title, for diagnostics
 * @returns the indicators in print order, and the diagnostics
 * @example
 * ```ts
 * readIndicatorRows(
 *   [{ cells: ['产出指标', '数量指标', '参保人数', '≥400000人'], page: 3 },
 *    { cells: ['', '质量指标', '支付准确率', '100%'], page: 3 }],
 *   { level1: 0, level2: 1, name: 2, target: 3, notes: [] }, 'project-performance',
 * ).indicators
 * // [{ level1: '产出指标', level2: '数量指标', name: '参保人数', target: '≥400000人' },
 * //  { level1: '产出指标', level2: '质量指标', name: '支付准确率', target: '100%' }]
 * ```
 */
export function readIndicatorRows(
  rows: readonly GridRow[],
  columns: IndicatorColumns,
  table: string,
): { readonly indicators: Indicator[]; readonly diagnostics: ReadDiagnostic[] } {
  const indicators: Indicator[] = []
  const diagnostics: ReadDiagnostic[] = []
  // per indicator: its note cells, joined at the end
  const notes: string[][] = []
  let level1 = ''
  let level2 = ''
  let level1From = 0
  let level2From = 0
  let previous: 'indicator' | 'other' = 'other'
  for (const row of rows) {
    const cell = (i: number | undefined): string =>
      i === undefined ? '' : clean(row.cells[i] ?? '').slice(0, MAX_CELL)
    // a heading repeated on a continuation page: the line under it may still continue the indicator above
    if (isHeading(row.cells, columns)) continue
    const l1 = level(cell(columns.level1))
    const l2 = level(cell(columns.level2))
    const name = cell(columns.name)
    const target = cell(columns.target)
    const actual = cell(columns.actual)
    const rowNotes = columns.notes.map((n) => cell(n.at))
    const anyNote = rowNotes.some((n) => n !== '')
    if (name === '' && target === '' && actual === '') {
      if (!anyNote && l1 === '' && l2 === '') continue
      if (!anyNote) {
        // the rest of a wrapped level label, when indicators stand under the level already;
        // otherwise a level printed on a row of its own, over the indicators that follow
        const rest1 = l1 !== '' && indicators.length > level1From
        const rest2 = l2 !== '' && indicators.length > level2From
        if (rest1) {
          level1 += l1
          for (let i = level1From; i < indicators.length; i++) {
            const it = indicators[i] as Indicator
            indicators[i] = { ...it, level1: it.level1 + l1 }
          }
        } else if (l1 !== '') {
          level1 = l1
          level1From = indicators.length
          level2 = ''
          level2From = indicators.length
        }
        if (rest2) {
          level2 += l2
          for (let i = level2From; i < indicators.length; i++) {
            const it = indicators[i] as Indicator
            indicators[i] = { ...it, level2: (it.level2 ?? '') + l2 }
          }
        } else if (l2 !== '') {
          level2 = l2
          level2From = indicators.length
        }
        continue
      }
      if (previous === 'indicator' && l1 === '' && l2 === '') {
        const last = notes[notes.length - 1] as string[]
        rowNotes.forEach((n, i) => {
          last[i] = join(last[i] ?? '', n)
        })
        continue
      }
    }
    if (l1 !== '') {
      level1 = l1
      level1From = indicators.length
      level2 = ''
      level2From = indicators.length
    }
    if (l2 !== '') {
      level2 = l2
      level2From = indicators.length
    }
    if (name === '' || target === '') {
      // the rest of the previous indicator's wrapped cells (no level of its own)
      if (previous === 'indicator' && l1 === '' && l2 === '') {
        const i = indicators.length - 1
        const it = indicators[i] as Indicator
        indicators[i] = {
          ...it,
          name: join(it.name, name),
          target: join(it.target, target),
          ...(actual !== '' ? { actual: join(it.actual ?? '', actual) } : {}),
        }
        const last = notes[notes.length - 1] as string[]
        rowNotes.forEach((n, k) => {
          last[k] = join(last[k] ?? '', n)
        })
        continue
      }
      previous = 'other'
      diagnostics.push({
        code: 'CELL_UNPLACED',
        severity: 'warning',
        table,
        page: row.page,
        message: {
          zh: `绩效指标“${(name || target || rowNotes.find((n) => n !== '') || '').slice(0, 40)}”一行缺${name === '' ? '指标名称' : '指标值'}，未读作指标`,
          en: `the indicator line "${(name || target || rowNotes.find((n) => n !== '') || '').slice(0, 40)}" prints no ${name === '' ? 'name' : 'target'}; not read as an indicator`,
        },
      })
      continue
    }
    indicators.push({
      level1,
      ...(columns.level2 !== undefined && level2 !== '' ? { level2 } : {}),
      name,
      target,
      ...(actual !== '' ? { actual } : {}),
    })
    notes.push(rowNotes)
    previous = 'indicator'
  }
  const out = indicators.map((it, i) => {
    const note = (notes[i] ?? [])
      .map((text, k) => (text === '' ? '' : `${columns.notes[k]?.label ?? ''}：${text}`))
      .filter((n) => n !== '')
      .join('；')
    return note === '' ? it : { ...it, note }
  })
  return { indicators: out, diagnostics }
}

/** One 三级指标 | 指标值 pair of a pair-shaped grid, under its level heading. */
export interface IndicatorPair {
  /** The level heading over the pair (成本指标, 产出指标 …). */
  readonly level1: string
  readonly name: number
  readonly target: number
}

/**
 * The 三级指标 | 指标值 pairs of a pair-shaped grid (… | 成本指标: 三级指标 | 指标值 | 产出指标:
 * 三级指标 | 指标值 | …): a column whose header ends in 三级指标 followed by one whose header ends in
 * 指标值 under the same parent label, which is the pair's level.
 *
 * @param columns - the grid's columns
 * @returns the pairs, left to right (empty when the grid prints none)
 * @example
 * ```ts
 * // headers 绩效目标/成本指标/三级指标 | 绩效目标/成本指标/指标值 | 绩效目标/产出指标/三级指标 | …
 * indicatorPairsOf(grid.columns) // [{ level1: '成本指标', name: 6, target: 7 }, { level1: '产出指标', name: 8, target: 9 }, …]
 * ```
 */
export function indicatorPairsOf(columns: readonly GridColumn[]): readonly IndicatorPair[] {
  const pairs: IndicatorPair[] = []
  for (let i = 0; i + 1 < columns.length; i++) {
    const a = headerLabels((columns[i] as GridColumn).header)
    const b = headerLabels((columns[i + 1] as GridColumn).header)
    if (a.length < 2 || b.length < 2) continue
    if (!NAME.test(a[a.length - 1] ?? '') || !TARGET.test(b[b.length - 1] ?? '')) continue
    const parent = a[a.length - 2] ?? ''
    if (parent === '' || parent !== b[b.length - 2] || !/指标$/.test(parent)) continue
    pairs.push({ level1: parent, name: i, target: i + 1 })
    i++
  }
  return pairs
}

/**
 * The indicators one row of a pair-shaped grid prints: each pair with both a name and a target
 * is an indicator of that pair's level. A row with a pair printing only one of the two (a name
 * without its target, or the extraction moved the row by a column) is not split into indicators:
 * `undefined`, for the caller to report.
 *
 * @param cells - the row's cells
 * @param pairs - the grid's pairs (see `indicatorPairsOf`)
 * @returns the indicators, in the order of the pairs, or `undefined` when a pair is half printed
 * @example
 * ```ts
 * indicatorsOfPairRow(['…', '总成本', '≤5450000元', '保障人数', '178人'], [{ level1: '成本指标', name: 1, target: 2 }, { level1: '产出指标', name: 3, target: 4 }])
 * // [{ level1: '成本指标', name: '总成本', target: '≤5450000元' }, { level1: '产出指标', name: '保障人数', target: '178人' }]
 * ```
 */
export function indicatorsOfPairRow(
  cells: readonly string[],
  pairs: readonly IndicatorPair[],
): Indicator[] | undefined {
  const out: Indicator[] = []
  for (const pair of pairs) {
    const name = clean(cells[pair.name] ?? '').slice(0, MAX_CELL)
    const target = clean(cells[pair.target] ?? '').slice(0, MAX_CELL)
    if (name === '' && target === '') continue
    if (name === '' || target === '') return undefined
    out.push({ level1: pair.level1, name, target })
  }
  return out
}
