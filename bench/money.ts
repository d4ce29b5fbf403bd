/**
 * Benchmark workloads of the money module: exact grouped sum of printed amounts, with the two
 * baselines it is measured against. Every workload returns its result so the caller can check
 * that all of them agree (a fast wrong answer is not a result).
 *
 * Baseline (b) constructs decimal.js `Decimal`s directly: the one place outside
 * src/money/decimal.ts that does, on purpose — it is the naive use the library is compared with.
 * @module
 */
import { Decimal } from 'decimal.js'
import { groupSum } from '../src/money/groupSum'
import { toCanonical } from '../src/money/toCanonical'

/** Baseline (a): plain JS, each string to integer cents (2 decimals assumed), added into a Map<string, number>. */
export function plainCents(texts: readonly string[], keys: readonly string[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (let i = 0; i < texts.length; i++) {
    const s = texts[i] as string
    let v = 0
    let negative = false
    for (let j = 0; j < s.length; j++) {
      const c = s.charCodeAt(j)
      if (c >= 48 && c <= 57) v = v * 10 + (c - 48)
      else if (c === 45) negative = true
    }
    const k = keys[i] as string
    totals.set(k, (totals.get(k) ?? 0) + (negative ? -v : v))
  }
  return totals
}

/** Baseline (b): naive decimal.js, `new Decimal(s)` (separators stripped) then `plus`, into a Map. */
export function naiveDecimal(texts: readonly string[], keys: readonly string[]): Map<string, Decimal> {
  const totals = new Map<string, Decimal>()
  for (let i = 0; i < texts.length; i++) {
    const d = new Decimal((texts[i] as string).replaceAll(',', ''))
    const k = keys[i] as string
    const prev = totals.get(k)
    totals.set(k, prev === undefined ? d : prev.plus(d))
  }
  return totals
}

/**
 * Exact reference for the agreement checks: decimal.js at its largest precision. Naive decimal.js
 * (default precision: 20 significant digits) silently rounds sums of very large figures.
 */
export function exactReference(texts: readonly string[], keys: readonly string[]): Map<string, Decimal> {
  const Exact = Decimal.clone({ precision: 1e9 })
  const totals = new Map<string, Decimal>()
  for (let i = 0; i < texts.length; i++) {
    const d = new Exact((texts[i] as string).replaceAll(',', ''))
    const k = keys[i] as string
    const prev = totals.get(k)
    totals.set(k, prev === undefined ? d : prev.plus(d))
  }
  return totals
}

/** The library's fast path: `groupSum` over the printed strings. */
export function library(texts: readonly string[], keys: readonly string[]): ReadonlyMap<string, unknown> {
  return groupSum(texts, keys)
}

/** Canonical 2-decimal strings of each workload's result, for the agreement check. */
export function canonicalTotals(
  result: ReadonlyMap<string, unknown>,
  which: 'cents' | 'decimal' | 'library',
): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of result) {
    if (which === 'cents') {
      const n = v as number
      const sign = n < 0 ? '-' : ''
      const abs = Math.abs(n)
      out.set(k, `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`)
    } else if (which === 'decimal') out.set(k, (v as Decimal).toFixed(2))
    else out.set(k, toCanonical(v as Parameters<typeof toCanonical>[0]))
  }
  return out
}
