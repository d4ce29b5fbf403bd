// Building blocks the rules share: where a cell is, in words, and the sum and same-fact checks.

import { cellForm, readCell } from '../model/cell'
import type { FactKey } from '../model/factKeys'
import { FACT_KEYS } from '../model/factKeys'
import type { PrintedTable, Row } from '../model/table'
import { checkSum } from '../money/checkSum'
import { convertUnit } from '../money/convertUnit'
import { fromCanonical } from '../money/fromCanonical'
import { parseCanonicalAmount } from '../money/parseCanonicalAmount'
import type { MoneyUnit, Printed } from '../money/types'
import type { FindingDraft, Severity, Where } from './types'

/** Words for a place, in both languages. */
export interface Place {
  readonly zh: string
  readonly en: string
}

/** Where a cell is: the table, the row and the column. @internal */
export function cellWhere(table: PrintedTable, row: Row, index: number, column?: FactKey): Where {
  // built without object spreads, fields in the order they are printed: this runs for every finding,
  // and for every trial of the cause search
  const { code, key, name } = row
  const at =
    code !== undefined
      ? key !== undefined
        ? { code, key, name, index }
        : { code, name, index }
      : key !== undefined
        ? { key, name, index }
        : { name, index }
  const where: { -readonly [K in keyof Where]: Where[K] } = {
    table: table.id,
    tableTitle: table.title,
    row: at,
  }
  if (column !== undefined) where.column = column
  if (row.block !== undefined) where.block = row.block
  return where
}

/** Names a cell in words: 《表》“行”·列. @internal */
export function cellPlace(table: PrintedTable, row: Row, column?: FactKey): Place {
  const rowName = `${row.code ? `${row.code} ` : ''}${row.name}`
  const col = column ? FACT_KEYS[column] : undefined
  return {
    zh: `《${table.title}》“${rowName}”行${col ? `“${col.zh}”列` : ''}`,
    en: `table "${table.title}", row "${rowName}"${col ? `, column "${col.en}"` : ''}`,
  }
}

/**
 * The printed value of a cell; a cell the row does not print reads as blank. One parse for a valid
 * cell; an invalid one (a document that skipped validation) throws as `fromCanonical` does.
 *
 * @internal
 */
export const printedOf = (cell: string | undefined): Printed => parsedOf(cell).printed

/**
 * The kind of a stored cell's printed value (`printedOf(cell).kind`) without building the value.
 *
 * @example
 * ```ts
 * cellKind('12.50') // 'amount'
 * cellKind('')      // 'blank'
 * ```
 * @internal
 */
export const cellKind = (cell: string | undefined): Printed['kind'] => parsedOf(cell).kind

/** What the integer path of a sum reads of a cell: its kind, and for a short amount its digits. */
interface CellDigits {
  readonly kind: Printed['kind']
  /** The amount's digits without the point (`'12.34'` → 1234), or NaN when not a safe integer. */
  readonly digits: number
  /** Digits after the point. */
  readonly decimals: number
}

/**
 * A stored cell read once: its kind and, for a short amount, its digits as an integer; its printed
 * value (an exact amount, a decimal.js number) is built only when a check asks for it (most sums
 * are decided on the integers alone).
 *
 * @example
 * ```ts
 * const cell = new Parsed('12.34', 'amount', 1234, 2)
 * cell.printed // { kind: 'amount', value: 12.34, decimals: 2 }, built now
 * ```
 */
class Parsed implements CellDigits {
  private value: Printed | undefined
  constructor(
    private readonly text: string,
    readonly kind: Printed['kind'],
    readonly digits: number,
    readonly decimals: number,
    printed?: Printed,
  ) {
    this.value = printed
  }

  /** The printed value, built at the first call (a canonical amount: the cheap parse cannot fail). */
  get printed(): Printed {
    if (this.value === undefined) this.value = parseCanonicalAmount(this.text) ?? fromCanonical(this.text)
    return this.value
  }
}

// Cells repeat across the tables of a document ('0.00', the same class totals): each distinct string
// is parsed once per document. The memo belongs to the document (a WeakMap keyed by it, dropped with
// it) and is active while a rule or `reconcile` runs on it (`withCellMemo`); outside, every call parses.
const MEMOS = new WeakMap<object, Map<string, Parsed>>()
const PARSED_MAX = 200_000
let active: Map<string, Parsed> | undefined

/**
 * Runs `f` with the parsed-cell memo of `doc` active (the one already active, when a rule runs
 * inside `reconcile`, or a copy of the document inside the cause search).
 *
 * @example
 * ```ts
 * const findings = withCellMemo(doc, () => rule.check(doc, context))
 * ```
 * @internal
 */
export function withCellMemo<T>(doc: object, f: () => T): T {
  if (active !== undefined) return f()
  let memo = MEMOS.get(doc)
  if (memo === undefined) {
    memo = new Map()
    MEMOS.set(doc, memo)
  }
  active = memo
  try {
    return f()
  } finally {
    active = undefined
  }
}

/**
 * The digits of a short canonical amount (`'-12.5'`: an optional minus, `0` or digits without a
 * leading zero, an optional point followed by 1–30 digits, and not a negative zero), read in one
 * pass: its digits as an integer (NaN past 16 characters or past the safe range, as `Number` of the
 * digits gives) and its decimals; `undefined` for any other text (left to the full parser).
 *
 * @example
 * ```ts
 * canonicalDigits('-12.50')  // { digits: -1250, decimals: 2 }
 * canonicalDigits('012')     // undefined (a leading zero)
 * canonicalDigits('-0.00')   // undefined (a negative zero)
 * ```
 */
function canonicalDigits(text: string): { digits: number; decimals: number } | undefined {
  const length = text.length
  if (length === 0 || length > 62) return undefined
  let i = text.charCodeAt(0) === 45 ? 1 : 0
  const start = i
  let n = 0
  let nonZero = false
  // the integer part: '0', or 1–30 digits without a leading zero
  while (i < length) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) break
    if (c !== 48) nonZero = true
    n = n * 10 + (c - 48)
    i++
  }
  const intLength = i - start
  if (intLength === 0 || intLength > 30 || (intLength > 1 && text.charCodeAt(start) === 48)) return undefined
  let decimals = 0
  if (i < length) {
    if (text.charCodeAt(i) !== 46) return undefined
    i++
    while (i < length) {
      const c = text.charCodeAt(i)
      if (c < 48 || c > 57) return undefined
      if (c !== 48) nonZero = true
      n = n * 10 + (c - 48)
      i++
      decimals++
    }
    if (decimals === 0 || decimals > 30) return undefined
  }
  if (start === 1 && !nonZero) return undefined
  const digits = length <= 16 && Number.isSafeInteger(n) ? (start === 1 ? -n : n) : Number.NaN
  return { digits, decimals }
}

function parsedOf(cell: string | undefined): Parsed {
  const text = cell ?? ''
  const memo = active
  const known = memo?.get(text)
  if (known) return known
  let parsed: Parsed
  // the usual cell, a canonical amount: its digits read now, its exact value when a check asks
  const fast = canonicalDigits(text)
  if (fast !== undefined) parsed = new Parsed(text, 'amount', fast.digits, fast.decimals)
  else {
    const printed = readCell(text) ?? fromCanonical(text)
    let digits = 0
    let decimals = 0
    if (printed.kind === 'amount') {
      const dot = text.indexOf('.')
      decimals = dot < 0 ? 0 : text.length - dot - 1
      digits =
        text.length <= 16 ? Number(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1)) : Number.NaN
      if (!Number.isSafeInteger(digits)) digits = Number.NaN
    }
    parsed = new Parsed(text, printed.kind, digits, decimals, printed)
  }
  if (memo !== undefined) {
    if (memo.size >= PARSED_MAX) memo.clear()
    memo.set(text, parsed)
  }
  return parsed
}

/**
 * True when a stored string is an amount cell (`cellForm(text) === 'amount'`), a canonical amount
 * found by the cheap parse; never throws.
 *
 * @example
 * ```ts
 * isAmountCell('12.50') // true
 * isAmountCell('××')    // false
 * ```
 * @internal
 */
export const isAmountCell = (text: string): boolean =>
  active?.get(text)?.kind === 'amount' ||
  parseCanonicalAmount(text) !== undefined ||
  cellForm(text) === 'amount'

/**
 * A stored amount cell as an integer of its last printed place (`'12.34'` → `{ digits: 1234,
 * decimals: 2 }`), or `undefined` when the cell is not an amount or its digits are not a safe integer.
 *
 * @example
 * ```ts
 * cellInteger('1234.50')  // { digits: 123450, decimals: 2 }
 * cellInteger('')         // undefined
 * ```
 * @internal
 */
export function cellInteger(cell: string | undefined): { digits: number; decimals: number } | undefined {
  const p = parsedOf(cell)
  return p.kind === 'amount' && !Number.isNaN(p.digits)
    ? { digits: p.digits, decimals: p.decimals }
    : undefined
}

/**
 * Powers of ten that are safe integers (10^0 … 10^15), for the integer paths.
 * @example
 * POW10[4] // 10000
 * @internal
 */
export const POW10: readonly number[] = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
]
const MAX = Number.MAX_SAFE_INTEGER

/** The verdict of a sum check, with the amounts as `String(amount)` prints them. @internal */
export interface SumVerdict {
  readonly status: 'ok' | 'rounding-tail' | 'mismatch'
  readonly expected: string
  readonly difference: string
  readonly tolerance: string
}

/** `n × 10^-scale` as decimal.js prints an amount: plain notation, no trailing zeros, `'0'` for zero. */
function scaledText(n: number, scale: number): string {
  if (n === 0) return '0'
  const negative = n < 0
  let digits = String(negative ? -n : n)
  if (scale > 0) {
    if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits
    let end = digits.length
    while (end > digits.length - scale && digits.charCodeAt(end - 1) === 48) end--
    const point = digits.length - scale
    digits = end > point ? `${digits.slice(0, point)}.${digits.slice(point, end)}` : digits.slice(0, point)
  }
  return negative ? `-${digits}` : digits
}

/** A sum check on integers of one scale (`n × 10^-scale`). */
interface IntegerSum {
  readonly expected: number
  readonly printed: number
  readonly tolerance: number
  readonly scale: number
}

/**
 * The integer path of a sum check on cells printed in one unit: every amount as an integer of one
 * more place than the most precise figure prints (half a unit of each figure's last printed place is
 * an integer there), added while every figure, product and running sum is a safe integer (a sum of
 * two safe integers that leaves the range rounds to at least 2^53, so the bound cannot be fooled).
 * `undefined` when it cannot decide exactly (a placeholder, a figure too long, a sum out of range):
 * the decimal path (`checkSum`) then decides.
 * @example
 * ```ts
 * // 1.5 + 2.25 against a printed 3.75: scale 3 (one place past 2.25's two); the tolerance is
 * // half a unit of each last printed place (50 + 5 + 5 thousandths)
 * const cell = (digits: number, decimals: number) => ({ kind: 'amount' as const, digits, decimals })
 * integerSum([cell(15, 1), cell(225, 2)], cell(375, 2))
 * // { expected: 3750, printed: 3750, tolerance: 60, scale: 3 }
 * ```
 */
function integerSum(parts: readonly CellDigits[], total: CellDigits): IntegerSum | undefined {
  let places = total.decimals
  for (const p of parts) if (p.decimals > places) places = p.decimals
  const scale = places + 1
  if (scale >= POW10.length) return undefined
  let expected = 0
  let tolerance = 0
  for (const p of parts) {
    const kind = p.kind
    if (kind === 'blank' || kind === 'dash') continue
    if (kind !== 'amount' || Number.isNaN(p.digits)) return undefined
    const v = p.digits * (POW10[scale - p.decimals] as number)
    expected += v
    tolerance += 5 * (POW10[places - p.decimals] as number)
    if (v > MAX || v < -MAX || expected > MAX || expected < -MAX || tolerance > MAX) return undefined
  }
  let printed = 0
  const kind = total.kind
  if (kind === 'amount') {
    if (Number.isNaN(total.digits)) return undefined
    printed = total.digits * (POW10[scale - total.decimals] as number)
    tolerance += 5 * (POW10[places - total.decimals] as number)
    if (printed > MAX || printed < -MAX || tolerance > MAX) return undefined
  } else if (kind !== 'blank' && kind !== 'dash') return undefined
  if (printed - expected > MAX || printed - expected < -MAX) return undefined
  return { expected, printed, tolerance, scale }
}

/**
 * True when `total = Σ parts` holds on stored cells printed in one unit, exactly or within rounding
 * (each cell negated first where `negate` says so: a figure printed after 减少/下降), decided on
 * integers; `undefined` when only the decimal path (`checkSum`) can decide. Agrees with `checkSum`
 * saying `ok` or `rounding-tail` (property test).
 *
 * @example
 * ```ts
 * sumHoldsExactly(['1.2', '3.4'], [false, false], '4.65', false) // true (a rounding tail)
 * sumHoldsExactly(['5', '1'], [false, true], '4', false)          // true (5 − 1)
 * sumHoldsExactly(['1.2', '×'], [false, false], '4.6', false)     // undefined
 * ```
 * @internal
 */
export function sumHoldsExactly(
  parts: readonly (string | undefined)[],
  negate: readonly boolean[],
  total: string | undefined,
  negateTotal: boolean,
): boolean | undefined {
  const signed = (cell: string | undefined, minus: boolean | undefined): CellDigits => {
    const p = parsedOf(cell)
    return minus && p.kind === 'amount' ? { kind: 'amount', digits: -p.digits, decimals: p.decimals } : p
  }
  const r = integerSum(
    parts.map((c, i) => signed(c, negate[i])),
    signed(total, negateTotal),
  )
  return r === undefined ? undefined : Math.abs(r.printed - r.expected) <= r.tolerance
}

/**
 * The verdict of a sum check on stored cells printed in one unit, decided on integers when every
 * figure allows (see `integerSum`): the same verdict and the same amounts, printed as
 * `String(amount)` prints them, as `checkSum` gives. `undefined` when only the decimal path can
 * decide. Exported for the property test that compares both paths.
 *
 * @example
 * ```ts
 * sumVerdict(['1.20', '3.40'], '4.60')?.status // 'ok'
 * sumVerdict(['1.20', '3.40'], '4.70')?.status // 'mismatch'
 * ```
 * @internal
 */
export function sumVerdict(
  parts: readonly (string | undefined)[],
  total: string | undefined,
): SumVerdict | undefined {
  const r = integerSum(parts.map(parsedOf), parsedOf(total))
  return r === undefined ? undefined : verdictOf(r)
}

function verdictOf(r: IntegerSum): SumVerdict {
  const difference = r.printed - r.expected
  return {
    status: difference === 0 ? 'ok' : Math.abs(difference) <= r.tolerance ? 'rounding-tail' : 'mismatch',
    expected: scaledText(r.expected, r.scale),
    difference: scaledText(difference, r.scale),
    tolerance: scaledText(r.tolerance, r.scale),
  }
}

/**
 * The power of ten of each money unit in 元.
 * @example
 * EXPONENT['万元'] // 4
 * @internal
 */
export const EXPONENT: Readonly<Record<MoneyUnit, number>> = { 元: 0, 万元: 4, 亿元: 8 }

/**
 * A printed value restated in another unit, exactly: the value is shifted and so is its last
 * printed place, so that its rounding stays half a unit of its last digit *in its own unit*
 * ("19302" 万元 is 193,020,000 元 ± 5,000 元). Non-amounts and unknown units pass through.
 *
 * @internal
 */
export function inUnit(p: Printed, from: MoneyUnit | undefined, to: MoneyUnit | undefined): Printed {
  if (p.kind !== 'amount' || from === undefined || to === undefined || from === to) return p
  return {
    kind: 'amount',
    value: convertUnit(p.value, from, to),
    decimals: p.decimals - EXPONENT[from] + EXPONENT[to],
  }
}

/** True when the row prints a number (not blank, dash or placeholder) in the cell. @internal */
export const hasNumber = (cell: string | undefined): boolean => printedOf(cell).kind === 'amount'

const signed = (s: string): string => (s.startsWith('-') ? s : `+${s}`)

/** Label of a fact key in both languages. @internal */
export const label = (key: FactKey): Place => ({ zh: FACT_KEYS[key].zh, en: FACT_KEYS[key].en })

/**
 * A cell located by table, row and column: its `where` and its words are built only when a check
 * on it has a finding (a sum that holds costs no object and no closure).
 *
 * @internal
 */
export interface CellAt {
  readonly table: PrintedTable
  readonly row: Row
  readonly index: number
  readonly column: FactKey
}

/** Input of {@link sumDraft}. @internal */
export type SumInput = (
  | {
      /** Where the total is (or a function computing it, called only when there is a finding). */
      readonly where: Where | (() => Where)
      readonly place: Place | (() => Place)
      readonly at?: undefined
    }
  | {
      /** The total's cell: `where` and `place` are `cellWhere` and `cellPlace` of it. */
      readonly at: CellAt
      readonly where?: undefined
      readonly place?: undefined
    }
) & {
  readonly identity: Place
  readonly parts: readonly (string | undefined)[]
  readonly total: string | undefined
  readonly severity: Severity
  /** Unit of each part, when the parts are printed in another unit than the total. */
  readonly partUnits?: readonly (MoneyUnit | undefined)[]
  /** Unit of the total; the parts are restated in it. */
  readonly totalUnit?: MoneyUnit
  /**
   * Draft a finding for its key only (`isKeysOnly(context)`: the cause search compares findings by
   * `findingKey`), without its words and amounts.
   */
  readonly keysOnly?: boolean
}

const whereOf = (input: SumInput): Where =>
  input.at !== undefined
    ? cellWhere(input.at.table, input.at.row, input.at.index, input.at.column)
    : typeof input.where === 'function'
      ? input.where()
      : input.where

const placeOf = (input: SumInput): Place =>
  input.at !== undefined
    ? cellPlace(input.at.table, input.at.row, input.at.column)
    : typeof input.place === 'function'
      ? input.place()
      : input.place

/**
 * Checks `total = Σ parts` on printed cells. Returns `null` when it holds exactly or when nothing
 * is printed on either side (an all-blank line states nothing), otherwise a draft: a mismatch
 * with the rule's severity, a rounding tail (info), or not computable (a placeholder).
 *
 * @example
 * ```ts
 * // null: the printed 合计 is the sum of its parts
 * sumDraft({ at: { table, row, column: 'total' }, identity, parts: ['1.20', '3.40'], total: '4.60' })
 * ```
 * @internal
 */
export function sumDraft(input: SumInput): FindingDraft | null {
  const converts =
    input.totalUnit !== undefined && input.partUnits?.some((u) => u !== undefined && u !== input.totalUnit)
  if (!converts) {
    const fast = integerSum(input.parts.map(parsedOf), parsedOf(input.total))
    if (fast !== undefined) {
      if (fast.printed === fast.expected) return null
      if (input.keysOnly === true)
        return keyDraft(input, Math.abs(fast.printed - fast.expected) <= fast.tolerance)
      return sumFinding(input, verdictOf(fast))
    }
  }
  const parts = input.parts.map((cell, i) => inUnit(printedOf(cell), input.partUnits?.[i], input.totalUnit))
  const total = printedOf(input.total)
  if (
    total.kind !== 'amount' &&
    total.kind !== 'placeholder' &&
    parts.every((p) => p.kind === 'blank' || p.kind === 'dash')
  )
    return null
  const result = checkSum(parts, total)
  if (result.status === 'ok') return null
  if (result.status === 'not-computable' || !result.expected || !result.difference || !result.tolerance) {
    const where = whereOf(input)
    const place = placeOf(input)
    return {
      severity: 'warning',
      status: 'not-computable',
      where,
      ...(input.total !== undefined ? { printed: input.total } : {}),
      messageId: 'sum-not-computable',
      params: {
        place: place.zh,
        placeEn: place.en,
        identity: input.identity.zh,
        identityEn: input.identity.en,
        reason: '有数字为占位符',
        reasonEn: 'a figure is a placeholder',
      },
    }
  }
  return sumFinding(input, {
    status: result.status,
    expected: String(result.expected),
    difference: String(result.difference),
    tolerance: String(result.tolerance),
  })
}

/**
 * True when `total = Σ parts` (printed cells, one unit) holds to the last printed digit, decided on
 * integers: then {@link sumDraft} of the same cells, in one unit, returns `null`, and a caller may
 * skip drafting it (its words, its place). False when the sum is off, or only the decimal path can
 * decide.
 *
 * @example
 * ```ts
 * isExactSum(['1.20', '3.40'], '4.60') // true
 * isExactSum(['1.2', '3.4'], '4.65')   // false: a rounding tail, drafted
 * ```
 * @internal
 */
export function isExactSum(parts: readonly (string | undefined)[], total: string | undefined): boolean {
  const fast = integerSum(parts.map(parsedOf), parsedOf(total))
  return fast !== undefined && fast.printed === fast.expected
}

const NOWHERE: Place = { zh: '', en: '' }

/**
 * True when `total = Σ parts` on printed cells (one unit) is a mismatch: what {@link sumDraft}
 * decides, without drafting the finding (decided on integers when every figure allows).
 *
 * @example
 * ```ts
 * isSumMismatch(['1.20', '3.40'], '4.70') // true
 * isSumMismatch(['1.2', '3.4'], '4.65')   // false: a rounding tail
 * ```
 * @internal
 */
export function isSumMismatch(parts: readonly (string | undefined)[], total: string | undefined): boolean {
  const fast = integerSum(parts.map(parsedOf), parsedOf(total))
  if (fast !== undefined) return Math.abs(fast.printed - fast.expected) > fast.tolerance
  return (
    sumDraft({ where: {}, place: NOWHERE, identity: NOWHERE, parts, total, severity: 'error' })?.status ===
    'mismatch'
  )
}

/**
 * A sum finding as the cause search reads it (`SumInput.keysOnly`): only what its key is made of.
 * @example
 * keyDraft(input, false) // { severity: input.severity, status: 'mismatch', messageId: 'sum-mismatch', … }
 */
function keyDraft(input: SumInput, tail: boolean): FindingDraft {
  return {
    severity: tail ? 'info' : input.severity,
    status: tail ? 'rounding-tail' : 'mismatch',
    where: whereOf(input),
    messageId: tail ? 'sum-tail' : 'sum-mismatch',
    params: { identity: input.identity.zh },
  }
}

/** The draft of a sum that does not hold: a mismatch, or a rounding tail. */
function sumFinding(input: SumInput, verdict: SumVerdict): FindingDraft {
  const where = whereOf(input)
  const place = placeOf(input)
  const tail = verdict.status === 'rounding-tail'
  return {
    severity: tail ? 'info' : input.severity,
    status: tail ? 'rounding-tail' : 'mismatch',
    where,
    expected: verdict.expected,
    printed: input.total ?? '',
    difference: verdict.difference,
    tolerance: verdict.tolerance,
    messageId: tail ? 'sum-tail' : 'sum-mismatch',
    params: {
      place: place.zh,
      placeEn: place.en,
      identity: input.identity.zh,
      identityEn: input.identity.en,
      expected: verdict.expected,
      printed: input.total || '（空白）',
      difference: signed(verdict.difference),
      tolerance: verdict.tolerance,
    },
  }
}

/**
 * Checks that the same fact printed in two places agrees (`a` is the reference). `a` may be a
 * derived sum: pass its parts, and their rounding widens the tolerance.
 *
 * @internal
 */
export function sameDraft(input: {
  readonly fact: Place
  readonly a: {
    /** Its words (or a function giving them, called only for a finding). */
    readonly place: Place | (() => Place)
    readonly cells: readonly (string | undefined)[]
    readonly unit?: MoneyUnit | undefined
  }
  readonly b: {
    readonly place: Place | (() => Place)
    readonly cell: string | undefined
    /** Where it is (or a function giving it, called only for a finding). */
    readonly where: Where | (() => Where)
    readonly unit?: MoneyUnit | undefined
  }
  readonly related: readonly Where[] | (() => readonly Where[])
  readonly severity: Severity
}): FindingDraft | null {
  const draft = sumDraft({
    where: input.b.where,
    place: input.b.place,
    identity: input.fact,
    parts: input.a.cells,
    total: input.b.cell,
    severity: input.severity,
    ...(input.a.unit !== undefined && input.b.unit !== undefined && input.a.unit !== input.b.unit
      ? { partUnits: input.a.cells.map(() => input.a.unit), totalUnit: input.b.unit }
      : {}),
  })
  if (!draft || draft.status === 'not-computable') return draft
  const placeA = typeof input.a.place === 'function' ? input.a.place() : input.a.place
  const placeB = typeof input.b.place === 'function' ? input.b.place() : input.b.place
  return {
    ...draft,
    related: typeof input.related === 'function' ? input.related() : input.related,
    messageId: draft.status === 'rounding-tail' ? 'same-tail' : 'same-mismatch',
    params: {
      ...draft.params,
      fact: input.fact.zh,
      factEn: input.fact.en,
      placeA: placeA.zh,
      placeAEn: placeA.en,
      placeB: placeB.zh,
      placeBEn: placeB.en,
    },
  }
}

/** True when the cell prints a number other than zero. @internal */
export const isNonZero = (cell: string | undefined): boolean =>
  hasNumber(cell) && !/^-?0(\.0+)?$/.test(cell ?? '')
