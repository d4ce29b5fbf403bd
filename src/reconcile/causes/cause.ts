import type { FactKey } from '../../model/factKeys'
import type { Where } from '../types'

/**
 * What kind of cause explains a group of findings:
 * - `column-shift`: amounts printed (or read) one column off, so that a row's figures land under
 *   the neighbouring column; shifting them back by one place makes the table balance;
 * - `missing-row`: a parent line is larger than the rows under it by the same row of amounts in
 *   several columns: a row (or rows) left out of the table;
 * - `repeated-figure`: one wrong figure copied into several places (or one wrong reference figure
 *   every place is compared with): the same printed and expected amounts, in several findings.
 */
export type CauseKind = 'column-shift' | 'missing-row' | 'repeated-figure'

/** A row a cause names: its index in the table, its label, and the page it is printed on when known. */
export interface CauseRow {
  readonly index: number
  readonly name: string
  readonly code?: string
  readonly page?: number
}

/** Where a cause is: a table (its rows and columns, pages when known), or the places of a repeated figure. */
export interface CauseLocation {
  readonly table?: string
  readonly tableTitle?: string
  /** Pages of the source document the table is printed on, when read from a document. */
  readonly pages?: readonly number[]
  readonly rows?: readonly CauseRow[]
  readonly columns?: readonly FactKey[]
  /** The places of the findings, for a cause that is not in one table. */
  readonly places?: readonly Where[]
}

/** A column shift: the amounts of `from` belong under `to` (the same columns, one place over). */
export interface ColumnShift {
  readonly direction: 'left' | 'right'
  /** The columns whose printed amounts are misplaced, in print order. */
  readonly from: readonly FactKey[]
  /** The columns they belong under, in the same order. */
  readonly to: readonly FactKey[]
  /** The rows shifted (indices into the table's rows). */
  readonly rows: readonly number[]
}

/**
 * One cause behind several findings: reported once, with the findings it explains. The findings
 * stay in the report (none is lost); a renderer lists them under their cause.
 */
export interface Cause {
  /** Stable id: the kind and the place (`column-shift:income:src.other>carry.total`). */
  readonly id: string
  readonly kind: CauseKind
  readonly where: CauseLocation
  /** What happened, and what would make the figures agree, in words a budget clerk understands. */
  readonly explanation: { readonly zh: string; readonly en: string }
  /** Indices into the report's `findings` of the findings this cause explains (ascending). */
  readonly findings: readonly number[]
  /** The shift that makes the table balance (`column-shift` only). */
  readonly shift?: ColumnShift
  /** Per column, the amount a parent line exceeds its rows by (`missing-row` only; canonical decimals). */
  readonly missing?: Readonly<Partial<Record<FactKey, string>>>
}
