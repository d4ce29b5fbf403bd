import { add } from '../money/decimal'
import type { Amount } from '../money/types'

/**
 * Exact totals by group (sum by 类, 款 or unit). Groups come out in the order of their first row.
 *
 * @param rows - the rows
 * @param keyOf - the group of a row (e.g. `r => r.code.slice(0, 3)` for the 类)
 * @param amountOf - the amount of a row
 * @returns group → exact total
 * @example
 * ```ts
 * const rows = [{ code: '2080501', v: amount('81.37') }, { code: '2101501', v: amount('8800.20') }]
 * groupTotals(rows, (r) => r.code.slice(0, 3), (r) => r.v) // Map { '208' => 81.37, '210' => 8800.2 }
 * ```
 */
export function groupTotals<R, K>(
  rows: Iterable<R>,
  keyOf: (row: R) => K,
  amountOf: (row: R) => Amount,
): ReadonlyMap<K, Amount> {
  const out = new Map<K, Amount>()
  for (const row of rows) {
    const k = keyOf(row)
    const v = amountOf(row)
    const prev = out.get(k)
    out.set(k, prev === undefined ? v : add(prev, v))
  }
  return out
}
