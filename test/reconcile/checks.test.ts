// The integer fast path of sum checks and the restatement of figures in another unit.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkSum } from '../../src/money/checkSum'
import { parsePrinted } from '../../src/money/parsePrinted'
import { inUnit, printedOf, sumDraft } from '../../src/reconcile/checks'

const place = { zh: '某处', en: 'somewhere' }
const draft = (parts: string[], total: string) =>
  sumDraft({ where: {}, place, identity: place, parts, total, severity: 'error' })

const cell = fc.oneof(
  fc
    .tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 10 }))
    .map(([n, d]) => {
      const neg = n < 0n
      const digits = (neg ? -n : n).toString().padStart(d + 1, '0')
      const text = d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`
      return neg && /[1-9]/.test(text) ? `-${text}` : text
    }),
  fc.constantFrom('', '-', '—', '××.××', '0', '0.00'),
)

describe('sumDraft', () => {
  it('agrees with checkSum on every input (fast path or not)', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), cell, (parts, total) => {
        const result = checkSum(parts.map(parsePrinted), parsePrinted(total))
        const silent =
          result.status === 'ok' ||
          (printedOf(total).kind !== 'amount' &&
            printedOf(total).kind !== 'placeholder' &&
            parts.every((p) => printedOf(p).kind === 'blank' || printedOf(p).kind === 'dash'))
        const d = draft(parts, total)
        expect(d === null).toBe(silent)
        if (d && result.status !== 'not-computable') expect(d.status).toBe(result.status)
      }),
      { seed: 42, numRuns: 2000 },
    )
  }, 20_000)

  it('is silent on a sum that holds and fires on one that does not', () => {
    expect(draft(['658.67', '8285.36'], '8944.03')).toBeNull()
    expect(draft(['658.67', '8285.36'], '8944.13')?.status).toBe('mismatch')
    expect(draft(['1.33', '1.33', '1.33'], '4.00')?.status).toBe('rounding-tail')
  })

  it('restates parts in the total’s unit with their own rounding', () => {
    const convert = (total: string) =>
      sumDraft({
        where: {},
        place,
        identity: place,
        parts: ['19302'],
        partUnits: ['万元'],
        total,
        totalUnit: '元',
        severity: 'error',
      })
    expect(convert('193020000.00')).toBeNull()
    expect(convert('193024999.00')?.status).toBe('rounding-tail')
    expect(convert('193025100.00')?.status).toBe('mismatch')
  })
})

describe('inUnit', () => {
  it('keeps half a unit of the last printed digit in its own unit', () => {
    expect(inUnit(parsePrinted('19302'), '万元', '元')).toMatchObject({ decimals: -4 })
    expect(String((inUnit(parsePrinted('64320000'), '元', '万元') as { value: unknown }).value)).toBe('6432')
    expect(inUnit(parsePrinted('1.5'), '万元', '万元')).toEqual(parsePrinted('1.5'))
    expect(inUnit(parsePrinted(''), '万元', '元')).toEqual(parsePrinted(''))
  })
})
