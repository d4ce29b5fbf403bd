import { type Catalog, createCatalog } from '../catalog'
import { type GovEconomicCode, governmentEconomicEntries } from './government.generated'

/**
 * The bundled 政府预算支出经济分类科目 (government budget expenditure economic classification,
 * 501–599), 类 and 款, with names for the editions 2022–2026.
 *
 * Each entry says why it is believed (`provenance`): printed in a seed disclosure, found in a
 * reference file, or the team's knowledge of 《政府收支分类科目》. No name is known to have
 * changed between 2022 and 2026, so every name holds from 2022 on.
 *
 * @example
 * ```ts
 * governmentEconomicCatalog.nameOf('50905', 2024) // '离退休费'
 * governmentEconomicCatalog.lookup('505 | 01', { year: 2024 }).status // 'known'
 * governmentEconomicCatalog.children('510') // ['51002', '51003']
 * ```
 */
export const governmentEconomicCatalog: Catalog<GovEconomicCode> = /*#__PURE__*/ createCatalog(
  governmentEconomicEntries,
  { system: 'economic-government', editions: { first: 2022, last: 2026 }, validate: 'on-first-use' },
)
