// Benchmark of `medbudget check` in batch against PDF.js's text extraction of the same files, measured in one
// process (the floor), and the same extraction on one and on two worker threads (text only: the reader reads the
// rulings from the content streams itself, not from operator lists): how PDF.js alone, as it comes, scales from
// one core to two on this machine, the ceiling of `--jobs 2` without the batch workers' own settings.
// Needs the reader (`./read`) and ../shared/corpus; skips cleanly without the corpus.
// Run: npm run build && npx tsx bench/cli.ts [N files]
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

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

// the ceiling: the same extraction on one and on two worker threads, largest file first as the batch hands
// them out
const pdfjsRoot = createRequire(import.meta.url)
  .resolve('pdfjs-dist/package.json')
  .replace(/package\.json$/, '')
const floorWorker = new URL(
  `data:text/javascript,${encodeURIComponent(`
import { readFileSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
const root = ${JSON.stringify(pdfjsRoot)}
const pdfjs = await import(${JSON.stringify(pathToFileURL(`${pdfjsRoot}legacy/build/pdf.mjs`).href)})
parentPort.on('message', async (file) => {
  const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), cMapUrl: root + 'cmaps/', cMapPacked: true,
    standardFontDataUrl: root + 'standard_fonts/', useSystemFonts: false, isEvalSupported: false, disableFontFace: true,
    maxImageSize: 0, verbosity: 0 })
  const doc = await task.promise
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p)
    await page.getTextContent()
    page.cleanup()
  }
  await doc.destroy()
  parentPort.postMessage(file)
})
parentPort.postMessage('ready')`)}`,
)
const floorOnWorkers = async (jobs: number): Promise<number> => {
  const start = performance.now()
  const order = [...files].sort((a, b) => statSync(b).size - statSync(a).size)
  let next = 0
  let finished = 0
  const workers: Worker[] = []
  await new Promise<void>((allDone) => {
    for (let j = 0; j < jobs; j++) {
      const worker = new Worker(floorWorker)
      workers.push(worker)
      worker.on('message', (m: string) => {
        if (m !== 'ready' && ++finished === files.length) allDone()
        else if (next < order.length) worker.postMessage(order[next++])
      })
    }
  })
  for (const w of workers) await w.terminate()
  return (performance.now() - start) / 1000
}
const floor1 = await floorOnWorkers(1)
const floor2 = await floorOnWorkers(2)

// CPU seconds of this process's finished children (Linux /proc), to tell work from waiting on a busy machine
const childCpu = (): number => {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(f[13]) + Number(f[14])) / 100
  } catch {
    return Number.NaN
  }
}
const batch = (jobs: number): { wall: number; cpu: number } => {
  const start = performance.now()
  const cpu0 = childCpu()
  spawnSync(
    process.execPath,
    ['dist/cli.js', 'check', ...files, '--jobs', String(jobs), '--quiet', '--format', 'json'],
    { maxBuffer: 1 << 30 },
  )
  return { wall: (performance.now() - start) / 1000, cpu: childCpu() - cpu0 }
}
const one = batch(1)
const two = batch(2)
const perDoc = (s: number): string => (s / files.length).toFixed(3)
const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : '?'
console.log(`files: ${files.length}, load average ${load}`)
console.log(`PDF.js extraction: ${floor.toFixed(2)} s (${perDoc(floor)} s/PDF)`)
console.log(
  `PDF.js extraction on worker threads: one ${floor1.toFixed(2)} s, two ${floor2.toFixed(2)} s, speed-up ${(floor1 / floor2).toFixed(2)}× (the ceiling of --jobs 2)`,
)
console.log(
  `medbudget check --jobs 1: ${one.wall.toFixed(2)} s (${perDoc(one.wall)} s/PDF, ${(files.length / (one.wall / 60)).toFixed(0)} docs/min, CPU ${one.cpu.toFixed(1)} s), ratio ${(one.wall / floor).toFixed(2)}× (target ≤ 1.5×)`,
)
console.log(
  `medbudget check --jobs 2: ${two.wall.toFixed(2)} s (CPU ${two.cpu.toFixed(1)} s), speed-up ${(one.wall / two.wall).toFixed(2)}× (target ≥ 1.7×)`,
)
