/**
 * Benchmark of the reader: `npx tsx bench/read.ts` (`npm run bench:read`, part of `npm run bench`).
 * PDF.js's own text extraction is the floor — nothing that reads through it can be faster — so the
 * same PDFs are timed twice in one process: extraction alone (getDocument, getTextContent of every
 * page, same options as the reader) and readDisclosure. Reports the ratio. Uses the fixture PDFs
 * (test/fixtures/pdf) and, when ../shared/corpus is present, its first PDFs. Not a test.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDisclosure } from '../src/read/readDisclosure'
import { extractOnly } from './pdfFloor'

const RUNS = 5
const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'pdf')
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'pdf')
const files = [
  ...(existsSync(fixtures)
    ? readdirSync(fixtures)
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => join(fixtures, f))
    : []),
  ...(existsSync(corpus)
    ? readdirSync(corpus)
        .filter((f) => f.endsWith('.pdf') && !f.startsWith('002_'))
        .slice(0, 8)
        .map((f) => join(corpus, f))
    : []),
]
if (files.length === 0) {
  console.log('bench:read: no PDFs (test/fixtures/pdf or ../shared/corpus); skipped.')
  process.exit(0)
}
const inputs = files.map((f) => readFileSync(f))

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

async function timeAll(f: (b: Uint8Array) => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint()
  for (const bytes of inputs) await f(new Uint8Array(bytes))
  return Number(process.hrtime.bigint() - t0) / 1e6
}

await timeAll(extractOnly) // warm-up: load PDF.js, JIT
await timeAll((b) => readDisclosure(b).catch(() => undefined))
const floor: number[] = []
const reader: number[] = []
// memory must not grow with the documents read one after another: the heap after each run
const gc = (globalThis as { gc?: () => void }).gc
const heaps: number[] = []
for (let i = 0; i < RUNS; i++) {
  floor.push(await timeAll(extractOnly))
  reader.push(await timeAll((b) => readDisclosure(b).catch(() => undefined)))
  gc?.()
  heaps.push(process.memoryUsage().heapUsed / 1e6)
}
const f = median(floor)
const r = median(reader)
console.log(
  `PDFs: ${inputs.length}; PDF.js extraction alone ${f.toFixed(0)} ms, readDisclosure ${r.toFixed(0)} ms`,
)
console.log(`ratio readDisclosure / extraction: ${(r / f).toFixed(2)}× (target ≤ 1.5×)`)
console.log(
  `runs (ms): extraction ${floor.map((x) => x.toFixed(0)).join(' ')}; readDisclosure ${reader.map((x) => x.toFixed(0)).join(' ')}`,
)
console.log(`heap after each run${gc ? ' (after gc)' : ''}: ${heaps.map((h) => h.toFixed(0)).join(', ')} MB`)
