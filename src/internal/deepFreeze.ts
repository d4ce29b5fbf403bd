/**
 * Freezes a value and everything reachable from it, and returns it. Data handed out (catalogs,
 * documents, glossary entries) is frozen so that no caller can change what another caller sees.
 * Module-level call sites mark the call `/*#__PURE__*\/` so that bundlers can drop unused data.
 *
 * @param value - plain data (objects, arrays, primitives)
 * @returns the same value, frozen all the way down
 * @example
 * ```ts
 * const data = deepFreeze({ a: [1, 2] })
 * Object.isFrozen(data.a) // true
 * ```
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}
