// The integer fast path of sum checks and the restatement of figures in another unit.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCell } from '../../src/model/cell'
import { checkSum } from '../../src/money/checkSum'
import { neg } from '../../src/money/decimal'
import { fromCanonical } from '../../src/money/fromCanonical'
import { parseCanonicalAmount } from '../../src/money/parseCanonicalAmount'
import { parsePrinted } from '../../src/money/parsePrinted'
import type { Printed } from '../../src/money/types'
import {
  cellInteger,
  inUnit,
  isAmountCell,
  printedOf,
  sumDraft,
  sumHoldsExactly,
  sumVerdict,
  withCellMemo,
} from '../../src/reconcile/checks'

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

describe('sumVerdict (the integer path)', () => {
  it('gives the verdict and the amounts of checkSum whenever it decides', () => {
    let decided = 0
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), cell, (parts, total) => {
        const fast = sumVerdict(parts, total)
        const exact = checkSum(parts.map(parsePrinted), parsePrinted(total))
        if (fast === undefined) return
        decided++
        expect(exact.status).not.toBe('not-computable')
        expect(fast).toEqual({
          status: exact.status,
          expected: String(exact.expected),
          difference: String(exact.difference),
          tolerance: String(exact.tolerance),
        })
      }),
      { seed: 42, numRuns: 3000 },
    )
    // the generator reaches the integer path often (and the decimal path: up to 10 decimals, placeholders)
    expect(decided).toBeGreaterThan(500)
  }, 30_000)

  it('leaves to the decimal path what integers cannot hold exactly', () => {
    expect(sumVerdict(['9007199254740991', '1'], '9007199254740992')).toBeUndefined()
    expect(sumVerdict(['1.5', '××.××'], '1.5')).toBeUndefined()
    expect(sumVerdict(['0.1234567890123456'], '0.1234567890123456')).toBeUndefined()
    expect(sumVerdict(['1.33', '1.33', '1.33'], '4.00')).toEqual({
      status: 'rounding-tail',
      expected: '3.99',
      difference: '0.01',
      tolerance: '0.02',
    })
    expect(sumVerdict(['1.00', '2.00'], '3.10')).toEqual({
      status: 'mismatch',
      expected: '3',
      difference: '0.1',
      tolerance: '0.015',
    })
    expect(sumVerdict(['-2.5', ''], '-')).toEqual({
      status: 'mismatch',
      expected: '-2.5',
      difference: '2.5',
      tolerance: '0.05',
    })
    expect(sumVerdict(['658.67', '8285.36'], '8944.03')?.status).toBe('ok')
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

describe('sumHoldsExactly (the integer path of text-breakdown)', () => {
  const signed = (cell: string, minus: boolean): Printed => {
    const p = parsePrinted(cell)
    return minus && p.kind === 'amount' ? { ...p, value: neg(p.value) } : p
  }

  it('says what checkSum says (ok or rounding tail) whenever it decides, negated figures included', () => {
    let decided = 0
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, fc.boolean()), { maxLength: 8 }),
        cell,
        fc.boolean(),
        (parts, total, minus) => {
          const fast = sumHoldsExactly(
            parts.map(([c]) => c),
            parts.map(([, m]) => m),
            total,
            minus,
          )
          if (fast === undefined) return
          decided++
          const exact = checkSum(
            parts.map(([c, m]) => signed(c, m)),
            signed(total, minus),
          )
          expect(fast).toBe(exact.status === 'ok' || exact.status === 'rounding-tail')
        },
      ),
      { seed: 42, numRuns: 3000 },
    )
    expect(decided).toBeGreaterThan(500)
  }, 30_000)

  it('holds, fails, and leaves placeholders and long figures to the decimal path', () => {
    expect(sumHoldsExactly(['1.2', '3.4'], [false, false], '4.65', false)).toBe(true)
    expect(sumHoldsExactly(['5', '1'], [false, true], '4', false)).toBe(true)
    expect(sumHoldsExactly(['5', '1'], [false, false], '4', false)).toBe(false)
    expect(sumHoldsExactly(['5', '1'], [true, true], '6', true)).toBe(true)
    expect(sumHoldsExactly(['1.2', '××.××'], [false, false], '4.6', false)).toBeUndefined()
    expect(sumHoldsExactly(['9007199254740991', '1'], [false, false], '1', false)).toBeUndefined()
  })
})

describe('isAmountCell', () => {
  it('is true for an amount cell and false for anything else, as cellForm says', () => {
    expect(isAmountCell('12.50')).toBe(true)
    expect(isAmountCell('-3')).toBe(true)
    for (const text of ['', '-', '××.××', '-0.00', '1,234.00', 'abc']) expect(isAmountCell(text)).toBe(false)
  })
})

describe('a cell read once (digits now, exact value when asked)', () => {
  // canonical amounts and their look-alikes: leading zeros, negative zeros, a bare point, signs,
  // figures past 16 characters or past the safe range, blanks, dashes and placeholders
  const text = fc.oneof(
    cell,
    fc.stringMatching(/^-?[0-9]{1,20}(\.[0-9]{0,20})?$/),
    fc.constantFrom('-0', '-0.00', '00', '01.5', '1.', '.5', '+1', '9007199254740993', '-900719925474099.1'),
  )
  // the reading before the digits were read in one pass: the cheap parse, else the cell reader, else
  // the canonical parser (which throws on what is not a stored cell)
  const reference = (t: string): Printed | undefined => {
    try {
      return parseCanonicalAmount(t) ?? readCell(t) ?? fromCanonical(t)
    } catch {
      return undefined
    }
  }
  it('gives the printed value of the full reading, and integer digits exactly when it is a short amount', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, memo) => {
        const expected = reference(t)
        const read = () => {
          if (expected === undefined) return expect(() => printedOf(t)).toThrow()
          const got = printedOf(t)
          expect(got.kind).toBe(expected.kind)
          if (got.kind === 'amount' && expected.kind === 'amount') {
            expect(String(got.value)).toBe(String(expected.value))
            expect(got.decimals).toBe(expected.decimals)
          }
          const digits = cellInteger(t)
          const plain = t.replace('.', '')
          const short = expected.kind === 'amount' && t.length <= 16 && Number.isSafeInteger(Number(plain))
          expect(digits).toEqual(
            short
              ? { digits: Number(plain), decimals: t.includes('.') ? t.length - t.indexOf('.') - 1 : 0 }
              : undefined,
          )
          expect(isAmountCell(t)).toBe(expected.kind === 'amount')
        }
        // with a document's memo active (each cell read once) and without
        if (memo)
          withCellMemo({}, () => {
            read()
            read()
          })
        else read()
      }),
      { seed: 42, numRuns: 3000, interruptAfterTimeLimit: 20_000 },
    )
  }, 30_000)
})
