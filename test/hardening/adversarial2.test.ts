/**
 * Issue 14, second adversarial pass (rnd2): every public function called with hostile values in
 * the slot of the declared kind — 10^5–10^6-character strings of each special character, edge
 * numbers, wrong enum strings, cyclic / deep / huge / throwing / Proxy objects — and random text
 * (fast-check, fixed seed). Each call ends in a typed MedbudgetError (with a bounded message) or a
 * deeply frozen result; no hang (test timeouts, no timing assertions); Object.prototype untouched.
 * Regressions found by this pass are named after their input.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import * as api from '../../src/index'
import { CALLS, type Slot } from './adversarial2/calls'
import {
  EDGE_NUMBERS,
  hostileObjects,
  longOf,
  SPECIAL_CHARS,
  WRONG_ENUMS,
  WRONG_KINDS,
} from './adversarial2/hostile'
import { type Failure, outcome } from './adversarial2/run'

const TIMEOUT = 240_000

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

const POOLS: Record<Exclude<Slot, 'object'>, readonly (readonly [string, unknown])[]> = {
  text: [
    ...SPECIAL_CHARS.map((c) => [`1${JSON.stringify(c)}×10^5 1`, longOf(c, 100_000)] as const),
    ['10^6 spaces', longOf(' ', 1_000_000)],
    ['10^6 万', '万'.repeat(1_000_000)],
    ...WRONG_ENUMS.map((s) => [JSON.stringify(s), s] as const),
    ...WRONG_KINDS,
  ],
  number: [...EDGE_NUMBERS.map((x) => [String(x), x] as const), ...WRONG_KINDS],
  enum: [...WRONG_ENUMS.map((s) => [JSON.stringify(s), s] as const), ...WRONG_KINDS],
}

function failuresOf(slot: Exclude<Slot, 'object'>): Failure[] {
  const out: Failure[] = []
  for (const [name, s, f] of CALLS) {
    if (s !== slot) continue
    for (const [label, x] of POOLS[slot]) {
      const r = outcome(name, label, () => f(x as never))
      if (r !== undefined) out.push(r)
    }
  }
  return out
}

describe('adversarial pass 2: hostile values in every typed slot', () => {
  it(
    'texts: 10^5–10^6 characters of each special character, and wrong strings',
    () => {
      expect(failuresOf('text')).toEqual([])
    },
    TIMEOUT,
  )

  it(
    'numbers: NaN, ±Infinity, -0, 1e308, 2^53 and friends',
    () => {
      expect(failuresOf('number')).toEqual([])
    },
    TIMEOUT,
  )

  it(
    "enum-like arguments: '__proto__', 'constructor', 'toString', '' …",
    () => {
      expect(failuresOf('enum')).toEqual([])
    },
    TIMEOUT,
  )

  /** Objects where amounts, tables, documents and reports go: every call answers a typed error. */
  it(
    'objects: cyclic, 10^5-deep, 10^6-long, throwing getters, Proxies, __proto__ keys',
    () => {
      const out: Failure[] = []
      for (const [name, slot, f] of CALLS) {
        if (slot !== 'object') continue
        for (const [label, x] of hostileObjects()) {
          const r = outcome(name, label, () => f(x as never))
          if (r !== undefined) out.push(r)
        }
      }
      expect(out).toEqual([])
    },
    TIMEOUT,
  )

  it(
    'random text in every text slot (fast-check, 12,000 calls)',
    () => {
      const textCalls = CALLS.filter(([, s]) => s === 'text')
      const text = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(...SPECIAL_CHARS), maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
      )
      fc.assert(
        fc.property(fc.integer({ min: 0, max: textCalls.length - 1 }), text, (k, x) => {
          const [name, , f] = textCalls[k] as (typeof textCalls)[number]
          expect(outcome(name, JSON.stringify(x), () => f(x as never))).toBeUndefined()
        }),
        { seed: 42, numRuns: 12_000 },
      )
    },
    TIMEOUT,
  )
})

describe('adversarial pass 2: regressions', () => {
  it("directionWord('__proto__') refuses it (it handed out Object.prototype)", () => {
    expect(() => api.directionWord('__proto__' as never)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    )
    expect(() => api.directionWord('increase', 'constructor' as never)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    )
    expect(api.directionWord('increase')).toBe('增长')
    expect(api.directionWord('decrease', 'amount')).toBe('减少')
  })

  it("renderReportText(report, { lang: 'toString' }) is a typed error, not a TypeError", () => {
    const report = api.reconcile(api.parseDisclosure(JSON.parse(JSON.stringify(doc()))))
    expect(() => api.renderReportText(report, { lang: 'toString' as never })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    )
    expect(api.renderReportText(report, { lang: 'en' }).length).toBeGreaterThan(0)
  })

  it('amount(new Proxy({}, throwing traps)) is AMOUNT_MALFORMED; isAmount says false', () => {
    const p = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('trap')
        },
        get: () => {
          throw new Error('trap')
        },
      },
    )
    expect(() => api.amount(p as never)).toThrow(expect.objectContaining({ code: 'AMOUNT_MALFORMED' }))
    expect(api.isAmount(p)).toBe(false)
    expect(api.isAmount(api.amount('1'))).toBe(true)
  })

  it('add(null, a) and sum([a, {}]) are CALC_INVALID_INPUT (a TypeError before)', () => {
    const a = api.amount('1.5')
    expect(() => api.add(null as never, a)).toThrow(expect.objectContaining({ code: 'CALC_INVALID_INPUT' }))
    expect(() => api.sum([a, {} as never])).toThrow(expect.objectContaining({ code: 'CALC_INVALID_INPUT' }))
    expect(() => api.sum('12' as never)).toThrow(expect.objectContaining({ code: 'CALC_INVALID_INPUT' }))
    expect(String(api.add(a, a))).toBe('3')
  })

  it('roundTwoWayTable(array Proxy claiming 2^32−1 rows) is INPUT_TOO_LARGE, not a hang', () => {
    const lying = new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : Reflect.get(t, k)) })
    expect(() => api.roundTwoWayTable(lying as never, 1)).toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_LARGE' }),
    )
    expect(() => api.roundTwoWayTable('x' as never, 1)).toThrow(
      expect.objectContaining({ code: 'CALC_INVALID_INPUT' }),
    )
  })

  it("getGlossaryEntry('1' + ','.repeat(1e5)) quotes 40 characters, not the whole input", () => {
    try {
      api.getGlossaryEntry(longOf(',', 100_000) as never)
      expect.unreachable()
    } catch (e) {
      expect(api.isMedbudgetError(e)).toBe(true)
      expect((e as Error).message.length).toBeLessThan(300)
    }
  })

  it('parseDisclosure(JSON.parse(\'{"__proto__":{"x":1}}\')) pollutes nothing', () => {
    const r = api.safeParseDisclosure(JSON.parse('{"__proto__":{"x":1},"constructor":{"prototype":{"y":1}}}'))
    expect(r.success).toBe(false)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    expect(({} as Record<string, unknown>).y).toBeUndefined()
  })
})

import { loadSample } from '../../src/samples/index'

function doc(): api.Disclosure {
  return loadSample('000')
}

describe('adversarial pass 2: wrong-shaped objects get a typed error (issue 14, shp)', () => {
  const valid = doc()
  const table = valid.tables[0] as api.PrintedTable
  const report = api.reconcile(valid)
  const a = api.amount('1')
  const code = (f: () => unknown): unknown => {
    try {
      f()
    } catch (e) {
      return api.isMedbudgetError(e) ? e.code : `untyped ${String(e)}`
    }
    return 'no error'
  }
  const throwing = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap')
      },
    },
  )

  it('reconcile(null) and reconcile({}) are DOCUMENT_INVALID; a library document reconciles', () => {
    expect(code(() => api.reconcile(null as never))).toBe('DOCUMENT_INVALID')
    expect(code(() => api.reconcile({} as never))).toBe('DOCUMENT_INVALID')
    expect(code(() => api.reconcile(throwing as never))).toBe('DOCUMENT_INVALID')
    expect(api.reconcile(valid).summary.mismatches).toBe(report.summary.mismatches)
    // a copy that is not the library's own is validated, then reconciled the same
    expect(api.reconcile(JSON.parse(JSON.stringify(valid))).summary).toEqual(report.summary)
  })

  it('compareBudgetFinal(doc, null) is DOCUMENT_INVALID naming the argument', () => {
    expect(code(() => api.compareBudgetFinal(valid, null as never))).toBe('DOCUMENT_INVALID')
    expect(() => api.compareBudgetFinal({} as never, valid)).toThrow(/1st argument/)
  })

  for (const [name, render] of [
    ['renderCsv', api.renderCsv],
    ['renderMarkdown', api.renderMarkdown],
    ['renderHtml', api.renderHtml],
    ['renderText', api.renderText],
    ['tableLayout', api.tableLayout],
  ] as const) {
    it(`${name}(null) and ${name}({}) are TABLE_INVALID; a table renders`, () => {
      expect(code(() => render(null as never))).toBe('TABLE_INVALID')
      expect(code(() => render({} as never))).toBe('TABLE_INVALID')
      expect(code(() => render(throwing as never))).toBe('TABLE_INVALID')
      expect(code(() => render(table))).toBe('no error')
    })
  }

  for (const [name, render] of [
    ['renderReportText', api.renderReportText],
    ['renderReportMarkdown', api.renderReportMarkdown],
    ['renderReportHtml', api.renderReportHtml],
    ['reportToJson', api.reportToJson],
  ] as const) {
    it(`${name}(null) and ${name}({}) are DOCUMENT_INVALID; a report renders`, () => {
      expect(code(() => render(null as never))).toBe('DOCUMENT_INVALID')
      expect(code(() => render({} as never))).toBe('DOCUMENT_INVALID')
      expect(code(() => render(throwing as never))).toBe('DOCUMENT_INVALID')
      expect(code(() => render(report))).toBe('no error')
    })
  }

  it('checkSum(null, total) and checkSum([{}], total) are CALC_INVALID_INPUT', () => {
    const p = api.parsePrinted('1.00')
    expect(code(() => api.checkSum(null as never, p))).toBe('CALC_INVALID_INPUT')
    expect(code(() => api.checkSum([null] as never, p))).toBe('CALC_INVALID_INPUT')
    expect(code(() => api.checkSum([p], null as never))).toBe('CALC_INVALID_INPUT')
    expect(api.checkSum([p, p], api.parsePrinted('2.00')).status).toBe('ok')
  })

  it('allocateShares({}) and a Proxy claiming 2^32−1 weights are typed errors, not a hang', () => {
    const lying = new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : Reflect.get(t, k)) })
    expect(code(() => api.allocateShares({} as never))).toBe('CALC_INVALID_INPUT')
    expect(code(() => api.allocateShares([a, 1] as never))).toBe('CALC_INVALID_INPUT')
    expect(code(() => api.allocateShares(lying as never))).toBe('INPUT_TOO_LARGE')
    expect(api.allocateShares([a, a]).map(String)).toEqual(['50', '50'])
  })

  it('share/growth/change with a throwing operand are CALC_INVALID_INPUT', () => {
    expect(code(() => api.share(throwing as never, a))).toBe('CALC_INVALID_INPUT')
    expect(code(() => api.growth(a, throwing as never))).toBe('CALC_INVALID_INPUT')
    expect(code(() => api.change({ kind: 'amount' } as never, a))).toBe('CALC_INVALID_INPUT')
    expect(code(() => api.share(a, a))).toBe('no error')
  })

  it('printedInterval(null) and toCanonical(null) are CALC_INVALID_INPUT', () => {
    expect(code(() => api.printedInterval(null as never))).toBe('CALC_INVALID_INPUT')
    expect(code(() => api.toCanonical(throwing as never))).toBe('CALC_INVALID_INPUT')
    expect(api.toCanonical(api.parsePrinted('1.50'))).toBe(api.toCanonical(api.parsePrinted('1.50')))
  })

  it('buildTables with 10^6 non-objects as line items is LINE_ITEM_INVALID at once', () => {
    const input = {
      lineItems: new Array(1_000_000).fill(1),
      department: { code: '900', name: '某部门' },
      units: [],
      fiscalYear: 2024,
      template: api.HENAN_BUDGET_2024_TABLES,
    }
    expect(code(() => api.buildTables(input as never))).toBe('LINE_ITEM_INVALID')
    expect(code(() => api.buildTables(null as never))).toBe('LINE_ITEM_INVALID')
    expect(code(() => api.buildDisclosure({} as never))).toBe('LINE_ITEM_INVALID')
    expect(api.buildTables({ ...input, lineItems: [] }).length).toBeGreaterThan(0)
  })
})
