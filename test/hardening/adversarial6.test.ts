/**
 * Issue 14, sixth adversarial pass (branch hard6): the entries the fifth pass did not reach — the
 * options of `readDisclosure`, of the table renderers and of `renderXlsx`, and the command line's
 * pure functions. Each regression is named after its input; each ends in a typed error with a stable
 * code and a bounded message, and the look-alike valid call still answers as before.
 */
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { oneOf, positiveInt, UsageError } from '../../src/cli/args'
import { outputName } from '../../src/cli/io'
import { main } from '../../src/cli/run'
import * as api from '../../src/index'
import { csvRows } from '../../src/internal/csv'
import { readDisclosure } from '../../src/read/readDisclosure'
import { readInputOf } from '../../src/read/readOptions'
import { loadSample } from '../../src/samples/index'
import { renderXlsx } from '../../src/tables/xlsx/index'
import { throwingProxy as makeThrowingProxy } from './adversarial2/hostile'
import { unfrozen } from './adversarial2/run'

// biome-ignore lint/suspicious/noExplicitAny: hostile values go where the types say they cannot
type Any = any
const throwingProxy = makeThrowingProxy()

/** An object whose `field` getter throws. */
const throwingGetter = (field: string): object =>
  Object.defineProperty({}, field, {
    enumerable: true,
    get: () => {
      throw new Error('getter')
    },
  })
const cyclic: Record<string, unknown> = { a: 1 }
cyclic.self = cyclic

/** The code of the typed error `f` throws (its message bounded); fails on an untyped error or none. */
function codeOf(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    expect(api.isMedbudgetError(e), String(e)).toBe(true)
    expect((e as Error).message.length).toBeLessThan(400)
    return (e as api.MedbudgetError).code
  }
  return 'no error'
}

/** {@link codeOf} for a promise. */
async function codeOfAsync(f: () => Promise<unknown>): Promise<string> {
  try {
    await f()
  } catch (e) {
    expect(api.isMedbudgetError(e), String(e)).toBe(true)
    expect((e as Error).message.length).toBeLessThan(400)
    return (e as api.MedbudgetError).code
  }
  return 'no error'
}

/** A hand-made tab-separated disclosure of one table. */
const TEXT = '2024年部门收支总表\n单位：万元\n项目\t金额\n合计\t1.00\n'

describe('readDisclosure options (sixth pass)', () => {
  it('readDisclosure(text, null | Proxy | throwing getter | a string | a number): OPTION_INVALID (was a TypeError, or ignored)', async () => {
    for (const options of [
      null,
      throwingProxy,
      throwingGetter('fileName'),
      throwingGetter('maxBytes'),
      'a.pdf',
      5,
      [],
      Symbol('o'),
    ])
      expect(await codeOfAsync(() => readDisclosure(TEXT, options as Any))).toBe('OPTION_INVALID')
    const plain = await readDisclosure(TEXT, { fileName: 'a.txt' })
    expect(plain.source.file).toBe('a.txt')
    expect(unfrozen(plain)).toEqual([])
  }, 60_000)

  it('readDisclosure maxBytes / maxPages NaN, Infinity, "5", -1, 0, 1e308: OPTION_INVALID (NaN switched the bound off)', async () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '5', -1, 0, 1.5, 1e308, null]) {
      expect(await codeOfAsync(() => readDisclosure(TEXT, { maxBytes: bad as Any }))).toBe('OPTION_INVALID')
      expect(await codeOfAsync(() => readDisclosure(TEXT, { maxPages: bad as Any }))).toBe('OPTION_INVALID')
    }
    // a whole number still bounds: one byte too few is INPUT_TOO_LARGE, enough reads
    expect(await codeOfAsync(() => readDisclosure(TEXT, { maxBytes: TEXT.length - 1 }))).toBe(
      'INPUT_TOO_LARGE',
    )
    expect((await readDisclosure(TEXT, { maxBytes: TEXT.length, maxPages: 1 })).source.pages).toBe(1)
  }, 60_000)

  it('readDisclosure fileName 5, a symbol, 10^5 characters: OPTION_INVALID before reading (was DOCUMENT_INVALID after)', async () => {
    for (const bad of [5, Symbol('f'), 'x'.repeat(100_000), null])
      expect(await codeOfAsync(() => readDisclosure(TEXT, { fileName: bad as Any }))).toBe('OPTION_INVALID')
    const long = 'd/'.repeat(2000)
    expect((await readDisclosure(TEXT, { fileName: long })).source.file).toBe(long)
  }, 60_000)

  it('readDisclosure functionalCatalog {}, a Proxy, a copy, null, an economic catalog: OPTION_INVALID (was a TypeError inside)', async () => {
    for (const bad of [
      {},
      throwingProxy,
      cyclic,
      null,
      { ...api.functionalCatalog },
      api.departmentEconomicCatalog,
    ])
      expect(await codeOfAsync(() => readDisclosure(TEXT, { functionalCatalog: bad as Any }))).toBe(
        'OPTION_INVALID',
      )
    const mine = api.createFunctionalCatalog([])
    expect((await readDisclosure(TEXT, { functionalCatalog: mine })).status).toBe('disclosure')
    expect((await readDisclosure(TEXT, { functionalCatalog: api.functionalCatalog })).status).toBe(
      'disclosure',
    )
  }, 60_000)

  it('readDisclosure with unknown or __proto__ option keys reads as with none; a frozen options object is read', async () => {
    const none = JSON.stringify(await readDisclosure(TEXT))
    expect(JSON.stringify(await readDisclosure(TEXT, { bogus: 1 } as Any))).toBe(none)
    expect(JSON.stringify(await readDisclosure(TEXT, JSON.parse('{"__proto__":{"maxBytes":1}}')))).toBe(none)
    expect(JSON.stringify(await readDisclosure(TEXT, Object.freeze({})))).toBe(none)
    expect(JSON.stringify(await readDisclosure(TEXT, Object.create({ maxBytes: 1 })))).toBe(none)
    expect(({} as Record<string, unknown>).maxBytes).toBeUndefined()
  }, 60_000)

  it('readDisclosure(null | 5 | {} | a Proxy): DOCUMENT_INVALID, not a TypeError', async () => {
    for (const bad of [null, 5, {}, throwingProxy, undefined])
      expect(await codeOfAsync(() => readDisclosure(bad as Any))).toBe('DOCUMENT_INVALID')
    expect((await readDisclosure(new TextEncoder().encode('%PDF-').buffer).catch((e) => e)).code).toBe(
      'PDF_INVALID',
    )
  }, 60_000)

  it("readDisclosure('\\uFEFF' + text) reads as the text: the byte-order mark is the file's, not the first cell's", async () => {
    const withBom = await readDisclosure(`\uFEFF${TEXT}`)
    expect(JSON.stringify(withBom)).toBe(JSON.stringify(await readDisclosure(TEXT)))
    // only the leading mark is the file's: one anywhere else is left to the reader (and the cell parsers)
    expect(readInputOf('\uFEFF项目\t金额')).toBe('项目\t金额')
    expect(readInputOf('项目\t\uFEFF金额')).toBe('项目\t\uFEFF金额')
    expect(readInputOf('\uFEFF\uFEFF1')).toBe('\uFEFF1')
  }, 60_000)
})

describe('renderer options (sixth pass)', () => {
  const doc = loadSample('000')
  const table = doc.tables[0] as api.PrintedTable

  it('renderCsv options null, a Proxy, a string: OPTION_INVALID (the Proxy was TABLE_INVALID, the string ignored)', () => {
    for (const bad of [null, throwingProxy, throwingGetter('newline'), 'x', 5])
      expect(codeOf(() => api.renderCsv(table, bad as Any))).toBe('OPTION_INVALID')
    expect(api.renderCsv(table, Object.freeze({ bom: true }))).toMatch(/^\uFEFF/)
    expect(api.renderCsv(table, cyclic as Any)).toBe(api.renderCsv(table))
  })

  it("renderCsv newline 5, ',', 10^5 characters, a symbol: OPTION_INVALID (5 joined the lines with '5')", () => {
    for (const bad of [5, ',', 'x'.repeat(100_000), Symbol('n'), '\r\n\r\n'])
      expect(codeOf(() => api.renderCsv(table, { newline: bad as Any }))).toBe('OPTION_INVALID')
    for (const ok of ['\r\n', '\n', '\r'])
      expect(api.renderCsv(table, { newline: ok }).endsWith(ok)).toBe(true)
  })

  it("renderCsv bom 'yes' or 1: OPTION_INVALID (was read as truthy)", () => {
    for (const bad of ['yes', 1, 'false', null])
      expect(codeOf(() => api.renderCsv(table, { bom: bad as Any }))).toBe('OPTION_INVALID')
    expect(api.renderCsv(table, { bom: false })).toBe(api.renderCsv(table))
  })

  it("renderText skipEmptyRows 'yes', options null or a Proxy: OPTION_INVALID (a throwing getter was TABLE_INVALID)", () => {
    for (const bad of [null, throwingProxy, throwingGetter('skipEmptyRows'), 'x'])
      expect(codeOf(() => api.renderText(table, bad as Any))).toBe('OPTION_INVALID')
    expect(codeOf(() => api.renderText(table, { skipEmptyRows: 'yes' as Any }))).toBe('OPTION_INVALID')
    expect(api.renderText(table, Object.freeze({ skipEmptyRows: false }))).toBe(api.renderText(table))
  })

  it('renderHtmlPage(null | {} | a Proxy | a lying array): TABLE_INVALID (was a TypeError)', () => {
    const lying = new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : Reflect.get(t, k)) })
    for (const bad of [null, {}, throwingProxy, 'x', [null], [throwingProxy]])
      expect(codeOf(() => api.renderHtmlPage(bad as Any))).toBe('TABLE_INVALID')
    expect(codeOf(() => api.renderHtmlPage(lying as Any))).toBe('INPUT_TOO_LARGE')
    expect(api.renderHtmlPage([table])).toContain(`<title>${table.title}</title>`)
  })

  it('renderHtmlPage options null, a Proxy, title 5, a symbol subtitle: OPTION_INVALID (was a TypeError)', () => {
    for (const bad of [null, throwingProxy, throwingGetter('title'), { title: 5 }, { subtitle: Symbol('s') }])
      expect(codeOf(() => api.renderHtmlPage([table], bad as Any))).toBe('OPTION_INVALID')
    const page = api.renderHtmlPage([table], Object.freeze({ title: '<b>部门</b>', subtitle: '2024' }))
    expect(page).toContain('<title>&lt;b&gt;部门&lt;/b&gt;</title>')
    expect(page).toContain('<p class="subtitle">2024</p>')
  })

  it('indicatorLayout options null, no title, a Proxy; indicators null or with a number: typed, and the layout is frozen (it was not)', () => {
    const indicators = [{ level1: '产出指标', level2: '数量指标', name: '参保人数', target: '≥400000人' }]
    for (const bad of [null, {}, throwingProxy, { title: 5 }, { title: 't', notes: [1] }])
      expect(codeOf(() => api.indicatorLayout(indicators, bad as Any))).toBe('OPTION_INVALID')
    for (const bad of [null, {}, [null], [{ level1: 5, name: 'x', target: 'y' }], [throwingProxy]])
      expect(codeOf(() => api.indicatorLayout(bad as Any, { title: 't' }))).toBe('TABLE_INVALID')
    const layout = api.indicatorLayout(indicators, { title: '部门整体绩效目标表', notes: ['年度目标'] })
    expect(unfrozen(layout)).toEqual([])
    expect(layout.body[0]?.cells.map((c) => c.text)).toEqual([
      '产出指标',
      '数量指标',
      '参保人数',
      '≥400000人',
    ])
    expect(api.renderText(layout)).toContain('参保人数')
  })

  it('renderXlsx(null | {} | a Proxy) and options null, a Proxy, a throwing-toString creator: typed (were TypeErrors)', async () => {
    for (const bad of [null, {}, throwingProxy, 5, [null]])
      expect(await codeOfAsync(() => renderXlsx(bad as Any))).toBe('TABLE_INVALID')
    const throwingToString = {
      toString: () => {
        throw new Error('toString')
      },
    }
    for (const bad of [null, throwingProxy, { creator: 5 }, { creator: throwingToString }, 'x'])
      expect(await codeOfAsync(() => renderXlsx([table], bad as Any))).toBe('OPTION_INVALID')
    expect(await codeOfAsync(() => renderXlsx([table], { creator: 'x'.repeat(100_000) }))).toBe(
      'INPUT_TOO_LARGE',
    )
    const bytes = await renderXlsx([table], Object.freeze({ creator: '某部门' }))
    // the bytes are a new array each call (a typed array with elements cannot be frozen)
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b])
  }, 60_000)
})

describe('command line pure functions (sixth pass)', () => {
  const big = 'x'.repeat(100_000)

  /** Runs `medbudget …` in this process: exit status, stdout and stderr. */
  async function cli(argv: string[]): Promise<{ status: number; out: string; err: string }> {
    let out = ''
    let err = ''
    const sink = (add: (s: string) => void) =>
      new Writable({
        write(chunk, _encoding, done) {
          add(String(chunk))
          done()
        },
      })
    const status = await main(argv, {
      stdout: sink((s) => {
        out += s
      }),
      stderr: sink((s) => {
        err += s
      }),
    })
    return { status, out, err }
  }

  it('a usage error quoting a 10^5-character --format, --jobs, --year, option or command: message bounded (was 200,000–400,000 characters)', async () => {
    for (const argv of [
      ['codes', '--format', big, '210'],
      ['codes', '--year', big, '210'],
      ['check', '--jobs', big, 'a.pdf'],
      ['codes', `--${big}`],
      [big],
    ]) {
      const r = await cli(argv)
      expect(r.status).toBe(2)
      expect(r.err.length).toBeLessThan(1200)
      expect(r.err).toContain('xxxx…')
    }
    const short = await cli(['codes', '--format', 'yaml', '210'])
    expect(short.err).toContain('"yaml"')
    expect(() => oneOf(big, ['text'], 'text', 'format')).toThrow(
      expect.objectContaining({ code: 'USAGE_INVALID' }),
    )
    expect(() => positiveInt(big, 1, 'jobs', 8)).toThrow(UsageError)
    expect(positiveInt('8', 1, 'jobs', 8)).toBe(8)
    expect(oneOf('json', ['text', 'json'], 'text', 'format')).toBe('json')
  }, 60_000)

  it('codes 3010101 (7 digits of an economic class) is not found, not the end of the command (was CODE_MALFORMED, exit 2)', async () => {
    const r = await cli(['codes', '3010101', '2101501', '--format', 'json'])
    expect(r.status).toBe(1)
    const answers = JSON.parse(r.out) as { query: string; found: boolean }[]
    expect(answers.map((a) => [a.query, a.found])).toEqual([
      ['3010101', false],
      ['2101501', true],
    ])
    const known = await cli(['codes', '30101'])
    expect(known.status).toBe(0)
  }, 60_000)

  it('outputName of 20,000 inputs all called budget.pdf: linear (was quadratic: each rescanned budget-2 … budget-n)', () => {
    const taken = new Set<string>()
    const names = Array.from({ length: 20_000 }, () => outputName('x/budget.pdf', taken))
    expect(names[0]).toBe('budget')
    expect(names[1]).toBe('budget-2')
    expect(names[19_999]).toBe('budget-20000')
    expect(new Set(names).size).toBe(20_000)
    // a later input whose own name is a suffixed one still gets a name of its own
    expect(outputName('budget-2.pdf', taken)).toBe('budget-2-2')
    expect(outputName('other.pdf', taken)).toBe('other')
  })

  it('outputName cuts at 120 units without halving a CJK Extension B character; CON and NUL get an underscore', () => {
    const name = outputName(`a${'\u{20000}'.repeat(100)}.pdf`, new Set())
    expect(name.length).toBe(119)
    expect(/[\ud800-\udbff]$/.test(name)).toBe(false)
    expect(outputName(`${'\u{20000}'.repeat(100)}.pdf`, new Set()).length).toBe(120)
    expect(outputName('dir/CON.pdf', new Set())).toBe('CON_')
    expect(outputName('dir/nul.txt', new Set())).toBe('nul_')
    expect(outputName('dir/CONTROL.pdf', new Set())).toBe('CONTROL')
  })
})

describe('adversarial pass 2 with the fifth pass values (sixth pass regressions)', () => {
  const throwingToString = {
    toString: () => {
      throw new Error('toString')
    },
  }
  it('fromCanonical(null | a symbol | a Proxy) is AMOUNT_MALFORMED (was a TypeError)', () => {
    for (const bad of [null, Symbol('s'), throwingProxy, throwingToString, 12n])
      expect(codeOf(() => api.fromCanonical(bad as Any))).toBe('AMOUNT_MALFORMED')
    expect(api.toCanonical(api.fromCanonical('8938.04'))).toBe('8938.04')
  })

  it('amountFromFloat of an object whose toString throws is AMOUNT_NOT_A_NUMBER (the message threw)', () => {
    for (const bad of [throwingToString, throwingProxy])
      expect(codeOf(() => api.amountFromFloat(bad as Any, 2))).toBe('AMOUNT_NOT_A_NUMBER')
    expect(String(api.amountFromFloat(1.25, 1))).toBe('1.3')
  })

  it('isFactKey, getGlossaryEntry, loadSample of a throwing-toString object or a Proxy: false or typed (hasOwn converted it)', () => {
    expect(api.isFactKey(throwingToString as Any)).toBe(false)
    expect(api.isFactKey(throwingProxy as Any)).toBe(false)
    expect(api.isFactKey('exp.basic')).toBe(true)
    expect(codeOf(() => api.getGlossaryEntry(throwingToString as Any))).toBe('TERM_UNKNOWN')
    expect(codeOf(() => loadSample(throwingProxy as Any))).toBe('DOCUMENT_INVALID')
    expect(codeOf(() => loadSample('__proto__' as Any))).toBe('DOCUMENT_INVALID')
    expect(loadSample('001').tables.length).toBeGreaterThan(0)
  })

  it('catalog.ancestors(null | a Proxy) answers no codes, as children does (was a TypeError)', () => {
    expect(api.functionalCatalog.ancestors(null as Any)).toEqual([])
    expect(api.functionalCatalog.ancestors(throwingProxy as Any)).toEqual([])
    expect(api.functionalCatalog.ancestors('2101501' as Any)).toEqual(['210', '21015'])
  })

  it('parseIndicatorValue(null | a symbol | ["1"]) is CALC_INVALID_INPUT (was a TypeError)', () => {
    for (const bad of [null, Symbol('s'), ['1'], throwingProxy])
      expect(codeOf(() => api.parseIndicatorValue(bad as Any))).toBe('CALC_INVALID_INPUT')
    expect(api.parseIndicatorValue('≥97%').kind).toBeDefined()
  })
})

describe('a byte-order mark is a file’s, not a cell’s (sixth pass, item 3)', () => {
  it("parsePrinted('\\uFEFF123') is AMOUNT_MALFORMED, as amount() already answered (trim() dropped it as a space)", () => {
    for (const cell of ['\uFEFF123', '123\uFEFF', ' \uFEFF123 ', '\uFEFF', '1\uFEFF23'])
      expect(codeOf(() => api.parsePrinted(cell))).toBe('AMOUNT_MALFORMED')
    expect(codeOf(() => api.parsePercent('\uFEFF12.5%'))).toBe('AMOUNT_MALFORMED')
    expect(codeOf(() => api.amount('\uFEFF123'))).toBe('AMOUNT_MALFORMED')
    expect(codeOf(() => api.sumPrinted(['\uFEFF1', '2']))).toBe('AMOUNT_MALFORMED')
    // the look-alikes: surrounding spaces (ASCII, no-break, ideographic) are still a printed cell's
    expect(String((api.parsePrinted(' \u00a0123\u3000') as Any).value)).toBe('123')
    expect(String((api.parsePercent(' 12.5% ') as Any).value)).toBe('12.5')
    expect(api.parsePrinted('  ').kind).toBe('blank')
  })

  it('the readers strip a leading BOM at file level: CSV line items and extracted text', () => {
    const csv = 'a,b\n2101501,1.00\n'
    expect([...csvRows(`\uFEFF${csv}`)]).toEqual([...csvRows(csv)])
    expect([...csvRows(`x\uFEFF,1`)][0]?.cells).toEqual(['x\uFEFF', '1'])
    expect(readInputOf('\uFEFF8938.04')).toBe('8938.04')
  })
})
