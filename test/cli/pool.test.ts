// The batch's time limit, without timing: a worker that never answers one document is stopped at the
// limit, and the batch goes on with a fresh worker. The worker here is a stand-in for the bin's.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatchOrder, READY, runPool } from '../../src/cli/pool'
import type { DocumentOutcome } from '../../src/cli/processDocument'

const worker = new URL(
  `data:text/javascript,${encodeURIComponent(`
import { parentPort } from 'node:worker_threads'
parentPort.postMessage(${JSON.stringify(READY)})
parentPort.on('message', (task) => {
  if (task.file === 'hangs.pdf') return // never answers
  parentPort.postMessage({ record: { type: 'document', format: 'medbudget/check@1', file: task.file, status: 'checked', findings: [], coverage: [], diagnostics: [] } })
})`)}`,
)

describe('runPool', () => {
  it('stops a document past the time limit and goes on with the others', { timeout: 60_000 }, async () => {
    const results: { file: string; status: string; index: number }[] = []
    await runPool(
      ['a.json', 'hangs.pdf', 'b.json', 'c.json'].map((file) => ({ file, mode: 'check' as const })),
      {
        jobs: 1,
        timeoutMs: 3_000,
        workerUrl: worker,
        onResult: (outcome: DocumentOutcome, index) => {
          results.push({ file: outcome.record.file, status: outcome.record.status, index })
        },
      },
    )
    expect(results.map((r) => [r.file, r.status])).toEqual([
      ['a.json', 'checked'],
      ['hangs.pdf', 'timeout'],
      ['b.json', 'checked'],
      ['c.json', 'checked'],
    ])
  })

  it('with two workers, one stuck document stops alone and every other is checked', {
    timeout: 60_000,
  }, async () => {
    const files: [string, string][] = []
    await runPool(
      ['hangs.pdf', ...Array.from({ length: 20 }, (_, i) => `${i}.json`)].map((file) => ({
        file,
        mode: 'check' as const,
      })),
      {
        jobs: 2,
        timeoutMs: 3_000,
        workerUrl: worker,
        onResult: (outcome) => {
          files.push([outcome.record.file, outcome.record.status])
        },
      },
    )
    expect(files).toHaveLength(21)
    expect(files.filter(([, status]) => status === 'timeout')).toEqual([['hangs.pdf', 'timeout']])
    expect(files.filter(([, status]) => status === 'checked')).toHaveLength(20)
  })
})

describe('dispatch order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'medbudget-order-'))
  const file = (name: string, bytes: number) => {
    const path = join(dir, name)
    writeFileSync(path, 'x'.repeat(bytes))
    return { file: path, mode: 'check' as const }
  }
  const tasks = [
    file('a.pdf', 10),
    file('b.pdf', 300),
    file('c.pdf', 20),
    { file: join(dir, 'missing.pdf'), mode: 'check' as const },
  ]

  it('several workers take the largest files first, unmeasurable files last', () => {
    expect(dispatchOrder(tasks, 2)).toEqual([1, 2, 0, 3])
  })

  it('one worker keeps the order given', () => {
    expect(dispatchOrder(tasks, 1)).toEqual([0, 1, 2, 3])
  })
})
