import type { PrintedTable, Row } from '../../model/table'
import type { TableSpec } from '../templates/types'
import { assembleTable } from './tableParts'
import type { BuildContext } from './types'

/**
 * Builds the 国有资产占用表 from the document's asset lines: one row per category (sub-categories
 * after their parent), the count with its measure word in `line` (it is not money) and the value,
 * where known, in the `total` column.
 *
 * @param spec - the table as the template defines it (one `total` column)
 * @param ctx - the input's `assets`
 * @returns the table
 * @example
 * ```ts
 * buildAssetsTable(spec, ctx).rows[0] // { kind: 'subtotal', name: '车辆', line: '1辆', cells: { total: '' } } for seed 000
 * ```
 */
export function buildAssetsTable(spec: TableSpec, ctx: BuildContext): PrintedTable {
  const assets = ctx.input.assets ?? []
  const parents = new Set(assets.map((a) => a.parent).filter((p) => p !== undefined))
  const rows: Row[] = assets.map((a) => ({
    kind: parents.has(a.category) ? 'subtotal' : 'detail',
    name: a.parent !== undefined ? `其中：${a.category}` : a.category,
    ...(a.quantity !== undefined ? { line: `${a.quantity}${a.measure ?? ''}` } : {}),
    cells: { total: a.value ?? '' },
  }))
  return assembleTable(spec, ctx, rows, assets.length > 0)
}
