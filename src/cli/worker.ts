/**
 * The script of the worker threads that read and check documents (bundled as `dist/cli-worker.js`):
 * only what one document needs — the reader, reconciliation, the record sent back — not the
 * renderers and look-ups of the main thread.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { loadPdfjs } from '../read/source/loadPdfjs'
import { type DocumentTask, processDocument } from './processDocument'
import { syncDecompressionStream } from './syncDecompression'
import { READY, type WorkerStart } from './workers'

if (parentPort !== null) {
  const port = parentPort
  // PDF.js inflates through DecompressionStream: in this thread, in one synchronous zlib call per
  // stream rather than through libuv's pool (src/cli/syncDecompression.ts, docs/decisions.md)
  if (process.env.MEDBUDGET_AB !== 'off')
    globalThis.DecompressionStream = syncDecompressionStream(globalThis.DecompressionStream)
  port.on('message', (task: DocumentTask) => {
    void processDocument(task).then((outcome) => port.postMessage(outcome))
  })
  port.postMessage(READY)
  // PDFs are coming: load PDF.js now, while the main thread is still starting (a missing PDF.js is
  // reported by the first PDF read, not here)
  if ((workerData as WorkerStart | undefined)?.preloadPdf === true) loadPdfjs().catch(() => undefined)
}
