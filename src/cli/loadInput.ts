/**
 * Reading one input file into a disclosure: disclosure JSON (as `medbudget read` writes it, or as a
 * person fixed it by hand), a PDF, or text extracted from a PDF.
 * @module
 */
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { type Disclosure, MedbudgetError, parseDisclosure } from '../index'
import { type ReadDiagnostic, readDisclosure } from '../read/index'

export { INPUT_EXTENSIONS } from './formats'

/** Largest input file accepted (bytes). */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024

/** What one input turned out to be. */
export type LoadedInput =
  | {
      readonly status: 'disclosure'
      readonly disclosure: Disclosure
      readonly diagnostics: readonly ReadDiagnostic[]
      readonly pages?: number
    }
  | {
      readonly status: 'not-a-disclosure'
      readonly reason: { readonly zh: string; readonly en: string }
      readonly diagnostics: readonly ReadDiagnostic[]
      readonly pages?: number
    }

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new MedbudgetError(
      'DOCUMENT_INVALID',
      `文件“${file}”不是有效的 JSON：${(e as Error).message}`,
      `file "${file}" is not valid JSON: ${(e as Error).message}`,
      { input: file },
    )
  }
}

/**
 * Reads one file: `.json` is a disclosure (validated by `parseDisclosure`), `.pdf` and `.txt` go
 * through the reader.
 *
 * @param file - path of the file
 * @returns the disclosure, or why the file is not one
 * @throws MedbudgetError when the file cannot be read (too large, invalid JSON or PDF, a scan)
 * @example
 * ```ts
 * const loaded = await loadInput('budget.json')
 * ```
 */
export async function loadInput(file: string): Promise<LoadedInput> {
  const info = await stat(file)
  if (!info.isFile())
    // a pipe or a device could block a read for ever: only regular files are read
    throw new MedbudgetError(
      'INPUT_TOO_LARGE',
      `“${file}”不是普通文件（可能是管道或设备），不予读取`,
      `"${file}" is not a regular file (a pipe or a device?), not read`,
      { input: file },
    )
  if (info.size > MAX_INPUT_BYTES)
    throw new MedbudgetError(
      'INPUT_TOO_LARGE',
      `文件“${file}”有 ${info.size} 字节，超过上限 ${MAX_INPUT_BYTES} 字节`,
      `file "${file}" has ${info.size} bytes, more than the limit of ${MAX_INPUT_BYTES}`,
      { input: file },
    )
  const ext = extname(file).toLowerCase()
  if (ext === '.json') {
    const text = await readFile(file, 'utf8')
    const value = parseJson(text.replace(/^\uFEFF/, ''), file)
    return { status: 'disclosure', disclosure: parseDisclosure(value), diagnostics: [] }
  }
  const bytes = new Uint8Array(await readFile(file))
  // a PDF by its signature, whatever the file is called; anything else is extracted text
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46
  const input = isPdf ? bytes : new TextDecoder('utf-8').decode(bytes)
  const result = await readDisclosure(input, { fileName: file, maxBytes: MAX_INPUT_BYTES })
  if (result.status === 'disclosure')
    return {
      status: 'disclosure',
      disclosure: result.disclosure,
      diagnostics: result.diagnostics,
      pages: result.source.pages,
    }
  return {
    status: 'not-a-disclosure',
    reason: result.reason,
    diagnostics: result.diagnostics,
    pages: result.source.pages,
  }
}
