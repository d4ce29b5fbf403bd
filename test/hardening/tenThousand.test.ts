/**
 * Issue 14 (third pass): at least 10,000 generated inputs per parser and schema in total. This
 * file raises every entry point the earlier suites fed fewer than 10,000 inputs (the table
 * "entry → inputs fed → oracle" is in docs/hardening.md): each input yields a typed
 * `MedbudgetError` or the answer an exact oracle (BigInt, decimal.js, the catalogs' own entry
 * lists, the input itself for a valid document) expects, frozen; nothing reaches
 * `Object.prototype`. Fixed seeds, explicit run counts; the inputs are small, so each property
 * takes well under a few seconds.
 */
import Decimal from 'decimal.js'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  amount,
  type CatalogEntry,
  departmentEconomicCatalog,
  functionalCatalog,
  governmentEconomicCatalog,
  isMedbudgetError,
  parseAmount,
  parseCode,
  parseDisclosure,
  parseIndicatorValue,
  parsePercent,
} from '../../src/index'
import * as model from '../../src/model/index'
import { readDisclosure } from '../../src/read/readDisclosure'
import { loadSample } from '../../src/samples/index'
import { READ_VOCABULARY } from '../read/readVocabulary'
import { unfrozen } from './adversarial2/run'

const TEN_THOUSAND = 10_000
const TIMEOUT = 120_000

/** Runs `f`; a thrown error must be a MedbudgetError with a bounded message. Returns the result or undefined. */
function typedOrValue<T>(f: () => T): T | undefined {
  try {
    return f()
  } catch (e) {
    if (!isMedbudgetError(e)) throw new Error(`untyped error: ${String(e)}`)
    expect(e.message.length).toBeLessThan(2000)
    return undefined
  }
}

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

const digit = fc.constantFrom(...'0123456789'.split(''))
/** A printed decimal and its exact value as a scaled BigInt. */
const printedDecimal = fc
  .record({
    negative: fc.boolean(),
    int: fc.bigInt({ min: 0n, max: 10n ** 24n }),
    frac: fc.string({ unit: digit, maxLength: 6 }),
    grouped: fc.boolean(),
  })
  .map(({ negative, int, frac, grouped }) => {
    const body = grouped ? int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int.toString()
    const text = `${negative ? '-' : ''}${body}${frac ? `.${frac}` : ''}`
    const scaled = (int * 10n ** BigInt(frac.length) + BigInt(frac || '0')) * (negative ? -1n : 1n)
    return { text, scaled, decimals: frac.length }
  })

/** Text from the characters parsers care about, and anything else. */
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      ...'0123456789,.-+()（）－，．%％ \t\u3000元万亿≥≤<>=~至年月底前日'.split(''),
      '__proto__',
      'constructor',
      '\uD800',
      '\uFFFE',
    ),
    maxLength: 40,
  }),
)

/** `value` × 10^decimals as an exact BigInt string, via decimal.js. */
const Exact = Decimal.clone({ precision: 1_000 })
const scaledOf = (value: { toString(): string }, decimals: number): string =>
  new Exact(String(value)).times(new Exact(10).pow(decimals)).toFixed(0)

describe('money parsers against exact oracles', () => {
  it(
    'parsePercent reads 5,000 printed percentages exactly (the other 5,000 inputs: properties.test)',
    () => {
      fc.assert(
        fc.property(printedDecimal, fc.constantFrom('%', '％'), ({ text, scaled, decimals }, sign) => {
          const p = parsePercent(`${text}${sign}`)
          expect(Object.isFrozen(p)).toBe(true)
          expect(p.kind).toBe('amount')
          if (p.kind !== 'amount') return
          expect(p.decimals).toBe(decimals)
          expect(scaledOf(p.value, decimals)).toBe(scaled.toString())
        }),
        { seed: 42, numRuns: 5_000 },
      )
    },
    TIMEOUT,
  )

  it(
    'parseAmount: 10,000 inputs, exact (BigInt oracle) on figures, a typed error on anything else',
    () => {
      fc.assert(
        fc.property(fc.oneof(printedDecimal, hostile), (input) => {
          if (typeof input === 'string') {
            const a = typedOrValue(() => parseAmount(input))
            if (a !== undefined) expect(Object.isFrozen(a)).toBe(true)
            return
          }
          const a = parseAmount(input.text)
          expect(scaledOf(a, input.decimals)).toBe(input.scaled.toString())
        }),
        { seed: 42, numRuns: TEN_THOUSAND },
      )
    },
    TIMEOUT,
  )

  it(
    'amount: 5,000 strings (with the 5,000 BigInt operands of properties.test, 10,000), exact or typed',
    () => {
      fc.assert(
        fc.property(fc.oneof(printedDecimal, hostile), (input) => {
          if (typeof input === 'string') {
            const a = typedOrValue(() => amount(input))
            // whatever amount() accepts is a decimal whose value decimal.js reads the same way
            if (a !== undefined) expect(new Exact(String(a)).eq(new Exact(input.trim()))).toBe(true)
            return
          }
          // amount() takes canonical decimals, not printed ones: ungrouped
          const plain = input.text.replaceAll(',', '')
          const a = amount(plain)
          expect(scaledOf(a, input.decimals)).toBe(input.scaled.toString())
        }),
        { seed: 42, numRuns: 5_000 },
      )
    },
    TIMEOUT,
  )
})

describe('codes against the catalogs’ own entry lists', () => {
  const catalogs = [
    ['functional', functionalCatalog, [3, 5, 7]],
    ['department economic', departmentEconomicCatalog, [3, 5]],
    ['government economic', governmentEconomicCatalog, [3, 5]],
  ] as const

  for (const [name, catalog, lengths] of catalogs) {
    it(
      `${name} catalog lookup: 10,000 codes, known exactly when the entry list has them`,
      () => {
        const entries = catalog.entries as readonly CatalogEntry<string>[]
        const codes = new Set(entries.map((e) => e.code))
        const listed = fc.constantFrom(...entries.map((e) => e.code))
        const random = fc
          .constantFrom(...lengths)
          .chain((n) => fc.string({ unit: digit, minLength: n, maxLength: n }))
        fc.assert(
          fc.property(fc.oneof(listed, random, hostile), fc.constantFrom(2020, 2024, 2026), (code, year) => {
            const l = typedOrValue(() => catalog.lookup(code, { year }))
            if (l === undefined) {
              // only text that is no code of this catalog is refused
              expect(codes.has(code)).toBe(false)
              return
            }
            expect(unfrozen(l)).toEqual([])
            if (/^\d+$/.test(code)) {
              expect(l.code).toBe(code)
              expect(l.status).toBe(codes.has(code) ? 'known' : 'unknown')
              if (l.status === 'known') expect(l.entry.code).toBe(code)
            }
          }),
          { seed: 42, numRuns: TEN_THOUSAND },
        )
      },
      TIMEOUT,
    )
  }

  it(
    'parseCode: 5,000 printed forms of listed codes give the code back (the 10,000 hostile: properties.test)',
    () => {
      const entries = functionalCatalog.entries as readonly CatalogEntry<string>[]
      const seven = entries.map((e) => e.code).filter((c) => c.length === 7)
      fc.assert(
        fc.property(
          fc.constantFrom(...seven),
          fc.constantFrom('', ' ', '\t', ' | '),
          fc.boolean(),
          (code, sep, bracket) => {
            const joined = [code.slice(0, 3), code.slice(3, 5), code.slice(5)].join(sep)
            const p = parseCode(bracket ? `【${joined}】` : joined)
            expect(Object.isFrozen(p)).toBe(true)
            expect(p.code).toBe(code)
            expect(p.level).toBe('xiang')
          },
        ),
        { seed: 42, numRuns: 5_000 },
      )
    },
    TIMEOUT,
  )
})

describe('parseIndicatorValue against its grammar', () => {
  const number = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.string({ unit: digit, minLength: 1, maxLength: 4 }))
    .map(([i, f]) => ({ text: `${i}.${f}`, value: new Exact(`${i}.${f}`) }))
  const ops = [
    ['≥', '>='],
    ['>=', '>='],
    ['≤', '<='],
    ['<=', '<='],
    ['＞', '>'],
    ['<', '<'],
    ['＝', '='],
    ['', '='],
  ] as const
  const units = ['%', '人次', '万人次', '亿元', '万元', '家', '']
  const structured = fc.oneof(
    fc.record({
      kind: fc.constant('compare' as const),
      op: fc.constantFrom(...ops),
      n: number,
      unit: fc.constantFrom(...units),
    }),
    fc.record({
      kind: fc.constant('range' as const),
      a: number,
      b: number,
      sep: fc.constantFrom('-', '~', '至'),
      unit: fc.constantFrom('%', '人', ''),
    }),
  )
  it(
    '10,000 inputs: comparisons and ranges read exactly (decimal.js oracle for 万/亿 scaling), anything else typed or text',
    () => {
      fc.assert(
        fc.property(fc.oneof(structured, hostile), (input) => {
          if (typeof input === 'string') {
            const v = typedOrValue(() => parseIndicatorValue(input))
            if (v !== undefined) expect(unfrozen(v)).toEqual([])
            return
          }
          if (input.kind === 'range') {
            const v = parseIndicatorValue(`${input.a.text}${input.sep}${input.b.text}${input.unit}`)
            expect(v).toEqual({ kind: 'range', min: input.a.text, max: input.b.text, unit: input.unit })
            return
          }
          const v = parseIndicatorValue(`${input.op[0]}${input.n.text}${input.unit}`)
          expect(Object.isFrozen(v)).toBe(true)
          expect(v.kind).toBe('compare')
          if (v.kind !== 'compare') return
          expect([v.op, v.value, v.unit]).toEqual([input.op[1], input.n.text, input.unit])
          const prefix = /^(万|亿)(.+)$/.exec(input.unit)
          if (prefix && !input.unit.startsWith('万元') && !input.unit.startsWith('亿元')) {
            const factor = new Exact(10).pow(prefix[1] === '万' ? 4 : 8)
            expect(new Exact(v.scaled?.value ?? 'NaN').eq(input.n.value.times(factor))).toBe(true)
            expect(v.scaled?.unit).toBe(prefix[2])
          }
        }),
        { seed: 42, numRuns: TEN_THOUSAND },
      )
    },
    TIMEOUT,
  )
})

const SEEDS = ['000', '001', '002', '003', '004'] as const
const SAMPLES = new Map<string, ReturnType<typeof loadSample>>()
/** The seed document, loaded once. */
function sample(seed: (typeof SEEDS)[number]): ReturnType<typeof loadSample> {
  const doc = SAMPLES.get(seed) ?? loadSample(seed)
  SAMPLES.set(seed, doc)
  return doc
}

/**
 * Small valid documents cut from the seeds: one table (its first `rows` rows), the other tables of
 * the document recorded as not published, nothing else beside them.
 */
function smallDoc(seed: (typeof SEEDS)[number], table: number, rows: number): Record<string, unknown> {
  const doc = sample(seed)
  const t = doc.tables[table % doc.tables.length] as (typeof doc.tables)[number]
  const others = doc.tables.filter((o) => o.kind !== t.kind).map((o) => o.kind)
  return JSON.parse(
    JSON.stringify({
      format: doc.format,
      kind: doc.kind,
      fiscalYear: doc.fiscalYear,
      department: doc.department,
      units: doc.units,
      template: doc.template,
      amountUnit: doc.amountUnit,
      tables: [{ ...t, rows: t.rows.slice(0, rows) }],
      absent: [
        ...doc.absent.filter((a) => a.kind !== t.kind),
        ...[...new Set(others)].map((kind) => ({ kind, reason: 'not-published' })),
      ],
    }),
  )
}

/** Every small object and value reachable in the five seed documents (as plain JSON), and small documents. */
function seedValues(): unknown[] {
  const out: unknown[] = []
  const walk = (v: unknown): void => {
    if (JSON.stringify(v).length < 2_000) out.push(v)
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) walk(child)
  }
  for (const seed of SEEDS) {
    walk(JSON.parse(JSON.stringify(sample(seed))))
    for (let table = 0; table < 4; table++) out.push(smallDoc(seed, table, 3))
  }
  return out
}

/** `value` with one leaf (chosen by `path`) replaced by `leaf`: a near-valid input. */
function mutate(value: unknown, path: readonly number[], leaf: unknown): unknown {
  const copy = structuredClone(value) as unknown
  let node = copy
  for (const step of path) {
    if (node === null || typeof node !== 'object') break
    const keys = Object.keys(node)
    if (keys.length === 0) break
    const key = keys[step % keys.length] as string
    const child = (node as Record<string, unknown>)[key]
    if (child === null || typeof child !== 'object') {
      ;(node as Record<string, unknown>)[key] = leaf
      return copy
    }
    node = child
  }
  return leaf
}

describe('every exported zod schema: 10,000 inputs each', () => {
  const schemas = Object.entries(model).filter(
    ([name, value]) =>
      name.endsWith('Schema') && typeof (value as { safeParse?: unknown }).safeParse === 'function',
  ) as unknown as [string, { safeParse(v: unknown): { success: boolean; data?: unknown } }][]
  const values = seedValues()
  it('the model exports its schemas', () => {
    expect(schemas.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'DisclosureSchema',
        'PrintedTableSchema',
        'RowSchema',
        'ProjectSchema',
        'LineItemSchema',
      ]),
    )
  })
  for (const [name, schema] of schemas) {
    it(
      `${name}: valid values accepted unchanged, near-valid and random JSON never throw`,
      () => {
        const valid = values.filter((v) => schema.safeParse(v).success).slice(0, 200)
        const json = fc.jsonValue({ maxDepth: 3 })
        const proto = json.map(
          (v) => JSON.parse(`{"__proto__":{"polluted":1},"x":${JSON.stringify(v ?? null)}}`) as unknown,
        )
        const near =
          valid.length === 0
            ? json
            : fc
                .tuple(fc.constantFrom(...valid), fc.array(fc.nat(), { maxLength: 5 }), json)
                .map(([v, path, leaf]) => mutate(v, path, leaf))
        fc.assert(
          fc.property(
            fc.oneof(json, proto, near, valid.length === 0 ? json : fc.constantFrom(...valid)),
            (input) => {
              const r = schema.safeParse(input)
              expect(typeof r.success).toBe('boolean')
              if (valid.includes(input)) expect(r).toMatchObject({ success: true, data: input })
            },
          ),
          { seed: 42, numRuns: TEN_THOUSAND },
        )
      },
      TIMEOUT,
    )
  }
})

describe('parseDisclosure on small valid documents', () => {
  it(
    '2,000 small documents cut from the seeds parse to themselves, frozen',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...SEEDS), fc.nat(), fc.nat({ max: 6 }), (seed, table, rows) => {
          const doc = smallDoc(seed, table, rows)
          const r = parseDisclosure(doc)
          expect(unfrozen(r)).toEqual([])
          expect(JSON.parse(JSON.stringify(r))).toEqual(doc)
        }),
        { seed: 42, numRuns: 2_000 },
      )
    },
    TIMEOUT,
  )
})

describe('readDisclosure on text', () => {
  // the property test's vocabulary, with NUL and a lone surrogate
  const vocabulary = [...READ_VOCABULARY, '\u0000', '\uD800']
  it(
    '10,000 short texts: a typed error or a frozen result',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ maxLength: 60 }),
            fc.array(fc.constantFrom(...vocabulary), { maxLength: 24 }).map((parts) => parts.join('')),
          ),
          async (text) => {
            try {
              const result = await readDisclosure(text)
              expect(unfrozen(result)).toEqual([])
            } catch (e) {
              if (!isMedbudgetError(e)) throw new Error(`untyped error: ${String(e)}`)
            }
          },
        ),
        { seed: 42, numRuns: TEN_THOUSAND },
      )
    },
    TIMEOUT,
  )
})
