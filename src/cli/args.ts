/** Argument parsing (node:util parseArgs) and usage errors. @module */
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { excerpt } from '../internal/limits'

/**
 * Longest message of a usage error in each language (characters): what the user typed is quoted in part.
 *
 * @example
 * ```ts
 * new UsageError('x'.repeat(100_000), 'x').zh.length <= MAX_USAGE_MESSAGE // true
 * ```
 */
export const MAX_USAGE_MESSAGE = 500

/**
 * A mistake on the command line: exit status 2, with a message in both languages, each cut to
 * {@link MAX_USAGE_MESSAGE} characters (an argument of 10^5 characters is quoted, not repeated).
 *
 * @example
 * ```ts
 * throw new UsageError('请给出一个文件', 'give exactly one file')
 * ```
 */
export class UsageError extends Error {
  /** Stable code of every usage error, as the library's errors carry one. */
  readonly code = 'USAGE_INVALID'
  readonly zh: string
  readonly en: string
  constructor(zh: string, en: string) {
    const z = excerpt(zh, MAX_USAGE_MESSAGE)
    const e = excerpt(en, MAX_USAGE_MESSAGE)
    super(`${z} / ${e}`)
    this.name = 'UsageError'
    this.zh = z
    this.en = e
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Parses the arguments of one subcommand strictly: an unknown option is a {@link UsageError}.
 *
 * @param args - the arguments after the subcommand
 * @param options - the options the subcommand takes
 * @returns values and positionals
 * @example
 * ```ts
 * parse(['a.pdf', '--jobs', '2'], { jobs: { type: 'string' } }).values.jobs // '2'
 * ```
 */
export function parse<O extends Options>(
  args: readonly string[],
  options: O,
): {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']
  positionals: string[]
} {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (e) {
    const message = excerpt((e as Error).message, 200)
    throw new UsageError(`参数有误：${message}`, `bad arguments: ${message}`)
  }
}

/**
 * Reads an option that must be one of `allowed` (own values only: `toString` is not one), quoting
 * at most 40 characters of a wrong value.
 *
 * @example
 * ```ts
 * oneOf('json', ['text', 'json'] as const, 'text', 'format') // 'json'
 * ```
 */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `--${name} 只能是 ${allowed.join('、')}，而不是“${excerpt(value)}”`,
    `--${name} must be one of ${allowed.join(', ')}, not "${excerpt(value)}"`,
  )
}

/**
 * Reads a positive integer option within bounds (1 to `max`, digits only: `1e3`, `0x10`, `+2` are
 * refused), quoting at most 40 characters of a wrong value.
 *
 * @example
 * ```ts
 * positiveInt('4', 1, 'jobs', 256) // 4
 * ```
 */
export function positiveInt(value: string | undefined, fallback: number, name: string, max: number): number {
  if (value === undefined) return fallback
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new UsageError(
      `--${name} 应为 1 到 ${max} 之间的整数，而不是“${excerpt(value)}”`,
      `--${name} must be a whole number from 1 to ${max}, not "${excerpt(value)}"`,
    )
  return Number(value)
}
