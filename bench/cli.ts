// Benchmark of `medbudget check` in batch against PDF.js's text extraction of the same files, measured in one
// process (the floor), and the memory of a long batch. Needs the reader (`./read`) and ../shared/corpus; skips
// cleanly without the corpus. Run: npm run build && npx tsx bench/cli.ts [N files]
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus/pdf')
if (!existsSync(CORPUS)) {
  console.log('bench/cli: ../shared/corpus absent, skipped')
  process.exit(0)
}
const limit = Number(process.argv[2] ?? 40)
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.pdf'))
  .sort()
  .slice(0, limit)
  .map((f) => resolve(CORPUS, f))

// floor: PDF.js text extraction of every page, one file after the other, in this process, with the
// reader's own options
const { extractOnly } = await import('./pdfFloor')
const t0 = performance.now()
for (const file of files) await extractOnly(new Uint8Array(readFileSync(file)))
const floor = (performance.now() - t0) / 1000

const batch = (jobs: number): number => {
  const start = performance.now()
  spawnSync(
    process.execPath,
    ['dist/cli.js', 'check', ...files, '--jobs', String(jobs), '--quiet', '--format', 'json'],
    {
      maxBuffer: 1 << 30,
    },
  )
  return (performance.now() - start) / 1000
}
const one = batch(1)
const two = batch(2)
const perDoc = (s: number): string => (s / files.length).toFixed(3)
console.log(`files: ${files.length}`)
console.log(`PDF.js extraction: ${floor.toFixed(2)} s (${perDoc(floor)} s/PDF)`)
console.log(
  `medbudget check --jobs 1: ${one.toFixed(2)} s (${perDoc(one)} s/PDF, ${(files.length / (one / 60)).toFixed(0)} docs/min), ratio ${(one / floor).toFixed(2)}× (target ≤ 1.5×)`,
)
console.log(
  `medbudget check --jobs 2: ${two.toFixed(2)} s, speed-up ${(one / two).toFixed(2)}× (target ≥ 1.7×)`,
)
