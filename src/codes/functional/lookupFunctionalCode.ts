import type { CodeLookup, LookupOptions } from '../catalog'
import { type FunctionalCode, functionalCatalog } from './functionalCatalog'

/**
 * Reads a printed functional code and answers it from the bundled catalog for a year.
 *
 * @param codeOrPrinted - `2101501`, `210 | 15 | 01`, `【2101501】行政运行` …
 * @param options - year (default: latest edition), errata to apply
 * @returns `{ status: 'known', name, … }` or `{ status: 'unknown', … }` for a well-formed code the catalog lacks
 * @throws MedbudgetError `CODE_MALFORMED` when the input is not a functional code
 * @example
 * ```ts
 * lookupFunctionalCode('2101550', { year: 2024 }).status // 'known'
 * lookupFunctionalCode('2101598').status // 'unknown'
 * ```
 */
export function lookupFunctionalCode(
  codeOrPrinted: string,
  options?: LookupOptions,
): CodeLookup<FunctionalCode> {
  return functionalCatalog.lookup(codeOrPrinted, options)
}
