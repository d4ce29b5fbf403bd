// Shares a passage rounded to add up to exactly 100% (尾差调整): which ones moved, and only those.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateShares } from '../../src/calc/allocateShares'
import { amount, toFixed } from '../../src/money/decimal'
import { sharesMovedToHundred } from '../../src/reconcile/rules/sharesToHundred'

const passage = (whole: string, rows: readonly (readonly [string, string])[]) =>
  rows.map(([part, share], i) => ({ id: String.fromCharCode(97 + i), printed: `${share}%`, part, whole }))

describe('sharesMovedToHundred', () => {
  it('苏州 自然资源和规划局 2026 p.35: 23.94% (23.946…, rounds to 23.95) moved down to make 100%', () => {
    const rows = [
      ['20832.97', '23.94'],
      ['66107.38', '75.99'],
      ['0', '0'],
      ['58.79', '0.07'],
    ] as const
    expect([...sharesMovedToHundred(passage('86999.14', rows))]).toEqual(['a'])
  })

  it('moves nothing where the shares do not add up to 100%, or their roundings already do', () => {
    // 23.95 + 75.99 + 0.07 = 100.01: each share is its own rounding, none moved
    expect(
      sharesMovedToHundred(
        passage('86999.14', [
          ['20832.97', '23.95'],
          ['66107.38', '75.99'],
          ['58.79', '0.07'],
        ]),
      ).size,
    ).toBe(0)
    // 50% + 50%, right as printed
    expect(
      sharesMovedToHundred(
        passage('2', [
          ['1', '50'],
          ['1', '50'],
        ]),
      ).size,
    ).toBe(0)
    // one share alone, and a passage over a zero whole
    expect(sharesMovedToHundred(passage('3', [['1', '100']])).size).toBe(0)
    expect(
      sharesMovedToHundred(
        passage('0', [
          ['0', '50'],
          ['0', '50'],
        ]),
      ).size,
    ).toBe(0)
  })

  it('moves nothing where a share is off by more than the tail (33.35 + 33.32 + 33.33)', () => {
    expect(
      sharesMovedToHundred(
        passage('3', [
          ['1', '33.35'],
          ['1', '33.32'],
          ['1', '33.33'],
        ]),
      ).size,
    ).toBe(0)
  })

  it('excuses exactly the shares allocateShares moves off their own rounding (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 ** 7 }), { minLength: 2, maxLength: 12 }),
        (parts) => {
          fc.pre(parts.some((p) => p > 0))
          const whole = parts.reduce((a, b) => a + b, 0)
          const shares = allocateShares(parts.map((p) => amount(p)))
          // printed as disclosures print them, with two decimals (5.60%)
          const rows = parts.map(
            (p, i) => [String(p), toFixed(shares[i] as (typeof shares)[number], 2)] as const,
          )
          const moved = sharesMovedToHundred(passage(String(whole), rows))
          for (const [i, p] of parts.entries()) {
            // the share's own half-up rounding, in hundredths of a percent, exactly
            const own = (2n * BigInt(p) * 10_000n + BigInt(whole)) / (2n * BigInt(whole))
            // at most 100 with two decimals: exact enough as a float times 100, rounded
            const hundredths = BigInt(Math.round(Number(String(shares[i])) * 100))
            expect(moved.has(String.fromCharCode(97 + i))).toBe(hundredths !== own)
          }
        },
      ),
      { seed: 20261207, numRuns: 200 },
    )
  }, 60_000)
})
