import type { FactKey } from '../../model/factKeys'
import type { TableKind } from '../../model/tableKinds'
import { add, amount, eq, isZero } from '../../money/decimal'
import type { Amount } from '../../money/types'
import { BUNDLED_TABLE_TEMPLATES } from '../../tables/templates/bundledTableTemplates'
import type { ColumnSpec } from '../../tables/templates/types'
import type { GridTable } from '../layout/types'
import type { ReadDiagnostic } from '../types'
import type { MappedColumn } from './columnKeys'
import { canonicalCell } from './readCellText'

type DisclosureKind = 'budget' | 'final-account'

/** A column layout a known template prints for a table kind. */
interface Layout {
  readonly columns: readonly ColumnSpec[]
}

const SUBTOTAL = /^(合计|小计|总计)$/
// a heading word whose meaning is the group label above it (预算: the second line of 政府性基金/预算)
const GENERIC_LEAF = /^(合计|小计|总计|金额|预算|决算|预算数|决算数)$/

// Kinds some documents print in the columns of another kind's table: a 一般公共预算基本支出明细表
// listed by item (公用经费项目, 人员类 在职人员基本工资 …) under the 项目支出预算表's source columns
// (本年拨款 | 财政拨款结转结余 by fund, 财政专户管理资金, 单位资金), as 河南's cities print it in 2025.
const PRINTED_AS: Partial<Record<TableKind, readonly TableKind[]>> = { 'gpb-basic-detail': ['projects'] }

/**
 * Distinct one-sided column layouts of a kind across the bundled templates (by key sequence).
 * @example
 * ```ts
 * layoutsOf('expenditure').length // the distinct column layouts the templates print
 * ```
 */
function layoutsOf(kind: TableKind, documentKind: DisclosureKind | undefined): Layout[] {
  const seen = new Set<string>()
  const out: Layout[] = []
  const kinds = [kind, ...(PRINTED_AS[kind] ?? [])]
  for (const template of BUNDLED_TABLE_TEMPLATES)
    for (const spec of template.tables) {
      if (documentKind !== undefined && template.kind !== documentKind) continue
      if (!kinds.includes(spec.kind)) continue
      const id = spec.columns.map((c) => `${c.block ?? 0}:${c.key}`).join(',')
      if (seen.has(id)) continue
      seen.add(id)
      out.push({ columns: spec.columns })
    }
  return out
}

/** One "this column is the sum of those" relation of a layout's header tree. */
interface Relation {
  readonly total: number
  readonly parts: readonly number[]
}

const startsWith = (path: readonly string[], prefix: readonly string[]): boolean =>
  prefix.every((p, i) => path[i] === p)

/**
 * The arithmetic a header tree states: the 合计/小计 column of a group is the sum of the group's
 * direct members (a member group counts by its own subtotal column, or by its members when it
 * prints none); 其中 columns are parts of nothing.
 * @example
 * ```ts
 * relationsOf(columns) // [{ total: 0, parts: [1, 2] }] for 合计 over 基本支出 and 项目支出
 * ```
 */
function relationsOf(columns: readonly ColumnSpec[]): Relation[] {
  const headers = columns.map((c) => c.header)
  const relations: Relation[] = []
  const membersOf = (group: readonly string[]): number[] => {
    const members: number[] = []
    const subgroups = new Set<string>()
    headers.forEach((h, i) => {
      if (h.length <= group.length || !startsWith(h, group)) return
      const leaf = h[h.length - 1] ?? ''
      if (/^其中/.test(leaf)) return
      if (h.length === group.length + 1) {
        if (!SUBTOTAL.test(leaf)) members.push(i)
        return
      }
      const child = h[group.length] ?? ''
      if (subgroups.has(child)) return
      subgroups.add(child)
      const sub = [...group, child]
      const own = headers.findIndex(
        (o) => o.length === sub.length + 1 && startsWith(o, sub) && SUBTOTAL.test(o[o.length - 1] ?? ''),
      )
      if (own >= 0) members.push(own)
      else members.push(...membersOf(sub))
    })
    return members
  }
  headers.forEach((h, i) => {
    const leaf = h[h.length - 1] ?? ''
    if (!SUBTOTAL.test(leaf)) return
    const parts = membersOf(h.slice(0, -1))
    if (parts.length > 0) relations.push({ total: i, parts })
  })
  return relations
}

/**
 * The value of a cell for the check: blank is zero; anything not an amount is `undefined`.
 * @example
 * ```ts
 * cellAmount('1,234.50', '元') // amount('1234.50')
 * ```
 */
function cellAmount(text: string, unit: string | undefined): Amount | undefined {
  const cell = canonicalCell(text, unit)
  if (cell === undefined) return undefined
  if (cell === '' || /^[-—–]+$/.test(cell)) return amount('0')
  if (!/^-?\d+(\.\d+)?$/.test(cell)) return undefined
  return amount(cell)
}

const TOTAL_ROW = /^(合计|总计|(收入|支出)(合计|总计))$/

/**
 * Where a table's headers could not all be read (an OCR'd header, a label lost in the extraction)
 * but its kind is known from its title, the one column layout the known templates print for that
 * kind with exactly as many value columns is used — only when every column its heading did name is
 * where that layout has it, and every column total of the table's 合计 row then checks (each 合计/小计 column is the sum of the columns under it, and at least one
 * of these sums is not zero). Otherwise the columns stay as the headers mapped them.
 *
 * @param grid - the laid-out table (roles and sides as read)
 * @param mapped - its value columns as their headers mapped them
 * @param kind - the table kind, known from its title
 * @param tableId - the table's id, for the diagnostic
 * @param documentKind - budget or final account, when known: only that kind's templates are tried
 * @param printedEmpty - the table says it has no data (本表无数据): see {@link emptyColumnsByTemplate}
 * @returns the columns to read with, and an `info` diagnostic when the layout was used
 * @example
 * ```ts
 * const { mapped } = columnsByTemplate(grid, mapColumns(grid.columns, 'expenditure'), 'expenditure', 'expenditure')
 * mapped.map((c) => c.key) // ['total', 'exp.basic', …] when the 合计 row checks
 * ```
 * @internal
 */
export function columnsByTemplate(
  grid: GridTable,
  mapped: readonly MappedColumn[],
  kind: TableKind,
  tableId: string,
  documentKind?: DisclosureKind,
  printedEmpty = false,
): { mapped: readonly MappedColumn[]; diagnostic?: ReadDiagnostic } {
  const unchanged = { mapped }
  if (mapped.length < 2 || mapped.every((c) => c.key !== undefined)) return unchanged
  if (printedEmpty) return emptyColumnsByTemplate(grid, mapped, kind, tableId, documentKind)
  const blockOf = (b: number | undefined): number => b ?? 0
  const signature = (blocks: readonly (number | undefined)[]): string => blocks.map(blockOf).join(',')
  const printed = signature(mapped.map((c) => c.block))
  const fitting = layoutsOf(kind, documentKind).filter(
    (l) => signature(l.columns.map((c) => c.block)) === printed,
  )
  if (fitting.length !== 1) return unchanged
  const layout = fitting[0]!
  // every column its heading did name must be where the layout has it (a 合计/小计 names nothing of
  // its own: its meaning is the group label above it, as 预算 does, the part of a header an extraction garbles)
  const named = (c: MappedColumn): boolean =>
    c.key !== undefined && !GENERIC_LEAF.test(c.header[c.header.length - 1]?.replace(/\s+/g, '') ?? '')
  if (mapped.some((c, i) => named(c) && c.key !== layout.columns[i]!.key)) return unchanged
  let nonZero = false
  for (const block of new Set(mapped.map((c) => blockOf(c.block)))) {
    const positions = mapped.flatMap((c, i) => (blockOf(c.block) === block ? [i] : []))
    const relations = relationsOf(positions.map((i) => layout.columns[i]!))
    if (relations.length === 0) continue
    const labelColumns = grid.columns.flatMap((c, i) =>
      c.role === 'label' && blockOf(c.block) === block ? [i] : [],
    )
    const totalRow = grid.rows.find((r) =>
      labelColumns.some((i) => TOTAL_ROW.test((r.cells[i] ?? '').replace(/\s+/g, ''))),
    )
    if (totalRow === undefined) return unchanged
    const values = positions.map((i) => cellAmount(totalRow.cells[mapped[i]!.index] ?? '', grid.unit))
    for (const rel of relations) {
      const total = values[rel.total]
      if (total === undefined) return unchanged
      let sum = amount('0')
      for (const p of rel.parts) {
        const v = values[p]
        if (v === undefined) return unchanged
        sum = add(sum, v)
      }
      if (!eq(sum, total)) return unchanged
      if (!isZero(total) && rel.parts.some((p) => !isZero(values[p]!))) nonZero = true
    }
  }
  if (!nonZero) return unchanged
  return inLayout(grid, mapped, layout, tableId, (n, names) => ({
    zh: `表头未能全部识别：按该表已知格式的${n}个数值列（${names}）读取，合计行的各列合计均已核对相符`,
    en: `the header could not all be read: the ${n} value columns were read in the one known layout of this table (${names}); every column total of its 合计 row checks`,
  }))
}

/**
 * A table that says it has no data (本表无数据) and prints no amount in any cell places no value,
 * so its columns can be named by the one column layout the known templates print for its kind with
 * exactly as many value columns, even where its garbled header does not line up with that layout:
 * every cell is blank whichever column it is in. Only when every column its heading did name is one
 * of that layout's columns (by key, not by position) and the table prints nothing at all; otherwise
 * the columns stay as the headers mapped them.
 *
 * @param grid - the laid-out table
 * @param mapped - its value columns as their headers mapped them
 * @param kind - the table kind, known from its title
 * @param tableId - the table's id, for the diagnostic
 * @param documentKind - budget or final account, when known
 * @returns the columns to read with, and an `info` diagnostic when the layout was used
 * @example
 * ```ts
 * // 政府性基金支出预算表, 本表无数据, 合计 | '' × 9 under a header read as 合计 | 小井 | … | 其他 色妆矢
 * emptyColumnsByTemplate(grid, mapped, 'gov-fund', 'gov-fund', 'budget').mapped.map((c) => c.key)
 * // ['total', 'exp.basic', …, 'exp.project.operating', 'exp.project.specific']
 * ```
 * @internal
 */
function emptyColumnsByTemplate(
  grid: GridTable,
  mapped: readonly MappedColumn[],
  kind: TableKind,
  tableId: string,
  documentKind: DisclosureKind | undefined,
): { mapped: readonly MappedColumn[]; diagnostic?: ReadDiagnostic } {
  const unchanged = { mapped }
  if (mapped.some((c) => c.block !== undefined)) return unchanged
  const printsNothing = grid.rows.every((r) =>
    mapped.every((c) => (r.cells[c.index] ?? '').replace(/\s+/g, '') === ''),
  )
  if (!printsNothing) return unchanged
  const fitting = layoutsOf(kind, documentKind).filter(
    (l) => l.columns.length === mapped.length && l.columns.every((c) => c.block === undefined),
  )
  if (fitting.length !== 1) return unchanged
  const layout = fitting[0]!
  const keys = new Set<FactKey>(layout.columns.map((c) => c.key))
  const named = mapped.flatMap((c) => (c.key !== undefined ? [c.key] : []))
  if (named.some((k) => !keys.has(k)) || new Set(named).size !== named.length) return unchanged
  return inLayout(grid, mapped, layout, tableId, (n, names) => ({
    zh: `表头未能全部识别：该表注明无数据、各栏均为空，按该表已知格式的${n}个数值列（${names}）列出`,
    en: `the header could not all be read: the table says it has no data and every cell is blank; its ${n} value columns are listed in the one known layout of this table (${names})`,
  }))
}

/**
 * The value columns named by a known layout, position by position, with the \`info\` diagnostic
 * \`COLUMNS_FROM_TEMPLATE\` that says so (its message given the number of columns and their names).
 *
 * @example
 * ```ts
 * inLayout(grid, mapped, layout, 'expenditure', (n, names) => ({ zh: `${n}列：${names}`, en: `${n} columns: ${names}` }))
 * // { mapped: [{ …, key: 'total' }, …], diagnostic: { code: 'COLUMNS_FROM_TEMPLATE', severity: 'info', … } }
 * ```
 */
function inLayout(
  grid: GridTable,
  mapped: readonly MappedColumn[],
  layout: { readonly columns: readonly { readonly key: FactKey; readonly header: readonly string[] }[] },
  tableId: string,
  message: (n: number, names: string) => { zh: string; en: string },
): { mapped: readonly MappedColumn[]; diagnostic: ReadDiagnostic } {
  const names = layout.columns.map((c) => c.header.join('/')).join('、')
  return {
    mapped: mapped.map((c, i) => ({ ...c, key: layout.columns[i]!.key })),
    diagnostic: {
      code: 'COLUMNS_FROM_TEMPLATE',
      severity: 'info',
      table: tableId,
      ...(grid.pages[0] !== undefined ? { page: grid.pages[0] } : {}),
      message: message(mapped.length, names),
    },
  }
}
