/**
 * Where the worker threads of a batch come from: the script they run, and the workers the bin starts
 * first thing — before the main thread has loaded the commands — so that their start-up overlaps the
 * main thread's. The pool takes these before it starts any of its own.
 * @module
 */
import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { positiveInt } from './args'
import { COMMAND_OPTIONS } from './options'

/** The message a worker sends once it has loaded and listens for tasks. */
export const READY = 'medbudget:worker-ready'

/** What the main thread tells a worker when it starts it. */
export interface WorkerStart {
  /** PDFs are coming: load PDF.js while the main thread is still starting. */
  readonly preloadPdf: boolean
}

/** A worker thread started ahead of the pool, and what it reported before the pool took it. */
export interface StartedWorker {
  readonly worker: Worker
  /** The script it runs. */
  readonly url: string
  /** The worker has sent {@link READY}. */
  ready: boolean
  /** Set when the worker failed or exited before the pool took it. */
  failure?: { readonly error: unknown }
}

const started: StartedWorker[] = []

/**
 * The script worker threads run: `cli-worker.js` beside the bundled bin. Run from source under tsx
 * (tests, development), a worker does not inherit tsx's hooks, so it starts from a small module that
 * registers them first and then imports src/cli/worker.ts.
 *
 * @returns the URL to give `new Worker`
 * @example
 * ```ts
 * new Worker(workerScript())
 * ```
 */
export function workerScript(): URL {
  const self = new URL(import.meta.url)
  if (!self.pathname.endsWith('.ts')) return new URL('./cli-worker.js', self)
  const entry = new URL('./worker.ts', self)
  const api = import.meta.resolve('tsx/esm/api')
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(entry.href)})`
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`)
}

/**
 * Starts a worker thread running `url`.
 *
 * @param url - the worker script
 * @param start - what the worker is told at start
 * @returns the worker
 * @example
 * ```ts
 * const worker = startWorker(workerScript(), { preloadPdf: false })
 * ```
 */
export function startWorker(url: URL, start: WorkerStart): Worker {
  return new Worker(url, { workerData: start })
}

/**
 * How many workers the command line `argv` will use at once, as far as can be told before the
 * command runs: `--jobs` (default: the machine's cores) for `check` and `facts`, one for `read`
 * and `tables`, never more than the inputs named (a folder counts as many) nor the machine's cores.
 * Anything the command will reject as bad usage gives 0: the command reports it.
 *
 * @param argv - the arguments after `medbudget`
 * @returns the number of workers to start, and whether PDFs may be among the inputs
 * @example
 * ```ts
 * workersFor(['check', 'a.json', '--jobs', '4']) // { count: 1, preloadPdf: false }
 * workersFor(['codes', '2101501']) // { count: 0, preloadPdf: false }
 * ```
 */
export function workersFor(argv: readonly string[]): { count: number; preloadPdf: boolean } {
  const none = { count: 0, preloadPdf: false }
  const [command, ...rest] = argv
  if (command !== 'check' && command !== 'facts' && command !== 'read' && command !== 'tables') return none
  let jobs: number
  let positionals: string[]
  try {
    const parsed = parseArgs({
      args: rest,
      options: COMMAND_OPTIONS[command],
      allowPositionals: true,
      strict: true,
    })
    positionals = parsed.positionals
    const values = parsed.values as { jobs?: string }
    jobs =
      command === 'check' || command === 'facts'
        ? positiveInt(values.jobs, availableParallelism(), 'jobs', 256)
        : 1
  } catch {
    return none
  }
  let inputs = 0
  let preloadPdf = false
  for (const path of positionals) {
    let folder = false
    try {
      folder = statSync(path).isDirectory()
    } catch {
      // a path that does not exist is one input, reported as unreadable
    }
    inputs += folder ? Number.POSITIVE_INFINITY : 1
    if (folder || path.toLowerCase().endsWith('.pdf')) preloadPdf = true
  }
  return { count: Math.min(jobs, inputs, availableParallelism()), preloadPdf }
}

/**
 * Starts the workers a command line will need (see {@link workersFor}) and keeps them for the pool.
 * Called by the bin before it loads the commands.
 *
 * @param argv - the arguments after `medbudget`
 * @param url - the worker script
 * @returns the workers started (none for a command that needs none)
 * @example
 * ```ts
 * prestartWorkers(['check', 'a.pdf', 'b.pdf'], workerScript()).length // 2 on a machine with two cores
 * ```
 */
export function prestartWorkers(argv: readonly string[], url: URL): readonly StartedWorker[] {
  const { count, preloadPdf } = workersFor(argv)
  const now: StartedWorker[] = []
  for (let i = 0; i < count; i++) {
    const entry: StartedWorker = { worker: startWorker(url, { preloadPdf }), url: url.href, ready: false }
    entry.worker.on('message', (message: unknown) => {
      if (message === READY) entry.ready = true
    })
    entry.worker.on('error', (error: unknown) => {
      entry.failure ??= { error }
    })
    entry.worker.on('exit', (code: number) => {
      entry.failure ??= { error: code }
    })
    started.push(entry)
    now.push(entry)
  }
  return now
}

/**
 * Takes one of the workers started ahead running `url`, if one is left.
 *
 * @param url - the worker script the pool runs
 * @returns the worker and what it reported so far, or `undefined`
 * @example
 * ```ts
 * const ahead = takeStartedWorker(workerScript()) // undefined unless the bin started workers
 * ```
 */
export function takeStartedWorker(url: URL): StartedWorker | undefined {
  const i = started.findIndex((entry) => entry.url === url.href)
  return i < 0 ? undefined : started.splice(i, 1)[0]
}

/**
 * Stops the workers started ahead that no pool took.
 *
 * @example
 * ```ts
 * stopUnusedWorkers()
 * ```
 */
export function stopUnusedWorkers(): void {
  for (const entry of started.splice(0)) void entry.worker.terminate()
}
