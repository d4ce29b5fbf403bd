#!/usr/bin/env node
/**
 * The `medbudget` bin. It starts the worker threads a batch needs first (src/cli/workers.ts), then
 * loads the commands: the workers' start-up overlaps the main thread's. The workers run
 * src/cli/worker.ts (`dist/cli-worker.js`).
 * @module
 */
import { prestartWorkers, workerScript } from './workers'

prestartWorkers(process.argv.slice(2), workerScript())
// a reader that closes the pipe early (`medbudget … | head`) is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})
const { main } = await import('./run')
const code = await main(process.argv.slice(2), process)
// exit once stdout has flushed: a worker stopped at its time limit may leave a blocked system call (a
// read that never returns) that would otherwise keep the process alive
process.stdout.write('', () => process.exit(code))
