/**
 * The version tags and statuses of the command line's JSON records and the input kinds, without the
 * zod schemas (src/cli/schema.ts) or the reader: the main thread of a batch needs these, not zod.
 * @module
 */

/**
 * Version tag of the `check --format json` records; bumped only on a breaking change.
 *
 * @example
 * ```ts
 * CHECK_FORMAT // 'medbudget/check@1'
 * ```
 */
export const CHECK_FORMAT = 'medbudget/check@1' as const

/**
 * Version tag of the fact rows of `facts`; bumped only on a breaking change.
 *
 * @example
 * ```ts
 * FACTS_FORMAT // 'medbudget/facts@1'
 * ```
 */
export const FACTS_FORMAT = 'medbudget/facts@1' as const

/**
 * What became of one input: checked, or why not.
 *
 * @example
 * ```ts
 * DOCUMENT_STATUSES.includes('timeout') // true
 * ```
 */
export const DOCUMENT_STATUSES = ['checked', 'unreadable', 'scanned', 'not-a-disclosure', 'timeout'] as const

/**
 * Input kinds by file name extension: the files a folder given on the command line is searched for.
 *
 * @example
 * ```ts
 * INPUT_EXTENSIONS // ['.pdf', '.txt', '.json']
 * ```
 */
export const INPUT_EXTENSIONS = ['.pdf', '.txt', '.json'] as const
