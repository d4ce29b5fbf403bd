/**
 * A frozen read-only view of a map: `get`, `has`, `size`, iteration, but no `set`, `delete` or
 * `clear` (a frozen `Map` can still be changed through them, so handing out a real `Map` would
 * let one caller change what another sees).
 * @param source - the map; the view keeps it, so the caller must not keep a reference to it
 * @returns a frozen {@link ReadonlyMap}
 * @example
 * ```ts
 * const m = readonlyMap(new Map([['a', 1]]))
 * m.get('a') // 1
 * ('set' in m) // false
 * ```
 * @internal
 */
export function readonlyMap<K, V>(source: Map<K, V>): ReadonlyMap<K, V> {
  const view: ReadonlyMap<K, V> = {
    get size() {
      return source.size
    },
    get: (key: K) => source.get(key),
    has: (key: K) => source.has(key),
    forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
      source.forEach((v, k) => {
        fn.call(thisArg, v, k, view)
      })
    },
    entries: () => source.entries(),
    keys: () => source.keys(),
    values: () => source.values(),
    [Symbol.iterator]: () => source[Symbol.iterator](),
  }
  return Object.freeze(view)
}
