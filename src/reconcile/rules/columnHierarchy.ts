import type { FactKey } from '../../model/factKeys'
import { label, type Place } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { byShape, type RowShape, ShapeMemo, type TableShape } from '../tableShape'
import { type DownGroup, runTableSums, type SumSpec, type TableSums, withTableSums } from '../tableSums'

const KINDS = [
  'income',
  'expenditure',
  'gpb-expenditure',
  'gov-fund',
  'soe-capital',
  'gpb-basic',
  'gpb-basic-detail',
  'economic-summary',
  'fiscal-expenditure',
  'fiscal-basic',
]

interface Indexed {
  readonly row: RowShape
  readonly index: number
}

const isCoded = (r: RowShape): boolean =>
  r.kind !== 'unit' &&
  r.kind !== 'total' &&
  r.code !== undefined &&
  (r.codeSystem === 'functional' || r.codeSystem === 'economic-department')

const nextLength = (length: number): number => (length === 3 ? 5 : length + 2)

// A row is a parent only when printed as a subtotal: a detail row whose code is short (a 款 printed
// without its digits, an OCR slip) is a leaf, not the sum of the rows that share its prefix.
// The hierarchy of one row set, found in one pass over the code prefixes (linear in rows, not quadratic):
// each subtotal's direct children (the next level; or deeper, where the table skips a level) and the
// rows no subtotal contains.
interface Hierarchy {
  readonly children: ReadonlyMap<Indexed, readonly Indexed[]>
  readonly top: readonly Indexed[]
}

/**
 * A detail row printed without a code between two 项 of one 款 (a name the catalog does not know
 * under it, 杭州's 监狱 信息化建设) is one of them: it takes the code of the row above for the sums.
 *
 * @example
 * ```ts
 * // rows 2040701 监狱 | (no code) 信息化建设 | 2040702 …, all detail rows
 * siblingCodes(rows) // Map { 信息化建设 row → '2040701' }
 * ```
 */
function siblingCodes(rows: readonly Indexed[]): Map<Indexed, string> {
  const codes = new Map<Indexed, string>()
  rows.forEach((r, i) => {
    if (r.row.code !== undefined || r.row.kind !== 'detail') return
    const before = rows[i - 1]?.row
    const after = rows[i + 1]?.row
    const a = before?.code
    const b = after?.code
    if (before?.kind !== 'detail' || after?.kind !== 'detail' || a === undefined || b === undefined) return
    if (a.length === b.length && a.length >= 5 && a.slice(0, -2) === b.slice(0, -2)) codes.set(r, a)
  })
  return codes
}

function hierarchyOf(rows: readonly Indexed[]): Hierarchy {
  const sibling = siblingCodes(rows)
  const codeOf = (r: Indexed): string => r.row.code ?? sibling.get(r) ?? ''
  const subtotals = new Map<string, Indexed[]>()
  for (const r of rows)
    if (r.row.kind === 'subtotal' && r.row.code !== undefined) {
      const list = subtotals.get(r.row.code)
      if (list) list.push(r)
      else subtotals.set(r.row.code, [r])
    }
  const below = new Map<Indexed, Indexed[]>()
  const top: Indexed[] = []
  for (const r of rows) {
    const code = codeOf(r)
    let contained = false
    for (let n = 0; n < code.length; n++)
      for (const o of subtotals.get(code.slice(0, n)) ?? []) {
        if (o === r) continue
        contained = true
        const list = below.get(o)
        if (list) list.push(r)
        else below.set(o, [r])
      }
    if (!contained) top.push(r)
  }
  const children = new Map<Indexed, readonly Indexed[]>()
  for (const [parent, under] of below) {
    const code = parent.row.code ?? ''
    let shallowest = Number.POSITIVE_INFINITY
    for (const r of under) shallowest = Math.min(shallowest, codeOf(r).length)
    const want = Math.max(shallowest, nextLength(code.length))
    const direct = under.filter((r) => codeOf(r).length === want)
    children.set(parent, direct.length > 0 ? direct : under.filter((r) => codeOf(r).length === shallowest))
  }
  return { children, top }
}

type What = keyof typeof WHAT

const WHAT = {
  code: ['上级科目 = 下级科目之和', 'a code = the sum of the codes below it'],
  unit: ['单位 = 其科目之和', 'a unit = the sum of its codes'],
  department: ['部门 = 所属单位之和', 'the department = the sum of its units'],
  units: ['合计 = 各单位之和', 'total = the sum of the units'],
  codes: ['合计 = 各科目之和', 'total = the sum of the codes'],
} as const

// The sums depend on the table's shape only (row kinds, codes, units, blocks; columns): found once
// per table (and shared by the cause search's shifted copies of it).
const PLANS = new ShapeMemo<TableSums>()

// The words of an identity, one per kind of sum and column, built once
const IDENTITIES = new Map<string, { readonly zh: string; readonly en: string }>()

/**
 * The words of an identity for one kind of sum and column, built once and shared.
 * @example
 * identityOf('code', 'exp.total').zh // '上级科目 = 下级科目之和（支出总计）'
 */
function identityOf(what: What, key: FactKey): { readonly zh: string; readonly en: string } {
  const id = `${what}|${key}`
  let identity = IDENTITIES.get(id)
  if (identity === undefined) {
    const [zh, en] = WHAT[what]
    identity = { zh: `${zh}（${label(key).zh}）`, en: `${en} (${label(key).en})` }
    IDENTITIES.set(id, identity)
  }
  return identity
}

// one function per kind of sum, shared by every sum of that kind
const IDENTITY_OF: { readonly [W in What]: (key: FactKey) => Place } = {
  code: (key) => identityOf('code', key),
  unit: (key) => identityOf('unit', key),
  department: (key) => identityOf('department', key),
  units: (key) => identityOf('units', key),
  codes: (key) => identityOf('codes', key),
}

/**
 * The sums each block of a table checks, in the order they are checked (linear in rows).
 * @example
 * planOf(table).down // per block, the groups of parent = Σ children sums, one per value column
 */
function planOf(table: TableShape): TableSums {
  const plans: DownGroup[] = []
  // Blocks with the same columns are one list printed side by side (公开06表); blocks with
  // different columns are separate row sets (a table that repeats its rows for more columns).
  const blockKeys = new Map<number, string>()
  for (const c of table.columns) blockKeys.set(c.block ?? 0, `${blockKeys.get(c.block ?? 0) ?? ''}|${c.key}`)
  const oneList = new Set(blockKeys.values()).size <= 1
  const blocks = oneList ? [undefined] : [...blockKeys.keys()]
  for (const block of blocks) {
    const inBlock = (x: { readonly block?: number | undefined }) =>
      block === undefined || (x.block ?? 0) === block
    const keys = [...new Set(table.columns.filter(inBlock).map((c) => c.key))]
    const all: Indexed[] = table.rows.map((row, index) => ({ row, index })).filter((r) => inBlock(r.row))
    // a detail row printed without a code (its code cells blank in print) is still a leaf of the sums
    const coded = all.filter(
      (r) =>
        isCoded(r.row) || (r.row.kind === 'detail' && r.row.code === undefined && r.row.key === undefined),
    )
    const units = all.filter((r) => r.row.kind === 'unit')
    const totals = all.filter(
      (r) => r.row.kind === 'total' && (r.row.key === undefined || r.row.key === 'total'),
    )
    const groups = new Map<string, Indexed[]>()
    for (const r of coded) {
      const list = groups.get(r.row.unitCode ?? '')
      if (list) list.push(r)
      else groups.set(r.row.unitCode ?? '', [r])
    }
    const hierarchies = new Map<string, Hierarchy>()
    for (const [unit, rows] of groups) hierarchies.set(unit, hierarchyOf(rows))
    const codedTop = groups.size === 1 ? [...hierarchies.values()][0]?.top : undefined
    // only the top budget units add up to the total (a department row contains its units)
    const topUnits = units.filter(
      (u) =>
        !units.some(
          (o) =>
            o !== u &&
            (u.row.unitCode ?? '').startsWith(o.row.unitCode ?? '\u0000') &&
            (o.row.unitCode ?? '').length < (u.row.unitCode ?? '').length,
        ),
    )
    const lowUnits = units.filter((u) => !topUnits.includes(u))
    const membersOf = new Map(
      topUnits.map((top) => [
        top,
        lowUnits.filter((u) => (u.row.unitCode ?? '').startsWith(top.row.unitCode ?? '\u0000')),
      ]),
    )
    const sums: DownGroup['sums'][number][] = []
    const sum = (parent: Indexed, parts: readonly Indexed[], what: What) =>
      sums.push({ parent: parent.index, parts: parts.map((p) => p.index), identity: IDENTITY_OF[what] })
    for (const [unit, rows] of groups)
      for (const parent of rows) {
        const children = hierarchies.get(unit)?.children.get(parent) ?? []
        if (children.length > 0) sum(parent, children, 'code')
      }
    // units: each unit row is the sum of its own top-level codes, and the total the sum of the units
    for (const unit of units) {
      const own = hierarchies.get(unit.row.unitCode ?? '\u0000')
      if (own) sum(unit, own.top, 'unit')
    }
    for (const top of topUnits) {
      const members = membersOf.get(top) ?? []
      if (members.length > 0) sum(top, members, 'department')
    }
    for (const total of totals) {
      if ((total.row.block ?? 0) !== 0 && table.columns.every((c) => (c.block ?? 0) === 0)) continue
      if (topUnits.length > 0) sum(total, topUnits, 'units')
      else if (groups.size === 1 && coded.length > 0 && units.length === 0)
        sum(total, codedTop ?? [], 'codes')
      if (units.length === 1 && groups.size === 1 && groups.has('')) sum(total, codedTop ?? [], 'codes')
    }
    plans.push({ keys, sums })
  }
  return { across: [], down: plans }
}

const SPEC: SumSpec = {
  applies: (table) => KINDS.includes(table.kind),
  sumsOf: (table) => byShape(PLANS, table, planOf),
  severity: 'error',
}

/**
 * Column sums down a table's classification hierarchy: 类 = Σ 款 = Σ 项 (functional) and 类 = Σ 款
 * (economic), 合计 = Σ units = Σ top-level codes, for every value column. Rows of a table grouped by
 * budget unit are summed within their unit.
 *
 * @example
 * ```ts
 * columnHierarchy.check(doc).findings // columns whose printed subtotal is not the sum below it
 * ```
 */
export const columnHierarchy = /*#__PURE__*/ withTableSums(
  /*#__PURE__*/ defineRule({
    id: 'column-hierarchy',
    title: {
      zh: '合计 = Σ 类 = Σ 款 = Σ 项（逐列）',
      en: 'Total = Σ classes = Σ sections = Σ items (each column)',
    },
    family: 'within-table',
    severity: 'error',
    reads: {
      zh: '收入、支出、财政拨款支出、基本支出、经济分类汇总等按科目列示的表，逐列',
      en: 'every column of the tables listed by classification code (revenue, expenditure, basic expenditure, economic summary …)',
    },
    check: (doc) => {
      const { checks, findings } = runTableSums(doc, SPEC)
      return checks === 0
        ? notApplicable('没有按科目列示的表', 'no table lists amounts by classification code')
        : { status: 'ran', checks, findings }
    },
  }),
  SPEC,
)
