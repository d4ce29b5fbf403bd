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

/** Names Windows reserves for devices, whatever the extension (`CON.json` is the console there). */
const DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i

/** Per set of names taken, the next suffix to try for each base name: the names stay linear to find. */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>()

/**
 * A file name for a document's output, from its input name: letters, digits, `._-` and CJK kept,
 * anything else replaced by `_`, at most 120 UTF-16 units (never half a character), not a name
 * Windows reserves for a device (`CON`, `NUL`, `COM1` …: `_` appended), made unique against the
 * names already taken (ignoring case) with `-2`, `-3` …. Linear in the inputs: each base name
 * resumes from the last suffix it was given, so 10^5 inputs called `budget.pdf` do not rescan
 * `budget-2` … `budget-99999` for each new one.
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
  let cut = basename(file, extname(file))
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '')
    .slice(0, 120)
  // a cut between the two halves of a character outside the BMP (CJK Extension B) leaves half of it
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  const base = DEVICE.test(cut) ? `${cut}_` : cut || 'document'
  const key = base.toLowerCase()
  let suffixes = nextSuffix.get(taken)
  if (suffixes === undefined) {
    suffixes = new Map()
    nextSuffix.set(taken, suffixes)
  }
  let name = base
  let i = suffixes.get(key) ?? 2
  if (taken.has(key) || key === 'index' || suffixes.has(key))
    for (name = `${base}-${i}`; taken.has(name.toLowerCase()); name = `${base}-${++i}`);
  suffixes.set(key, name === base ? 2 : i + 1)
  taken.add(name.toLowerCase())
  return name
}
