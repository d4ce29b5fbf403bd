import { type FunctionalCode, functionalCatalog } from './functionalCatalog'

/**
 * Type guard: `code` (joined) is in the bundled functional catalog.
 *
 * @param code - a joined code
 * @returns whether the bundled catalog has it
 * @example
 * ```ts
 * isFunctionalCode('2101501') // true
 * isFunctionalCode('2101598') // false (well-formed, but no such 项)
 * ```
 */
export function isFunctionalCode(code: string): code is FunctionalCode {
  return functionalCatalog.has(code)
}
