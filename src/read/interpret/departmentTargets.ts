/**
 * The goals, tasks and indicators of a department-wide performance form (部门整体绩效目标表, and a
 * 决算's 部门整体支出绩效自评表) from its grid: the text beside 年度履职目标 (split where the form
 * numbers its goals), the 任务名称 | 主要内容 lines under 年度主要任务, and the indicator list under
 * 一级指标 | 二级指标 | 三级指标 | 指标值 (read by the shared `indicatorGrid`; a self-evaluation's
 * 实际完成值, 分值 and 得分 too). Everything is found by the form's labels, never by position.
 * @module
 */
import type { Indicator } from '../../model/indicator'
import type { GridTable } from '../layout/types'
import type { ReadDiagnostic } from '../types'
import { indicatorHeadingOf, readIndicatorRows } from './indicatorGrid'
import { normalizeLabel } from './normalizeLabel'

/** What a department-wide performance form states besides its budget. */
export interface DepartmentTargets {
  readonly goals: readonly string[]
  readonly tasks: readonly { readonly name: string; readonly content?: string }[]
  readonly indicators: readonly Indicator[]
  readonly diagnostics: readonly ReadDiagnostic[]
}

const GOAL_LABEL = /^(年度履职目标|年度绩效目标|部门整体绩效目标|整体绩效目标|年度总体目标|部门年度目标)$/
const TASK_LABEL = /^(年度主要任务|主要任务)$/
// the column headings a self-evaluation prints over its goal and task text, not text themselves
const SUBHEADING = /^(预期目标|实际完成情况|目标内容|任务名称|主要内容|预算金额|预算数)$/
const MAX_TEXT = 4000
const LEVEL_HEADING = /^(一级指标|二级指标|三级指标)$/

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim()
const folded = (s: string): string => normalizeLabel(s.replace(/<[^>]{0,20}>/g, ''))

/**
 * A goal text split where the form numbers its goals: before each 目标1： / 目标2： (kept: it names
 * the goal), at each list number 1、 2、 (dropped), or at each paragraph (<p>…</p>); one goal when it
 * prints no numbering. Bounded: the text is cut at 4,000 characters.
 *
 * @param text - the text printed beside 年度履职目标
 * @returns the goals, in print order
 * @example
 * ```ts
 * splitGoals('目标1：发放救助资金 目标2：完成参保') // ['目标1：发放救助资金', '目标2：完成参保']
 * splitGoals('1、确保待遇落实。 2、打击欺诈骗保。')  // ['确保待遇落实。', '打击欺诈骗保。']
 * ```
 */
export function splitGoals(text: string): string[] {
  const bounded = text.slice(0, MAX_TEXT)
  const parts = /<p>/i.test(bounded)
    ? bounded.split(/<\/?p>/i)
    : /目标\s?\d{1,2}\s?[：:]/.test(bounded)
      ? bounded.split(/(?=目标\s?\d{1,2}\s?[：:])/)
      : /(?:^|\s)1[、.．]/.test(bounded) && /\s2[、.．]/.test(bounded)
        ? bounded.split(/(?:^|\s)\d{1,2}[、．](?!\d)/)
        : [bounded]
  return parts.map(clean).filter((p) => p !== '')
}

/**
 * The text a form prints beside a label: the first cell after it on its line that is not one of
 * the form's column headings (预期目标, 实际完成情况 …); when the line prints only those, the first
 * such cell on the next line.
 *
 * @param lines - the form's lines (header levels, then body rows)
 * @param at - the line and cell of the label
 * @returns the text, or `undefined`
 * @example
 * ```ts
 * textBeside([['年度履职目标', '预期目标'], ['', '确保待遇落实']], { line: 0, cell: 0 }) // '确保待遇落实'
 * ```
 */
function textBeside(
  lines: readonly (readonly string[])[],
  at: { readonly line: number; readonly cell: number },
): string | undefined {
  const first = (cells: readonly string[], from: number): string | undefined =>
    cells.slice(from).find((c) => folded(c) !== '' && !SUBHEADING.test(folded(c)))
  return first(lines[at.line] ?? [], at.cell + 1) ?? first(lines[at.line + 1] ?? [], at.cell + 1)
}

/**
 * The goals, tasks and indicators of a department-wide performance form (see the module). A line
 * of the indicator list that cannot be split into name and target gives a `CELL_UNPLACED`
 * diagnostic with its page (from `readIndicatorRows`); nothing is guessed.
 *
 * @param grid - the form as laid out
 * @param table - the table id, for diagnostics
 * @returns goals, tasks, indicators and diagnostics (all empty when the form prints none)
 * @example
 * ```ts
 * // 年度履职目标 | 目标1：发放救助资金 目标2：完成参保; …; 一级指标 | 二级指标 | 三级指标 | 指标值; 产出指标 | …
 * departmentTargetsOf(grid, 'department-performance').goals // ['目标1：发放救助资金', '目标2：完成参保']
 * ```
 */
export function departmentTargetsOf(grid: GridTable, table: string): DepartmentTargets {
  // the header's lines as printed when the layout kept them (tab text), else its fitted levels
  const depth = Math.max(0, ...grid.columns.map((c) => c.header.length))
  const headerLines =
    grid.headerLines ?? Array.from({ length: depth }, (_, k) => grid.columns.map((c) => c.header[k] ?? ''))
  const heading = indicatorHeadingOf(grid.columns, grid.rows)
  // the lines above the indicator list: the header's levels, then the body rows before the heading
  const formEnd = heading === undefined ? grid.rows.length : heading.from
  const lines = [...headerLines, ...grid.rows.slice(0, formEnd).map((r) => r.cells)]
  const goals: string[] = []
  const tasks: { name: string; content?: string }[] = []
  for (let line = 0; line < lines.length; line++) {
    const cells = lines[line]!
    const cell = cells.findIndex((c) => GOAL_LABEL.test(folded(c)))
    if (cell >= 0 && goals.length === 0) {
      const text = textBeside(lines, { line, cell })
      if (text !== undefined) goals.push(...splitGoals(text))
    }
    const taskAt = cells.findIndex((c) => TASK_LABEL.test(folded(c)))
    const nameAt = cells.findIndex((c) => folded(c) === '任务名称')
    if (taskAt >= 0 && nameAt > taskAt && tasks.length === 0) {
      const contentAt = cells.findIndex((c) => folded(c) === '主要内容')
      // the task lines under the 任务名称 | 主要内容 heading, up to the next label of the form
      for (let next = line + 1; next < lines.length; next++) {
        const row = lines[next]!
        if (row.slice(0, nameAt).some((c) => folded(c) !== '')) break
        // the indicator list's heading (一级指标 | 二级指标 …) ends the tasks, wherever it stands
        if (row.some((c) => LEVEL_HEADING.test(folded(c)))) break
        const name = clean(row[nameAt] ?? '').slice(0, MAX_TEXT)
        const content = contentAt > nameAt ? clean(row[contentAt] ?? '').slice(0, MAX_TEXT) : ''
        if (name !== '') tasks.push({ name, ...(content !== '' ? { content } : {}) })
      }
    }
  }
  if (heading === undefined) return { goals, tasks, indicators: [], diagnostics: [] }
  const shifted: ReadDiagnostic[] = []
  const rows = grid.rows.slice(heading.from).flatMap((row) => {
    const off = shiftedLine(row.cells, heading.columns) ?? misscored(row.cells, heading.columns)
    if (off === undefined) return [row]
    const back = slidBack(row.cells, heading.columns)
    if (back !== undefined) {
      shifted.push({
        code: 'CELL_UNPLACED',
        severity: 'info',
        table,
        page: row.page,
        message: {
          zh: `绩效指标“${off.text.slice(0, 30)}”一行整体左移了一列（右移一列后分值、得分与表头对齐），已按右移一列读取`,
          en: `the indicator line "${off.text.slice(0, 30)}" is printed one column left as a whole (its 分值 and 得分 fall under their headings one column right); read one column right`,
        },
      })
      return [{ ...row, cells: back }]
    }
    // a line whose scores are only out of place is reported below, where its scores are read
    if (off.why === 'scores') return [row]
    shifted.push({
      code: 'CELL_UNPLACED',
      severity: 'warning',
      table,
      page: row.page,
      message: {
        zh: `绩效指标“${off.text.slice(0, 30)}”一行的单元格印得错位（${SHIFT_WHY[off.why].zh}），未读作指标`,
        en: `the indicator line "${off.text.slice(0, 30)}" prints its cells out of place (${SHIFT_WHY[off.why].en}); not read as an indicator`,
      },
    })
    return []
  })
  const read = readIndicatorRows(rows, heading.columns, table)
  // an indicator read before its 一级 (or 二级) label was printed on or above it: the label stands
  // further down (an OCR'd merged cell printed at the middle of its span), its levels are not known
  const placed: Indicator[] = []
  const unplaced: ReadDiagnostic[] = []
  for (const i of read.indicators) {
    const levelled = i.level1 !== '' && (heading.columns.level2 === undefined || (i.level2 ?? '') !== '')
    const scored = levelled ? withScore(i) : undefined
    if (scored !== undefined) {
      placed.push(scored)
      continue
    }
    unplaced.push({
      code: 'CELL_UNPLACED',
      severity: 'warning',
      table,
      ...(grid.pages[0] !== undefined ? { page: grid.pages[0] } : {}),
      message: levelled
        ? {
            zh: `绩效指标“${i.name.slice(0, 30)}”的分值或得分不是数字（单元格错位），未读作指标`,
            en: `the weight or score of the indicator "${i.name.slice(0, 30)}" is no number (its cells stand out of place); not read as an indicator`,
          }
        : {
            zh: `绩效指标“${i.name.slice(0, 30)}”之上未印其一级或二级指标，层级不明，未读作指标`,
            en: `no level-1 or level-2 label is printed on or above the indicator "${i.name.slice(0, 30)}": its levels are unknown; not read as an indicator`,
          },
    })
  }
  return {
    goals,
    tasks,
    indicators: placed,
    diagnostics: [...shifted, ...read.diagnostics, ...unplaced],
  }
}

// what a 一级指标 cell prints: 产出指标, 效益指标, 投入管理指标 …, or a stage of the 决策/过程/产出/效益 scheme
const LEVEL1_LABEL = /(指标|^决策|^过程|^产出|^效益|^满意度)$/
// an indicator value as printed (≥90%, ≤30%, 100%, 2次): never an indicator's name
const VALUE = /^([≥≤＞＜>=<]|\d+(\.\d+)?%$)/

/** How a line of an indicator list stands out of place (see {@link shiftedLine}, {@link misscored}). */
type Shift = 'level1' | 'left' | 'right' | 'scores'

const SHIFT_WHY: Readonly<Record<Shift, { readonly zh: string; readonly en: string }>> = {
  level1: { zh: '一级指标列印的不是一级指标', en: 'no level-1 label in the level-1 column' },
  left: { zh: '指标值印在三级指标列', en: 'a value in the indicator-name column' },
  scores: { zh: '分值或得分列印的不是数', en: 'no number under 分值 or 得分' },
  right: {
    zh: '三级指标列空白，指标名称印在指标值列，指标值印在其后一列',
    en: 'a blank indicator-name column, the name in the value column and the value after it',
  },
}

/**
 * Whether a line of an indicator list prints its cells out of place, as an extraction that dropped
 * a merged cell's blank does (the line slides one column left), or one that put a blank too many
 * (one column right, as lines printed above their 一级/二级 labels across a page break are): a 一级指标
 * cell that holds no level-1 label (预算和财务管理), a 三级指标 cell that holds a value (≥90%), or a
 * blank 三级指标 cell beside a 指标值 cell holding a name and a value (≥95%) in the column after it.
 * The last is no wrapped 指标值: the rest of a wrapped cell prints no value of its own beside it.
 * Such a line is not read.
 *
 * @param cells - the line's cells
 * @param columns - where the indicator parts stand
 * @returns the misplaced text and how it stands, or `undefined` when the line is in place
 * @example
 * ```ts
 * shiftedLine(['预算和财务管理', '预算编制完整性', '完整', ''], { level1: 0, level2: 1, name: 2, target: 3 })
 * // { text: '预算和财务管理', why: 'level1' }
 * shiftedLine(['', '', '', '物业管理经费完成率', '≥95%'], { level1: 0, level2: 1, name: 2, target: 3 })
 * // { text: '物业管理经费完成率', why: 'right' }
 * ```
 */
function shiftedLine(
  cells: readonly string[],
  columns: { readonly level1?: number; readonly name: number; readonly target: number },
): { readonly text: string; readonly why: Shift } | undefined {
  const level1 = columns.level1 === undefined ? '' : folded(cells[columns.level1] ?? '')
  if (level1 !== '' && !LEVEL1_LABEL.test(level1) && !/^(一级指标|绩效指标)$/.test(level1))
    return { text: level1, why: 'level1' }
  const name = folded(cells[columns.name] ?? '')
  if (VALUE.test(name)) return { text: name, why: 'left' }
  const target = folded(cells[columns.target] ?? '')
  const after = folded(cells[columns.target + 1] ?? '')
  if (name === '' && target !== '' && !VALUE.test(target) && VALUE.test(after))
    return { text: target, why: 'right' }
  return undefined
}

/**
 * A self-evaluation's line printed one column left as a whole (the extraction dropped the blank of
 * a merged cell before it), put back: the line one column right, when the form scores its lines
 * (分值, 得分 columns) and there every score column holds a number, the 三级指标 column a name, and
 * nothing else stands out of place. A line whose scores do not fall in place that way is left as
 * it is (and reported): a 预算 form, with no scores, gives no such evidence.
 *
 * @param cells - the line's cells
 * @param columns - where the indicator parts and the notes stand
 * @returns the cells one column right, or `undefined`
 * @example
 * ```ts
 * // 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差度
 * slidBack(['预算和财务管理', '预算编制完整性', '完整', '100%', '2', '2', '0.00%', ''], columns)
 * // ['', '预算和财务管理', '预算编制完整性', '完整', '100%', '2', '2', '0.00%']
 * ```
 */
function slidBack(
  cells: readonly string[],
  columns: {
    readonly level1?: number
    readonly name: number
    readonly target: number
    readonly notes: readonly { readonly label: string; readonly at: number }[]
  },
): string[] | undefined {
  const scores = columns.notes.filter((n) => SCORE_LABEL.test(folded(n.label)))
  if (scores.length === 0 || cells.length === 0 || folded(cells[cells.length - 1] ?? '') !== '')
    return undefined
  const back = ['', ...cells.slice(0, -1)]
  const name = folded(back[columns.name] ?? '')
  if (name === '' || VALUE.test(name)) return undefined
  if (!scores.every((n) => /^\d{1,3}(\.\d{1,2})?$/.test(folded(back[n.at] ?? '')))) return undefined
  return shiftedLine(back, columns) === undefined ? back : undefined
}

const SCORE_LABEL = /^(分值|权重|得分)$/

/**
 * Whether a line of a scored form (分值, 得分 columns) prints something other than a number under a
 * score heading (得分 holding the 偏差度 0.00%): its cells may stand a column left (see
 * {@link slidBack}).
 *
 * @param cells - the line's cells
 * @param columns - where the notes stand
 * @returns the line's 三级指标 text and `'scores'`, or `undefined` when its scores are numbers or blank
 * @example
 * ```ts
 * // … | 分值 (5) | 得分 (6)
 * misscored(['', '', '决算真实性', '真实', '100%', '2', '0.00%'], columns) // { text: '真实', why: 'scores' }
 * ```
 */
function misscored(
  cells: readonly string[],
  columns: {
    readonly name: number
    readonly notes: readonly { readonly label: string; readonly at: number }[]
  },
): { readonly text: string; readonly why: Shift } | undefined {
  const printed = columns.notes
    .filter((n) => SCORE_LABEL.test(folded(n.label)))
    .map((n) => folded(cells[n.at] ?? ''))
    .filter((v) => v !== '')
  if (printed.every((v) => /^\d{1,3}(\.\d{1,2})?$/.test(v))) return undefined
  return { text: folded(cells[columns.name] ?? ''), why: 'scores' }
}

/**
 * A self-evaluation's indicator with its 分值 (weight) and 得分 (score) taken out of the note the
 * indicator reader keeps the other columns in (`分值：3；得分：3；偏差度：0.00%`); an indicator
 * without them is returned as it is.
 *
 * @param indicator - the indicator as read
 * @returns the indicator with `weight` and `score` where printed; `undefined` when either is printed
 *   but is no number (the line's cells stand out of place: 得分 holding the 偏差度 `0.00%`)
 * @example
 * ```ts
 * withScore({ level1: '产出指标', name: '参保率', target: '≥95%', note: '分值：10；得分：9' })
 * // { level1: '产出指标', name: '参保率', target: '≥95%', weight: '10', score: '9' }
 * ```
 */
function withScore(indicator: Indicator): Indicator | undefined {
  if (indicator.note === undefined) return indicator
  const rest: string[] = []
  let weight: string | undefined
  let score: string | undefined
  for (const part of indicator.note.split('；')) {
    const labelled = /^(分值|权重|得分)：\s*(.*)$/.exec(part.trim())
    if (labelled === null) {
      rest.push(part)
      continue
    }
    // a 分值 or 得分 that is no number (0.00%, 合规): the line's cells stand out of place
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(labelled[2]!)) return undefined
    if (labelled[1] === '得分') score = labelled[2]
    else weight = labelled[2]
  }
  const { note: _note, ...base } = indicator
  return {
    ...base,
    ...(weight !== undefined ? { weight } : {}),
    ...(score !== undefined ? { score } : {}),
    ...(rest.length > 0 ? { note: rest.join('；') } : {}),
  }
}
