import { deepFreeze } from '../internal/deepFreeze'
import { checkObject, fieldArray, guardShape, type What } from '../internal/shape'
import type { CellForm } from '../model/cell'
import { readCell } from '../model/cell'
import type { FactKey } from '../model/factKeys'
import type { PrintedTable, Row } from '../model/table'
import { formatAmount } from '../money/formatAmount'
import { type LabelField, labelFieldOf, labelText } from './labelFields'

/** One cell of a header row: a label spanning `colSpan` columns and `rowSpan` header rows. */
export interface HeaderCell {
  readonly label: string
  readonly colSpan: number
  readonly rowSpan: number
  /** Header row the cell starts in (0 = top). */
  readonly depth: number
  /** Index of the first column the cell spans. */
  readonly column: number
  /** True for a leaf: the cell that names one column. */
  readonly leaf: boolean
}

/** A column of the layout: a label column (codes, names), a value column (a fact key), or free text (indicators). */
export type LayoutColumn =
  | { readonly kind: 'text'; readonly block: number; readonly header: readonly string[] }
  | {
      readonly kind: 'label'
      readonly field: LabelField
      readonly block: number
      readonly header: readonly string[]
    }
  | {
      readonly kind: 'value'
      readonly key: FactKey
      readonly block: number
      readonly header: readonly string[]
    }

/** One displayed cell of the body. */
export interface LayoutCell {
  readonly text: string
  readonly align: 'left' | 'right'
  /** `label` for code/name columns, otherwise the form of the stored cell. */
  readonly form: CellForm | 'label'
  /** Kind of the row the cell belongs to (blocks side by side can differ on one line). */
  readonly rowKind: Row['kind'] | 'empty'
}

/** One displayed body row; `kind` is the row kind of the first block that has a row here. */
export interface LayoutRow {
  readonly kind: Row['kind'] | 'empty'
  readonly cells: readonly LayoutCell[]
}

/**
 * A table laid out for rendering: columns in print order (side-by-side blocks next to each
 * other), the header tree as rows of spanning cells, and display rows. Renderers read only this.
 */
export interface TableLayout {
  /** Anchor for links (the table's id). */
  readonly id?: string
  readonly title: string
  readonly number?: string
  readonly unit?: string
  readonly columns: readonly LayoutColumn[]
  readonly header: readonly (readonly HeaderCell[])[]
  readonly body: readonly LayoutRow[]
  readonly notes: readonly string[]
}

const blockOf = (x: { readonly block?: number | undefined }): number => x.block ?? 0

// Label headers of a side-by-side block that does not give its own: 项目 (and 行次 where rows print
// one), under the block's top header (收入 / 支出).
function defaultBlockLabels(table: PrintedTable, block: number): string[][] {
  const first = table.columns.find((c) => blockOf(c) === block)
  const top = first && first.header.length > 1 ? [first.header[0] ?? ''] : []
  const hasLine = table.rows.some((r) => blockOf(r) === block && r.line !== undefined)
  return [[...top, '项目'], ...(hasLine ? [[...top, '行次']] : [])]
}

function labelColumns(table: PrintedTable, blocks: readonly number[]): LayoutColumn[] {
  const given = table.labelHeader ?? []
  // a table of several blocks may give its label headers block after block, in equal parts
  const perBlock = blocks.length > 1 && given.length % blocks.length === 0 ? given.length / blocks.length : 0
  return blocks.flatMap((block, b) => {
    const paths =
      blocks.length === 1
        ? given
        : perBlock > 0
          ? given.slice(b * perBlock, (b + 1) * perBlock)
          : defaultBlockLabels(table, block)
    return (paths.length > 0 ? paths : [['项目']]).map((header) => ({
      kind: 'label' as const,
      field: labelFieldOf(header),
      block,
      header,
    }))
  })
}

/**
 * The header tree of a list of columns: rows of spanning cells (colSpan, rowSpan, depth, column).
 *
 * @internal
 */
export function buildHeader(columns: readonly LayoutColumn[]): HeaderCell[][] {
  const depth = Math.max(1, ...columns.map((c) => c.header.length))
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => [])
  for (let level = 0; level < depth; level++) {
    let i = 0
    while (i < columns.length) {
      const path = columns[i]!.header
      if (path.length <= level) {
        i++
        continue
      }
      const leaf = level === path.length - 1
      let span = 1
      if (!leaf) {
        // a group spans the neighbours that share its path down to this level and go deeper
        const prefix = path.slice(0, level + 1).join('\u0000')
        while (i + span < columns.length) {
          const next = columns[i + span]!
          if (next.header.length <= level + 1 || next.header.slice(0, level + 1).join('\u0000') !== prefix)
            break
          if (next.block !== columns[i]!.block) break
          span++
        }
      }
      rows[level]!.push({
        label: path[level] ?? '',
        colSpan: span,
        rowSpan: leaf ? depth - level : 1,
        depth: level,
        column: i,
        leaf,
      })
      i += span
    }
  }
  return rows
}

function display(cell: string | undefined, rowKind: Row['kind']): LayoutCell {
  if (cell === undefined || cell === '') return { text: '', align: 'right', form: 'blank', rowKind }
  const printed = readCell(cell)
  if (printed?.kind !== 'amount')
    return { text: cell, align: 'right', form: printed?.kind ?? 'placeholder', rowKind }
  const text = formatAmount(printed.value, { decimals: printed.decimals, thousands: true })
  return { text, align: 'right', form: 'amount', rowKind }
}

/**
 * Lays a table out for rendering: label and value columns in print order, the multi-level
 * header (colSpan, rowSpan, depth) built from the header paths, and display cells (amounts with
 * thousands separators and their printed decimals; blank stays blank; placeholders as printed).
 *
 * @param table - a printed or built table
 * @returns the layout every renderer reads
 * @example
 * ```ts
 * const layout = tableLayout(table)
 * layout.header[0]?.map((h) => [h.label, h.colSpan]) // [['科目编码', 3], ['单位代码', 1], …]
 * ```
 */
export function tableLayout(table: PrintedTable): TableLayout {
  checkPrintedTable(table)
  return guardShape('TABLE_INVALID', TABLE, () => layoutOf(table))
}

const TABLE: What = ['表格', 'table']

/**
 * The fields a layout reads: an object with `columns` and `rows` arrays.
 * @example
 * ```ts
 * checkPrintedTable({ columns: [] }) // throws TABLE_INVALID: rows is not an array
 * ```
 */
function checkPrintedTable(table: unknown): void {
  const t = checkObject(table, 'TABLE_INVALID', TABLE)
  fieldArray(t, 'columns', 'TABLE_INVALID', TABLE)
  fieldArray(t, 'rows', 'TABLE_INVALID', TABLE)
}

/**
 * The body of {@link tableLayout}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * layoutOf(table).columns.length === table.columns.length // true
 * ```
 */
function layoutOf(table: PrintedTable): TableLayout {
  const blocks = [...new Set([...table.columns.map(blockOf), ...table.rows.map(blockOf)])].sort(
    (a, b) => a - b,
  )
  const labels = labelColumns(table, blocks)
  const columns: LayoutColumn[] = blocks.flatMap((block) => [
    ...labels.filter((c) => c.block === block),
    ...table.columns
      .filter((c) => blockOf(c) === block)
      .map((c) => ({ kind: 'value' as const, key: c.key, block, header: c.header })),
  ])
  const rowsByBlock = blocks.map((block) => table.rows.filter((r) => blockOf(r) === block))
  const height = Math.max(0, ...rowsByBlock.map((r) => r.length))
  const body: LayoutRow[] = []
  for (let i = 0; i < height; i++) {
    const kind = rowsByBlock.map((rows) => rows[i]?.kind).find((k) => k !== undefined) ?? 'empty'
    const cells = columns.map((column): LayoutCell => {
      const row = rowsByBlock[blocks.indexOf(column.block)]?.[i]
      if (!row)
        return {
          text: '',
          align: column.kind === 'label' ? 'left' : 'right',
          form: 'blank',
          rowKind: 'empty',
        }
      if (column.kind === 'value') return display(row.cells[column.key], row.kind)
      return {
        text: column.kind === 'label' ? labelText(row, column.field) : '',
        align: 'left',
        form: 'label',
        rowKind: row.kind,
      }
    })
    body.push({ kind, cells })
  }
  return deepFreeze({
    id: table.id,
    title: table.title,
    ...(table.number !== undefined ? { number: table.number } : {}),
    ...(table.unit !== undefined ? { unit: table.unit } : {}),
    columns,
    header: buildHeader(columns),
    body,
    notes: [...(table.notes ?? []), ...(table.empty ? [table.empty.note] : [])],
  })
}

/**
 * The layout of a table, whether given as a printed table or already laid out (the indicator
 * tables of `indicatorLayout` have no printed-table form).
 *
 * @example
 * ```ts
 * asLayout(table).body.length === table.rows.length // true
 * ```
 * @internal
 */
export function asLayout(table: PrintedTable | TableLayout): TableLayout {
  const t = checkObject(table, 'TABLE_INVALID', TABLE)
  if (!guardShape('TABLE_INVALID', TABLE, () => 'body' in t)) return tableLayout(table as PrintedTable)
  for (const key of ['columns', 'header', 'body', 'notes']) fieldArray(t, key, 'TABLE_INVALID', TABLE)
  return table as TableLayout
}
