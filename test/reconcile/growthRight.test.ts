// The integer path of the text-growth rule against the exact decimal check.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkGrowth } from '../../src/calc/checkGrowth'
import { parsePercent } from '../../src/money/parsePercent'
import { parsePrinted } from '../../src/money/parsePrinted'
import { growthFromChangeRight, growthRight } from '../../src/reconcile/rules/growthRight'

const decimalText = (n: bigint, d: number): string => {
  const neg = n < 0n
  const digits = (neg ? -n : n).toString().padStart(d + 1, '0')
  const text = d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`
  return neg && /[1-9]/.test(text) ? `-${text}` : text
}

const cell = (max: bigint) =>
  fc.tuple(fc.bigInt({ min: -max, max }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => decimalText(n, d))

const right = (current: string, prior: string, printed: string, decrease: boolean): boolean =>
  checkGrowth({
    current: parsePrinted(current),
    prior: parsePrinted(prior),
    printed: parsePercent(printed),
    ...(decrease ? { direction: 'decrease' as const } : {}),
  }).status === 'right'

describe('growthRight', () => {
  it('says right exactly when the decimal check does (small figures), never otherwise', () => {
    fc.assert(
      fc.property(
        // figures whose products stay safe integers at 3 decimals of the rate (larger: the next test)
        cell(10n ** 6n),
        cell(10n ** 6n).filter((w) => /[1-9]/.test(w)),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('%', '％', '', ' %'),
        (current, prior, pd, exact, decrease, mark) => {
          // half the time the printed rate is the right one, half the time a neighbour
          const rate = checkGrowth({
            current: parsePrinted(current),
            prior: parsePrinted(prior),
            printed: parsePercent('0'),
          })
          const signed = rate.recomputed ? Number(String(rate.recomputed)) : 0
          const base = decrease ? -signed : signed
          const printed = `${(exact ? base : base + 10 ** -pd).toFixed(pd)}${mark}`
          const fast = growthRight(current, prior, printed, decrease)
          // decided on integers whenever the rate fits (at most 12 digits before the point)
          if (/^-?\d{1,12}(\.|\D|$)/.test(printed))
            expect(fast).toBe(right(current, prior, printed, decrease))
          else if (fast) expect(right(current, prior, printed, decrease)).toBe(true)
        },
      ),
      { seed: 42, numRuns: 1500 },
    )
  }, 30_000)

  it('never says right where the decimal check does not (any figures, adversarial sizes)', () => {
    fc.assert(
      fc.property(
        cell(10n ** 17n),
        cell(10n ** 17n),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (current, prior, pd, decrease) => {
          const ratio = (Number(current) - Number(prior)) / Number(prior || '1')
          const printed = `${(decrease ? -100 * ratio : 100 * ratio).toFixed(pd)}%`
          if (!/^-?\d+(\.\d+)?%$/.test(printed)) return
          if (growthRight(current, prior, printed, decrease))
            expect(right(current, prior, printed, decrease)).toBe(true)
        },
      ),
      { seed: 42, numRuns: 1500 },
    )
  }, 30_000)

  it('decides the usual case and leaves the rest to the decimal check', () => {
    expect(growthRight('110.00', '100.00', '10.00%', false)).toBe(true)
    expect(growthRight('110.00', '100.00', '10.01%', false)).toBe(false)
    expect(growthRight('90', '100', '10%', true)).toBe(true)
    expect(growthRight('90', '100', '10%', false)).toBe(false)
    expect(growthRight('90', '100', '-10%', false)).toBe(true)
    expect(growthRight('1.00', '0.00', '0.00%', false)).toBe(false)
    expect(growthRight('', '3.00', '-100.00%', false)).toBe(false)
    expect(growthRight('1.00', '3.00', '××.××%', false)).toBe(false)
    expect(growthRight('9007199254740993', '1', '0%', false)).toBe(false)
  })
})

const rightFromChange = (current: string, change: string, printed: string, decrease: boolean): boolean =>
  checkGrowth({
    current: parsePrinted(current),
    change: parsePrinted(change),
    printed: parsePercent(printed),
    ...(decrease ? { direction: 'decrease' as const } : {}),
  }).status === 'right'

describe('growthFromChangeRight', () => {
  it('says right exactly when the decimal check does (small figures), never otherwise', () => {
    fc.assert(
      fc.property(
        cell(10n ** 6n),
        cell(10n ** 6n),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('%', '％', '', ' %'),
        (current, change, pd, exact, decrease, mark) => {
          const x = decrease ? -Number(change) : Number(change)
          const prior = Number(current) - x
          if (prior === 0) return
          const base = ((decrease ? -100 : 100) * x) / prior
          const printed = `${(exact ? base : base + 10 ** -pd).toFixed(pd)}${mark}`
          const fast = growthFromChangeRight(current, change, printed, decrease)
          if (/^-?\d{1,12}(\.|\D|$)/.test(printed))
            expect(fast).toBe(rightFromChange(current, change, printed, decrease))
          else if (fast) expect(rightFromChange(current, change, printed, decrease)).toBe(true)
        },
      ),
      { seed: 42, numRuns: 1500 },
    )
  }, 30_000)

  it('never says right where the decimal check does not (adversarial sizes, prior near zero)', () => {
    fc.assert(
      fc.property(
        cell(10n ** 17n),
        fc.oneof(cell(10n ** 17n), cell(10n)),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (current, change, pd, decrease) => {
          const x = decrease ? -Number(change) : Number(change)
          const printed = `${(((decrease ? -100 : 100) * x) / (Number(current) - x || 1)).toFixed(pd)}%`
          if (!/^-?\d+(\.\d+)?%$/.test(printed)) return
          if (growthFromChangeRight(current, change, printed, decrease))
            expect(rightFromChange(current, change, printed, decrease)).toBe(true)
        },
      ),
      { seed: 42, numRuns: 1500 },
    )
  }, 30_000)

  it('decides the usual case and leaves the rest to the decimal check', () => {
    expect(growthFromChangeRight('110.00', '10.00', '10.00%', false)).toBe(true)
    expect(growthFromChangeRight('110.00', '10.00', '9.00%', false)).toBe(false)
    expect(growthFromChangeRight('90', '10', '10%', true)).toBe(true)
    expect(growthFromChangeRight('90', '10', '10%', false)).toBe(false)
    // a prior year that may be zero once the figures are rounded: not computable, never right here
    expect(growthFromChangeRight('0.1', '0.1', '0%', false)).toBe(false)
    expect(growthFromChangeRight('1.00', '', '0.00%', false)).toBe(false)
    expect(growthFromChangeRight('9007199254740993', '1', '0%', false)).toBe(false)
  })
})
