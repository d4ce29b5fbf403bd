import type { FactKey } from '../../model/factKeys'
import type { PrintedTable, Row } from '../../model/table'
import type { TableKind } from '../../model/tableKinds'
import { cellPlace, cellWhere, label, sumDraft } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { isKeysOnly } from '../keysOnly'
import type { FindingDraft } from '../types'

// The kinds other provinces print (issue 12) whose rows are classes, one list or one per unit:
// 一般公共预算支出经济分类表, its 项目支出 variant, and the 基本支出预算表 by fund source.
const KINDS: readonly TableKind[] = ['gpb-economic', 'gpb-project-economic', 'basic-by-source']

interface Indexed {
  readonly row: Row
  readonly index: number
}

const isCoded = (r: Row): boolean =>
  r.kind !== 'total' &&
  r.kind !== 'unit' &&
  r.code !== undefined &&
  (r.codeSystem === 'economic-department' ||
    r.codeSystem === 'economic-government' ||
    r.codeSystem === 'functional')

const hasValue = (r: Row): boolean => Object.values(r.cells).some((v) => v !== undefined && v.trim() !== '')

// the name of an economic class (…支出, …补助), not of a unit
const CLASS_NAME = /(支出|补助)$/

/** One list of codes: the rows below one unit (or the whole table), with their unit row if printed. */
interface Group {
  readonly unit?: Indexed
  readonly rows: Indexed[]
}

// Rows in print order: a run of rows without a code (a unit's name, wrapped over lines) opens the
// list of the codes below it. The table is a list per unit when its class codes repeat, or when
// every uncoded row is a unit row; a single list is one when no uncoded row prints a figure. An
// uncoded row with figures in a list that does not repeat may be a unit or a class printed without
// its code: the total is then not checked (`perUnit` undefined), the classes still are.
function groupsOf(rows: readonly Indexed[]): { groups: Group[]; perUnit: boolean | undefined } {
  const groups: Group[] = []
  let header: Indexed[] = []
  let current: Group | undefined
  for (const r of rows) {
    if (r.row.kind === 'total' && (r.row.key === undefined || r.row.key === 'total')) continue
    if (isCoded(r.row)) {
      if (!current) {
        const named = header.filter((h) => h.row.kind === 'unit' || hasValue(h.row))
        current = { ...(named.length === 1 && named[0] ? { unit: named[0] } : {}), rows: [] }
        groups.push(current)
      }
      current.rows.push(r)
      header = []
    } else if (r.row.key === undefined) {
      current = undefined
      header.push(r)
    }
  }
  const codes = groups.flatMap((g) => g.rows.map((r) => r.row.code ?? ''))
  const uncoded = rows.filter(
    (r) => r.row.kind !== 'total' && !isCoded(r.row) && r.row.key === undefined && hasValue(r.row),
  )
  // a class printed without a code the reader could recover (珠海: 工资和福利支出, 其他资本性等支出) is
  // not among the codes: neither a unit nor the 合计 is the sum of what the list codes
  if (uncoded.some((r) => r.row.kind !== 'unit' && CLASS_NAME.test(r.row.name)))
    return { groups, perUnit: undefined }
  if (
    new Set(codes).size < codes.length ||
    (uncoded.length > 0 && uncoded.every((r) => r.row.kind === 'unit'))
  )
    return { groups, perUnit: true }
  return {
    groups: [{ rows: groups.flatMap((g) => g.rows) }],
    perUnit: uncoded.length === 0 ? false : undefined,
  }
}

// The parent of each code is the longest shorter code of the list it begins with (类 of a 款, 款 of
// a 项; a table that skips a level hangs the 项 on the 类). Linear: one map lookup per prefix length.
function treeOf(rows: readonly Indexed[]): { top: Indexed[]; children: Map<Indexed, Indexed[]> } {
  const byCode = new Map<string, Indexed>()
  for (const r of rows) if (!byCode.has(r.row.code ?? '')) byCode.set(r.row.code ?? '', r)
  const top: Indexed[] = []
  const children = new Map<Indexed, Indexed[]>()
  for (const r of rows) {
    const code = r.row.code ?? ''
    let parent: Indexed | undefined
    for (let n = code.length - 1; n >= 3 && !parent; n--) {
      const p = byCode.get(code.slice(0, n))
      if (p && p !== r) parent = p
    }
    if (!parent) top.push(r)
    else {
      const list = children.get(parent)
      if (list) list.push(r)
      else children.set(parent, [r])
    }
  }
  return { top, children }
}

/**
 * Down every column of the tables other provinces print by class (一般公共预算支出经济分类表, its
 * 项目支出 variant, 部门预算基本支出预算表 by fund source): a class = Σ the codes below it (类 = Σ 款),
 * a unit = Σ its classes, and 合计 = Σ classes (of every unit). A list of codes per unit is told
 * by its class codes repeating; an uncoded row with figures in a single list is one of its lines.
 *
 * @example
 * ```ts
 * columnClassTotals.check(doc).findings // cells whose printed total is not the sum of the rows below
 * ```
 */
export const columnClassTotals = /*#__PURE__*/ defineRule({
  id: 'column-class-totals',
  title: {
    zh: '合计 = Σ 各单位 = Σ 类 = Σ 款（按类列示的表，逐列）',
    en: 'Total = Σ units = Σ classes = Σ sections (tables listed by class, each column)',
  },
  family: 'within-table',
  severity: 'error',
  reads: {
    zh: '一般公共预算支出经济分类表、一般公共预算项目支出经济分类表、基本支出预算表（按资金来源）的各行，逐列',
    en: 'the rows of the economic-class, project economic-class and basic-by-source tables, each column',
  },
  check: (doc, context) => {
    const keysOnly = isKeysOnly(context)
    let checks = 0
    const findings: FindingDraft[] = []
    const sum = (
      table: PrintedTable,
      key: FactKey,
      parent: Indexed,
      parts: readonly Indexed[],
      what: Place,
    ) => {
      if (!(key in parent.row.cells) || parts.length === 0) return
      checks++
      const draft = sumDraft({
        where: () => cellWhere(table, parent.row, parent.index, key),
        place: () => cellPlace(table, parent.row, key),
        identity: { zh: `${what.zh}（${label(key).zh}）`, en: `${what.en} (${label(key).en})` },
        parts: parts.map((p) => p.row.cells[key]),
        total: parent.row.cells[key],
        severity: 'error',
        keysOnly,
      })
      if (draft) findings.push(draft)
    }
    for (const table of doc.tables) {
      // one list of rows: a table printed in blocks side by side is not one of these kinds
      if (!KINDS.includes(table.kind) || table.columns.some((c) => (c.block ?? 0) !== 0)) continue
      const rows = table.rows.map((row, index) => ({ row, index }))
      const found = groupsOf(rows)
      if (found.groups.length === 0) continue
      const total = rows.find(
        (r) => r.row.kind === 'total' && (r.row.key === undefined || r.row.key === 'total'),
      )
      const keys = [...new Set(table.columns.map((c) => c.key))]
      const trees = found.groups.map((g) => ({ group: g, tree: treeOf(g.rows) }))
      for (const key of keys) {
        for (const { group, tree } of trees) {
          for (const [parent, children] of tree.children) sum(table, key, parent, children, CLASS)
          if (group.unit && found.perUnit) sum(table, key, group.unit, tree.top, UNIT)
        }
        if (total && found.perUnit !== undefined)
          sum(
            table,
            key,
            total,
            trees.flatMap((t) => t.tree.top),
            TOTAL,
          )
      }
    }
    return checks === 0
      ? notApplicable(
          '没有按类列示的经济分类表或按资金来源的基本支出表',
          'no table listed by class of these kinds',
        )
      : { status: 'ran', checks, findings }
  },
})

interface Place {
  readonly zh: string
  readonly en: string
}
const CLASS: Place = { zh: '上级科目 = 下级科目之和', en: 'a code = the sum of the codes below it' }
const UNIT: Place = { zh: '单位 = 其科目之和', en: 'a unit = the sum of its codes' }
const TOTAL: Place = { zh: '合计 = 各类之和', en: 'total = the sum of the classes' }
