// Workers started ahead by the bin (src/cli/workers.ts): how many a command line gets, and the pool
// taking them — loaded or still loading, alive or dead — before it starts any of its own. The worker
// here is a stand-in for the bin's: it answers with the file and whether it was told to preload PDF.js.
import { once } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPool } from '../../src/cli/pool'
import type { DocumentOutcome } from '../../src/cli/processDocument'
import { prestartWorkers, READY, takeStartedWorker, workersFor } from '../../src/cli/workers'

const stub = new URL(
  `data:text/javascript,${encodeURIComponent(`
import { parentPort, workerData } from 'node:worker_threads'
parentPort.postMessage(${JSON.stringify(READY)})
parentPort.on('message', (task) => {
  parentPort.postMessage({ record: { type: 'document', format: 'medbudget/check@1', file: task.file + ':' + String(workerData?.preloadPdf), status: 'checked', findings: [], coverage: [], diagnostics: [] } })
})`)}`,
)
// a worker that cannot even load (a broken installation)
const broken = new URL(`data:text/javascript,${encodeURIComponent('throw new Error("broken install")')}`)

const cores = availableParallelism()
const dir = mkdtempSync(join(tmpdir(), 'medbudget-workers-'))
const file = (name: string): string => {
  const path = join(dir, name)
  writeFileSync(path, '{}')
  return path
}
const a = file('a.json')
const b = file('b.json')
const p = file('c.pdf')

const check = async (files: readonly string[], jobs: number, url: URL): Promise<string[]> => {
  const out: string[] = []
  await runPool(
    files.map((f) => ({ file: f, mode: 'check' as const })),
    {
      jobs,
      timeoutMs: 60_000,
      workerUrl: url,
      onResult: (outcome: DocumentOutcome) => {
        out.push(outcome.record.file)
      },
    },
  )
  return out.sort()
}

describe('workersFor', () => {
  it('a batch gets --jobs workers, never more than its inputs or the cores', () => {
    expect(workersFor(['check', a, b, '--jobs', '8'])).toEqual({
      count: Math.min(2, cores),
      preloadPdf: false,
    })
    expect(workersFor(['facts', a, '--jobs', '8', '--out', 'f.csv'])).toEqual({ count: 1, preloadPdf: false })
    expect(workersFor(['check', dir, '--jobs', '1'])).toEqual({ count: 1, preloadPdf: true })
    expect(workersFor(['check', dir]).count).toBe(cores)
  })

  it('PDFs among the inputs (by name, or a folder) ask the workers to preload PDF.js', () => {
    expect(workersFor(['check', a, p, '--jobs', '1']).preloadPdf).toBe(true)
    expect(workersFor(['check', a, '--jobs', '1']).preloadPdf).toBe(false)
    expect(workersFor(['read', p, '--format', 'json'])).toEqual({ count: 1, preloadPdf: true })
  })

  it('a missing path is one input (reported later as unreadable)', () => {
    expect(workersFor(['check', join(dir, 'missing.pdf'), '--jobs', '4']).count).toBe(1)
  })

  it('look-ups, no inputs and bad usage start no worker', () => {
    expect(workersFor(['codes', '2101501']).count).toBe(0)
    expect(workersFor(['--version']).count).toBe(0)
    expect(workersFor([]).count).toBe(0)
    expect(workersFor(['check']).count).toBe(0)
    expect(workersFor(['check', a, '--jobs', '0']).count).toBe(0)
    expect(workersFor(['check', a, '--jobs', 'many']).count).toBe(0)
    expect(workersFor(['check', a, '--no-such-option']).count).toBe(0)
    expect(workersFor(['read', a, '--jobs', '2']).count).toBe(0) // read takes no --jobs
  })
})

describe('the pool takes the workers started ahead', () => {
  it('a worker that has already loaded is used at once', { timeout: 60_000 }, async () => {
    const [ahead] = prestartWorkers(['check', p, '--jobs', '1'], stub)
    expect(ahead).toBeDefined()
    await once(ahead!.worker, 'message') // its READY, seen by the listener of prestartWorkers too
    expect(ahead!.ready).toBe(true)
    // preloadPdf: true marks the worker started ahead (the pool's own are started without)
    expect(await check([a, b], 1, stub)).toEqual([`${a}:true`, `${b}:true`])
  })

  it('a worker still loading is waited for', { timeout: 60_000 }, async () => {
    prestartWorkers(['check', p, '--jobs', '1'], stub)
    expect(await check([a, b], 1, stub)).toEqual([`${a}:true`, `${b}:true`])
  })

  it('without workers started ahead the pool starts its own', { timeout: 60_000 }, async () => {
    expect(await check([a, b], 1, stub)).toEqual([`${a}:false`, `${b}:false`])
  })

  it('only a worker running the same script is taken', { timeout: 60_000 }, async () => {
    prestartWorkers(['check', p, '--jobs', '1'], broken)
    expect(await check([a], 1, stub)).toEqual([`${a}:false`])
    expect(takeStartedWorker(broken)).toBeUndefined() // stopped with the batch's end
  })

  it('workers started ahead beyond what the batch uses are stopped', { timeout: 60_000 }, async () => {
    const ahead = prestartWorkers(['check', dir, '--jobs', '2'], stub)
    expect(ahead).toHaveLength(Math.min(2, cores))
    expect(await check([a], 1, stub)).toEqual([`${a}:true`])
    expect(takeStartedWorker(stub)).toBeUndefined()
  })

  it('a worker started ahead that cannot load fails the batch as a broken installation', {
    timeout: 60_000,
  }, async () => {
    const [ahead] = prestartWorkers(['check', p, '--jobs', '1'], broken)
    await new Promise((resolve) => ahead!.worker.on('exit', resolve)) // (events.once would throw its error)
    expect(ahead!.failure).toBeDefined()
    await expect(check([a], 1, broken)).rejects.toThrow(/broken install/)
  })
})
