/**
 * The options of `readDisclosure`, read and checked once at the entry point: the reader below only
 * ever sees a plain frozen object of the four known fields, each of the right type.
 * @module
 * @internal
 */
import { isCatalog } from '../codes/catalog'
import { MedbudgetError } from '../errors'
import { excerpt, optionsOf } from '../internal/limits'
import type { ReadInput, ReadOptions } from './types'

/**
 * Longest file name accepted (characters): a path on any system the reader runs on is shorter.
 *
 * @example
 * ```ts
 * readOptionsOf({ fileName: 'a'.repeat(MAX_FILE_NAME_LENGTH + 1) }) // throws OPTION_INVALID
 * ```
 * @internal
 */
export const MAX_FILE_NAME_LENGTH = 4096

/**
 * Largest `maxBytes` / `maxPages` a caller may set (2^31 − 1: beyond it a bound bounds nothing).
 *
 * @example
 * ```ts
 * readOptionsOf({ maxPages: MAX_READ_BOUND + 1 }) // throws OPTION_INVALID
 * ```
 * @internal
 */
export const MAX_READ_BOUND = 2 ** 31 - 1

const WHAT = ['读取选项', 'read options'] as const

/**
 * Throws `OPTION_INVALID` saying which read option is wrong and why.
 * @example
 * ```ts
 * invalid('maxPages', '应为正整数', 'must be a positive whole number') // throws
 * ```
 */
function invalid(field: string, zh: string, en: string): never {
  throw new MedbudgetError('OPTION_INVALID', `读取选项 ${field} ${zh}`, `The read option ${field} ${en}`)
}

/**
 * A bound option (`maxBytes`, `maxPages`): absent, or a whole number from 1 to {@link MAX_READ_BOUND}.
 * `NaN`, `Infinity`, a string or a negative number would switch the bound off or make it refuse
 * every input, so they are refused here.
 * @example
 * ```ts
 * boundOf(500, 'maxPages') // 500
 * boundOf(Number.NaN, 'maxPages') // throws OPTION_INVALID
 * ```
 */
function boundOf(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_READ_BOUND) {
    const shown = typeof value === 'number' ? String(value) : `(${value === null ? 'null' : typeof value})`
    invalid(
      field,
      `应为 1 到 ${MAX_READ_BOUND} 之间的整数，收到 ${shown}`,
      `must be a whole number from 1 to ${MAX_READ_BOUND}, got ${shown}`,
    )
  }
  return value
}

/**
 * The options of one `readDisclosure` call as a plain frozen object: `undefined` is no options; a
 * value that is not an object, an object whose fields cannot be read (a throwing getter, a Proxy),
 * a `fileName` that is not a string of at most {@link MAX_FILE_NAME_LENGTH} characters, a
 * `functionalCatalog` not made by this library's catalog functions (or not a functional one), and a
 * bound that is not a positive whole number are `OPTION_INVALID`. Unknown fields are ignored, as
 * TypeScript already reports them; inherited fields are never read.
 *
 * @param options - what the caller passed
 * @returns the checked options
 * @throws MedbudgetError `OPTION_INVALID`
 * @example
 * ```ts
 * readOptionsOf({ fileName: 'a.pdf', maxPages: 50 }) // { fileName: 'a.pdf', maxPages: 50 }
 * readOptionsOf({ maxBytes: Number.NaN }) // throws OPTION_INVALID
 * ```
 * @internal
 */
export function readOptionsOf(options: unknown): ReadOptions {
  const o = optionsOf(options as ReadOptions | undefined, WHAT) as Record<string, unknown>
  const out: { -readonly [K in keyof ReadOptions]: ReadOptions[K] } = {}
  const { fileName, functionalCatalog, maxBytes, maxPages } = o
  if (fileName !== undefined) {
    if (typeof fileName !== 'string')
      invalid(
        'fileName',
        `应为文字，收到 ${fileName === null ? 'null' : typeof fileName}`,
        `must be a string, got ${fileName === null ? 'null' : typeof fileName}`,
      )
    if (fileName.length > MAX_FILE_NAME_LENGTH)
      invalid(
        'fileName',
        `过长（${fileName.length} 个字符，上限 ${MAX_FILE_NAME_LENGTH}）：“${excerpt(fileName)}”`,
        `is too long (${fileName.length} characters, at most ${MAX_FILE_NAME_LENGTH}): "${excerpt(fileName)}"`,
      )
    out.fileName = fileName
  }
  if (functionalCatalog !== undefined) {
    if (!isCatalog(functionalCatalog) || functionalCatalog.system !== 'functional')
      invalid(
        'functionalCatalog',
        '应为本库生成的功能分类科目目录（functionalCatalog、createFunctionalCatalog 或 functionalCatalogFromCsv 的结果）',
        'must be a functional catalog made by this library (functionalCatalog, createFunctionalCatalog or functionalCatalogFromCsv)',
      )
    out.functionalCatalog = functionalCatalog
  }
  const bytes = boundOf(maxBytes, 'maxBytes')
  if (bytes !== undefined) out.maxBytes = bytes
  const pages = boundOf(maxPages, 'maxPages')
  if (pages !== undefined) out.maxPages = pages
  return Object.freeze(out)
}

/**
 * The input of one `readDisclosure` call, checked: a string (a leading byte-order mark, which marks
 * the file and not its text, is dropped), a `Uint8Array` or an `ArrayBuffer`; anything else is
 * `DOCUMENT_INVALID`.
 *
 * @param input - what the caller passed
 * @returns the input to lay out
 * @throws MedbudgetError `DOCUMENT_INVALID`
 * @example
 * ```ts
 * readInputOf('\uFEFF项目\t金额') // '项目\t金额'
 * ```
 * @internal
 */
export function readInputOf(input: unknown): ReadInput {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  let bytes = false
  try {
    bytes = input instanceof Uint8Array || input instanceof ArrayBuffer
  } catch {
    // a Proxy whose prototype cannot be read: not bytes
  }
  if (!bytes) {
    const kind = input === null ? 'null' : typeof input
    throw new MedbudgetError(
      'DOCUMENT_INVALID',
      `要读取的内容应为 PDF 字节（Uint8Array、ArrayBuffer）或提取出的文字，收到 ${kind}`,
      `What is read must be PDF bytes (a Uint8Array or an ArrayBuffer) or extracted text, got ${kind}`,
    )
  }
  return input as ReadInput
}
