import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { roundTwoWayTable } from '../../src/calc/roundTwoWayTable'
import { amountFromSafeScaled, amountFromScaled, toSafeScaled, toScaledBigInt } from '../../src/money/decimal'
import type { Amount } from '../../src/money/types'
import { roundTwoWayTable as reference } from './reference/roundTwoWayTable'

const fieldsOf = (x: unknown): { c: boolean; s: number; e: number; d: readonly number[] } => {
  const { s, e, d } = x as { s: number; e: number; d: number[] }
  return {
    c:
      (x as { constructor: unknown }).constructor ===
      (amountFromScaled(1, 0) as unknown as { constructor: unknown }).constructor,
    s,
    e,
    d: [...d],
  }
}

/** A cell: units of 10^-scale, small, large (beyond the safe integers: the bigint path) or zero. */
const cellUnits = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -99_999_999, max: 99_999_999 }).map(BigInt) },
  { weight: 1, arbitrary: fc.constant(0n) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -5, max: 5 }).map((k) => BigInt(Number.MAX_SAFE_INTEGER) + BigInt(k)),
  },
)

const table = fc
  .record({
    rows: fc.integer({ min: 0, max: 6 }),
    cols: fc.integer({ min: 0, max: 6 }),
    scale: fc.integer({ min: 0, max: 8 }),
    decimals: fc.integer({ min: 0, max: 4 }),
  })
  .chain(({ rows, cols, scale, decimals }) =>
    fc.record({
      cells: fc.array(fc.array(cellUnits, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      scale: fc.constant(scale),
      decimals: fc.constant(decimals),
    }),
  )

const strings = (t: ReturnType<typeof roundTwoWayTable>): unknown => ({
  cells: t.cells.map((r) => r.map(String)),
  rowTotals: t.rowTotals.map(String),
  columnTotals: t.columnTotals.map(String),
  grandTotal: String(t.grandTotal),
})

describe('roundTwoWayTable after the speed-up (rnd2)', () => {
  it('gives exactly the result of the implementation it replaced, on random tables (fixed seed)', () => {
    fc.assert(
      fc.property(table, ({ cells, scale, decimals }) => {
        const amounts: Amount[][] = cells.map((r) => r.map((u) => amountFromScaled(u, scale)))
        const fast = roundTwoWayTable(amounts, decimals)
        const old = reference(amounts, decimals)
        expect(strings(fast)).toEqual(strings(old))
        for (const r of fast.cells) for (const c of r) expect(fieldsOf(c).c).toBe(true)
      }),
      { seed: 42, numRuns: 1500 },
    )
  }, 60_000)

  it('gives the result of the old implementation on a 60×60 table of ties and near-ties', () => {
    const amounts = Array.from({ length: 60 }, (_, i) =>
      Array.from({ length: 60 }, (_, j) => amountFromScaled(((i * 7 + j * 13) % 20) * 5 + 1, 3)),
    )
    expect(strings(roundTwoWayTable(amounts, 1))).toEqual(strings(reference(amounts, 1)))
  })
})

describe('amountFromSafeScaled', () => {
  it('lays out every safe integer at every scale exactly as amountFromScaled does, field by field', () => {
    const units = fc.oneof(
      fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: -100_000_000, max: 100_000_000 }),
      fc.integer({ min: 0, max: 15 }).map((k) => 10 ** k),
      fc.integer({ min: 1, max: 15 }).map((k) => 10 ** k - 1),
      fc.constantFrom(0, -0, 1, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 10_000_000, 1e14),
    )
    fc.assert(
      fc.property(units, fc.integer({ min: 0, max: 20 }), (u, scale) => {
        const fast = amountFromSafeScaled(u, scale)
        const slow = amountFromScaled(u, scale)
        expect(fieldsOf(fast)).toEqual(fieldsOf(slow))
        expect(String(fast)).toBe(new Decimal(u.toString()).div(new Decimal(10).pow(scale)).toFixed())
        expect(Object.isFrozen(fast)).toBe(true)
        expect(Object.isFrozen((fast as unknown as { d: number[] }).d)).toBe(true)
      }),
      { seed: 42, numRuns: 3000 },
    )
  }, 30_000)

  it('refuses what amountFromScaled refuses (a float) with the same typed error', () => {
    expect(() => amountFromSafeScaled(0.5, 2)).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }),
    )
    expect(() => amountFromSafeScaled(Number.NaN, 2)).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }),
    )
  })
})

describe('toSafeScaled', () => {
  it('reads an amount times 10^scale exactly when it is a safe integer, undefined otherwise', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 16 }),
        (u, own, scale) => {
          const a = amountFromScaled(u, own)
          let expected: number | undefined
          try {
            const b = toScaledBigInt(a, scale)
            expected =
              b >= -BigInt(Number.MAX_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER)
                ? Number(b)
                : undefined
          } catch {
            expected = undefined // more decimals than the scale
          }
          expect(toSafeScaled(a, scale)).toBe(expected)
        },
      ),
      { seed: 42, numRuns: 3000 },
    )
  }, 30_000)
})
