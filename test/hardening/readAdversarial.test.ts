/**
 * Issue 14 (third pass): the `/read` adversarial inputs of the second pass, now in the suite.
 * Random bytes, truncated and bit-flipped copies of the fixture PDFs, a PDF of many empty pages made
 * in memory, non-PDF bytes behind a `%PDF-` header, and texts of 10^5 lines / 10^5 tabs / one
 * 10^6-character line, NUL bytes and lone surrogates: each ends in a typed error with a stable
 * code or a deeply frozen result, within the test timeout (no timing assertions).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isMedbudgetError } from '../../src/errors'
import { readDisclosure } from '../../src/read/readDisclosure'
import { unfrozen } from './adversarial2/run'

/** The codes a read may end in (src/read): anything else, or an untyped error, fails. */
const READ_CODES = ['PDF_INVALID', 'PDF_ENCRYPTED', 'NO_TEXT_LAYER', 'INPUT_TOO_LARGE', 'PDFJS_MISSING']

/** Reads `input`: the error code, or 'result' for a deeply frozen result. */
async function outcome(input: string | Uint8Array): Promise<string> {
  try {
    const result = await readDisclosure(input)
    expect(unfrozen(result)).toEqual([])
    return 'result'
  } catch (e) {
    if (!isMedbudgetError(e)) throw new Error(`untyped error: ${String(e)}`)
    expect(e.message.length).toBeLessThan(2000)
    expect(READ_CODES).toContain(e.code)
    return e.code
  }
}

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/pdf/${name}`))

/** A deterministic byte source (mulberry32). */
function bytes(n: number, seed: number): Uint8Array {
  let state = seed >>> 0
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    out[i] = (t ^ (t >>> 14)) & 0xff
  }
  return out
}

/** A valid PDF of `pages` empty pages (no text layer), written in memory. */
function emptyPagesPdf(pages: number): Uint8Array {
  const objects: string[] = []
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')
  objects.push('<< /Type /Catalog /Pages 2 0 R >>')
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`)
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>')
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}

describe('/read on adversarial bytes', () => {
  it('random bytes, with and without a %PDF- header: a typed error', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      expect(await outcome(bytes(64 * seed, seed))).not.toBe('result')
      const fake = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...bytes(512 * seed, seed)])
      expect(await outcome(fake)).not.toBe('result')
    }
    expect(await outcome(new TextEncoder().encode('%PDF-'))).toBe('PDF_INVALID')
  }, 60_000)

  it('truncated copies of the fixture PDFs: a typed error or a frozen result', async () => {
    for (const name of ['cmap-gb1.pdf', 'long-table-002.pdf']) {
      const pdf = fixture(name)
      for (const share of [0.05, 0.3, 0.6, 0.95]) await outcome(pdf.slice(0, Math.floor(pdf.length * share)))
    }
    // cut before the cross-reference table: never a result read from nothing
    expect(await outcome(fixture('cmap-gb1.pdf').slice(0, 20))).not.toBe('result')
  }, 60_000)

  it('bit-flipped copies of a fixture PDF: a typed error or a frozen result', async () => {
    const pdf = fixture('cmap-gb1.pdf')
    const noise = bytes(64, 7)
    for (let k = 0; k < 10; k++) {
      const copy = pdf.slice()
      for (let j = 0; j < 4; j++) {
        const at = ((noise[(k * 4 + j) % noise.length] ?? 0) * 131 + k * 977) % copy.length
        copy[at] = (copy[at] ?? 0) ^ (1 << ((k + j) % 8))
      }
      await outcome(copy)
    }
  }, 60_000)

  it('a PDF of 300 empty pages is NO_TEXT_LAYER; more pages than maxPages are refused', async () => {
    expect(await outcome(emptyPagesPdf(300))).toBe('NO_TEXT_LAYER')
    const tooMany = await readDisclosure(emptyPagesPdf(101), { maxPages: 100 }).then(
      () => 'result',
      (e: unknown) => (isMedbudgetError(e) ? e.code : 'untyped'),
    )
    expect(tooMany).toBe('INPUT_TOO_LARGE')
  }, 60_000)
})

describe('/read on adversarial text', () => {
  const line = '合计\t8,938.04\t2101501\t行政运行'
  const texts: readonly (readonly [string, string])[] = [
    ['10^5 lines', `${line}\n`.repeat(1e5)],
    ['10^5 tabs', `收支总表\n${'\t'.repeat(1e5)}1`],
    ['one 10^6-character line', '合'.repeat(1e6)],
    ['NUL bytes', `收支总表\u0000\n合计\t1\u0000\n`.repeat(100)],
    ['lone surrogates', `收支总表\n\uD800合计\t\uDFFF1\n`.repeat(100)],
    ['form feeds only', '\f'.repeat(1e4)],
  ]
  it.each(texts)(
    '%s: a typed error or a frozen result',
    async (_, text) => {
      await outcome(text)
    },
    60_000,
  )
  it('whitespace only is NO_TEXT_LAYER; a notice is no disclosure', async () => {
    expect(await outcome(' \n\t\u3000'.repeat(1e4))).toBe('NO_TEXT_LAYER')
    expect(await outcome('关于公开2024年部门预算的通知\n特此通知。')).toBe('result')
  })
})
