// The integer path of the text-percentages rule against the exact decimal check.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkPercentage } from '../../src/calc/checkPercentage'
import type { Disclosure } from '../../src/model/disclosure'
import type { TextFigure } from '../../src/model/textFigure'
import { parsePercent } from '../../src/money/parsePercent'
import { parsePrinted } from '../../src/money/parsePrinted'
import { percentRight, percentZeroBase } from '../../src/reconcile/rules/percentRight'
import { textGrowth } from '../../src/reconcile/rules/textGrowth'
import { textPercentages } from '../../src/reconcile/rules/textPercentages'
import type { Rule } from '../../src/reconcile/types'
import { docWith } from './docWith'

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

const notComputable = (part: string, whole: string, printed: string): string | undefined => {
  const r = checkPercentage({
    part: parsePrinted(part),
    whole: parsePrinted(whole),
    printed: parsePercent(printed),
  })
  return r.status === 'not-computable' ? (r.reason ?? 'not-a-number') : undefined
}

describe('percentZeroBase', () => {
  it('says "zero base" exactly when the decimal check says not computable for a zero denominator', () => {
    const outcomes = { zero: 0, other: 0 }
    fc.assert(
      fc.property(
        fc.oneof(cell(10n ** 9n), fc.constantFrom('', '-', '××.××')),
        fc.oneof(fc.constantFrom('0', '0.00', '0.0', '', '-', '××'), cell(10n ** 3n)),
        fc.constantFrom('0.00%', '12.5%', '0', '100.00％', '×%'),
        (part, whole, printed) => {
          const fast = percentZeroBase(part, whole, printed)
          const exact = notComputable(part, whole, printed)
          // never a wrong answer; and every zero base of amounts with a plain percentage decided here
          if (fast) expect(exact).toBe('zero-denominator')
          if (/^-?\d/.test(part) && /^-?[\d.]+$/.test(whole) && !printed.includes('×'))
            expect(fast).toBe(exact === 'zero-denominator')
          outcomes[fast ? 'zero' : 'other']++
        },
      ),
      { seed: 42, numRuns: 1500 },
    )
    expect(outcomes.zero).toBeGreaterThan(50)
    expect(outcomes.other).toBeGreaterThan(50)
  }, 30_000)

  it('decides a zero base, and leaves a blank base, a placeholder and a non-zero base alone', () => {
    expect(percentZeroBase('0.00', '0.00', '0.00%')).toBe(true)
    expect(percentZeroBase('5.00', '0', '0%')).toBe(true)
    expect(percentZeroBase('0.00', '', '0.00%')).toBe(false) // blank base: another reason
    expect(percentZeroBase('××', '0.00', '0.00%')).toBe(false) // a placeholder: another reason
    expect(percentZeroBase('1.00', '3.00', '33.33%')).toBe(false)
  })
})

describe('a share or a growth rate restated with the same figures', () => {
  const figure = (id: string, kind: TextFigure['kind'], printed: string, value: string, extra = {}) => ({
    id,
    section: `第${id}节`,
    sentence: `句子${id}`,
    kind,
    printed,
    value,
    unit: kind === 'share' || kind === 'growth' ? '%' : '万元',
    subject: `数字${id}`,
    ...extra,
  })
  const drafts = (rule: Rule, figures: readonly object[]) =>
    rule.check(docWith([], { text: { figures } } as Partial<Disclosure>), { templates: [] }).findings

  it('is judged again in each place: the same finding, each at its own figure', () => {
    const share = {
      operands: { part: { value: '658.67', source: 'a' }, whole: { value: '8944.03', source: 'b' } },
    }
    const shares = drafts(textPercentages, [
      figure('c', 'share', '7.63%', '7.63', share),
      figure('d', 'share', '7.63%', '7.63', share),
      figure('e', 'share', '7.36%', '7.36', share), // the look-alike: right, no finding
    ])
    expect(shares.map((d) => d.where.figure)).toEqual(['c', 'd'])
    expect(shares[1]).toEqual({
      ...shares[0],
      where: { figure: 'd', section: '第d节', sentence: '句子d' },
      params: { ...shares[0]?.params, place: '第d节“数字d”', placeEn: 'section "第d节", 数字d' },
    })
    const rate = {
      direction: 'decrease',
      operands: { current: { value: '762.71', source: 'a' }, change: { value: '1027.17', source: 'b' } },
    }
    const rates = drafts(textGrowth, [
      figure('f', 'growth', '57.38%', '57.38', rate),
      figure('g', 'growth', '57.38%', '57.38', rate),
      figure('h', 'growth', '57.38%', '57.38', { ...rate, direction: 'increase' }), // printed 增长: judged apart
    ])
    expect(rates.map((d) => [d.where.figure, d.status])).toEqual([
      ['f', 'mismatch'],
      ['g', 'mismatch'],
      ['h', 'mismatch'],
    ])
    expect(rates[1]?.expected).toBe(rates[0]?.expected)
    expect(rates[2]?.expected).not.toBe(rates[0]?.expected)
  })
})
