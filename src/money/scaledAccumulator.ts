/**
 * Internal engine of the fast sums (`sumPrinted`, `groupSum`): printed figures are read into
 * integers scaled by a power of ten and added as JS numbers while every value and every partial
 * sum stays within `Number.MAX_SAFE_INTEGER` (integer addition is exact there). Whatever would
 * leave that range — a figure of more than 15 digits, a partial sum past 2^53 − 1, a rescale that
 * would overflow — is moved into an exact decimal part instead. The result is always exact.
 *
 * The state is mutable but private: it never leaves the function that created it.
 * @module
 */
import { MedbudgetError } from '../errors'
import { excerpt } from '../internal/limits'
import { add, amountFromScaled, toFixed } from './decimal'
import { parsePrinted } from './parsePrinted'
import type { Amount, PrintedAmount } from './types'

const MAX = Number.MAX_SAFE_INTEGER
const POW10: readonly number[] = /*#__PURE__*/ Object.freeze([
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
])

/** Running exact sum: `n × 10^-scale + big`. */
export interface ScaledAccumulator {
  n: number
  scale: number
  big: Amount | null
  /** Largest number of decimals among the figures added to `big`. */
  bigDecimals: number
  blanks: number
  dashes: number
  count: number
}

/** A fresh accumulator at zero. @internal */
export function createAccumulator(): ScaledAccumulator {
  return { n: 0, scale: 0, big: null, bigDecimals: 0, blanks: 0, dashes: 0, count: 0 }
}

function flush(acc: ScaledAccumulator): void {
  if (acc.n !== 0) {
    const part = amountFromScaled(acc.n, acc.scale)
    acc.big = acc.big === null ? part : add(acc.big, part)
    acc.n = 0
  }
}

function addBig(acc: ScaledAccumulator, value: Amount): void {
  acc.big = acc.big === null ? value : add(acc.big, value)
}

/** Adds the integer `v × 10^-d` (|v| ≤ MAX_SAFE_INTEGER, d ≤ 15). */
function addScaled(acc: ScaledAccumulator, v: number, d: number): void {
  if (d > acc.scale) {
    const f = POW10[d - acc.scale] as number
    if (Math.abs(acc.n) > MAX / f) flush(acc)
    acc.n *= f
    acc.scale = d
  } else if (d < acc.scale) {
    const f = POW10[acc.scale - d] as number
    if (Math.abs(v) > MAX / f) {
      addBig(acc, amountFromScaled(v, d))
      return
    }
    v *= f
  }
  const s = acc.n + v
  // Both operands are safe integers, so a true sum within range is computed exactly, and a true
  // sum out of range rounds to at least 2^53: the test cannot be fooled by rounding.
  if (s > MAX || s < -MAX) {
    flush(acc)
    acc.n = v
  } else {
    acc.n = s
  }
}

/**
 * Adds one printed figure. Plain figures (`-12,345.67`, at most 15 digits) take the fast loop;
 * anything else goes through `parsePrinted`, so the fast path accepts exactly what the parser
 * accepts.
 *
 * @internal
 */
export function accumulate(acc: ScaledAccumulator, text: string): void {
  acc.count++
  if (typeof text !== 'string') {
    throw new MedbudgetError(
      'CALC_INVALID_INPUT',
      `无法求和：第 ${acc.count} 个数不是文字（${typeof text}）`,
      `Cannot add up: figure ${acc.count} is not a string (${typeof text})`,
    )
  }
  const len = text.length
  let i = 0
  let negative = false
  if (len > 0 && text.charCodeAt(0) === 45) {
    negative = true
    i = 1
  }
  let v = 0
  let digits = 0
  let decimals = -1
  let groupDigits = 0
  let commas = 0
  let ok = i < len
  for (; i < len; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48)
      digits++
      groupDigits++
      if (decimals >= 0) decimals++
    } else if (c === 44 && decimals < 0) {
      // a thousands separator: the first group has 1-3 digits, later groups exactly 3
      if (commas === 0 ? groupDigits < 1 || groupDigits > 3 : groupDigits !== 3) {
        ok = false
        break
      }
      commas++
      groupDigits = 0
    } else if (c === 46 && decimals < 0) {
      if (commas > 0 && groupDigits !== 3) {
        ok = false
        break
      }
      if (groupDigits === 0) {
        ok = false
        break
      }
      decimals = 0
    } else {
      ok = false
      break
    }
  }
  if (ok && (decimals === 0 || (decimals < 0 && (groupDigits === 0 || (commas > 0 && groupDigits !== 3)))))
    ok = false
  if (ok && digits <= 15) {
    addScaled(acc, negative ? -v : v, Math.max(decimals, 0))
    return
  }
  slow(acc, text)
}

function slow(acc: ScaledAccumulator, text: string): void {
  const p = parsePrinted(text)
  switch (p.kind) {
    case 'blank':
      acc.blanks++
      return
    case 'dash':
      acc.dashes++
      return
    case 'placeholder':
      throw new MedbudgetError(
        'AMOUNT_MALFORMED',
        `无法求和：第 ${acc.count} 个数是占位符“${excerpt(p.text)}”`,
        `Cannot add up: figure ${acc.count} is the placeholder "${excerpt(p.text)}"`,
        { input: excerpt(p.text) },
      )
    case 'amount':
      if (p.unit !== undefined) {
        throw new MedbudgetError(
          'AMOUNT_MALFORMED',
          `快速求和只接受不带单位的数字，第 ${acc.count} 个数带有单位“${p.unit}”`,
          `The fast sum takes bare figures; figure ${acc.count} carries the unit "${p.unit}"`,
          { input: text.slice(0, 40) },
        )
      }
      addPrinted(acc, p)
  }
}

function addPrinted(acc: ScaledAccumulator, p: PrintedAmount): void {
  const fixed = toFixed(p.value, p.decimals)
  const unsigned = fixed.startsWith('-') ? fixed.slice(1) : fixed
  const digits = unsigned.replace('.', '')
  if (digits.length <= 15) {
    const v = Number(digits)
    addScaled(acc, fixed.startsWith('-') ? -v : v, p.decimals)
    return
  }
  addBig(acc, p.value)
  acc.bigDecimals = Math.max(acc.bigDecimals, p.decimals)
}

/** The exact total, with the largest number of decimals seen. @internal */
export function accumulatorResult(acc: ScaledAccumulator): PrintedAmount {
  const fast = amountFromScaled(acc.n, acc.scale)
  const value = acc.big === null ? fast : add(acc.big, fast)
  const decimals = Math.max(acc.scale, acc.bigDecimals)
  return Object.freeze({ kind: 'amount', value, decimals })
}
