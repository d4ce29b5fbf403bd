import type { FactKey } from '../../model/factKeys'
import type { Row } from '../../model/table'
import type { GridTable } from '../layout/types'
import type { ReadDiagnostic } from '../types'
import { columnKeyOf } from './columnKeys'
import { headerLabels, normalizeLabel, splitOrdinal } from './normalizeLabel'
import { canonicalCell } from './readCellText'
import { lineKeyOf, TOTAL_LINE_KEYS } from './rowKeys'

const stripTags = (s: string): string => s.replace(/<[^>]{0,20}>/g, '').trim()
const AMOUNT = /^[-+−]?[\d,，\s]{1,24}(?:[.．]\s?\d{1,6})?%?$/
const DASH = /^[-—–－]$/
const PREFIX = /^(\d{1,2}[、.．])?\s*(资金来源|资金结构)\s*[:：]\s*/

/** The budget lines of a self-evaluation form, with the columns they were read under. */
export interface EvaluationForm {
  readonly columns: readonly { readonly key: FactKey; readonly header: readonly string[] }[]
  readonly rows: readonly Row[]
  readonly diagnostics: readonly ReadDiagnostic[]
}

// The heading of the form's budget lines (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分),
// from the header or from a body row: the labels in print order, a label merged over several
// columns once.
function headingOf(grid: GridTable): string[] | undefined {
  const candidates: string[][] = [
    grid.columns.map((c) => {
      const labels = headerLabels(c.header)
      return labels[labels.length - 1] ?? ''
    }),
    ...grid.rows.slice(0, 12).map((r) => r.cells.map((c) => normalizeLabel(stripTags(c)))),
  ]
  for (const labels of candidates) {
    const start = labels.findIndex((l) => /^(年初预算数|全年预算数)$/.test(l))
    if (start < 0) continue
    const heading: string[] = []
    for (const l of labels.slice(start)) if (l !== '' && l !== heading[heading.length - 1]) heading.push(l)
    if (heading.filter((l) => keyOf(l) !== undefined).length >= 2) return heading
  }
  return undefined
}

const keyOf = (label: string): FactKey | undefined => {
  const key = columnKeyOf([label], 'department-self-evaluation')
  return key?.startsWith('fa.') ? key : undefined
}

/**
 * Reads the budget lines of a 决算 department self-evaluation form (部门整体自评表: 部门预算总额 /
 * 资金来源：(1) 政府预算资金 / (2) 财政专户管理资金 / (3) 单位资金 under 年初预算数 | 全年预算数 |
 * 全年执行数 | 分值 | 执行率 | 得分). Forms are printed with merged label cells, so the amounts do
 * not stand under their headings: a line's figures are the cells printed after its label, taken in
 * the order of the heading. A line that prints more or fewer figures than the heading has labels
 * is not guessed at: it is kept without figures, with a diagnostic. 分值 and 得分 have no fact key
 * and are not kept. Other rows (targets, indicators) are no rows of the model.
 *
 * @param grid - the laid-out form
 * @param unit - its amount unit, when printed
 * @param tableId - the table's id, for diagnostics
 * @returns the columns and rows read, or `undefined` when the form prints no such heading
 * @example
 * ```ts
 * // heading 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 * // row ['', '部门预算总额（万元）', '', '838.98', '2983.84', '2753.07', '10', '92.27', '10']
 * readEvaluationForm(grid, '万元', 'department-self-evaluation')?.rows[0]
 * // { kind: 'total', key: 'total', cells: { 'fa.budget': '838.98', …, 'fa.completion': '92.27' } }
 * ```
 */
export function readEvaluationForm(
  grid: GridTable,
  unit: string | undefined,
  tableId: string,
): EvaluationForm | undefined {
  const heading = headingOf(grid)
  if (heading === undefined) return undefined
  const columns = heading.flatMap((label) => {
    const key = keyOf(label)
    return key !== undefined ? [{ key, header: [label] }] : []
  })
  const rows: Row[] = []
  const diagnostics: ReadDiagnostic[] = []
  const seen = new Set<FactKey>()
  for (const gridRow of grid.rows) {
    const cells = gridRow.cells.map(stripTags)
    const at = cells.findIndex(
      (c) => c !== '' && !AMOUNT.test(c) && lineKeyOf(c.replace(PREFIX, '')) !== undefined,
    )
    if (at < 0) continue
    const text = cells[at]!
    const outer = splitOrdinal(text)
    const inner = splitOrdinal(outer.rest.replace(PREFIX, ''))
    const key = lineKeyOf(inner.rest)
    if (key === undefined || seen.has(key)) continue
    seen.add(key)
    const figures = cells.slice(at + 1).filter((c) => c !== '')
    const ordinal = inner.ordinal ?? outer.ordinal
    const values: Partial<Record<FactKey, string>> = {}
    if (figures.length === heading.length && figures.every((f) => AMOUNT.test(f) || DASH.test(f))) {
      heading.forEach((label, i) => {
        const k = keyOf(label)
        const value = canonicalCell((figures[i] ?? '').replace(/[%％]$/, ''), unit)
        if (k !== undefined && value !== undefined) values[k] = value
      })
    } else {
      diagnostics.push({
        code: 'CELL_UNPLACED',
        severity: 'warning',
        table: tableId,
        page: gridRow.page,
        message: {
          zh: `“${inner.rest.slice(0, 40)}”一行印有 ${figures.length} 个数，与表头 ${heading.length} 栏不符，未采用`,
          en: `the line "${inner.rest.slice(0, 40)}" prints ${figures.length} figures under a heading of ${heading.length}; not used`,
        },
      })
    }
    rows.push({
      kind: TOTAL_LINE_KEYS.has(key) ? 'total' : 'detail',
      key,
      name: inner.rest,
      ...(ordinal !== undefined ? { ordinal } : {}),
      cells: values,
      page: gridRow.page,
    })
  }
  return { columns, rows, diagnostics }
}
