import type { FactKey } from '../../model/factKeys'
import type { PrintedTable, Row } from '../../model/table'
import { cellWhere, isSumMismatch } from '../checks'
import type { AcrossSum, DownSum, SumSpec, TableSums } from '../tableSums'
import type { Rule } from '../types'
import { findingKey } from './findingKey'

// A candidate shift moves the cells of a few rows. For a rule made of sums (`tableSums.ts`) only the
// sums that read a moved row can change: the shift is decided on those alone, on the printed figures
// of the moved rows (integers where every figure allows), without a shifted copy of the table and
// without running the rule again. The outcome is the rule's own: its mismatches on the shifted table.

/** A mismatch of the table as printed: its key, and the rows whose cells decide it. */
interface Mismatch {
  readonly key: string
  readonly rows: readonly number[]
}

/** One rule made of sums, on one table: its sums, and its mismatches as printed. @internal */
export interface SumsOnTable {
  readonly rule: Rule
  readonly table: PrintedTable
  readonly plan: TableSums
  readonly printed: readonly Mismatch[]
  /** For each row, the down sums that read it (group, sum). */
  readonly downByRow: ReadonlyMap<number, readonly (readonly [number, number])[]>
}

type RowAt = (index: number) => Row

/**
 * The finding key a row's across sum (合计 = its parts, in one row) would give on the shifted
 * table, or undefined when the sum holds there.
 * @example
 * acrossKey(rule, table, sum, shiftedRow, 3) // 'row-identity|…|row 3|exp.total' or undefined
 */
function acrossKey(
  rule: Rule,
  table: PrintedTable,
  s: AcrossSum,
  row: Row,
  index: number,
): string | undefined {
  if ((row.block ?? 0) !== s.block || !(s.total in row.cells)) return undefined
  if (
    !isSumMismatch(
      s.parts.map((p) => row.cells[p]),
      row.cells[s.total],
    )
  )
    return undefined
  return findingKey({
    rule: rule.id,
    where: cellWhere(table, row, index, s.total),
    params: { identity: s.identity.zh },
  })
}

/**
 * The finding key a column's down sum (a parent = its children, in one column) would give on the
 * shifted table, or undefined when the sum holds there.
 * @example
 * downKey(rule, table, sum, 'exp.basic', (i) => shifted[i]!) // a key, or undefined
 */
function downKey(
  rule: Rule,
  table: PrintedTable,
  s: DownSum,
  key: FactKey,
  rowAt: RowAt,
): string | undefined {
  const parent = rowAt(s.parent)
  if (!(key in parent.cells)) return undefined
  if (
    !isSumMismatch(
      s.parts.map((i) => rowAt(i).cells[key]),
      parent.cells[key],
    )
  )
    return undefined
  return findingKey({
    rule: rule.id,
    where: cellWhere(table, parent, s.parent, key),
    params: { identity: s.identity(key).zh },
  })
}

/**
 * The sums of `rule` on `table` and its mismatches as printed, or `undefined` when those are not
 * the mismatches the run found (`printedKeys`): the rule is then run again on each shifted copy.
 *
 * @example
 * ```ts
 * const sums = sumsOnTable(columnHierarchy, spec, table, printedKeys)
 * ```
 * @internal
 */
export function sumsOnTable(
  rule: Rule,
  spec: SumSpec,
  table: PrintedTable,
  printedKeys: readonly string[],
): SumsOnTable | undefined {
  const plan = spec.sumsOf(table)
  const rows = table.rows
  const rowAt: RowAt = (i) => rows[i] as Row
  const printed: Mismatch[] = []
  for (const s of plan.across)
    for (let index = 0; index < rows.length; index++) {
      const key = acrossKey(rule, table, s, rows[index] as Row, index)
      if (key !== undefined) printed.push({ key, rows: [index] })
    }
  const downByRow = new Map<number, (readonly [number, number])[]>()
  plan.down.forEach(({ keys, sums }, g) => {
    sums.forEach((s, n) => {
      const read = [s.parent, ...s.parts]
      for (const r of new Set(read)) {
        const list = downByRow.get(r)
        if (list) list.push([g, n])
        else downByRow.set(r, [[g, n]])
      }
      for (const key of keys) {
        const k = downKey(rule, table, s, key, rowAt)
        if (k !== undefined) printed.push({ key: k, rows: read })
      }
    })
  })
  const mine = new Set(printed.map((m) => m.key))
  const run = new Set(printedKeys)
  if (mine.size !== run.size || [...run].some((k) => !mine.has(k))) return undefined
  return { rule, table, plan, printed, downByRow }
}

/**
 * Adds to `after` the mismatches of the rule on the table with the rows of `moved` replaced (every
 * other row as printed). Returns `false`, and stops, at the first mismatch not in `baseline`.
 *
 * @example
 * ```ts
 * const after = new Set<string>()
 * const addsNone = mismatchesAfterShift(sums, moved, baseline, after)
 * ```
 * @internal
 */
export function mismatchesAfterShift(
  sums: SumsOnTable,
  moved: ReadonlyMap<number, Row>,
  baseline: ReadonlySet<string>,
  after: Set<string>,
): boolean {
  const { rule, table, plan } = sums
  const rows = table.rows
  const rowAt: RowAt = (i) => moved.get(i) ?? (rows[i] as Row)
  for (const m of sums.printed) if (!m.rows.some((r) => moved.has(r))) after.add(m.key)
  const seen = new Set<DownSum>()
  for (const [index, row] of moved) {
    for (const s of plan.across) {
      const key = acrossKey(rule, table, s, row, index)
      if (key === undefined) continue
      if (!baseline.has(key)) return false
      after.add(key)
    }
    for (const [g, n] of sums.downByRow.get(index) ?? []) {
      const group = plan.down[g]
      const s = group?.sums[n]
      // a sum reading two moved rows is decided once
      if (group === undefined || s === undefined || seen.has(s)) continue
      seen.add(s)
      for (const column of group.keys) {
        const key = downKey(rule, table, s, column, rowAt)
        if (key === undefined) continue
        if (!baseline.has(key)) return false
        after.add(key)
      }
    }
  }
  return true
}
