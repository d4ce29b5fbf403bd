/**
 * fast-check arbitraries shared by the money and calc tests.
 * @module
 */
import fc from 'fast-check'
import { amountFromScaled } from '../../src/money/decimal'
import type { Amount } from '../../src/money/types'

/** Options of every property run: fixed seed, explicit number of runs. */
export const PROPERTY = { seed: 20261122, numRuns: 300 } as const

/** An exact amount with 0–6 decimals, up to ±10^20. */
export const amountArb: fc.Arbitrary<Amount> = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => amountFromScaled(units, scale))

/** A non-negative amount with 0–4 decimals, up to 10^12. */
export const nonNegativeArb: fc.Arbitrary<Amount> = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => amountFromScaled(units, scale))
