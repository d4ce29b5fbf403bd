/** Progress on stderr: a bar redrawn in place on a terminal, one quiet line per document otherwise. @module */
import type { CheckDocumentRecord } from './schema'

/** Progress reporter of a batch. */
export interface Progress {
  /** One document finished. */
  tick(record: CheckDocumentRecord): void
  /** The batch is over (clears the bar). */
  end(): void
}

const WIDTH = 24

/**
 * A progress reporter writing to `stream`: a bar when it is a terminal, a line per document when it
 * is not, nothing when quiet.
 *
 * @param total - number of documents
 * @param stream - where to write (stderr)
 * @param quiet - write nothing
 * @returns the reporter
 * @example
 * ```ts
 * const progress = createProgress(files.length, process.stderr, false)
 * ```
 */
export function createProgress(
  total: number,
  stream: NodeJS.WriteStream | { isTTY?: boolean; write(s: string): unknown },
  quiet: boolean,
): Progress {
  let done = 0
  const tty = stream.isTTY === true
  return {
    tick(record) {
      done++
      if (quiet) return
      const note =
        record.status === 'checked'
          ? record.summary === undefined
            ? 'ok'
            : `${record.summary.mismatches} 处矛盾 mismatches`
          : record.status
      if (tty) {
        const filled = Math.round((done / total) * WIDTH)
        const name = record.file.length > 40 ? `…${record.file.slice(-39)}` : record.file
        stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${name}`)
      } else stream.write(`medbudget: [${done}/${total}] ${record.file}: ${note}\n`)
    },
    end() {
      if (tty && !quiet) stream.write('\r\x1b[2K')
    },
  }
}
