import type { RuleContext } from './types'

// The contexts in which the rules draft sum findings for their key only (status, severity, `where`,
// identity), without words and amounts: made by the cause search, which compares findings by key.
// Kept off the public RuleContext: a caller's context is never one of these.
const KEYS_ONLY = new WeakSet<RuleContext>()

/**
 * A copy of `context` in which the rules draft sum findings for their key only (see {@link isKeysOnly}).
 *
 * @example
 * ```ts
 * rule.check(doc, keysOnlyContext(context)).findings // words and amounts left out
 * ```
 * @internal
 */
export function keysOnlyContext(context: RuleContext): RuleContext {
  const copy = { ...context }
  KEYS_ONLY.add(copy)
  return copy
}

/**
 * Whether the rules draft sum findings for their key only in `context` (made by {@link keysOnlyContext}).
 *
 * @example
 * ```ts
 * isKeysOnly(keysOnlyContext(context)) // true
 * isKeysOnly(context) // false
 * ```
 * @internal
 */
export const isKeysOnly = (context: RuleContext | undefined): boolean =>
  context !== undefined && KEYS_ONLY.has(context)
