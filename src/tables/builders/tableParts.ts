/**
 * Machinery shared by the table builders: which line items a table shows, the cells of a row
 * (exact sums rounded half-up once, per cell), and the table around the rows.
 * @internal
 * @module
 */
import type { FactKey } from '../../model/factKeys'
import type { LineItem } from '../../model/lineItem'
import type { Column, PrintedTable, Row } from '../../model/table'
import { amount, toFixed } from '../../money/decimal'
import { sumPrinted } from '../../money/sumPrinted'
import type { ColumnSpec, TableSpec } from '../templates/types'
import { factPredicate, isFiscal, type MatchOptions } from './matchesFact'
import type { BuildContext, CubeEntry } from './types'

/** A row before its cells are filled. */
export type RowHead = Omit<Row, 'cells'>

/** The cube entries a table shows, after its scope, current-year and basic/project filters. @internal */
export function scopeEntries(spec: TableSpec, ctx: BuildContext): CubeEntry[] {
  const inScope = (i: LineItem): boolean => {
    switch (spec.scope ?? 'all') {
      case 'all':
        return true
      case 'fiscal':
        return isFiscal(i)
      case 'gpb':
        return i.source === 'gpb' && i.fiscal !== false
      case 'gov-fund':
        return i.source === 'gov-fund'
      case 'soe-capital':
        return i.source === 'soe-capital'
    }
  }
  return ctx.cube.filter(
    ({ item }) =>
      inScope(item) &&
      !(spec.currentOnly === true && item.carryOver === true) &&
      !(spec.basicOnly === true && item.kind !== 'basic') &&
      !(spec.projectOnly === true && item.kind !== 'project'),
  )
}

/** Options of the match for a table. @internal */
export function matchOptions(spec: TableSpec, ctx: BuildContext): MatchOptions {
  const keys = new Set(spec.columns.map((c) => c.key))
  // carry-over columns for fiscal money only: non-fiscal carry-overs stay under their source
  const fiscalCarryOnly =
    (keys.has('carry.gpb') || keys.has('carry.fiscal')) &&
    !keys.has('carry.total') &&
    !keys.has('carry.special-account') &&
    !keys.has('carry.unit-funds')
  return {
    ...(spec.sourcesIncludeCarry === true ? { sourcesIncludeCarry: true } : {}),
    ...(fiscalCarryOnly ? { nonFiscalSourcesIncludeCarry: true } : {}),
    ...(ctx.input.isSuperiorTransfer ? { isSuperiorTransfer: ctx.input.isSuperiorTransfer } : {}),
  }
}

/** What a cell prints when nothing is in it. @internal */
export function emptyCell(spec: TableSpec, ctx: BuildContext): string {
  const style = spec.emptyCells ?? ctx.input.template.emptyCells
  return style === 'zero' ? toFixed(amount(0), ctx.decimals) : ''
}

/**
 * The printed value of the sum of `entries` that match `key` (and `rowKey`, for summary lines):
 * the exact sum rounded half-up to the table's decimals; the empty-cell text when nothing matches.
 *
 * @internal
 */
export function cellValue(
  entries: readonly CubeEntry[],
  key: FactKey,
  spec: TableSpec,
  ctx: BuildContext,
  rowKey?: FactKey,
  rowIncludesCarry = false,
): string {
  const options = matchOptions(spec, ctx)
  const column = factPredicate(key, options)
  // a summary line is revenue of the year unless the template says it counts the carry-over
  const row =
    rowKey === undefined
      ? undefined
      : factPredicate(rowKey, { ...options, sourcesIncludeCarry: rowIncludesCarry })
  const texts: string[] = []
  for (const e of entries) {
    if (column(e.item) && (row === undefined || row(e.item))) texts.push(e.amount)
  }
  if (texts.length === 0) return emptyCell(spec, ctx)
  return toFixed(sumPrinted(texts).total.value, ctx.decimals)
}

/** The cells of one row: a value per column of the block the row belongs to. @internal */
export function rowCells(
  entries: readonly CubeEntry[],
  columns: readonly ColumnSpec[],
  spec: TableSpec,
  ctx: BuildContext,
  rowKey?: FactKey,
  rowIncludesCarry = false,
): Row['cells'] {
  const cells: Partial<Record<FactKey, string>> = {}
  for (const c of columns) cells[c.key] = cellValue(entries, c.key, spec, ctx, rowKey, rowIncludesCarry)
  return cells
}

/** A row whose every column prints the empty-cell text. @internal */
export function emptyCells(columns: readonly ColumnSpec[], spec: TableSpec, ctx: BuildContext): Row['cells'] {
  const cells: Partial<Record<FactKey, string>> = {}
  for (const c of columns) cells[c.key] = emptyCell(spec, ctx)
  return cells
}

/** Groups entries by a key, keys sorted (codes sort as strings). @internal */
export function groupBy(
  entries: readonly CubeEntry[],
  keyOf: (e: CubeEntry) => string | undefined,
): Map<string, CubeEntry[]> {
  const groups = new Map<string, CubeEntry[]>()
  for (const e of entries) {
    const k = keyOf(e)
    if (k === undefined) continue
    const g = groups.get(k)
    if (g) g.push(e)
    else groups.set(k, [e])
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Numbers the body rows with 序号 / 行次 where the template prints them. @internal */
export function numberRows(rows: Row[], spec: TableSpec): Row[] {
  if (spec.lineFrom === undefined) return rows
  const from = spec.lineFrom
  return rows.map((r, i) => ({ ...r, line: String(from + i) }))
}

/** The table around its rows: id, title with the year, number, unit, headers, notes, empty note. @internal */
export function assembleTable(
  spec: TableSpec,
  ctx: BuildContext,
  rows: readonly Row[],
  hasData: boolean,
): PrintedTable {
  const columns: Column[] = spec.columns.map((c) => ({
    key: c.key,
    header: [...c.header],
    ...(c.block !== undefined ? { block: c.block } : {}),
    ...(c.line !== undefined ? { line: c.line } : {}),
  }))
  const note = (ctx.input.emptyNotes?.[spec.kind] ?? spec.emptyNote)?.replaceAll(
    '{year}',
    String(ctx.input.fiscalYear),
  )
  return {
    id: spec.id ?? spec.kind,
    kind: spec.kind,
    title: spec.title.replaceAll('{year}', String(ctx.input.fiscalYear)),
    ...(spec.number !== undefined ? { number: spec.number } : {}),
    unit: ctx.input.template.unit,
    ...(spec.labelHeader !== undefined ? { labelHeader: spec.labelHeader.map((p) => [...p]) } : {}),
    columns,
    rows: spec.sides === undefined ? numberRows([...rows], spec) : [...rows],
    ...(spec.notes !== undefined && spec.notes.length > 0 ? { notes: [...spec.notes] } : {}),
    ...(!hasData && note !== undefined ? { empty: { note } } : {}),
  }
}

/** Name of a functional code in the fiscal year's edition ('' when unknown). @internal */
export function functionalName(code: string, ctx: BuildContext): string {
  return ctx.names.functional(code, ctx.input.fiscalYear) ?? ''
}

/** Name of a department economic code. @internal */
export function economicName(code: string, ctx: BuildContext): string {
  return ctx.names.economic(code, ctx.input.fiscalYear) ?? ''
}

/** Name of a government economic code. @internal */
export function governmentName(code: string, ctx: BuildContext): string {
  return ctx.names.government(code, ctx.input.fiscalYear) ?? ''
}

/** The 合计 row of a one-sided table. @internal */
export function totalRow(entries: readonly CubeEntry[], spec: TableSpec, ctx: BuildContext): Row {
  return { kind: 'total', name: spec.totalName ?? '合计', cells: rowCells(entries, spec.columns, spec, ctx) }
}

/**
 * The rows of a table with no money of its kind: a 合计 row with blank cells (河南, 决算 公开07表),
 * or nothing at all where the template prints the empty table without rows (河北).
 *
 * @internal
 */
export function emptyTableRows(spec: TableSpec): Row[] {
  if (spec.emptyRows === 'none') return []
  const cells: Partial<Record<FactKey, string>> = {}
  for (const c of spec.columns) cells[c.key] = ''
  return [{ kind: 'total', name: spec.totalName ?? '合计', cells }]
}

/** The department row (河南 tables print the department code and name above the detail rows). @internal */
export function departmentRow(
  entries: readonly CubeEntry[],
  spec: TableSpec,
  ctx: BuildContext,
  name?: string,
): Row {
  const d = ctx.input.department
  return {
    kind: 'unit',
    unitCode: d.code,
    name: name ?? d.name,
    cells: rowCells(entries, spec.columns, spec, ctx),
  }
}
