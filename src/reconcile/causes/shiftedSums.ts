import type { FactKey } from '../../model/factKeys'
import type { PrintedTable, Row } from '../../model/table'
import { cellWhere, isSumMismatch } from '../checks'
import type { AcrossSum, DownSum, SumSpec, TableSums } from '../tableSums'
import type { Finding, Rule } from '../types'
import { findingKey } from './findingKey'

// A candidate shift moves the cells of a few rows. For a rule made of sums (`tableSums.ts`) only the
// sums that read a moved row can change: the shift is decided on those alone, on the printed figures
// of the moved rows (integers where every figure allows), without a shifted copy of the table and
// without running the rule again. The outcome is the rule's own: its mismatches on the shifted table.

/** A mismatch of the table as printed: its key, and the rows and columns whose cells decide it. */
interface Mismatch {
  readonly key: string
  readonly rows: readonly number[]
  readonly columns: readonly FactKey[]
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
 * table with the rows of `moved` replaced, or undefined when the sum holds there.
 * @example
 * downKey(rule, table, sum, 'exp.basic', moved, table.rows) // a key, or undefined
 */
function downKey(
  rule: Rule,
  table: PrintedTable,
  s: DownSum,
  key: FactKey,
  moved: ReadonlyMap<number, Row>,
  rows: readonly Row[],
): string | undefined {
  const parent = moved.get(s.parent) ?? (rows[s.parent] as Row)
  if (!(key in parent.cells)) return undefined
  const parts: (string | undefined)[] = []
  for (const i of s.parts) parts.push((moved.get(i) ?? (rows[i] as Row)).cells[key])
  if (!isSumMismatch(parts, parent.cells[key])) return undefined
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
  const none = new Map<number, Row>()
  const printed: Mismatch[] = []
  for (const s of plan.across)
    for (let index = 0; index < rows.length; index++) {
      const key = acrossKey(rule, table, s, rows[index] as Row, index)
      if (key !== undefined) printed.push({ key, rows: [index], columns: [s.total, ...s.parts] })
    }
  plan.down.forEach(({ keys, sums }) => {
    for (const s of sums)
      for (const key of keys) {
        const k = downKey(rule, table, s, key, none, rows)
        if (k !== undefined) printed.push({ key: k, rows: [s.parent, ...s.parts], columns: [key] })
      }
  })
  const mine = new Set(printed.map((m) => m.key))
  const run = new Set(printedKeys)
  if (mine.size !== run.size || [...run].some((k) => !mine.has(k))) return undefined
  return { rule, table, plan, printed, downByRow: downByRowOf(plan) }
}

// For each plan (kept by table shape, `byShape`), the down sums that read each row: a function of
// the plan alone, found once per plan.
const DOWN_BY_ROW = new WeakMap<TableSums, ReadonlyMap<number, readonly (readonly [number, number])[]>>()

/**
 * For each row of a plan's table, the down sums that read it (group, sum): as parent or as a part.
 * Found once per plan.
 *
 * @example
 * ```ts
 * downByRowOf(plan).get(3) // [[0, 1]]: row 3 is read by sum 1 of group 0
 * ```
 */
function downByRowOf(plan: TableSums): ReadonlyMap<number, readonly (readonly [number, number])[]> {
  const known = DOWN_BY_ROW.get(plan)
  if (known !== undefined) return known
  const downByRow = new Map<number, (readonly [number, number])[]>()
  plan.down.forEach(({ sums }, g) => {
    sums.forEach((s, n) => {
      for (const r of new Set([s.parent, ...s.parts])) {
        const list = downByRow.get(r)
        if (list) list.push([g, n])
        else downByRow.set(r, [[g, n]])
      }
    })
  })
  DOWN_BY_ROW.set(plan, downByRow)
  return downByRow
}

/**
 * {@link sumsOnTable} read off the run's own findings of `rule` on `table` (its mismatches there)
 * instead of deciding every sum of the table again: each finding names its sum (the across sum of
 * its row's block whose total is its column, or the down sum whose parent is its row, in its column,
 * with the finding's identity), and is checked to be that sum's mismatch. When a finding names no sum
 * or more than one, or is not its sum's mismatch, every sum is decided again ({@link sumsOnTable}).
 * It trusts that every mismatch of the sums is among the findings, as it is in a run of the rule
 * (`runTableSums` reports each): on the run's findings the outcome is the one `sumsOnTable` gives
 * for their keys.
 *
 * @example
 * ```ts
 * const sums = sumsFromFindings(columnHierarchy, spec, table, runFindingsOnTable)
 * ```
 * @internal
 */
export function sumsFromFindings(
  rule: Rule,
  spec: SumSpec,
  table: PrintedTable,
  findings: readonly Pick<Finding, 'rule' | 'where' | 'params'>[],
): SumsOnTable | undefined {
  const plan = spec.sumsOf(table)
  const downByRow = downByRowOf(plan)
  const rows = table.rows
  const none = new Map<number, Row>()
  const printed: Mismatch[] = []
  const again = () =>
    sumsOnTable(
      rule,
      spec,
      table,
      findings.map((f) => findingKey(f)),
    )
  for (const f of findings) {
    const index = f.where.row?.index
    const column = f.where.column
    const row = index === undefined ? undefined : rows[index]
    if (index === undefined || column === undefined || row === undefined) return again()
    const key = findingKey(f)
    let found: Mismatch | undefined
    let count = 0
    for (const s of plan.across)
      if (s.total === column && acrossKey(rule, table, s, row, index) === key) {
        count++
        found = { key, rows: [index], columns: [s.total, ...s.parts] }
      }
    for (const [g, n] of downByRow.get(index) ?? []) {
      const group = plan.down[g]
      const s = group?.sums[n]
      if (s === undefined || s.parent !== index || !group?.keys.includes(column)) continue
      if (downKey(rule, table, s, column, none, rows) !== key) continue
      count++
      found = { key, rows: [s.parent, ...s.parts], columns: [column] }
    }
    if (count !== 1 || found === undefined) return again()
    printed.push(found)
  }
  return { rule, table, plan, printed, downByRow }
}

/**
 * How many mismatches of the table as printed read a cell that the rows `moved` change in
 * `columns`: the most a shift of those cells can remove from this rule's mismatches (any other keeps
 * its outcome as printed).
 *
 * @example
 * ```ts
 * touchedMismatches(sums, moved, new Set(['exp.basic', 'exp.project'])) // 3
 * ```
 * @internal
 */
export function touchedMismatches(
  sums: SumsOnTable,
  moved: ReadonlySet<number> | ReadonlyMap<number, Row>,
  columns: ReadonlySet<FactKey>,
): number {
  let n = 0
  for (const m of sums.printed)
    if (m.rows.some((r) => moved.has(r)) && m.columns.some((k) => columns.has(k))) n++
  return n
}

/**
 * Adds to `after` the mismatches of the rule on the table with the rows of `moved` replaced (every
 * other row as printed). Returns `false`, and stops, at the first mismatch not in `baseline`.
 * `columns`, when given, holds every column whose cells (or whose presence in a row) the moved rows
 * change: a sum reading none of them keeps its outcome as printed and is not decided again (a shift
 * moves the cells of a few columns; the other columns of its rows are as printed).
 *
 * @example
 * ```ts
 * const after = new Set<string>()
 * const addsNone = mismatchesAfterShift(sums, moved, baseline, after, new Set(['exp.basic', 'exp.project']))
 * ```
 * @internal
 */
export function mismatchesAfterShift(
  sums: SumsOnTable,
  moved: ReadonlyMap<number, Row>,
  baseline: ReadonlySet<string>,
  after: Set<string>,
  columns?: ReadonlySet<FactKey>,
): boolean {
  const { rule, table, plan } = sums
  const rows = table.rows
  const reads = (keys: readonly FactKey[]): boolean =>
    columns === undefined || keys.some((k) => columns.has(k))
  for (const m of sums.printed) if (!m.rows.some((r) => moved.has(r)) || !reads(m.columns)) after.add(m.key)
  // the across sums that read a changed column (the others keep their outcome as printed)
  const across = columns === undefined ? plan.across : plan.across.filter((s) => reads([s.total, ...s.parts]))
  const seen = new Set<DownSum>()
  for (const [index, row] of moved) {
    for (const s of across) {
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
        if (columns !== undefined && !columns.has(column)) continue
        const key = downKey(rule, table, s, column, moved, rows)
        if (key === undefined) continue
        if (!baseline.has(key)) return false
        after.add(key)
      }
    }
  }
  return true
}
