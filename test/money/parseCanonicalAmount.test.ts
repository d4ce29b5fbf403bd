// The cheap first parse of a stored cell against the full one (readCell: parsePrinted and the round trip).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCell } from '../../src/model/cell'
import { parseCanonicalAmount } from '../../src/money/parseCanonicalAmount'

const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: max })

// shapes near the canonical one: signs, leading zeros, negative zeros, separators, long figures
const nearCanonical = fc
  .tuple(
    fc.constantFrom('', '-', '+', ' ', '−'),
    digits(34),
    fc.constantFrom('', '.', ',', '。'),
    digits(34),
    fc.constantFrom('', ' ', '%', '万元'),
  )
  .map(([sign, a, point, b, tail]) => `${sign}${a}${point}${b}${tail}`)

describe('parseCanonicalAmount', () => {
  it('gives what readCell gives whenever it decides (any text)', () => {
    let decided = 0
    fc.assert(
      fc.property(
        fc.oneof(nearCanonical, fc.string({ maxLength: 40 }), fc.constantFrom('-0', '-0.00', '0', '-0.01')),
        (text) => {
          const cheap = parseCanonicalAmount(text)
          if (cheap === undefined) return
          decided++
          const full = readCell(text)
          expect(full?.kind).toBe('amount')
          expect(Object.keys(cheap)).toEqual(Object.keys(full ?? {}))
          expect(cheap.decimals).toBe(full?.kind === 'amount' ? full.decimals : Number.NaN)
          expect(String(cheap.value)).toBe(full?.kind === 'amount' ? String(full.value) : '')
          expect(Object.isFrozen(cheap)).toBe(true)
        },
      ),
      { seed: 42, numRuns: 4000 },
    )
    expect(decided).toBeGreaterThan(500)
  }, 30_000)

  it('reads the canonical amount and leaves everything else to the full parser', () => {
    expect(String(parseCanonicalAmount('8938.04')?.value)).toBe('8938.04')
    expect(parseCanonicalAmount('8938.04')?.decimals).toBe(2)
    expect(String(parseCanonicalAmount('-12.50')?.value)).toBe('-12.5')
    expect(parseCanonicalAmount('0.00')?.decimals).toBe(2)
    for (const text of ['', '-', '××.××', '-0', '-0.00', '012', '8,938.04', '1.', '.5', `1${'0'.repeat(40)}`])
      expect(parseCanonicalAmount(text)).toBeUndefined()
  })
})
