/**
 * Issue 14, seventh adversarial pass (branch hard8): amounts at the 400-digit input cap and one
 * past it, through every money function, against a BigInt oracle. Earlier passes fed the cap to
 * `amount` and `mul` alone; here every operation gets operands of 395–402 digits (integer part,
 * fraction or both, either sign): the answer is a typed error or exactly the oracle's. Fixed seeds;
 * about 5 s on a quiet machine.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Amount,
  add,
  allocateShares,
  amount,
  checkPercentage,
  checkSum,
  convertUnit,
  formatAmount,
  isMedbudgetError,
  type MoneyUnit,
  mul,
  parsePercent,
  parsePrinted,
  type RoundingMode,
  roundTo,
  share,
  shift,
  sub,
  toCanonical,
} from '../../src/index'

/** An exact decimal: `n / 10^s`. */
interface Exact {
  readonly n: bigint
  readonly s: number
}

/** The plain notation of `x` with no trailing fraction zeros (as `String(amount)` prints it). */
function plain(x: Exact): string {
  const negative = x.n < 0n
  let digits = (negative ? -x.n : x.n).toString()
  if (x.s <= 0) return (negative && x.n !== 0n ? '-' : '') + digits + '0'.repeat(-x.s)
  digits = digits.padStart(x.s + 1, '0')
  const whole = digits.slice(0, digits.length - x.s)
  const fraction = digits.slice(digits.length - x.s).replace(/0+$/, '')
  const text = fraction === '' ? whole : `${whole}.${fraction}`
  return negative && text !== '0' ? `-${text}` : text
}

/** `x` at scale `s` (s ≥ x.s). */
const at = (x: Exact, s: number): bigint => x.n * 10n ** BigInt(s - x.s)

/** Digits of the literal `text` (what the 400-digit cap counts). */
const digitsOf = (text: string): number => text.replace(/[^0-9]/g, '').length

/** The typed error's code, or the value; any other throw fails the test. */
function attempt<T>(f: () => T): { readonly code: string } | { readonly value: T } {
  try {
    return { value: f() }
  } catch (e) {
    expect(isMedbudgetError(e), String(e)).toBe(true)
    expect((e as Error).message.length).toBeLessThan(400)
    return { code: (e as { code: string }).code }
  }
}

/** A decimal literal of 395–402 digits in all: its text and exact value. */
const nearCapArb: fc.Arbitrary<{ readonly text: string; readonly exact: Exact }> = fc
  .record({
    total: fc.integer({ min: 395, max: 402 }),
    split: fc.integer({ min: 0, max: 402 }),
    negative: fc.boolean(),
    seed: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ total, split, negative, seed }) => {
    const fractionLength = Math.min(split, total - 1)
    const all = Array.from({ length: total }, (_, i) => String(seed[i % 8])).join('')
    // a leading 1 so the integer part has exactly its digits (no leading zeros to count)
    const digits = `1${all.slice(1)}`
    const whole = digits.slice(0, total - fractionLength)
    const fraction = digits.slice(total - fractionLength)
    const text = `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`
    return { text, exact: { n: BigInt(`${negative ? '-' : ''}${digits}`), s: fractionLength } }
  })

/** Half-up (away from zero), half-even and down (toward zero) rounding of `x` to `d` decimals. */
function roundExact(x: Exact, d: number, mode: RoundingMode): Exact {
  if (x.s <= d) return x
  const unit = 10n ** BigInt(x.s - d)
  const negative = x.n < 0n
  const m = negative ? -x.n : x.n
  let q = m / unit
  const r = m % unit
  const twice = 2n * r
  if (mode === 'halfUp' && twice >= unit) q++
  if (mode === 'halfEven' && (twice > unit || (twice === unit && q % 2n === 1n))) q++
  return { n: negative ? -q : q, s: d }
}

const CAP = 400

describe('money functions at the 400-digit cap and one past it (issue 14, seventh pass)', () => {
  it('amount, parsePrinted (commas, full-width digits and minus), toCanonical: exact up to the cap, AMOUNT_OUT_OF_RANGE past it, PRECISION_INVALID past 100 decimals', () => {
    fc.assert(
      fc.property(nearCapArb, ({ text, exact }) => {
        const within = digitsOf(text) <= CAP
        const a = attempt(() => amount(text))
        if (within) expect(a).toEqual({ value: expect.anything() })
        else expect(a).toEqual({ code: 'AMOUNT_OUT_OF_RANGE' })
        if ('value' in a) expect(String(a.value)).toBe(plain(exact))
        // printed with thousands separators, then in full-width digits and minus
        const [whole = '', fraction] = text.replace('-', '').split('.')
        const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
        const printed = `${text.startsWith('-') ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`
        const wide = printed
          .replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
          .replace('-', '－')
        for (const shown of [printed, wide]) {
          const p = attempt(() => parsePrinted(shown))
          if (!within) {
            expect(p).toEqual({ code: 'AMOUNT_OUT_OF_RANGE' })
            continue
          }
          // more decimals than any money function takes: refused as it is read (found by this pass)
          if ((fraction?.length ?? 0) > 100) {
            expect(p).toEqual({ code: 'PRECISION_INVALID' })
            continue
          }
          if (!('value' in p) || p.value.kind !== 'amount')
            throw new Error(`not an amount: ${shown.slice(0, 40)}`)
          expect(String(p.value.value)).toBe(plain(exact))
          expect(p.value.decimals).toBe(fraction?.length ?? 0)
          expect(toCanonical(p.value)).toBe(text)
        }
      }),
      { seed: 71, numRuns: 300 },
    )
  }, 120_000)

  it('add, sub, mul, shift, convertUnit, roundTo on amounts at the cap: the oracle, or AMOUNT_OUT_OF_RANGE', () => {
    const units: readonly [MoneyUnit, number][] = [
      ['元', 0],
      ['万元', 4],
      ['亿元', 8],
    ]
    fc.assert(
      fc.property(
        nearCapArb.filter(({ text }) => digitsOf(text) <= CAP),
        nearCapArb.filter(({ text }) => digitsOf(text) <= CAP),
        fc.integer({ min: -2100, max: 2100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom<RoundingMode>('halfUp', 'halfEven', 'down'),
        (x, y, places, decimals, mode) => {
          const a = amount(x.text)
          const b = amount(y.text)
          const s = Math.max(x.exact.s, y.exact.s)
          expect(String(add(a, b))).toBe(plain({ n: at(x.exact, s) + at(y.exact, s), s }))
          expect(String(sub(a, b))).toBe(plain({ n: at(x.exact, s) - at(y.exact, s), s }))
          // a product of two 400-digit amounts has at most 800 digits: always within the 2000-digit cap
          expect(String(mul(a, b))).toBe(plain({ n: x.exact.n * y.exact.n, s: x.exact.s + y.exact.s }))
          // shift: by at most 2000 places, exact while the result's leading digit stays within 10^±2000
          const shifted = attempt(() => shift(a, places))
          const lead = x.exact.n.toString().replace('-', '').length - 1 - x.exact.s + places
          if (lead <= 2000 && lead >= -2000 && Math.abs(places) <= 2000) {
            expect(shifted).toEqual({ value: expect.anything() })
            if ('value' in shifted)
              expect(String(shifted.value)).toBe(plain({ n: x.exact.n, s: x.exact.s - places }))
          } else expect(shifted).toEqual({ code: 'AMOUNT_OUT_OF_RANGE' })
          for (const [from, fromPower] of units)
            for (const [to, toPower] of units)
              expect(String(convertUnit(a, from, to))).toBe(
                plain({ n: x.exact.n, s: x.exact.s - fromPower + toPower }),
              )
          expect(String(roundTo(a, decimals, mode))).toBe(plain(roundExact(x.exact, decimals, mode)))
        },
      ),
      { seed: 72, numRuns: 150 },
    )
  }, 120_000)

  it('formatAmount at the cap: the oracle rounded half-up, grouped by three, and parsePrinted reads it back', () => {
    fc.assert(
      fc.property(
        nearCapArb.filter(({ text }) => digitsOf(text) <= CAP),
        fc.integer({ min: 0, max: 6 }),
        ({ text, exact }, decimals) => {
          const shown = formatAmount(amount(text), { decimals, thousands: true })
          const rounded = roundExact(exact, decimals, 'halfUp')
          expect(shown.replace(/,/g, '')).toBe(
            toFixedExact(rounded.s < decimals ? { n: at(rounded, decimals), s: decimals } : rounded),
          )
          const back = attempt(() => parsePrinted(shown))
          // rounding up may add a digit: 401 digits are refused on the way back, as any 401-digit input
          if (digitsOf(shown) <= CAP && 'value' in back && back.value.kind === 'amount')
            expect(String(back.value.value)).toBe(plain(rounded))
          else expect(back).toEqual({ code: 'AMOUNT_OUT_OF_RANGE' })
        },
      ),
      { seed: 73, numRuns: 150 },
    )
  }, 120_000)

  it('allocateShares of amounts at the cap: the shares add to exactly 100 and each is within one unit of the exact share', () => {
    fc.assert(
      fc.property(
        fc.array(
          nearCapArb.filter(({ text }) => digitsOf(text) <= CAP && !text.startsWith('-')),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 6 }),
        (values, decimals) => {
          const shares = allocateShares(
            values.map((v) => amount(v.text)),
            decimals,
          )
          const s = Math.max(...values.map((v) => v.exact.s))
          const scaled = values.map((v) => at(v.exact, s))
          const whole = scaled.reduce((p, q) => p + q, 0n)
          const unitsOf = (x: Amount): bigint => at(parseExact(String(x)), decimals)
          const hundred = 100n * 10n ** BigInt(decimals)
          expect(shares.map(unitsOf).reduce((p, q) => p + q, 0n)).toBe(hundred)
          shares.forEach((x, i) => {
            // |share·whole − value·100·10^d| < whole (within one unit of the last decimal)
            const gap = unitsOf(x) * whole - (scaled[i] as bigint) * hundred
            expect(gap < whole && -gap < whole).toBe(true)
          })
        },
      ),
      { seed: 74, numRuns: 100 },
    )
  }, 120_000)

  it('checkSum and checkPercentage on figures at the cap: the exact total is ok, one cent past the rounding of the parts is a mismatch; the share rounded half-up is right, 0.50 off is wrong', () => {
    fc.assert(
      fc.property(
        fc.array(
          nearCapArb.filter(({ text, exact }) => digitsOf(text) <= CAP - 2 && exact.s === 2),
          { minLength: 2, maxLength: 5 },
        ),
        (parts) => {
          const exactTotal = parts.reduce((p, q) => p + q.exact.n, 0n)
          const total = toFixedExact({ n: exactTotal, s: 2 })
          const printedParts = parts.map((p) => parsePrinted(p.text))
          const right = attempt(() => checkSum(printedParts, parsePrinted(total)))
          if (digitsOf(total) > CAP) {
            expect(right).toEqual({ code: 'AMOUNT_OUT_OF_RANGE' })
            return
          }
          if (!('value' in right)) throw new Error('no value')
          expect(right.value.status).toBe('ok')
          // one unit per part is within the rounding of the parts (a rounding tail): one more is not
          const off = toFixedExact({ n: exactTotal + BigInt(parts.length) + 1n, s: 2 })
          if (digitsOf(off) <= CAP) expect(checkSum(printedParts, parsePrinted(off)).status).toBe('mismatch')
          // the first part's share of the sum, printed as the exact share rounded half-up to 2 decimals
          const first = parts[0] as { readonly exact: Exact }
          if (exactTotal <= 0n || first.exact.n < 0n) return
          const pct = roundExact(exactShare(first.exact.n, exactTotal, 6), 2, 'halfUp')
          const part = parsePrinted(toFixedExact(first.exact))
          const whole = parsePrinted(total)
          const ok = share(part, whole)
          expect(ok.status).toBe('ok')
          if (ok.status === 'ok') expect(String(ok.value)).toBe(plain(pct))
          const printed = (x: Exact) => parsePercent(`${toFixedExact(x)}%`)
          expect(checkPercentage({ part, whole, printed: printed(pct) }).status).toBe('right')
          const wrong = checkPercentage({ part, whole, printed: printed({ n: pct.n + 50n, s: 2 }) })
          expect(wrong.status).toBe('wrong')
        },
      ),
      { seed: 75, numRuns: 25 },
    )
  }, 120_000)
})

/** `x` printed with exactly `x.s` decimals (no trimming). */
function toFixedExact(x: Exact): string {
  const negative = x.n < 0n
  const digits = (negative ? -x.n : x.n).toString().padStart(x.s + 1, '0')
  const whole = digits.slice(0, digits.length - x.s)
  const text = x.s === 0 ? whole : `${whole}.${digits.slice(digits.length - x.s)}`
  return negative ? `-${text}` : text
}

/** The exact value of a plain decimal literal. */
function parseExact(text: string): Exact {
  const [whole = '', fraction = ''] = text.split('.')
  return { n: BigInt(whole + fraction), s: fraction.length }
}

/** `part / whole × 100` truncated to `s` decimals, one digit more than is rounded away. */
function exactShare(part: bigint, whole: bigint, s: number): Exact {
  return { n: (part * 100n * 10n ** BigInt(s)) / whole, s }
}
