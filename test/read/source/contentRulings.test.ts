import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rulingsBothWays } from '../../../scripts/rulings-both-ways'
import { isMedbudgetError } from '../../../src/errors'
import { contentRulings } from '../../../src/read/source/contentRulings'
import { loadInflate } from '../../../src/read/source/inflate'
import { pdfLines } from '../../../src/read/source/pdfLines'
import { openPdfObjects } from '../../../src/read/source/pdfObjects'
import { type MinimalPdf, minimalPdf } from './minimalPdf'

// The rulings read straight from the content streams must be those of PDF.js's operator list, page
// by page (scripts/compare-rulings.ts does the same over the development corpus).
const dir = 'test/fixtures/pdf'
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.pdf'))
const bytesOf = (f: string) => new Uint8Array(readFileSync(`${dir}/${f}`))

const inflate = async () => {
  const f = await loadInflate()
  if (f === undefined) throw new Error('node:zlib')
  return f
}

describe('contentRulings against the operator list', () => {
  it('gives the same rulings on every page of every fixture PDF, without deferring to PDF.js', async () => {
    let rulings = 0
    for (const f of fixtures) {
      const { opened, pages } = await rulingsBothWays(bytesOf(f))
      expect(opened, f).toBe(true)
      for (const p of pages) {
        expect(p.direct, `${f} p.${p.page}`).toEqual(p.operatorList)
        rulings += p.operatorList.length
      }
    }
    expect(rulings).toBeGreaterThan(1000)
  }, 120_000)

  it('follows forms with their /Matrix, content split over streams, Flate and the lexer quirks', async () => {
    const spec: MinimalPdf = {
      content:
        '1 w 10 10 m 200 10 l S 20 20 300 .5 re f q 2 0 0 2 5 5 cm 10 100 50 30 re f Q /X1 Do 5 5 m 5 -- 90 l S',
      form: '0 0 m 100 0 l S 0 0 40 0 re f',
      formMatrix: [1, 0, 0, 1, 50, 50],
      flate: true,
      splitAt: 20,
    }
    const { opened, pages } = await rulingsBothWays(minimalPdf(spec))
    expect(opened).toBe(true)
    expect(pages[0]?.direct).toEqual(pages[0]?.operatorList)
    // the form's segment, moved by its matrix: y = 300 − 50
    expect(pages[0]?.direct).toContainEqual({ page: 1, x0: 50, y0: 250, x1: 150, y1: 250 })
  })

  const num = fc.oneof(
    fc.integer({ min: -50, max: 450 }).map(String),
    fc.double({ min: -50, max: 450, noNaN: true }).map((x) => x.toFixed(3)),
    fc.constantFrom('.5', '-.25', '+3', '0.', '--2'),
  )
  const op = fc.oneof(
    fc.tuple(num, num).map(([x, y]) => `${x} ${y} m`),
    fc.tuple(num, num).map(([x, y]) => `${x} ${y} l`),
    fc.tuple(num, num, num, num).map((a) => `${a.join(' ')} re`),
    fc.tuple(num, num, num, num, num, num).map((a) => `${a.join(' ')} c`),
    fc.tuple(num, num, num, num).map((a) => `${a.join(' ')} v`),
    fc
      .tuple(fc.constantFrom('1', '2', '0.5', '-1'), num, num)
      .map(([s, x, y]) => `${s} 0 0 ${s} ${x} ${y} cm`),
    fc.constantFrom('h', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n', 'W n', 'q', 'Q', '/X1 Do'),
    fc.constantFrom(
      'BT (a\\) b) Tj ET',
      '[(x) 3 (y)] TJ',
      '<</MCID 0>> BDC',
      'EMC',
      '% note\n',
      '0 0 1 RG',
      '7',
      'xyz',
    ),
  )
  const program = fc.array(op, { maxLength: 40 }).map((ops) => ops.join(' '))

  it('gives the same rulings as PDF.js on generated path programs', async () => {
    await fc.assert(
      fc.asyncProperty(program, program, fc.boolean(), async (content, form, flate) => {
        const { opened, pages } = await rulingsBothWays(
          minimalPdf({ content, form, flate, formMatrix: [1, 0, 0, -1, 10, 290] }),
        )
        expect(opened).toBe(true)
        expect(pages[0]?.direct).toEqual(pages[0]?.operatorList)
      }),
      { seed: 42, numRuns: 200 },
    )
  }, 120_000)
})

describe('contentRulings leaves to PDF.js what it does not read', () => {
  const ruled = '10 10 m 200 10 l S 20 20 300 0.5 re f'

  it('opens a plain PDF, and not an encrypted one', async () => {
    const f = await inflate()
    expect(openPdfObjects(minimalPdf({ content: ruled }), f, 10)?.pages.length).toBe(1)
    expect(
      openPdfObjects(minimalPdf({ content: ruled, trailer: '/Encrypt << /Filter /Standard >>' }), f, 10),
    ).toBe(undefined)
  })

  it.each([
    ['an inline image', { content: `${ruled} BI /W 1 /H 1 /BPC 8 /CS /G ID x EI` }],
    ['a filter other than Flate', { content: ruled, filter: '/LZWDecode' }],
    [
      'a soft mask',
      { content: `/G1 gs ${ruled}`, resources: '/ExtGState << /G1 << /SMask << /S /Luminosity >> >> >>' },
    ],
  ])('defers on %s, and pdfLines still gets the rulings from PDF.js', async (_, spec: MinimalPdf) => {
    const bytes = minimalPdf(spec)
    const pdf = openPdfObjects(bytes, await inflate(), 10)
    expect(pdf).toBeDefined()
    if (pdf) expect(contentRulings(pdf, 0, [1, 0, 0, -1, 0, 300], 1)).toBe(undefined)
    const plain = contentRulings(
      openPdfObjects(minimalPdf({ content: ruled }), await inflate(), 10)!,
      0,
      [1, 0, 0, -1, 0, 300],
      1,
    )
    expect(plain?.length).toBe(2)
    const { pages } = await rulingsBothWays(bytes)
    expect(pages[0]?.operatorList.length).toBeGreaterThanOrEqual(spec.filter ? 0 : 2)
  })

  it('uses the direct reading in pdfLines (the rulings it returns are those PDF.js gives)', async () => {
    const bytes = bytesOf('long-table-002.pdf')
    const rulings = (await pdfLines(bytes)).rulings ?? []
    const { pages } = await rulingsBothWays(bytes)
    const some = pages.flatMap((p) => p.operatorList).filter((r) => rulings.some((q) => q.page === r.page))
    expect(rulings.length).toBeGreaterThan(0)
    expect(rulings).toEqual(some)
  }, 60_000)
})

describe('the direct reader on hostile bytes', () => {
  const base = bytesOf('long-table-002.pdf')
  const mutation = fc.oneof(
    fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 40,
    }),
    fc.nat({ max: base.length }).map((cut) => cut),
  )
  const mutate = (m: number | readonly (readonly [number, number])[]): Uint8Array => {
    if (typeof m === 'number') return base.slice(0, m)
    const out = base.slice()
    for (const [i, v] of m) out[i] = v
    return out
  }

  it('never throws and never hangs on mutated or truncated PDFs; rulings it gives are finite', async () => {
    const f = await inflate()
    fc.assert(
      fc.property(mutation, (m) => {
        const pdf = openPdfObjects(mutate(m), f, 100)
        if (pdf === undefined) return
        for (let i = 0; i < pdf.pages.length; i++) {
          const r = contentRulings(pdf, i, [1, 0, 0, -1, 0, 842], i + 1)
          for (const x of r ?? []) expect(Number.isFinite(x.x0 + x.x1 + x.y0 + x.y1)).toBe(true)
        }
      }),
      { seed: 42, numRuns: 200 },
    )
  }, 120_000)

  it('pdfLines on mutated small PDFs gives lines or a MedbudgetError, nothing else', async () => {
    const small = minimalPdf({
      content: '10 10 m 200 10 l S 20 20 300 0.5 re f /X1 Do',
      form: '0 0 m 9 0 l S',
      flate: true,
    })
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: small.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 8,
        }),
        async (m) => {
          const bytes = small.slice()
          for (const [i, v] of m) bytes[i] = v
          try {
            const read = await pdfLines(bytes)
            expect(read.pages).toBeGreaterThanOrEqual(0)
          } catch (e) {
            expect(isMedbudgetError(e)).toBe(true)
          }
        },
      ),
      { seed: 42, numRuns: 40 },
    )
  }, 120_000)
})
