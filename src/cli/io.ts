/** Writing output with back-pressure, and file names for per-document outputs. @module */
import { basename, extname } from 'node:path'
import type { Writable } from 'node:stream'

/** Where a command writes: stdout and stderr (replaceable in tests of the commands). */
export interface Streams {
  readonly stdout: Writable & { isTTY?: boolean }
  readonly stderr: Writable & { isTTY?: boolean }
}

/**
 * Writes text and waits for the stream to drain when its buffer is full, so that a long batch does
 * not pile its output up in memory.
 *
 * @param stream - where to write
 * @param text - what to write
 * @example
 * ```ts
 * await write(process.stdout, 'text\n')
 * ```
 */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()))
}

/**
 * A file name for a document's output, from its input name: letters, digits, `._-` and CJK kept,
 * anything else replaced by `_`, made unique against the names already taken.
 *
 * @param file - the input path
 * @param taken - names already given (updated)
 * @returns a name without extension
 * @example
 * ```ts
 * outputName('pdfs/2024 预算.pdf', new Set()) // '2024_预算'
 * ```
 */
export function outputName(file: string, taken: Set<string>): string {
  const base =
    basename(file, extname(file))
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .replace(/^[._]+/, '')
      .slice(0, 120) || 'document'
  let name = base
  for (let i = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'index'; i++) name = `${base}-${i}`
  taken.add(name.toLowerCase())
  return name
}
