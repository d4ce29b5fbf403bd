import type { Catalog } from '../catalog'
import type { CatalogEntry } from '../types'
import { type GovEconomicCode, governmentEconomicEntries } from './government.generated'
import { type EconomicCatalogBuilderOptions, economicCatalog } from './mergeEconomicEntries'

/**
 * Builds a 政府预算支出经济分类 catalog from caller-supplied entries: a code the bundled catalog
 * lacks (a newer edition, a provincial 款), a corrected name, or a complete list the caller holds.
 *
 * @param entries - entries to add (or, with `mode: 'replace'`, the whole catalog); entries without
 *   provenance are marked `{ kind: 'user' }`
 * @param options - `mode` (`extend` default, or `replace`) and the editions covered
 * @returns a frozen catalog, checked now
 * @throws MedbudgetError `CATALOG_INVALID` listing every problem (a code that is not a government
 *   economic code, a 款 without its 类, a duplicate, overlapping name ranges)
 * @example
 * ```ts
 * const catalog = createGovernmentEconomicCatalog([
 *   { code: '50198', level: 'kuan', names: [{ name: '示例工资福利支出', from: 2026 }], provenance: [] },
 * ])
 * catalog.nameOf('50198', 2026) // '示例工资福利支出'
 * catalog.nameOf('50101', 2026) // '工资奖金津补贴'
 * createGovernmentEconomicCatalog([{ code: '30101', level: 'kuan', names: [{ name: 'x', from: 2024 }], provenance: [] }])
 * // throws CATALOG_INVALID (30101 is a department code)
 * ```
 */
export function createGovernmentEconomicCatalog(
  entries: readonly CatalogEntry[],
  options: EconomicCatalogBuilderOptions = {},
): Catalog<GovEconomicCode | (string & {})> {
  return economicCatalog(governmentEconomicEntries, entries, options, 'economic-government')
}
