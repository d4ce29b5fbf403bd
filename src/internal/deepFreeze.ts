/** A value frozen all the way down, as its readonly type. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/**
 * Freezes a plain value (objects and arrays) recursively and returns it with a readonly type.
 * Call sites that run at module level mark the call `/*#__PURE__*\/` so bundlers can drop
 * unused data.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value as DeepReadonly<T>
}
