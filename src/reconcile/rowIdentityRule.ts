import type { FactKey } from '../model/factKeys'
import type { TableKind } from '../model/tableKinds'
import { label } from './checks'
import { defineRule, notApplicable } from './defineRule'
import { rowTotalKey } from './facts'
import type { RuleId } from './ruleIds'
import { byShape, ShapeMemo, type TableShape } from './tableShape'
import {
  type AcrossSum,
  type DownGroup,
  runTableSums,
  type SumSpec,
  type TableSums,
  withTableSums,
} from './tableSums'
import type { Rule, Severity } from './types'

/** What a row identity says: in the tables of `kinds`, on every row, `total = Σ parts`. */
export interface RowIdentitySpec {
  readonly id: RuleId
  readonly title: { readonly zh: string; readonly en: string }
  readonly kinds: readonly TableKind[]
  readonly total: FactKey
  readonly parts: readonly FactKey[]
  /** Check only when every part is a column of the table (default: at least two parts are). */
  readonly allParts?: boolean
  /**
   * Columns that stand for a part the table does not print as a column of its own: a table that
   * prints 基本支出 only as a group heading over 人员支出 and 公用支出 has `exp.basic` as their sum.
   * Used only when the part is absent and every one of its substitutes is printed.
   */
  readonly substitutes?: Readonly<Partial<Record<FactKey, readonly FactKey[]>>>
  readonly severity?: Severity
}

/**
 * What every row identity reads of a table's shape, found in one pass over its columns and one over
 * its rows, shared by all of them: each block's column keys, the rows of each key, and each row
 * identity's plan of sums once it has been asked for.
 */
interface RowKeyIndex {
  /** Each block (in the order its first column comes), its column keys in order and as a set. */
  readonly blocks: ReadonlyMap<
    number,
    { readonly columns: readonly FactKey[]; readonly keys: ReadonlySet<FactKey> }
  >
  /** The indexes of the rows of each key, ascending. */
  readonly rows: ReadonlyMap<FactKey, readonly number[]>
  /** The plan of each row identity for this shape (filled as the rules ask). */
  readonly plans: Map<RowIdentitySpec, TableSums>
}

const ROW_KEYS = new ShapeMemo<RowKeyIndex>()

/**
 * The {@link RowKeyIndex} of a table's shape.
 *
 * @example
 * ```ts
 * rowKeyIndex(table).rows.get('exp.basic') // [3, 9]: the rows printing 基本支出
 * ```
 */
function rowKeyIndex(table: TableShape): RowKeyIndex {
  const blocks = new Map<number, { columns: FactKey[]; keys: Set<FactKey> }>()
  for (const c of table.columns) {
    const block = c.block ?? 0
    let columns = blocks.get(block)
    if (columns === undefined) {
      columns = { columns: [], keys: new Set() }
      blocks.set(block, columns)
    }
    columns.columns.push(c.key)
    columns.keys.add(c.key)
  }
  const rows = new Map<FactKey, number[]>()
  table.rows.forEach((r, i) => {
    if (r.key === undefined) return
    const list = rows.get(r.key)
    if (list === undefined) rows.set(r.key, [i])
    else list.push(i)
  })
  return { blocks, rows, plans: new Map() }
}

/**
 * Builds a within-table rule for a row identity (合计 = 基本支出 + 项目支出, 基本 = 人员 + 公用 …).
 * The identity applies to a table that prints the total and the parts as columns (in the same
 * block); each row that prints a number on either side is checked.
 *
 * @internal
 */
export function rowIdentityRule(spec: RowIdentitySpec): Rule {
  // the identity as a table prints it: only the parts that table has
  const identityOf = (total: FactKey, parts: readonly FactKey[]) => ({
    zh: `${label(total).zh} = ${parts.map((p) => label(p).zh).join(' + ')}`,
    en: `${label(total).en} = ${parts.map((p) => label(p).en).join(' + ')}`,
  })
  const identity = {
    zh: `${label(spec.total).zh} = ${spec.parts.map((p) => label(p).zh).join(' + ')}`,
    en: `${label(spec.total).en} = ${spec.parts.map((p) => label(p).en).join(' + ')}`,
  }
  // The sums of one table: each layout along the rows of its block, then each total line down the
  // columns of its block (a function of the table's shape, read from the index every row identity
  // shares, and kept with it)
  const partKeys = [...new Set(spec.parts)]
  const planOf = (table: TableShape, index: RowKeyIndex): TableSums => {
    const across: AcrossSum[] = []
    const totalKey = spec.total === 'total' ? rowTotalKey(table) : spec.total
    for (const [block, { keys }] of index.blocks) {
      const parts = spec.parts.flatMap((p) => {
        if (keys.has(p)) return [p]
        const instead = spec.substitutes?.[p]
        return instead !== undefined && instead.length > 0 && instead.every((q) => keys.has(q)) ? instead : []
      })
      if (!keys.has(totalKey) || (spec.allParts ? parts.length < spec.parts.length : parts.length < 2))
        continue
      across.push({ block, total: totalKey, parts, identity: identityOf(totalKey, parts) })
    }
    const down: DownGroup[] = []
    for (const index_ of index.rows.get(spec.total) ?? []) {
      const block = table.rows[index_]?.block ?? 0
      const partRows = partKeys
        .flatMap((p) => index.rows.get(p) ?? [])
        .filter((i) => (table.rows[i]?.block ?? 0) === block)
        .sort((a, b) => a - b)
      if (spec.allParts ? partRows.length < spec.parts.length : partRows.length < 2) continue
      const identity = identityOf(
        spec.total,
        partRows.flatMap((i) => table.rows[i]?.key ?? []),
      )
      down.push({
        keys: index.blocks.get(block)?.columns ?? [],
        sums: [{ parent: index_, parts: partRows, identity: () => identity }],
      })
    }
    return { across, down }
  }
  const sums: SumSpec = {
    applies: (table) => spec.kinds.includes(table.kind),
    sumsOf: (table) => {
      const index = byShape(ROW_KEYS, table, rowKeyIndex)
      let plan = index.plans.get(spec)
      if (plan === undefined) {
        plan = planOf(table, index)
        index.plans.set(spec, plan)
      }
      return plan
    },
    severity: spec.severity ?? 'error',
  }
  const rule = defineRule({
    id: spec.id,
    title: spec.title,
    family: 'within-table',
    severity: spec.severity ?? 'error',
    reads: {
      zh: `${spec.kinds.join('、')} 表各行：${identity.zh}`,
      en: `rows of ${spec.kinds.join(', ')} tables: ${identity.en}`,
    },
    check: (doc) => {
      const { checks, findings } = runTableSums(doc, sums)
      return checks === 0
        ? notApplicable(
            '没有同时印刷合计与各组成列的表',
            'no table prints the total and its parts as columns',
          )
        : { status: 'ran', checks, findings }
    },
  })
  return withTableSums(rule, sums)
}
