/**
 * Issue 14, fourth adversarial pass (branch hard4): inputs the earlier passes did not use — values
 * at the caps (400 input digits, 2,000 result digits, 10,000-character texts, each ±1), exotic
 * Unicode (full-width digits and signs, Arabic-Indic digits, combining marks, RTL marks, zero-width
 * joiners, U+2028, surrogate pairs), printed forms (`-0.00`, `(1,234.00)`, `1.234,56`, `１２３`,
 * `12万`), frozen / sealed / prototype-chained / getter / Proxy documents, duplicate JSON keys, a
 * 亿元 table in a 元 document, empty tables and tables of one row or one column. Every call: a typed
 * `MedbudgetError` or the right answer (BigInt / decimal.js oracle), deeply frozen. Regressions
 * found by this pass are named after their input.
 */
import Decimal from 'decimal.js'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import * as api from '../../src/index'
import { loadSample } from '../../src/samples/index'
import { CALLS } from './adversarial2/calls'
import { type Failure, outcome, unfrozen } from './adversarial2/run'

const TIMEOUT = 60_000
const SEED = { seed: 42 }

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

/** Typed error or a value; the value goes to `check` (which asserts). */
function typedOr<T>(f: () => T, check: (value: T) => void): void {
  let value: T
  try {
    value = f()
  } catch (e) {
    expect(api.isMedbudgetError(e), String(e)).toBe(true)
    return
  }
  expect(unfrozen(value)).toEqual([])
  check(value)
}

const FULL_WIDTH = (s: string): string =>
  s.replace(/[0-9.,\-+()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

/** A scaled BigInt as the plain decimal decimal.js prints (the oracle's text). */
const plain = (units: bigint, decimals: number): string =>
  new Decimal(units.toString()).div(10 ** decimals).toFixed()

const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',')

/** A printed figure for `units × 10^-decimals` in one of the forms tables use. */
const printedForms = fc
  .record({
    units: fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
    decimals: fc.integer({ min: 0, max: 4 }),
    group: fc.boolean(),
    negative: fc.constantFrom('-', '－', '−', '()', '（）'),
    width: fc.constantFrom('ascii', 'full'),
    pad: fc.constantFrom('', ' ', '\u3000', '\u2028', '\t'),
  })
  .map((r) => {
    const abs = r.units < 0n ? -r.units : r.units
    const digits = abs.toString().padStart(r.decimals + 1, '0')
    const whole = digits.slice(0, digits.length - r.decimals)
    const frac = digits.slice(digits.length - r.decimals)
    let text = (r.group ? grouped(whole) : whole) + (r.decimals > 0 ? `.${frac}` : '')
    if (r.units < 0n) {
      text = r.negative.length === 2 ? `${r.negative[0]}${text}${r.negative[1]}` : r.negative + text
    }
    if (r.width === 'full') text = FULL_WIDTH(text)
    return { text: r.pad + text + r.pad, value: plain(r.units, r.decimals) }
  })

/** Characters that must never change a figure into another figure. */
const EXOTIC = [
  '\u0663', // Arabic-Indic three
  '\u06f4', // extended Arabic-Indic four
  '\u0301', // combining acute
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u200d', // zero-width joiner
  '\u200b', // zero-width space
  '\u2028', // line separator
  '\ud840\udc00', // 𠀀, a surrogate pair
  '\ud800', // a lone surrogate
  ',', // European decimal comma / misplaced group
  '万',
  '亿',
  '％',
]

describe('adversarial pass 4: printed figures against an exact oracle', () => {
  it(
    'parsePrinted, parseAmount, parsePercent and sumPrinted read every printed form exactly (4,000 figures)',
    () => {
      fc.assert(
        fc.property(printedForms, ({ text, value }) => {
          expect(String(api.parseAmount(text))).toBe(value)
          const p = api.parsePrinted(text)
          expect(p.kind).toBe('amount')
          expect(String(p.kind === 'amount' ? p.value : '')).toBe(value)
          expect(unfrozen(p)).toEqual([])
          const pct = api.parsePercent(text)
          expect(String(pct.kind === 'amount' ? pct.value : '')).toBe(value)
          const s = api.sumPrinted([text, text, '-0.00', '—'])
          expect(String(s.total.value)).toBe(new Decimal(value).times(2).toFixed())
          expect(unfrozen(s)).toEqual([])
        }),
        { ...SEED, numRuns: 4_000 },
      )
    },
    TIMEOUT,
  )

  it(
    'an exotic character anywhere in a figure: a typed error or the same figure, never another (6,000 texts)',
    () => {
      const withExotic = fc
        .tuple(printedForms, fc.constantFrom(...EXOTIC), fc.nat())
        .map(([{ text, value }, c, at]) => {
          const k = at % (text.length + 1)
          return { text: text.slice(0, k) + c + text.slice(k), value, c }
        })
      fc.assert(
        fc.property(withExotic, ({ text, value, c }) => {
          for (const f of [api.parseAmount, api.amount]) {
            typedOr(
              () => f(text),
              (x) => {
                expect(String(x)).toBe(value)
              },
            )
          }
          typedOr(
            () => api.parsePrinted(text),
            (p) => {
              if (p.kind === 'amount') expect(String(p.value)).toBe(value)
            },
          )
          typedOr(
            () => api.parseIndicatorValue(text),
            (v) => {
              // a number read from it is the figure (scaled for 万/亿), or the text is kept as text
              if (v.kind === 'compare' && v.unit === '') expect(String(api.amount(v.value))).toBe(value)
              if (v.kind === 'compare' && v.scaled !== undefined) {
                expect(v.scaled.value).toBe(new Decimal(v.value).times(c === '亿' ? 1e8 : 1e4).toFixed())
              }
            },
          )
        }),
        { ...SEED, numRuns: 1_500 },
      )
    },
    TIMEOUT,
  )

  it('the named forms: -0.00, (1,234.00), １２３, 12万, −0 and friends', () => {
    expect(String(api.parseAmount('-0.00'))).toBe('0')
    expect(Object.is(Number(String(api.amount('-0.00'))), -0)).toBe(false)
    expect(api.formatAmount(api.amount('-0.00'), { decimals: 2 })).toBe('0.00')
    expect(api.formatAmount(api.amount('-0.001'), { decimals: 2 })).toBe('0.00')
    expect(String(api.amount(-0))).toBe('0')
    expect(String(api.parseAmount('(1,234.00)'))).toBe('-1234')
    expect(String(api.parseAmount('（１，２３４．００）'))).toBe('-1234')
    expect(String(api.parseAmount('１２３'))).toBe('123')
    expect(String(api.parseAmount('−0'))).toBe('0')
    for (const bad of ['1.234,56', '12万', '1.5亿', '٣٤٥', '1\u200d23', '12,34', '1e5', '0x10', '.5', '5.']) {
      expect(() => api.parseAmount(bad), bad).toThrow(expect.objectContaining({ code: 'AMOUNT_MALFORMED' }))
    }
    // a unit is read as a unit, never multiplied silently
    const p = api.parsePrinted('12万元')
    expect(p.kind === 'amount' ? [String(p.value), p.unit] : []).toEqual(['12', '万元'])
  })
})

describe('adversarial pass 4: regressions', () => {
  it("parseIndicatorValue('1.234,56') is not 1.23456 (a European decimal comma was dropped as a thousands separator)", () => {
    expect(api.parseIndicatorValue('1.234,56')).toEqual({ kind: 'text', text: '1.234,56' })
    expect(api.parseIndicatorValue('0.123,456')).toEqual({ kind: 'text', text: '0.123,456' })
    expect(api.parseIndicatorValue('≥12,34人').kind).toBe('text')
    // commas that group thousands are still read
    expect(api.parseIndicatorValue('≥1,234,567.5元')).toEqual({
      kind: 'compare',
      op: '>=',
      value: '1234567.5',
      unit: '元',
    })
    expect(api.parseIndicatorValue('50-1,000元')).toEqual({
      kind: 'range',
      min: '50',
      max: '1000',
      unit: '元',
    })
  })

  it("parseCode('201\\u200d01') is 20101, not code 201 named '01' (invisible format characters ignored)", () => {
    expect(api.parseCode('201\u200d01')).toMatchObject({ code: '20101', level: 'kuan' })
    expect(api.parseCode('201\u200d01').name).toBeUndefined()
    expect(api.parseCode('\u200f20101')).toMatchObject({ code: '20101' })
    expect(api.parseCode('\ufeff【2010101】行政运行')).toMatchObject({ code: '2010101', name: '行政运行' })
    expect(api.lookupTerm('一般公共预算\u200d')).toMatchObject({ found: true, id: 'general-public-budget' })
    expect(api.lookupTerm('\u202e基本支出')).toMatchObject({ found: true, id: 'basic-expenditure' })
    expect(api.normalizeName('行政\u200b运行')).toBe('行政运行')
    // visible characters still count
    expect(api.lookupTerm('一般公共预算x')).toMatchObject({ found: false })
    expect(() => api.parseCode('٢٠١٠١')).toThrow(expect.objectContaining({ code: 'CODE_MALFORMED' }))
  })

  it("amount('x' × 10,000) is AMOUNT_MALFORMED, not 'more than 400 digits'", () => {
    expect(() => api.amount('x'.repeat(10_000))).toThrow(
      expect.objectContaining({ code: 'AMOUNT_MALFORMED' }),
    )
    expect(() => api.amount(`+${'1'.repeat(500)}`)).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }),
    )
    expect(() => api.amount('1'.repeat(10_001))).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }),
    )
    expect(String(api.amount('1'.repeat(400)))).toBe('1'.repeat(400))
  })
})

describe('adversarial pass 4: caps ±1', () => {
  it("ancestorCodes('\u202e20101') is frozen (ancestorCodes returned its array unfrozen)", () => {
    expect(Object.isFrozen(api.ancestorCodes('\u202e20101'))).toBe(true)
    expect(api.ancestorCodes('2010101')).toEqual(['201', '20101'])
    expect(Object.isFrozen(api.ancestorCodes('201'))).toBe(true)
  })

  it('400 input digits and 2,000 result digits, each side of the bound', () => {
    for (const len of [399, 400, 401, 402, 403]) {
      const digits = '9'.repeat(len)
      for (const f of [api.amount, api.parseAmount] as const) {
        typedOr(
          () => f(digits),
          (x) => {
            expect(BigInt(String(x))).toBe(BigInt(digits))
          },
        )
        typedOr(
          () => f(`-0.${digits}`),
          (x) => {
            expect(new Decimal(String(x)).eq(new Decimal(`-0.${digits}`))).toBe(true)
          },
        )
      }
    }
    const big = api.amount('9'.repeat(400))
    // the cap is the magnitude: 10^2000 is the largest power of ten (2,001 digits), 10^2001 is refused
    for (const by of [1_600, 1_601, 1_602]) {
      typedOr(
        () => api.shift(big, by),
        (x) => {
          expect(String(x)).toBe('9'.repeat(400) + '0'.repeat(by))
        },
      )
    }
    expect(String(api.shift(big, 1_601)).length).toBe(2_001)
    expect(() => api.shift(big, 1_602)).toThrow(expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }))
    const half = api.shift(big, 600) // 1,000 digits
    typedOr(
      () => api.mul(half, half),
      (x) => {
        expect(BigInt(String(x))).toBe(BigInt(String(half)) ** 2n)
      },
    )
    typedOr(
      () => api.mul(api.mul(half, half), api.amount(10)),
      (x) => {
        expect(BigInt(String(x))).toBe(BigInt(String(half)) ** 2n * 10n)
      },
    )
  })

  it(
    'texts of 9,999 / 10,000 / 10,001 characters of exotic Unicode in every text slot',
    () => {
      const pieces = [
        '１',
        '٣',
        '\u0301',
        '\u200f',
        '\u200d',
        '\u2028',
        '\ud840\udc00',
        '-0.00',
        '(1,234.00)',
      ]
      const texts: [string, string][] = []
      for (const p of pieces)
        for (const len of [9_999, 10_000, 10_001])
          texts.push([`${JSON.stringify(p)}→${len}`, p.repeat(len).slice(0, len)])
      for (const named of [
        '-0.00',
        '(1,234.00)',
        '1.234,56',
        '１２３',
        '12万',
        '−0',
        '\u202e20101',
        '一般公共预算\u200d',
      ])
        texts.push([JSON.stringify(named), named])
      const out: Failure[] = []
      for (const [name, slot, f] of CALLS) {
        if (slot !== 'text') continue
        for (const [label, x] of texts) {
          const r = outcome(name, label, () => f(x as never))
          if (r !== undefined) out.push(r)
        }
      }
      expect(out).toEqual([])
    },
    TIMEOUT,
  )

  it(
    'numbers at the bounds: 399–402, 1,999–2,001, 9,999–10,001, 2^31, −2^31−1, −0',
    () => {
      const numbers = [
        399,
        400,
        401,
        402,
        1_999,
        2_000,
        2_001,
        -2_000,
        9_999,
        10_000,
        10_001,
        2 ** 31,
        -(2 ** 31) - 1,
        -0,
      ]
      const out: Failure[] = []
      for (const [name, slot, f] of CALLS) {
        if (slot !== 'number') continue
        for (const x of numbers) {
          const r = outcome(name, String(x), () => f(x as never))
          if (r !== undefined) out.push(r)
        }
      }
      expect(out).toEqual([])
    },
    TIMEOUT,
  )
})

describe('adversarial pass 4: documents', () => {
  const doc = loadSample('000')
  const plainCopy = (): Record<string, unknown> => JSON.parse(JSON.stringify(doc))
  const summary = JSON.stringify(api.reconcile(doc).summary)
  const deepFreeze = (o: unknown): void => {
    if (o !== null && typeof o === 'object') {
      for (const v of Object.values(o)) deepFreeze(v)
      Object.freeze(o)
    }
  }

  it('frozen, sealed, getter, class-instance, Proxy and duplicate-key copies read as the plain copy', () => {
    const variants: [string, () => unknown][] = [
      [
        'deeply frozen',
        () => {
          const c = plainCopy()
          deepFreeze(c)
          return c
        },
      ],
      ['sealed', () => Object.seal(plainCopy())],
      ['prevented extensions', () => Object.preventExtensions(plainCopy())],
      [
        'tables behind a getter',
        () => {
          const c = plainCopy()
          const t = c.tables
          delete c.tables
          Object.defineProperty(c, 'tables', { get: () => t, enumerable: true })
          return c
        },
      ],
      ['class instance', () => Object.setPrototypeOf(plainCopy(), class Doc {}.prototype)],
      ['transparent Proxy', () => new Proxy(plainCopy(), {})],
      [
        'duplicate keys (last wins)',
        () => JSON.parse(JSON.stringify(doc).replace('{', '{"title":"x","title":"y",')),
      ],
    ]
    for (const [name, make] of variants) {
      const parsed = api.parseDisclosure(make() as never)
      expect(unfrozen(parsed), name).toEqual([])
      expect(parsed.tables.length, name).toBe(doc.tables.length)
      const report = api.reconcile(make() as never)
      expect(unfrozen(report), name).toEqual([])
      if (name !== 'duplicate keys (last wins)') expect(JSON.stringify(report.summary), name).toBe(summary)
    }
    // a document that only inherits its fields is not a document
    expect(() => api.parseDisclosure(Object.create(plainCopy()) as never)).toThrow(
      expect.objectContaining({ code: 'DOCUMENT_INVALID' }),
    )
  })

  it('empty tables, tables of one row, a 亿元 table in a 元 document, 200× wide rows: typed or frozen, never a hang', () => {
    type T = { rows: unknown[]; unit: string; columns: unknown[] }
    const shapes: [string, (c: { tables: T[] }) => void][] = [
      ['no tables', (c) => (c.tables = [])],
      [
        'every table empty',
        (c) => {
          for (const t of c.tables) t.rows = []
        },
      ],
      [
        'every table of one row',
        (c) => {
          for (const t of c.tables) t.rows = t.rows.slice(0, 1)
        },
      ],
      ['a 亿元 table', (c) => ((c.tables[0] as T).unit = '亿元')],
      [
        'rows repeated 200×',
        (c) => ((c.tables[0] as T).rows = Array.from({ length: 200 }, () => (c.tables[0] as T).rows).flat()),
      ],
    ]
    for (const [name, change] of shapes) {
      const c = plainCopy() as unknown as { tables: T[] }
      change(c)
      const label = name
      typedOr(
        () => api.reconcile(c as never),
        (report) => {
          expect(report.summary.checks, label).toBeGreaterThanOrEqual(0)
        },
      )
      typedOr(
        () => api.parseDisclosure(c as never),
        (d) => {
          for (const t of d.tables) {
            for (const render of [api.renderCsv, api.renderMarkdown, api.renderHtml, api.renderText]) {
              typedOr(
                () => render(t),
                (s) => {
                  expect(typeof s).toBe('string')
                },
              )
            }
          }
        },
      )
    }
    // the mixed unit is a mismatch to report, not a silent pass
    const mixed = plainCopy() as unknown as { tables: T[] }
    ;(mixed.tables[0] as T).unit = '亿元'
    expect(api.reconcile(mixed as never).summary.mismatches).toBeGreaterThan(JSON.parse(summary).mismatches)
  })

  it('a table title of RTL overrides, U+2028, a lone surrogate and markup renders escaped', () => {
    const c = plainCopy() as unknown as { tables: { title: string }[] }
    ;(c.tables[0] as { title: string }).title = '\u202e<b>x</b>\u2028\ud800&'
    const t = api.parseDisclosure(c as never).tables[0] as api.PrintedTable
    const html = api.renderHtml(t)
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;b&gt;')
    expect(api.renderMarkdown(t)).not.toContain('<b>')
  })
})

describe('adversarial pass 4: roundTwoWayTable and convertUnit against exact oracles', () => {
  it(
    'tables of one row, one column, negative zero and -0.00: additive, each figure at its floor or ceiling (600 tables)',
    () => {
      const shape = fc.oneof(
        fc.tuple(fc.constant(1), fc.integer({ min: 1, max: 12 })),
        fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constant(1)),
        fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
      )
      const cell = fc.oneof(
        fc.integer({ min: -99_999, max: 99_999 }).map((u) => api.amount(plain(BigInt(u), 3))),
        fc.constantFrom(api.amount(-0), api.amount('-0.00'), api.amount('0.050'), api.amount('-0.050')),
      )
      const table = shape.chain(([m, n]) =>
        fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
      )
      fc.assert(
        fc.property(table, (cells) => {
          const t = api.roundTwoWayTable(cells, 1)
          expect(unfrozen(t)).toEqual([])
          const units = (x: api.Amount): bigint => BigInt(new Decimal(String(x)).times(10).toFixed())
          const within = (rounded: api.Amount, exact: Decimal): void => {
            const r = units(rounded)
            const e = exact.times(10)
            expect(new Decimal(r.toString()).gte(e.floor()) && new Decimal(r.toString()).lte(e.ceil())).toBe(
              true,
            )
          }
          let grand = new Decimal(0)
          cells.forEach((row, i) => {
            let rowSum = 0n
            let exact = new Decimal(0)
            row.forEach((c, j) => {
              within(t.cells[i]?.[j] as api.Amount, new Decimal(String(c)))
              rowSum += units(t.cells[i]?.[j] as api.Amount)
              exact = exact.plus(String(c))
            })
            expect(units(t.rowTotals[i] as api.Amount)).toBe(rowSum)
            within(t.rowTotals[i] as api.Amount, exact)
            grand = grand.plus(exact)
          })
          ;(cells[0] ?? []).forEach((_, j) => {
            let colSum = 0n
            cells.forEach((_, i) => {
              colSum += units(t.cells[i]?.[j] as api.Amount)
            })
            expect(units(t.columnTotals[j] as api.Amount)).toBe(colSum)
          })
          within(t.grandTotal, grand)
          expect(String(t.grandTotal)).not.toBe('-0')
        }),
        { ...SEED, numRuns: 600 },
      )
    },
    TIMEOUT,
  )

  it('convertUnit between 元, 万元 and 亿元 is exact both ways (2,000 amounts)', () => {
    const factor: Record<string, bigint> = { 元: 1n, 万元: 10_000n, 亿元: 100_000_000n }
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.constantFrom('元', '万元', '亿元'),
        fc.constantFrom('元', '万元', '亿元'),
        (units, from, to) => {
          const x = api.amount(plain(units, 2))
          const y = api.convertUnit(x, from as api.MoneyUnit, to as api.MoneyUnit)
          const want = new Decimal(units.toString())
            .div(100)
            .times((factor[from] as bigint).toString())
            .div((factor[to] as bigint).toString())
          expect(new Decimal(String(y)).eq(want)).toBe(true)
          expect(String(api.convertUnit(y, to as api.MoneyUnit, from as api.MoneyUnit))).toBe(String(x))
        },
      ),
      { ...SEED, numRuns: 2_000 },
    )
  })
})
