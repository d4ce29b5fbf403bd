/**
 * Internal: a module-level set of the documents the library validated (weakly held).
 * @module
 * @internal
 */

const VALIDATED = new WeakSet<object>()

/**
 * Records `doc` (a deeply frozen, validated document) as validated and returns it.
 * @example
 * ```ts
 * recordValidated(deepFreeze(parsed.data))
 * ```
 * @internal
 */
export function recordValidated<T extends object>(doc: T): T {
  VALIDATED.add(doc)
  return doc
}

/**
 * True when the library validated `value`.
 * @example
 * ```ts
 * wasValidated({}) // false
 * ```
 * @internal
 */
export function wasValidated(value: unknown): boolean {
  return typeof value === 'object' && value !== null && VALIDATED.has(value)
}
