import type { FactKey } from '../../model/factKeys'
import type { Row } from '../../model/table'
import type { GridTable } from '../layout/types'
import { splitOrdinal } from './normalizeLabel'
import { canonicalCell } from './readCellText'
import { lineKeyOf, TOTAL_LINE_KEYS } from './rowKeys'

const stripTags = (s: string): string => s.replace(/<[^>]{0,20}>/g, '').trim()
const AMOUNT = /^[-+−]?[\d,，\s]{1,24}(?:[.．]\s?\d{1,6})?$/

// 1、资金来源：(1)政府预算资金 printed in one cell: the heading and both ordinals go
function lineOf(text: string): { key: FactKey; text: string } | undefined {
  const label = splitOrdinal(splitOrdinal(text).rest.replace(/^(资金来源|资金结构)\s*[:：]\s*/, '')).rest
  const key = lineKeyOf(label)
  return key === undefined ? undefined : { key, text }
}

/**
 * Reads the budget lines of a form-like table (部门整体绩效目标表: 预算情况 / 部门预算总额(万元) /
 * 资金来源 (1) 政府预算资金 … / 资金结构 (1) 基本支出 …), whose amounts stand in whatever cell
 * follows their label rather than under a column heading. A row is kept when one of its cells
 * names a budget line (see `lineKeyOf`); its amount is the first amount printed after that
 * label on the row ('' when none is). Other rows (targets, indicators) carry no amount and are
 * not table rows of the model.
 *
 * @param grid - the laid-out table
 * @param unit - the table's amount unit, when printed
 * @returns one row per budget line, in print order, the first of each key kept
 * @example
 * ```ts
 * // ['预算情况', '部门预算总额（万元）', '', '8,944.03'] → { key: 'total', cells: { total: '8944.03' } }
 * readFormRows(grid, '万元')
 * ```
 */
export function readFormRows(grid: GridTable, unit: string | undefined): Row[] {
  const out: Row[] = []
  const seen = new Set<string>()
  for (const gridRow of grid.rows) {
    const cells = gridRow.cells.map(stripTags)
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i] ?? ''
      if (text === '' || AMOUNT.test(text)) continue
      // a label the extraction split over two cells (部 | 门预算总额(万元), (2) 项 | 目支出) is read joined
      const after = cells[i + 1] ?? ''
      const joined = after !== '' && !AMOUNT.test(after) ? text + after : undefined
      let found = lineOf(text)
      let valueFrom = i + 1
      if (found === undefined && joined !== undefined) {
        found = lineOf(joined)
        valueFrom = i + 2
      }
      if (found === undefined) continue
      const { key, text: labelText } = found
      if (seen.has(key)) break
      seen.add(key)
      let value = ''
      for (let j = valueFrom; j < cells.length; j++) {
        const cell = cells[j] ?? ''
        if (cell === '') continue
        if (!AMOUNT.test(cell)) break
        value = canonicalCell(cell, unit) ?? ''
        break
      }
      const outer = splitOrdinal(labelText)
      const inner = splitOrdinal(outer.rest.replace(/^(资金来源|资金结构)\s*[:：]\s*/, ''))
      const ordinal = inner.ordinal ?? outer.ordinal
      const rest = inner.rest
      out.push({
        kind: TOTAL_LINE_KEYS.has(key) ? 'total' : 'detail',
        key,
        name: rest.replace(/\((万元|元)\)$|（(万元|元)）$/, ''),
        ...(ordinal !== undefined ? { ordinal } : {}),
        cells: { total: value },
        page: gridRow.page,
      })
      break
    }
  }
  return out
}
