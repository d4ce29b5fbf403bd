/** Argument parsing (node:util parseArgs) and usage errors. @module */
import { type ParseArgsConfig, parseArgs } from 'node:util'

/** A mistake on the command line: exit status 2, with a message in both languages. */
export class UsageError extends Error {
  readonly zh: string
  readonly en: string
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`)
    this.name = 'UsageError'
    this.zh = zh
    this.en = en
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
    const message = (e as Error).message
    throw new UsageError(`参数有误：${message}`, `bad arguments: ${message}`)
  }
}

/** Reads an option that must be one of `allowed`. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `--${name} 只能是 ${allowed.join('、')}，而不是“${value}”`,
    `--${name} must be one of ${allowed.join(', ')}, not "${value}"`,
  )
}

/** Reads a positive integer option within bounds. */
export function positiveInt(value: string | undefined, fallback: number, name: string, max: number): number {
  if (value === undefined) return fallback
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new UsageError(
      `--${name} 应为 1 到 ${max} 之间的整数，而不是“${value}”`,
      `--${name} must be a whole number from 1 to ${max}, not "${value}"`,
    )
  return Number(value)
}
