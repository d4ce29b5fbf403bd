import { type Catalog, createCatalog } from '../catalog'
import type { CatalogEntry } from '../types'
import { functionalEditions, functionalEntryData } from './functional.generated'
import { functionalChanges } from './functionalChanges'

/**
 * A code of the functional classification (支出功能分类科目) known to the bundled catalog:
 * derived from the generated data, so a code that is not in the data does not type-check.
 *
 * @example
 * ```ts
 * const code: FunctionalCode = '2101501' // ok
 * // @ts-expect-error not in the catalog
 * const wrong: FunctionalCode = '2101598'
 * ```
 */
export type FunctionalCode = Extract<(typeof functionalEntryData)[number]['code'], string>

/**
 * Entries of the functional classification (支出功能分类科目), oldest name first, with their
 * provenance: the data of {@link functionalCatalog}.
 *
 * @example
 * ```ts
 * functionalEntries.find((e) => e.code === '210')?.names[0]?.name // '卫生健康支出'
 * ```
 */
export const functionalEntries: readonly CatalogEntry<FunctionalCode>[] = functionalEntryData

/**
 * The bundled functional classification catalog (支出功能分类科目), editions 2022–2026: every 类,
 * the complete 款/项 subtrees of 205 › 20508, 208, 210 and 221, and every functional code the
 * bundled seed disclosures print. Each entry says where it comes from (`provenance`).
 *
 * Validation and indexes are built on first use, so importing it costs nothing.
 *
 * @example
 * ```ts
 * functionalCatalog.lookup('210 | 15 | 06', { year: 2025 })
 * // { status: 'known', code: '2101506', level: 'xiang', name: '医疗保障经办事务', edition: 2025, … }
 * functionalCatalog.nameOf('210', 2018) // '卫生健康支出' (2018 is before the first edition, 2022)
 * functionalCatalog.searchByName('医疗卫生与计划生育支出')[0]
 * // { code: '210', name: '卫生健康支出', match: 'former', matchedEdition: { name: '医疗卫生与计划生育支出', from: 2014, to: 2018 }, … }
 * functionalCatalog.crosswalk('2010308', 2023, 2026)
 * // { status: 'moved', code: '2010308', name: '信访事务', to: [{ code: '20140', name: '信访事务' }], … }
 * ```
 */
export const functionalCatalog: Catalog<FunctionalCode> = /*#__PURE__*/ createCatalog<FunctionalCode>(
  functionalEntries,
  {
    system: 'functional',
    editions: functionalEditions,
    validate: 'on-first-use',
    changes: functionalChanges,
  },
)
