/**
 * A small pool of worker threads: one document per worker at a time, results handed on as each
 * finishes, a time limit per document (a worker past it is terminated and replaced), and a worker
 * that dies taking only its own document with it.
 * @module
 */
import { statSync } from 'node:fs'
import type { Worker } from 'node:worker_threads'
import { MedbudgetError } from '../errors'
import { optionsOf } from '../internal/limits'
import { isArray } from '../internal/shape'
import { CHECK_FORMAT } from './formats'
import type { DocumentOutcome, DocumentTask } from './processDocument'
import { READY, startWorker, stopUnusedWorkers, takeStartedWorker } from './workers'

/** Options of {@link runPool}. */
export interface PoolOptions {
  /** Worker threads (at least 1). */
  readonly jobs: number
  /** Time limit of one document, in milliseconds. */
  readonly timeoutMs: number
  /** The script a worker runs (the bin itself). */
  readonly workerUrl: URL
  /** Called as each document finishes, in order of completion. */
  readonly onResult: (outcome: DocumentOutcome, index: number) => void | Promise<void>
}

interface Slot {
  worker: Worker
  /** Bumped when the worker is replaced, so that late events of the old one are ignored. */
  generation: number
  /** The worker has loaded and takes tasks. */
  ready: boolean
  busy?: { index: number; task: DocumentTask; timer: NodeJS.Timeout }
}

export { READY }

const stopped = (task: DocumentTask, code: 'TIMEOUT' | 'INTERNAL', seconds: number): DocumentOutcome => ({
  record: {
    type: 'document',
    format: CHECK_FORMAT,
    file: task.file,
    status: code === 'TIMEOUT' ? 'timeout' : 'unreadable',
    error:
      code === 'TIMEOUT'
        ? {
            code,
            zh: `读取“${task.file}”超过 ${seconds} 秒时限，已停止`,
            en: `reading "${task.file}" took longer than the limit of ${seconds} s and was stopped`,
          }
        : {
            code,
            zh: `处理“${task.file}”时工作线程意外退出`,
            en: `the worker thread stopped unexpectedly while processing "${task.file}"`,
          },
    findings: [],
    coverage: [],
    diagnostics: [],
  },
})

/** Longest time limit `setTimeout` keeps (a longer one fires at once). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1

/**
 * The options of {@link runPool}, read once and checked: `jobs` a whole number of at least 1,
 * `timeoutMs` a whole number of milliseconds `setTimeout` keeps (1 to 2^31 − 1), `workerUrl` a URL,
 * `onResult` a function; `tasks` an array. A `jobs` of NaN started no worker and never resolved; a
 * `timeoutMs` past 2^31 − 1 timed every document out at once; a non-object threw a TypeError.
 *
 * @param tasks - the tasks runPool was given
 * @param options - what runPool was given
 * @returns a frozen copy of the options
 * @throws MedbudgetError `OPTION_INVALID` naming the option
 * @example
 * ```ts
 * poolOptionsOf([], { jobs: 2, timeoutMs: 1000, workerUrl: new URL('file:///bin.js'), onResult: () => {} }).jobs // 2
 * poolOptionsOf([], { jobs: Number.NaN, … }) // throws OPTION_INVALID
 * ```
 */
function poolOptionsOf(tasks: unknown, options: unknown): PoolOptions {
  const invalid = (zh: string, en: string): MedbudgetError =>
    new MedbudgetError('OPTION_INVALID', `工作线程池的${zh}`, `The worker pool's ${en}`)
  if (!isArray(tasks)) throw invalid('任务应为数组', 'tasks must be an array')
  if (options === undefined) throw invalid('选项应为对象', 'options must be an object')
  const { jobs, timeoutMs, workerUrl, onResult } = optionsOf(options as Record<string, unknown>, [
    '工作线程池的选项',
    "worker pool's options",
  ])
  if (typeof jobs !== 'number' || !Number.isSafeInteger(jobs) || jobs < 1)
    throw invalid('jobs 应为不小于 1 的整数', 'jobs must be a whole number of at least 1')
  if (
    typeof timeoutMs !== 'number' ||
    !Number.isInteger(timeoutMs) ||
    timeoutMs < 1 ||
    timeoutMs > MAX_TIMEOUT_MS
  )
    throw invalid(
      `timeoutMs 应为 1 到 ${MAX_TIMEOUT_MS} 之间的整数（毫秒）`,
      `timeoutMs must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`,
    )
  if (!(workerUrl instanceof URL)) throw invalid('workerUrl 应为 URL', 'workerUrl must be a URL')
  if (typeof onResult !== 'function') throw invalid('onResult 应为函数', 'onResult must be a function')
  return Object.freeze({ jobs, timeoutMs, workerUrl, onResult: onResult as PoolOptions['onResult'] })
}

/**
 * Runs every task on a pool of worker threads and hands each outcome to `onResult` as it finishes.
 * Resolves when all tasks are done; the workers are stopped.
 *
 * @param tasks - the documents, in the order they are started
 * @param options - pool size, time limit, worker script, result callback
 * @returns a promise that rejects with `OPTION_INVALID` when `tasks` is not an array or an option
 *   is not what {@link PoolOptions} says (read once, before any worker starts)
 * @example
 * ```ts
 * await runPool(files.map((file) => ({ file, mode: 'check' })), { jobs: 4, timeoutMs: 120_000, workerUrl, onResult })
 * ```
 */
export function runPool(tasks: readonly DocumentTask[], hostOptions: PoolOptions): Promise<void> {
  let options: PoolOptions
  try {
    options = poolOptionsOf(tasks, hostOptions)
  } catch (e) {
    return Promise.reject(e)
  }
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length))
  const order = dispatchOrder(tasks, jobs)
  let next = 0
  let done = 0
  const slots: Slot[] = []
  return new Promise<void>((resolve, reject) => {
    if (tasks.length === 0) {
      stopUnusedWorkers()
      resolve()
      return
    }
    let chain: Promise<void> = Promise.resolve()
    const finish = (slot: Slot, outcome: DocumentOutcome): void => {
      const busy = slot.busy
      if (busy === undefined) return
      clearTimeout(busy.timer)
      slot.busy = undefined
      chain = chain.then(() => options.onResult(outcome, busy.index)).catch(reject)
      done++
      if (done === tasks.length) {
        for (const s of slots) void s.worker.terminate()
        stopUnusedWorkers()
        chain.then(resolve, reject)
        return
      }
      if (slot.ready) feed(slot)
    }
    const spawn = (slot: Slot): void => {
      // a worker the bin started ahead (already loading, maybe loaded), else a new one
      const ahead = slot.generation === 0 ? takeStartedWorker(options.workerUrl) : undefined
      const worker = ahead?.worker ?? startWorker(options.workerUrl, { preloadPdf: false })
      const generation = slot.generation
      slot.worker = worker
      const current = (): boolean => slot.generation === generation
      slot.ready = false
      const loaded = (): void => {
        // the time limit of a document starts once the worker has loaded, not while it boots
        slot.ready = true
        feed(slot)
      }
      worker.on('message', (message: DocumentOutcome | typeof READY) => {
        if (!current()) return
        if (message === READY) loaded()
        else finish(slot, message)
      })
      const died = (error?: unknown): void => {
        if (!current()) return
        if (!slot.ready) {
          // a worker that cannot even start is a broken installation, not a bad document
          reject(
            error instanceof Error
              ? error
              : new Error(`worker thread exited before it started (${String(error)})`),
          )
          for (const s of slots) void s.worker.terminate()
          stopUnusedWorkers()
          return
        }
        if (slot.busy !== undefined) replace(slot, stopped(slot.busy.task, 'INTERNAL', 0))
      }
      worker.on('error', died)
      worker.on('exit', died)
      if (ahead?.failure !== undefined) died(ahead.failure.error)
      else if (ahead?.ready === true) loaded()
    }
    const replace = (slot: Slot, outcome: DocumentOutcome): void => {
      const old = slot.worker
      slot.generation++
      void old.terminate()
      if (next < tasks.length) spawn(slot)
      finish(slot, outcome)
    }
    const feed = (slot: Slot): void => {
      if (next >= tasks.length) return
      const index = order[next++]!
      const task = tasks[index]!
      const timer = setTimeout(() => {
        if (slot.busy?.index === index) replace(slot, stopped(task, 'TIMEOUT', options.timeoutMs / 1000))
      }, options.timeoutMs)
      slot.busy = { index, task, timer }
      slot.worker.postMessage(task)
    }
    for (let i = 0; i < jobs; i++) {
      const slot = { generation: 0, ready: false } as Slot
      slots.push(slot)
      spawn(slot)
    }
    // workers started ahead beyond what this batch uses
    stopUnusedWorkers()
  })
}

/**
 * The order in which tasks are handed to the workers: with one worker, as given; with several, the
 * largest files first, so that the batch does not end with one big document read alone while the
 * other workers idle (files that cannot be measured keep their place after the measured ones).
 *
 * @example
 * ```ts
 * dispatchOrder([{ file: 'small.pdf', mode: 'check' }, { file: 'big.pdf', mode: 'check' }], 2) // [1, 0]
 * ```
 */
export function dispatchOrder(tasks: readonly DocumentTask[], jobs: number): number[] {
  const indices = tasks.map((_, i) => i)
  if (jobs <= 1) return indices
  const size = indices.map((i) => {
    try {
      return statSync(tasks[i]!.file).size
    } catch {
      return -1
    }
  })
  return indices.sort((a, b) => size[b]! - size[a]! || a - b)
}
