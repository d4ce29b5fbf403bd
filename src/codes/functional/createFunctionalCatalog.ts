import { optionsOf } from '../../internal/limits'
import { type Catalog, createCatalog, type EditionRange } from '../catalog'
import type { CatalogEntry } from '../types'

/**
 * Builds a functional classification catalog from your own entries — e.g. rows of the official
 * 《政府收支分类科目》 spreadsheet you hold — with the same queries as the bundled one.
 *
 * @param entries - the entries (every code's parent must be present); mark their provenance `{ kind: 'user' }`
 * @param options - the editions the names cover (default: derived from the names)
 * @returns a frozen catalog
 * @throws MedbudgetError `CATALOG_INVALID` listing every problem found in the entries
 * @example
 * ```ts
 * const mine = createFunctionalCatalog([
 *   { code: '210', level: 'lei', names: [{ name: '卫生健康支出', from: 2025 }], provenance: [{ kind: 'user' }] },
 * ])
 * mine.nameOf('210') // '卫生健康支出'
 * ```
 */
export function createFunctionalCatalog<C extends string>(
  entries: readonly CatalogEntry<C>[],
  options: { readonly editions?: EditionRange } = {},
): Catalog<C> {
  const { editions } = optionsOf(options, ['科目表选项', 'catalog options'])
  return createCatalog(entries, { system: 'functional', ...(editions === undefined ? {} : { editions }) })
}
