import type { Disclosure } from '../model/disclosure'
import type { FactKey } from '../model/factKeys'
import type { PrintedTable, Row } from '../model/table'
import { isExactSum, type Place, sumDraft } from './checks'
import type { FindingDraft, Rule, Severity } from './types'

// A rule whose every check is a sum of printed cells of one table (合计 = Σ parts along a row,
// 上级科目 = Σ 下级科目 down a column) states them as data: the sums a table's shape calls for (its
// columns, and its rows without their cells). The rule runs them (`runTableSums`), and the cause
// search reads them to try a shifted column without running the rule again: only the sums whose
// cells a shift moves can change.

/** A sum along each row of a block: `cells[total] = Σ cells[parts]`, on the rows of `block`. @internal */
export interface AcrossSum {
  readonly block: number
  readonly total: FactKey
  readonly parts: readonly FactKey[]
  readonly identity: Place
}

/** A sum down a column: row `parent` = Σ rows `parts` (row indexes), in each column of its group. @internal */
export interface DownSum {
  readonly parent: number
  readonly parts: readonly number[]
  readonly identity: (column: FactKey) => Place
}

/** Down sums checked in the same columns, column by column (`keys`, each in every sum). @internal */
export interface DownGroup {
  readonly keys: readonly FactKey[]
  readonly sums: readonly DownSum[]
}

/** The sums one rule checks in one table. @internal */
export interface TableSums {
  readonly across: readonly AcrossSum[]
  readonly down: readonly DownGroup[]
}

/** How a rule of sums finds them: the tables it reads, and the sums of each. @internal */
export interface SumSpec {
  readonly applies: (table: PrintedTable) => boolean
  readonly sumsOf: (table: PrintedTable) => TableSums
  readonly severity: Severity
}

/**
 * Runs the sums of `spec` on a document: every across sum of each table (row by row), then every
 * down sum of each table. A sum is checked where its total's row prints the total's column.
 *
 * @example
 * ```ts
 * const { checks, findings } = runTableSums(doc, spec)
 * ```
 * @internal
 */
export function runTableSums(
  doc: Disclosure,
  spec: SumSpec,
): { readonly checks: number; readonly findings: FindingDraft[] } {
  let checks = 0
  const findings: FindingDraft[] = []
  const tables = doc.tables.filter(spec.applies)
  const plans = tables.map(spec.sumsOf)
  tables.forEach((table, t) => {
    const rows = table.rows
    for (const s of (plans[t] as TableSums).across)
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index] as Row
        if ((row.block ?? 0) !== s.block || !(s.total in row.cells)) continue
        checks++
        const parts = s.parts.map((p) => row.cells[p])
        // a sum that holds to the digit is not drafted (most do)
        if (isExactSum(parts, row.cells[s.total])) continue
        const draft = sumDraft({
          at: { table, row, index, column: s.total },
          identity: s.identity,
          parts,
          total: row.cells[s.total],
          severity: spec.severity,
        })
        if (draft) findings.push(draft)
      }
  })
  tables.forEach((table, t) => {
    const rows = table.rows
    for (const { keys, sums } of (plans[t] as TableSums).down)
      for (const key of keys)
        for (const s of sums) {
          const parent = rows[s.parent] as Row
          if (!(key in parent.cells)) continue
          checks++
          const parts = s.parts.map((i) => (rows[i] as Row).cells[key])
          // a sum that holds to the digit is not drafted, nor its identity's words found (most do)
          if (isExactSum(parts, parent.cells[key])) continue
          const draft = sumDraft({
            at: { table, row: parent, index: s.parent, column: key },
            identity: s.identity(key),
            parts,
            total: parent.cells[key],
            severity: spec.severity,
          })
          if (draft) findings.push(draft)
        }
  })
  return { checks, findings }
}

// The sum specs of the built-in rules made of sums, by rule (an association, not a cache: each
// rule registers its own spec when it is made).
const SPECS = new WeakMap<Rule, SumSpec>()

/**
 * Records that every finding of `rule` is a sum of `spec` (see {@link runTableSums}) and returns the rule.
 *
 * @example
 * ```ts
 * export const myRule = withTableSums(defineRule({ …, check: (doc) => … runTableSums(doc, SPEC) … }), SPEC)
 * ```
 * @internal
 */
export function withTableSums(rule: Rule, spec: SumSpec): Rule {
  SPECS.set(rule, spec)
  return rule
}

/**
 * The sum spec of a rule made of sums, or `undefined` for any other rule.
 *
 * @example
 * ```ts
 * tableSumsOf(columnHierarchy)?.sumsOf(table).down.length // the code groups of the table
 * ```
 * @internal
 */
export const tableSumsOf = (rule: Rule): SumSpec | undefined => SPECS.get(rule)
