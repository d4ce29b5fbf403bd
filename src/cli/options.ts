/**
 * The options each subcommand accepts, in one place: the commands parse with these, and a test
 * checks that the usage text lists every one of them under its command (and nothing else).
 * @module
 */

/**
 * Options shared by the batch commands (`check`, `facts`).
 *
 * @example
 * ```ts
 * parseArgs({ args: ['--jobs', '2'], options: BATCH_OPTIONS }).values.jobs // '2'
 * ```
 */
export const BATCH_OPTIONS = {
  jobs: { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean' },
} as const

/**
 * Options of the one-document commands (`read`, `tables`): a time limit and quiet, no pool size.
 *
 * @example
 * ```ts
 * parseArgs({ args: ['--quiet'], options: ONE_DOCUMENT_OPTIONS }).values.quiet // true
 * ```
 */
export const ONE_DOCUMENT_OPTIONS = {
  timeout: { type: 'string' },
  quiet: { type: 'boolean' },
} as const

/**
 * The options of every subcommand, by name: the commands parse with them and the usage text lists them.
 *
 * @example
 * ```ts
 * Object.keys(COMMAND_OPTIONS.read) // ['timeout', 'quiet', 'format', 'out']
 * ```
 */
export const COMMAND_OPTIONS = {
  check: {
    ...BATCH_OPTIONS,
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    tails: { type: 'boolean' },
  },
  read: { ...ONE_DOCUMENT_OPTIONS, format: { type: 'string' }, out: { type: 'string' } },
  tables: { ...ONE_DOCUMENT_OPTIONS, format: { type: 'string' }, out: { type: 'string' } },
  facts: { ...BATCH_OPTIONS, format: { type: 'string' }, out: { type: 'string' } },
  codes: { year: { type: 'string' }, format: { type: 'string' } },
  glossary: { lang: { type: 'string' }, format: { type: 'string' } },
  schema: {},
} as const

/** A subcommand of `medbudget`. */
export type CommandName = keyof typeof COMMAND_OPTIONS
