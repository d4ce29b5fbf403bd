/**
 * Freezes a value and everything reachable from it, and returns it with a readonly type.
 * Catalog data is handed out frozen so that no caller can change what another caller sees.
 *
 * @param value - plain data (objects, arrays, primitives)
 * @returns the same value, frozen all the way down
 * @example
 * ```ts
 * const data = deepFreeze({ a: [1, 2] })
 * Object.isFrozen(data.a) // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key])
    }
  }
  return value
}
