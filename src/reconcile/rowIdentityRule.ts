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

/** One block of a table checked by a row identity: its total column, its parts and their words. */
interface Layout {
  readonly block: number
  readonly totalKey: FactKey
  readonly parts: readonly FactKey[]
  readonly identity: { readonly zh: string; readonly en: string }
}

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
  // Which columns a table's blocks check, and in which words: a function of the columns alone,
  // found once per columns array (a shifted copy of a table shares its columns).
  const layouts = new WeakMap<TableShape['columns'], readonly Layout[]>()
  const layoutOf = (table: TableShape): readonly Layout[] => {
    const known = layouts.get(table.columns)
    if (known) return known
    const out: Layout[] = []
    const blocks = new Set(table.columns.map((c) => c.block ?? 0))
    for (const block of blocks) {
      const keys = new Set(table.columns.filter((c) => (c.block ?? 0) === block).map((c) => c.key))
      const totalKey = spec.total === 'total' ? rowTotalKey(table) : spec.total
      const parts = spec.parts.flatMap((p) => {
        if (keys.has(p)) return [p]
        const instead = spec.substitutes?.[p]
        return instead !== undefined && instead.length > 0 && instead.every((q) => keys.has(q)) ? instead : []
      })
      if (!keys.has(totalKey) || (spec.allParts ? parts.length < spec.parts.length : parts.length < 2))
        continue
      out.push({ block, totalKey, parts, identity: identityOf(totalKey, parts) })
    }
    layouts.set(table.columns, out)
    return out
  }
  // The sums of one table: each layout along the rows of its block, then each total line down the
  // columns of its block (a function of the table's shape, found once per table)
  const plans = new ShapeMemo<TableSums>()
  const planOf = (table: TableShape): TableSums => {
    const across: AcrossSum[] = layoutOf(table).map(({ block, totalKey, parts, identity }) => ({
      block,
      total: totalKey,
      parts,
      identity,
    }))
    const down: DownGroup[] = []
    table.rows.forEach((totalRow, index) => {
      if (totalRow.key !== spec.total) return
      const block = totalRow.block ?? 0
      const partRows: number[] = []
      table.rows.forEach((r, i) => {
        if ((r.block ?? 0) === block && r.key !== undefined && spec.parts.includes(r.key)) partRows.push(i)
      })
      if (spec.allParts ? partRows.length < spec.parts.length : partRows.length < 2) return
      const identity = identityOf(
        spec.total,
        partRows.flatMap((i) => table.rows[i]?.key ?? []),
      )
      down.push({
        keys: table.columns.filter((c) => (c.block ?? 0) === block).map((c) => c.key),
        sums: [{ parent: index, parts: partRows, identity: () => identity }],
      })
    })
    return { across, down }
  }
  const sums: SumSpec = {
    applies: (table) => spec.kinds.includes(table.kind),
    sumsOf: (table) => byShape(plans, table, planOf),
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
