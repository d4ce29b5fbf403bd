import type { Catalog } from '../catalog'
import type { CatalogEntry } from '../types'
import { type DeptEconomicCode, departmentEconomicEntries } from './department.generated'
import { type EconomicCatalogBuilderOptions, economicCatalog } from './mergeEconomicEntries'

/**
 * Builds a 部门预算支出经济分类 catalog from caller-supplied entries: a code the bundled catalog
 * lacks (a newer edition, a provincial 款), a corrected name, or a complete list the caller holds.
 *
 * @param entries - entries to add (or, with `mode: 'replace'`, the whole catalog); entries without
 *   provenance are marked `{ kind: 'user' }`
 * @param options - `mode` (`extend` default, or `replace`) and the editions covered
 * @returns a frozen catalog, checked now
 * @throws MedbudgetError `CATALOG_INVALID` listing every problem (a code that is not a department
 *   economic code, a 款 without its 类, a duplicate, overlapping name ranges)
 * @example
 * ```ts
 * const catalog = createDepartmentEconomicCatalog([
 *   { code: '30198', level: 'kuan', names: [{ name: '示例工资福利支出', from: 2026 }], provenance: [] },
 * ])
 * catalog.nameOf('30198', 2026) // '示例工资福利支出'
 * catalog.nameOf('30101', 2026) // '基本工资'
 * createDepartmentEconomicCatalog([{ code: '50101', level: 'kuan', names: [{ name: 'x', from: 2024 }], provenance: [] }])
 * // throws CATALOG_INVALID (50101 is a government code)
 * ```
 */
export function createDepartmentEconomicCatalog(
  entries: readonly CatalogEntry[],
  options: EconomicCatalogBuilderOptions = {},
): Catalog<DeptEconomicCode | (string & {})> {
  return economicCatalog(departmentEconomicEntries, entries, options, 'economic-department')
}
