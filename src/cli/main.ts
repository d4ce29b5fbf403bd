#!/usr/bin/env node
/**
 * The `medbudget` bin. The same file is the script of the worker threads that read and check
 * documents (`isMainThread` tells which).
 * @module
 */
import { isMainThread, parentPort } from 'node:worker_threads'
import { READY } from './pool'
import { type DocumentTask, processDocument } from './processDocument'
import { main } from './run'

if (!isMainThread && parentPort !== null) {
  const port = parentPort
  port.on('message', (task: DocumentTask) => {
    void processDocument(task).then((outcome) => port.postMessage(outcome))
  })
  port.postMessage(READY)
} else {
  // a reader that closes the pipe early (`medbudget … | head`) is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
  void main(process.argv.slice(2), process).then((code) => {
    // exit once stdout has flushed: a worker stopped at its time limit may leave a blocked system
    // call (a read that never returns) that would otherwise keep the process alive
    process.stdout.write('', () => process.exit(code))
  })
}
