/**
 * Issue 14, seventh adversarial pass (branch hard8): `readDisclosure` on text made from the bundled
 * samples' tables (as tab-separated text and as `renderText` prints them), damaged at random — lines
 * cut, two columns swapped, pages doubled, lines truncated in the middle of a number, one page
 * repeated 50 times. Every read ends in a typed error or a deeply frozen result whose disclosure
 * `parseDisclosure` accepts; the work of a read grows with its input as a plain loop over the same
 * text does (measured as a ratio, never as absolute time). Then the internal stages reached from
 * public entries — `interpretDocument` and the command line's `runPool` — with hostile options.
 * Fixed seeds; about 20 s on a quiet machine (the damaged reads dominate).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runPool } from '../../src/cli/pool'
import { isMedbudgetError, type PrintedTable, parseDisclosure, renderText } from '../../src/index'
import { interpretDocument } from '../../src/read/interpret/interpretDocument'
import { layoutText } from '../../src/read/layout/layoutDocument'
import { readDisclosure } from '../../src/read/readDisclosure'
import { loadSample, type SampleId } from '../../src/samples/index'
import { throwingProxy as makeThrowingProxy } from './adversarial2/hostile'
import { unfrozen } from './adversarial2/run'

// biome-ignore lint/suspicious/noExplicitAny: hostile values go where the types say they cannot
type Any = any

/** The codes a read of text may end in: anything else, or an untyped error, fails. */
const READ_CODES = ['NO_TEXT_LAYER', 'INPUT_TOO_LARGE']

/** One table as tab-separated text: title, unit, header, one line per row. */
function tabText(t: PrintedTable): string {
  const header = [t.labelHeader?.[0]?.at(-1) ?? '项目', ...t.columns.map((c) => c.header.join(''))]
  const rows = t.rows.map((r) =>
    [r.code ?? '', r.name, ...t.columns.map((c) => r.cells[c.key] ?? '')].join('\t'),
  )
  return [t.title, `单位：${t.unit ?? '万元'}`, header.join('\t'), ...rows].join('\n')
}

/** The pages of a sample: one table a page, as tab text or as renderText prints it. */
function pagesOf(id: SampleId, shape: 'tabs' | 'rendered'): string[] {
  const doc = loadSample(id)
  const head = `${doc.fiscalYear}年${doc.department.name}部门${doc.kind === 'budget' ? '预算' : '决算'}`
  const tables = doc.tables.filter((t) => t.rows.length > 0)
  return [head, ...tables.map((t) => (shape === 'tabs' ? tabText(t) : renderText(t)))]
}

/** Reads `text`: 'result' (checked) or the typed error's code; any other throw fails. */
async function outcome(text: string): Promise<string> {
  try {
    const result = await readDisclosure(text)
    expect(unfrozen(result)).toEqual([])
    if (result.status === 'disclosure')
      // the reader's disclosure is one `parseDisclosure` accepts as it stands
      expect(() => parseDisclosure(JSON.parse(JSON.stringify(result.disclosure)))).not.toThrow()
    return 'result'
  } catch (e) {
    if (!isMedbudgetError(e)) throw new Error(`untyped error: ${String(e).slice(0, 200)}`)
    expect(READ_CODES).toContain(e.code)
    return e.code
  }
}

/** A damage to the lines of a page list, chosen and placed by the numbers drawn. */
type Damage = (pages: string[], at: number, k: number) => string[]

const lineAt = (lines: string[], at: number): number => at % Math.max(1, lines.length)

const DAMAGES: Readonly<Record<string, Damage>> = {
  'cut lines': (pages, at, k) =>
    pages.map((p, i) =>
      i % 2 === at % 2
        ? p
            .split('\n')
            .filter((_, j) => (j + k) % 3 !== 0)
            .join('\n')
        : p,
    ),
  'swapped columns': (pages, at) =>
    pages.map((p) =>
      p
        .split('\n')
        .map((l, j) => {
          const cells = l.split('\t')
          if (cells.length < 3 || j % 2 !== at % 2) return l
          const a = 1 + (at % (cells.length - 1))
          const b = 1 + ((at + 1) % (cells.length - 1))
          ;[cells[a], cells[b]] = [cells[b] as string, cells[a] as string]
          return cells.join('\t')
        })
        .join('\n'),
    ),
  'doubled pages': (pages, at) => pages.flatMap((p, i) => (i % 3 === at % 3 ? [p, p] : [p])),
  'a page repeated 50 times': (pages, at) =>
    pages.flatMap((p, i) => (i === at % pages.length ? Array.from({ length: 50 }, () => p) : [p])),
  'truncated mid-number': (pages, at, k) =>
    pages.map((p) =>
      p
        .split('\n')
        .map((l, j) => {
          const m = /\d[\d,]*\.\d+/.exec(l)
          if (m === null || (j + at) % 2 !== 0) return l
          return l.slice(0, m.index + 1 + (k % m[0].length))
        })
        .join('\n'),
    ),
  'a line cut in two': (pages, at) =>
    pages.map((p) => {
      const lines = p.split('\n')
      const j = lineAt(lines, at)
      const l = lines[j] ?? ''
      lines[j] = `${l.slice(0, l.length >> 1)}\n${l.slice(l.length >> 1)}`
      return lines.join('\n')
    }),
}

describe('readDisclosure on damaged sample text (issue 14, seventh pass)', () => {
  it('random damage to tab text and rendered text of every sample: a typed error or a document parseDisclosure accepts', async () => {
    const ids: readonly SampleId[] = ['000', '001', '002', '003', '004']
    const cases = fc.sample(
      fc.record({
        id: fc.constantFrom(...ids),
        shape: fc.constantFrom<'tabs' | 'rendered'>('tabs', 'rendered'),
        damages: fc.array(fc.constantFrom(...Object.keys(DAMAGES)), { minLength: 1, maxLength: 3 }),
        at: fc.nat({ max: 1000 }),
        k: fc.nat({ max: 1000 }),
      }),
      { seed: 7701, numRuns: 24 },
    )
    const seen = new Set<string>()
    for (const c of cases) {
      let pages = pagesOf(c.id, c.shape)
      for (const d of c.damages) pages = (DAMAGES[d] as Damage)(pages, c.at, c.k)
      seen.add(await outcome(pages.join('\n\f')))
    }
    // the damage leaves most documents readable: the property is not vacuous
    expect(seen.has('result')).toBe(true)
  }, 240_000)

  it('undamaged tab text of a sample reads as a disclosure (the look-alike of the damaged ones)', async () => {
    const result = await readDisclosure(pagesOf('000', 'tabs').join('\n\f'))
    expect(result.status).toBe('disclosure')
  }, 60_000)

  it("a page's text repeated 100 times: read, and the work per character stays within 5× of the page repeated 10 times", async () => {
    const page = pagesOf('000', 'tabs')[1] as string
    const textOf = (times: number): string => Array.from({ length: times }, () => page).join('\n\f')
    /** The read's time over the plain loop's, each the best of three runs (after one warm-up read). */
    const ratio = async (times: number): Promise<number> => {
      const text = textOf(times)
      expect(await outcome(text)).not.toBe('untyped')
      let read = Number.POSITIVE_INFINITY
      let loop = Number.POSITIVE_INFINITY
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now()
        await readDisclosure(text)
        read = Math.min(read, performance.now() - t0)
        loop = Math.min(loop, plainLoop(text))
      }
      return read / loop
    }
    const ten = await ratio(10)
    const hundred = await ratio(100)
    // linear reading keeps the ratio flat (10× the text, 10× the loop); quadratic would make it 10×
    expect(hundred / ten).toBeLessThan(5)
  }, 240_000)
})

/**
 * Time of a plain loop over `text` (a character-code checksum, 200 passes), in milliseconds; never
 * under 0.01 ms, so a ratio to it is finite.
 */
function plainLoop(text: string): number {
  const t0 = performance.now()
  let h = 0
  for (let pass = 0; pass < 200; pass++)
    for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0
  const elapsed = performance.now() - t0
  // the checksum is used, so the loop cannot be optimised away
  return Math.max(0.01, elapsed + (h === 0.5 ? 1 : 0))
}

describe('internal stages with hostile options (issue 14, seventh pass)', () => {
  const throwingProxy = makeThrowingProxy()
  const throwingGetter = (field: string): object =>
    Object.defineProperty({}, field, {
      enumerable: true,
      get: () => {
        throw new Error('getter')
      },
    })
  const laid = layoutText('2024年部门收支总表\n单位：万元\n项目\t金额\n合计\t1.00\n')

  /** The typed error's code, or 'no error'; an untyped error fails. */
  const codeOf = (f: () => unknown): string => {
    try {
      f()
    } catch (e) {
      expect(isMedbudgetError(e), String(e)).toBe(true)
      return (e as { code: string }).code
    }
    return 'no error'
  }

  it('interpretDocument(doc, null | 5 | a Proxy | a throwing getter | a bad field): OPTION_INVALID (was a TypeError)', () => {
    for (const bad of [
      null,
      5,
      'x',
      throwingProxy,
      throwingGetter('functionalCatalog'),
      throwingGetter('fileName'),
      { functionalCatalog: {} },
      { fileName: 5 },
    ])
      expect(codeOf(() => interpretDocument(laid, bad as Any))).toBe('OPTION_INVALID')
    // the look-alikes: no options, empty options, a file name
    expect(interpretDocument(laid).status).toBe(interpretDocument(laid, {}).status)
    expect(interpretDocument(laid, { fileName: 'a.txt' }).source.file).toBe('a.txt')
  })

  it('interpretDocument(null | {} | a Proxy): DOCUMENT_INVALID (was a TypeError)', () => {
    for (const bad of [null, undefined, {}, { pages: 1, tables: 5 }, throwingProxy])
      expect(codeOf(() => interpretDocument(bad as Any))).toBe('DOCUMENT_INVALID')
  })

  it('runPool with non-object options, a Proxy, a throwing getter, NaN jobs, a timeout past 2^31 − 1 ms: rejects OPTION_INVALID before any worker starts', async () => {
    const workerUrl = new URL('file:///nonexistent/worker.js')
    const good = { jobs: 1, timeoutMs: 1000, workerUrl, onResult: () => undefined }
    const bad: unknown[] = [
      null,
      5,
      throwingProxy,
      throwingGetter('jobs'),
      { ...good, jobs: Number.NaN },
      { ...good, jobs: 0 },
      { ...good, jobs: '2' },
      { ...good, timeoutMs: Number.NaN },
      { ...good, timeoutMs: 2 ** 31 },
      { ...good, timeoutMs: -1 },
      { ...good, workerUrl: 'file:///x.js' },
      { ...good, onResult: 'print' },
    ]
    for (const options of bad) {
      const settled = await runPool([{ file: 'a.pdf', mode: 'check' }], options as Any).then(
        () => 'resolved',
        (e: unknown) => (isMedbudgetError(e) ? e.code : `untyped ${String(e)}`),
      )
      expect(settled).toBe('OPTION_INVALID')
    }
    // tasks that are not an array are refused the same way
    expect(
      await runPool(5 as Any, good).catch((e: unknown) => (isMedbudgetError(e) ? e.code : 'untyped')),
    ).toBe('OPTION_INVALID')
    // the look-alike: good options and no tasks resolve at once, starting no worker
    await expect(runPool([], good)).resolves.toBeUndefined()
  })
})
