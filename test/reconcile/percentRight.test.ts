// The integer path of the text-percentages rule against the exact decimal check.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkPercentage } from '../../src/calc/checkPercentage'
import { parsePercent } from '../../src/money/parsePercent'
import { parsePrinted } from '../../src/money/parsePrinted'
import { percentRight } from '../../src/reconcile/rules/percentRight'

const decimalText = (n: bigint, d: number): string => {
  const neg = n < 0n
  const digits = (neg ? -n : n).toString().padStart(d + 1, '0')
  const text = d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`
  return neg && /[1-9]/.test(text) ? `-${text}` : text
}

const cell = (max: bigint) =>
  fc.tuple(fc.bigInt({ min: -max, max }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => decimalText(n, d))

const right = (part: string, whole: string, printed: string): boolean =>
  checkPercentage({ part: parsePrinted(part), whole: parsePrinted(whole), printed: parsePercent(printed) })
    .status === 'right'

describe('percentRight', () => {
  it('says right exactly when the decimal check does (small figures), never otherwise', () => {
    fc.assert(
      fc.property(
        cell(10n ** 9n),
        cell(10n ** 9n).filter((w) => /[1-9]/.test(w)),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.constantFrom('%', '％', '', ' %'),
        (part, whole, pd, exact, mark) => {
          // half the time the printed percentage is the right one, half the time a neighbour
          const ratio = checkPercentage({
            part: parsePrinted(part),
            whole: parsePrinted(whole),
            printed: parsePercent('0'),
          })
          const base = ratio.recomputed ? Number(String(ratio.recomputed)) : 0
          const printed = `${(exact ? base : base + 10 ** -pd).toFixed(pd)}${mark}`
          const fast = percentRight(part, whole, printed)
          // decided on integers whenever the percentage fits (at most 12 digits before the point)
          if (/^-?\d{1,12}(\.|\D|$)/.test(printed)) expect(fast).toBe(right(part, whole, printed))
          else if (fast) expect(right(part, whole, printed)).toBe(true)
        },
      ),
      { seed: 42, numRuns: 1500 },
    )
  }, 30_000)

  it('never says right where the decimal check does not (any figures)', () => {
    fc.assert(
      fc.property(cell(10n ** 15n), cell(10n ** 15n), fc.integer({ min: 0, max: 3 }), (part, whole, pd) => {
        const printed = `${(Number(part) / Number(whole || '1')).toFixed(pd)}%`
        if (!/^-?\d+(\.\d+)?%$/.test(printed)) return
        if (percentRight(part, whole, printed)) expect(right(part, whole, printed)).toBe(true)
      }),
      { seed: 42, numRuns: 1500 },
    )
  }, 30_000)

  it('decides the usual case and leaves the rest to the decimal check', () => {
    expect(percentRight('658.67', '8944.03', '7.36%')).toBe(true)
    expect(percentRight('658.67', '8944.03', '7.37%')).toBe(false)
    expect(percentRight('-57.38', '100.00', '-57.38%')).toBe(true)
    expect(percentRight('1', '3', '33.33%')).toBe(true)
    expect(percentRight('2', '3', '66.67%')).toBe(true)
    expect(percentRight('1.00', '0.00', '0.00%')).toBe(false)
    expect(percentRight('', '3.00', '0.00%')).toBe(false)
    expect(percentRight('1.00', '3.00', '××.××%')).toBe(false)
  })
})
