/**
 * Internal engine of `checkPercentage` and `checkGrowth`: decides whether a printed percentage
 * `f = 100·n/d + offset` (offset 0 for a share or a completion rate, −100 for a growth rate) can
 * come from the printed figures `n` and `d`.
 *
 * Each printed figure stands for its rounding interval. Over the box `n ∈ [n₋, n₊]`,
 * `d ∈ [d₋, d₊]` (a nonzero printed base never has 0 in its interval: |d| ≥ 10^-k > ½·10^-k),
 * `n/d` is monotone in each variable, so its range is spanned by the four corners. All
 * comparisons are exact (cross-multiplication), never through a rounded quotient.
 * @module
 */
import {
  abs,
  add,
  amount,
  cmp,
  divFloor,
  divRound,
  eq,
  halfUlp,
  isZero,
  mul,
  neg,
  readScaledCell,
  shift,
  sign,
  sub,
} from '../money/decimal'
import type { Amount } from '../money/types'
import { numerator, operand } from './operand'
import type { CalcInput, NotComputableReason, PercentageCheck } from './types'

/** A ratio n/d of two amounts. @internal */
export interface Fraction {
  readonly n: Amount
  readonly d: Amount
}

/** Compares n₁/d₁ with n₂/d₂ when d₁ and d₂ have the same sign. */
function cmpFrac(a: Fraction, b: Fraction): -1 | 0 | 1 {
  return cmp(mul(a.n, b.d), mul(b.n, a.d))
}

const POW10: readonly number[] = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
]

/**
 * The smallest and the largest of the corners (indices; ties: the first), compared on decimal.js
 * by cross-multiplication ({@link cmpFrac}). The denominators share one sign.
 *
 * @example
 * ```ts
 * extremeCornersOnDecimal([{ n: amount(1), d: amount(2) }, { n: amount(1), d: amount(4) }]) // [1, 0]
 * ```
 * @internal
 */
export function extremeCornersOnDecimal(corners: readonly Fraction[]): readonly [number, number] {
  let lo = 0
  let hi = 0
  for (let i = 0; i < corners.length; i++) {
    const c = corners[i] as Fraction
    if (cmpFrac(c, corners[lo] as Fraction) < 0) lo = i
    if (cmpFrac(c, corners[hi] as Fraction) > 0) hi = i
  }
  return [lo, hi]
}

/**
 * {@link extremeCornersOnDecimal} decided on integers when it can: every n and d as an integer of
 * one scale (the most decimals any of them has) and every cross product a safe integer, the
 * integer path the sum rules take; else on decimal.js. The same answer either way (property test).
 *
 * @example
 * ```ts
 * extremeCorners([{ n: amount('1.5'), d: amount(2) }, { n: amount(1), d: amount(4) }]) // [1, 0]
 * ```
 * @internal
 */
export function extremeCorners(corners: readonly Fraction[]): readonly [number, number] {
  const units = new Float64Array(corners.length * 2)
  const places: number[] = []
  let scale = 0
  for (let i = 0; i < corners.length; i++) {
    const c = corners[i] as Fraction
    const pn = readScaledCell(c.n, units, 2 * i) ?? 99
    const pd = readScaledCell(c.d, units, 2 * i + 1) ?? 99
    places.push(pn, pd)
    scale = Math.max(scale, pn, pd)
  }
  if (scale >= POW10.length) return extremeCornersOnDecimal(corners)
  for (let k = 0; k < units.length; k++) {
    const v = (units[k] as number) * (POW10[scale - (places[k] as number)] as number)
    if (!Number.isSafeInteger(v)) return extremeCornersOnDecimal(corners)
    units[k] = v
  }
  // n₁/d₁ against n₂/d₂ as n₁·d₂ against n₂·d₁ (the denominators share one sign)
  const compare = (i: number, j: number): number | undefined => {
    const a = (units[2 * i] as number) * (units[2 * j + 1] as number)
    const b = (units[2 * j] as number) * (units[2 * i + 1] as number)
    return Number.isSafeInteger(a) && Number.isSafeInteger(b) ? a - b : undefined
  }
  let lo = 0
  let hi = 0
  for (let i = 0; i < corners.length; i++) {
    const toLo = compare(i, lo)
    const toHi = compare(i, hi)
    if (toLo === undefined || toHi === undefined) return extremeCornersOnDecimal(corners)
    if (toLo < 0) lo = i
    if (toHi > 0) hi = i
  }
  return [lo, hi]
}

/** Compares n/d with the amount b. */
function cmpFracAmount(a: Fraction, b: Amount): -1 | 0 | 1 {
  const c = cmp(a.n, mul(b, a.d))
  return sign(a.d) > 0 ? c : (-c as -1 | 0 | 1)
}

/** ⌊x·10^k⌋·10^-k and ⌈x·10^k⌉·10^-k of x = n/d. */
function floorFrac(f: Fraction, k: number): Amount {
  const n = sign(f.d) < 0 ? neg(f.n) : f.n
  return shift(divFloor(shift(n, k), abs(f.d)).quotient, -k)
}
function ceilFrac(f: Fraction, k: number): Amount {
  return neg(floorFrac({ n: neg(f.n), d: f.d }, k))
}

function notComputable(reason: NotComputableReason, printed: Amount | null): PercentageCheck {
  return Object.freeze({ status: 'not-computable', printed, recomputed: null, interval: null, reason })
}

/** Input of the engine. */
export interface RatioCheckInput {
  /** Numerator (blank and dash count as zero). */
  readonly num: CalcInput
  /** Denominator (blank, dash or zero make the check not computable). */
  readonly den: CalcInput
  /** The printed percentage; already signed (a 下降 growth negative). */
  readonly printed: CalcInput
  /** −100 for a growth rate, 0 otherwise. */
  readonly offset: Amount
}

/** The engine for independent numerator and denominator: see the module note. @internal */
export function checkRatio({ num, den, printed, offset }: RatioCheckInput): PercentageCheck {
  const p = operand(printed)
  const printedValue = p.kind === 'value' ? p.value : null
  const n = numerator(num)
  const d = operand(den)
  if (p.kind !== 'value' || n.kind === 'placeholder' || d.kind === 'placeholder') {
    return notComputable('not-a-number', printedValue)
  }
  if (d.kind === 'blank') return notComputable('blank-denominator', printedValue)
  if (n.kind !== 'value') return notComputable('not-a-number', printedValue)
  if (isZero(d.value)) return notComputable('zero-denominator', printedValue)
  const corners: Fraction[] = []
  for (const nv of [sub(n.value, n.width), add(n.value, n.width)]) {
    for (const dv of [sub(d.value, d.width), add(d.value, d.width)]) corners.push({ n: nv, d: dv })
  }
  return judge({ n: n.value, d: d.value }, corners, p.value, p.decimals ?? 2, offset)
}

/**
 * The engine for a growth rate stated with its change: growth = change / (current − change).
 * The prior year is not printed, so current and change are the independent printed figures;
 * `x / (c − x)` is monotone in each of them, so the corners of their box still span the range.
 *
 * @internal
 */
export function checkRatioFromChange(input: {
  readonly current: CalcInput
  readonly change: CalcInput
  readonly negativeChange: boolean
  readonly printed: CalcInput
}): PercentageCheck {
  const p = operand(input.printed)
  const printedValue = p.kind === 'value' ? p.value : null
  const c = numerator(input.current)
  const x0 = numerator(input.change)
  if (p.kind !== 'value' || c.kind !== 'value' || x0.kind !== 'value')
    return notComputable('not-a-number', printedValue)
  const x = input.negativeChange ? neg(x0.value) : x0.value
  const prior = sub(c.value, x)
  const corners: Fraction[] = []
  for (const cv of [sub(c.value, c.width), add(c.value, c.width)]) {
    for (const xv of [sub(x, x0.width), add(x, x0.width)]) corners.push({ n: xv, d: sub(cv, xv) })
  }
  // the prior year (c − x) must keep one sign over the whole box
  const signs = new Set(corners.map((f) => sign(f.d)))
  if (isZero(prior) || signs.size > 1 || signs.has(0)) return notComputable('zero-denominator', printedValue)
  return judge({ n: x, d: prior }, corners, p.value, p.decimals ?? 2, amount(0))
}

function judge(
  central: Fraction,
  corners: readonly Fraction[],
  P: Amount,
  pd: number,
  offset: Amount,
): PercentageCheck {
  // Recompute: (100·n + offset·d) / d, rounded half-up to the printed decimals.
  const recomputed = divRound(
    add(mul(amount(100), central.n), mul(offset, central.d)),
    central.d,
    pd,
    'halfUp',
  )
  const [l, u] = extremeCorners(corners)
  const lo = corners[l] as Fraction
  const hi = corners[u] as Fraction
  // The percentage f = 100·r + offset; printed P with pd decimals comes from f by half-up
  // rounding exactly when f ∈ [P−h, P+h) for P > 0, (P−h, P+h] for P < 0, (−h, h) for P = 0.
  const h = halfUlp(pd)
  const toRatio = (f: Amount): Amount => shift(sub(f, offset), -2)
  const low = toRatio(sub(P, h))
  const high = toRatio(add(P, h))
  const lowerOpen = sign(P) <= 0
  const upperOpen = sign(P) >= 0
  const cl = cmpFracAmount(hi, low)
  const cu = cmpFracAmount(lo, high)
  const meets = (cl > 0 || (cl === 0 && !lowerOpen)) && (cu < 0 || (cu === 0 && !upperOpen))

  // the ratio needs two more decimals than the percentage, and two more for the widening
  const k = pd + 4
  const toPercent = (r: Amount): Amount => add(shift(r, 2), offset)
  const interval = Object.freeze({ low: toPercent(floorFrac(lo, k)), high: toPercent(ceilFrac(hi, k)) })
  const status = eq(recomputed, P) ? 'right' : meets ? 'right-within-rounding' : 'wrong'
  return Object.freeze({ status, printed: P, recomputed, interval })
}
