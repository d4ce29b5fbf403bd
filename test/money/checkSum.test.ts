import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { checkSum } from '../../src/money/checkSum'
import { add, amount, amountFromScaled, halfUlp, sub, sum, ulp } from '../../src/money/decimal'
import { formatAmount } from '../../src/money/formatAmount'
import { parsePrinted } from '../../src/money/parsePrinted'
import { printedInterval } from '../../src/money/printedInterval'
import type { Amount, Printed } from '../../src/money/types'
import { PROPERTY } from './arbitraries'

const P = parsePrinted

describe('checkSum', () => {
  it('is ok when the printed total equals the sum of the printed parts (seed 000: 基本 + 项目 = 合计)', () => {
    const r = checkSum([P('658.67'), P('8285.36')], P('8944.03'))
    expect(r.status).toBe('ok')
    expect(String(r.difference)).toBe('0')
    expect(String(r.tolerance)).toBe('0.015')
  })

  it('calls a difference rounding can explain a rounding tail (尾差)', () => {
    const r = checkSum([P('1.33'), P('1.33'), P('1.33')], P('4.00'))
    expect(r.status).toBe('rounding-tail')
    expect(String(r.expected)).toBe('3.99')
    expect(String(r.printed)).toBe('4')
    expect(String(r.difference)).toBe('0.01')
    expect(String(r.tolerance)).toBe('0.02')
  })

  it('flags a difference beyond rounding as a mismatch', () => {
    const r = checkSum([P('1.00'), P('2.00')], P('3.10'))
    expect(r.status).toBe('mismatch')
    expect(String(r.difference)).toBe('0.1')
  })

  it('uses each figure’s own precision: 107.4 (1 decimal, seed 003) against parts adding to 107.44', () => {
    const r = checkSum([P('68.21'), P('39.23')], P('107. 4'))
    expect(r.status).toBe('rounding-tail')
    expect(String(r.tolerance)).toBe('0.06')
    expect(checkSum([P('68.21'), P('39.23')], P('107.44')).status).toBe('ok')
    expect(checkSum([P('68.21'), P('39.23')], P('107.3')).status).toBe('mismatch')
  })

  it('meets at the boundary: |difference| = tolerance is still a rounding tail, a hair more is not', () => {
    // [107.43, 107.45] meets [107.45, 107.55] at one point
    expect(checkSum([P('68.21'), P('39.23')], P('107.5')).status).toBe('rounding-tail')
    expect(checkSum([P('68.21'), P('39.23')], P('107.6')).status).toBe('mismatch')
    expect(checkSum([P('68.21'), P('39.229')], P('107.5')).status).toBe('mismatch')
  })

  it('counts blank and dash parts as zero and reports them', () => {
    const r = checkSum([P('762.71'), P(''), P('-')], P('762.71'))
    expect(r.status).toBe('ok')
    expect(r.blankParts).toEqual([1])
    expect(r.dashParts).toEqual([2])
    const s = checkSum([P('1.00'), P('')], P(''))
    expect(s.status).toBe('mismatch')
    expect(s.totalPrinted).toBe('blank')
  })

  it('is not computable when a placeholder stands in a part or the total', () => {
    const r = checkSum([P('527.39'), P('××.××')], P('550.71'))
    expect(r.status).toBe('not-computable')
    expect(r.placeholderParts).toEqual([1])
    expect(r.expected).toBeNull()
    expect(checkSum([P('1.00')], P('·')).status).toBe('not-computable')
  })

  it('refuses figures in different units', () => {
    try {
      checkSum([P('1.00万元'), P('2.00元')], P('3.00'))
      expect.unreachable()
    } catch (e) {
      expect(isMedbudgetError(e, 'CALC_INVALID_INPUT')).toBe(true)
    }
  })

  it('gives the rounding interval of a printed figure', () => {
    const i = printedInterval(P('107.4') as Extract<Printed, { kind: 'amount' }>)
    expect([String(i.low), String(i.high)]).toEqual(['107.35', '107.45'])
  })

  const exactValues = fc.array(
    fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
      .map(([u, s]) => amountFromScaled(u, s)),
    { minLength: 1, maxLength: 12 },
  )
  const printedDecimals = fc.integer({ min: 0, max: 4 })
  const print = (x: Amount, d: number): Printed => P(formatAmount(x, { decimals: d }))

  it('never flags parts rounded from exact values that add up to the total (property)', () => {
    fc.assert(
      fc.property(
        exactValues,
        fc.array(printedDecimals, { minLength: 13, maxLength: 13 }),
        printedDecimals,
        (xs, ds, dt) => {
          const parts = xs.map((x, i) => print(x, ds[i] as number))
          const total = print(sum(xs), dt)
          return checkSum(parts, total).status !== 'mismatch'
        },
      ),
      PROPERTY,
    )
  }, 30_000)

  it('always flags a total further from the parts than rounding can explain (property)', () => {
    fc.assert(
      fc.property(
        exactValues,
        fc.array(printedDecimals, { minLength: 13, maxLength: 13 }),
        printedDecimals,
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.boolean(),
        (xs, ds, dt, k, up) => {
          const parts = xs.map((x, i) => print(x, ds[i] as number))
          const expected = sum(parts.map((p) => (p.kind === 'amount' ? p.value : amount(0))))
          const partsWidth = sum(ds.slice(0, xs.length).map((d) => halfUlp(d)))
          // distance = parts' width + 2·(total's half-unit) + k units: printing the total with dt
          // decimals moves it by at most one half-unit, so it stays beyond the tolerance
          const distance = add(add(partsWidth, ulp(dt)), amountFromScaled(k, dt))
          const t = up ? add(expected, distance) : sub(expected, distance)
          return checkSum(parts, print(t, dt)).status === 'mismatch'
        },
      ),
      PROPERTY,
    )
  }, 30_000)
})
