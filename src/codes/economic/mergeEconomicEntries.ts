import { checkOption, optionsOf } from '../../internal/limits'
import { guardShape } from '../../internal/shape'
import { type Catalog, createCatalog, type EditionRange } from '../catalog'
import type { CatalogEntry, Provenance } from '../types'

/**
 * Options shared by the economic catalog builders.
 *
 * @example
 * ```ts
 * const options: EconomicCatalogBuilderOptions = { mode: 'replace', editions: { first: 2026, last: 2026 } }
 * createDepartmentEconomicCatalog(myOfficialEntries, options)
 * ```
 */
export interface EconomicCatalogBuilderOptions {
  /**
   * `extend` (default): the bundled entries plus the caller's; a caller's entry replaces the
   * bundled entry of the same code. `replace`: the caller's entries alone (e.g. a complete
   * official list the caller holds).
   */
  readonly mode?: 'extend' | 'replace'
  /** Editions (budget years) the catalog answers for. Default 2022–2026, or the entries' own range with `replace`. */
  readonly editions?: EditionRange
}

/**
 * The merge modes of the economic catalog builders; any other `mode` is `OPTION_INVALID`.
 * @example
 * ```ts
 * ECONOMIC_MERGE_MODES.includes('extend') // true
 * ```
 * @internal
 */
export const ECONOMIC_MERGE_MODES = ['extend', 'replace'] as const

const USER: Provenance = { kind: 'user' }

/**
 * Merges caller-supplied entries into the bundled ones, code order kept. An entry without
 * provenance is marked `{ kind: 'user' }` so that the catalog still says where each entry comes from.
 *
 * @example
 * ```ts
 * mergeEconomicEntries(governmentEconomicEntries, [mine], 'extend') // the bundled entries and mine, by code
 * ```
 * @internal
 */
export function mergeEconomicEntries(
  bundled: readonly CatalogEntry[],
  supplied: readonly CatalogEntry[],
  mode: 'extend' | 'replace',
): CatalogEntry[] {
  const byCode = new Map<string, CatalogEntry>()
  if (mode === 'extend') for (const e of bundled) byCode.set(e.code, e)
  const seen = new Set<string>()
  const duplicates: CatalogEntry[] = []
  for (const e of supplied) {
    const entry = e.provenance.length === 0 ? { ...e, provenance: [USER] } : e
    // A code supplied twice must reach createCatalog twice, so that it reports the duplicate.
    if (seen.has(e.code)) duplicates.push(entry)
    else byCode.set(e.code, entry)
    seen.add(e.code)
  }
  const merged = [...byCode.values(), ...duplicates]
  return merged.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

/**
 * What both economic catalog builders do: the options read once (anything but an object, or an
 * unknown `mode`, is `OPTION_INVALID`), the caller's entries merged into the bundled ones of the
 * system (entries that cannot be read as plain data are `CATALOG_INVALID`), and the catalog made.
 *
 * @param bundled - the system's bundled entries
 * @param entries - the caller's entries
 * @param options - the builder's options as the caller passed them
 * @param system - which economic classification
 * @returns a frozen catalog, checked now
 * @example
 * ```ts
 * economicCatalog(governmentEconomicEntries, [], {}, 'economic-government').nameOf('50101', 2026) // '工资奖金津补贴'
 * ```
 * @internal
 */
export function economicCatalog(
  bundled: readonly CatalogEntry[],
  entries: readonly CatalogEntry[],
  options: EconomicCatalogBuilderOptions,
  system: 'economic-department' | 'economic-government',
): Catalog<string> {
  const o = optionsOf(options, ['科目表选项', 'catalog options'])
  const mode = checkOption(o.mode ?? 'extend', ECONOMIC_MERGE_MODES, ['合并方式', 'merge mode'])
  const editions = o.editions ?? (mode === 'extend' ? { first: 2022, last: 2026 } : undefined)
  const merged = guardShape('CATALOG_INVALID', ['科目表条目', 'catalog entries'], () =>
    mergeEconomicEntries(bundled, entries, mode),
  )
  return createCatalog(merged, { system, ...(editions === undefined ? {} : { editions }) })
}
