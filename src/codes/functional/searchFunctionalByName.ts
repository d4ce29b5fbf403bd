import type { NameMatch, SearchByNameOptions } from '../catalog'
import { type FunctionalCode, functionalCatalog } from './functionalCatalog'

/**
 * Finds functional codes by name in the bundled catalog (current names, former names, variants).
 *
 * @param name - a name as printed (ordinals, `（类）`, line-wrap spaces and a trailing 支出 are ignored)
 * @param options - year, fuzzy ranking, limit
 * @returns matches, best first
 * @example
 * ```ts
 * searchFunctionalByName('（十）卫生健康支出').map((m) => m.code) // ['210']
 * searchFunctionalByName('医疗保障经办', { fuzzy: true })[0]?.code // '2101506'
 * ```
 */
export function searchFunctionalByName(
  name: string,
  options?: SearchByNameOptions,
): readonly NameMatch<FunctionalCode>[] {
  return functionalCatalog.searchByName(name, options)
}
