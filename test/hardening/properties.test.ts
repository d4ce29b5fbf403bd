/**
 * Issue 14: adversarial property tests over the public entry points. Every input yields either a
 * typed `MedbudgetError` or a correct, frozen answer (checked against exact BigInt oracles), and
 * nothing reaches `Object.prototype`. Fixed seed, bounded runs; no timing assertions — linearity
 * is checked by running 10^5–10^6-character inputs within the test timeout.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  add,
  amount,
  cmp,
  convertUnit,
  functionalCatalog,
  isMedbudgetError,
  lookupTerm,
  mul,
  normalizeName,
  type PrintedTable,
  parseCode,
  parsePercent,
  parsePrinted,
  renderCsv,
  renderMarkdown,
  roundTo,
  safeParseDisclosure,
  searchGlossary,
  shift,
  sub,
  sumPrinted,
} from '../../src/index'

const RUNS = { seed: 42, numRuns: 5000 } as const
/** Schemas and parsers get at least 10,000 generated inputs each. */
const MANY = { seed: 42, numRuns: 10_000 } as const
const TIMEOUT = 60_000

/** Runs `f`; a thrown error must be a MedbudgetError. Returns the result or undefined. */
function typedOrValue<T>(f: () => T): T | undefined {
  try {
    return f()
  } catch (e) {
    if (!isMedbudgetError(e)) throw new Error(`untyped error: ${String(e)}`)
    expect(e.message.length).toBeLessThan(1000)
    return undefined
  }
}

afterEach(() => {
  // no prototype pollution, whatever the inputs were
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

/** Text built from the characters the parsers care about, plus anything else. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      ...'0123456789,.-+()（）－，．%％ \t\u3000元万亿×x*·<>[]【】|\\=@"\'\n'.split(''),
      '__proto__',
      'constructor',
      '\uFFFE',
      '\uD800',
    ),
    maxLength: 60,
  }),
)

/** A decimal with BigInt oracle: integer digits, fraction digits, sign. */
const decimalParts = fc.record({
  negative: fc.boolean(),
  int: fc.bigInt({ min: 0n, max: 10n ** 30n }),
  frac: fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), maxLength: 8 }),
})

function groupThousands(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

describe('money', () => {
  it(
    'parsePrinted: typed error or a frozen answer, on any text',
    () => {
      fc.assert(
        fc.property(hostileText, (s) => {
          const p = typedOrValue(() => parsePrinted(s))
          if (p !== undefined) expect(Object.isFrozen(p)).toBe(true)
        }),
        RUNS,
      )
    },
    TIMEOUT,
  )
  it(
    'parsePrinted reads printed figures exactly (BigInt oracle)',
    () => {
      fc.assert(
        fc.property(decimalParts, fc.boolean(), ({ negative, int, frac }, grouped) => {
          const text = `${negative ? '-' : ''}${grouped ? groupThousands(int) : int.toString()}${frac ? `.${frac}` : ''}`
          const p = parsePrinted(text)
          expect(p.kind).toBe('amount')
          if (p.kind !== 'amount') return
          expect(p.decimals).toBe(frac.length)
          const scaled = (int * 10n ** BigInt(frac.length) + BigInt(frac || '0')) * (negative ? -1n : 1n)
          expect(String(shift(p.value, frac.length))).toBe(scaled.toString())
        }),
        RUNS,
      )
    },
    TIMEOUT,
  )
  it(
    'parsePercent and sumPrinted: typed error or answer; sums exact',
    () => {
      fc.assert(
        fc.property(hostileText, (s) => {
          typedOrValue(() => parsePercent(s))
          typedOrValue(() => sumPrinted([s, '1']))
        }),
        RUNS,
      )
      fc.assert(
        fc.property(fc.array(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), { maxLength: 30 }), (xs) => {
          const texts = xs.map(
            (x) =>
              `${x < 0n ? '-' : ''}${(x < 0n ? -x : x) / 100n}.${((x < 0n ? -x : x) % 100n).toString().padStart(2, '0')}`,
          )
          const total = xs.reduce((s, x) => s + x, 0n)
          expect(String(shift(sumPrinted(texts).total.value, 2))).toBe(total.toString())
        }),
        RUNS,
      )
    },
    TIMEOUT,
  )
  it(
    'arithmetic agrees with BigInt and stays within the cap',
    () => {
      const big = fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n })
      fc.assert(
        fc.property(big, big, fc.integer({ min: -3000, max: 3000 }), (x, y, n) => {
          const a = amount(x)
          const b = amount(y)
          expect(String(add(a, b))).toBe((x + y).toString())
          expect(String(sub(a, b))).toBe((x - y).toString())
          expect(String(mul(a, b))).toBe((x * y).toString())
          expect(cmp(a, b)).toBe(x < y ? -1 : x > y ? 1 : 0)
          const shifted = typedOrValue(() => shift(a, n))
          if (shifted !== undefined && n >= 0) expect(String(shifted)).toBe((x * 10n ** BigInt(n)).toString())
          if (Math.abs(n) > 2000) expect(shifted).toBeUndefined()
        }),
        RUNS,
      )
    },
    TIMEOUT,
  )
  it(
    'enum-like arguments: any string is a typed error or a valid answer',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.constantFrom('toString', '__proto__', 'valueOf', 'constructor', 'halfUp', '元', '万元'),
          ),
          (mode) => {
            typedOrValue(() => roundTo(amount('2.5'), 0, mode as never))
            typedOrValue(() => convertUnit(amount('2.5'), mode as never, '元'))
            typedOrValue(() => shift(amount(1), Number(mode)))
          },
        ),
        RUNS,
      )
    },
    TIMEOUT,
  )
})

describe('codes and glossary', () => {
  it(
    'parseCode, lookup, searchByName, normalizeName: typed error or frozen answer',
    () => {
      fc.assert(
        fc.property(hostileText, (s) => {
          const p = typedOrValue(() => parseCode(s))
          if (p !== undefined) {
            expect(Object.isFrozen(p)).toBe(true)
            expect(p.code).toMatch(/^[235]\d{2}(\d{2}){0,2}$/)
          }
          const l = typedOrValue(() => functionalCatalog.searchByName(s, { fuzzy: true }))
          if (l !== undefined) expect(Object.isFrozen(l)).toBe(true)
          expect(typeof normalizeName(s)).toBe('string')
        }),
        MANY,
      )
    },
    TIMEOUT,
  )
  it(
    'lookupTerm and searchGlossary: typed error or frozen answer',
    () => {
      fc.assert(
        fc.property(hostileText, (s) => {
          const l = typedOrValue(() => lookupTerm(s))
          if (l !== undefined) expect(Object.isFrozen(l)).toBe(true)
          const hits = typedOrValue(() => searchGlossary(s))
          if (hits !== undefined) expect(Object.isFrozen(hits)).toBe(true)
        }),
        MANY,
      )
    },
    TIMEOUT,
  )
})

describe('document model', () => {
  it(
    'safeParseDisclosure never throws on any JSON value (with __proto__ keys)',
    () => {
      const json = fc.jsonValue({ maxDepth: 5 })
      const withProto = fc
        .tuple(json, fc.constantFrom('__proto__', 'constructor', 'prototype'))
        .map(([v, k]) => JSON.parse(`{"${k}":{"polluted":1},"x":${JSON.stringify(v ?? null)}}`) as unknown)
      fc.assert(
        fc.property(fc.oneof(json, withProto), (v) => {
          const r = safeParseDisclosure(v)
          expect(Object.isFrozen(r)).toBe(true)
          if (!r.success) expect(r.error.code).toBe('DOCUMENT_INVALID')
        }),
        MANY,
      )
    },
    TIMEOUT,
  )
})

/** The cells of an RFC 4180 text (quoted cells unquoted). */
function csvCells(text: string): string[] {
  const out: string[] = []
  let i = 0
  while (i < text.length) {
    let cell = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        const q = text.indexOf('"', i)
        if (q < 0) throw new Error('unterminated quote')
        cell += text.slice(i, q)
        if (text[q + 1] === '"') {
          cell += '"'
          i = q + 2
        } else {
          i = q + 1
          break
        }
      }
    } else {
      let j = i
      while (j < text.length && text[j] !== ',' && text[j] !== '\r') j++
      cell = text.slice(i, j)
      i = j
    }
    out.push(cell)
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) i += 2
  }
  return out
}

describe('renderers', () => {
  const tableWith = (name: string, cell: string): PrintedTable => ({
    id: 't',
    kind: 'expenditure',
    title: name,
    columns: [{ key: 'total', header: ['合计'] }],
    rows: [{ kind: 'detail', name, cells: { total: cell } }],
  })
  it(
    'renderCsv never writes a cell a spreadsheet would evaluate; renderMarkdown no raw HTML',
    () => {
      fc.assert(
        fc.property(hostileText, (s) => {
          const csv = typedOrValue(() => renderCsv(tableWith(s, '1')))
          if (csv !== undefined) {
            for (const c of csvCells(csv)) {
              // a plain figure (+0, -12.50) is read as a number, never as a formula
              if (/^[=@+\t\r]/.test(c) && !/^[+-]?[\d,]*\.?\d+%?$/.test(c))
                throw new Error(`formula cell: ${c}`)
            }
          }
          const md = typedOrValue(() => renderMarkdown(tableWith(s, '1')))
          if (md !== undefined) expect(md.includes('<')).toBe(false)
        }),
        RUNS,
      )
    },
    TIMEOUT,
  )
})

describe('linearity: 10^5–10^6-character inputs finish within the test timeout', () => {
  const huge = [
    `1${' '.repeat(1e5)}1`,
    `[${' '.repeat(1e5)}x`,
    '<'.repeat(1e6),
    `${'1,'.repeat(5e5)}`,
    `${'(一)'.repeat(1e5)}`,
    `${':'.repeat(1e6)}x`,
  ]
  it.each(huge.map((s, i) => [i, s] as const))(
    'input %i: every parser answers or raises a typed error',
    (_, s) => {
      typedOrValue(() => parsePrinted(s))
      typedOrValue(() => parsePercent(s))
      typedOrValue(() => sumPrinted([s]))
      typedOrValue(() => parseCode(s))
      typedOrValue(() => functionalCatalog.searchByName(s, { fuzzy: true }))
      typedOrValue(() => lookupTerm(s))
      typedOrValue(() => searchGlossary(s))
      expect(typeof normalizeName(s)).toBe('string')
      const r = safeParseDisclosure({ title: s })
      expect(r.success).toBe(false)
    },
    TIMEOUT,
  )
})
