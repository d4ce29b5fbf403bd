/**
 * Shared shapes of the classification catalogs (支出功能分类, 部门/政府预算支出经济分类).
 * @module
 */

/** Level of a code in its classification: 类 (3 digits), 款 (5 digits), 项 (7 digits, functional only). */
export type CodeLevel = 'lei' | 'kuan' | 'xiang'

/**
 * Where a catalog entry comes from. Provenance matters more than size: no complete official
 * catalog file is within this project's reach, so every entry says why it is believed.
 *
 * - `seed`: printed in one of the bundled real disclosures (file name and table title).
 * - `mof`: the team's knowledge of the Ministry of Finance's published classification
 *   (《政府收支分类科目》), not checked against an official file in this repository.
 * - `reference`: a partial reference file kept with the project's shared material.
 * - `user`: supplied by the caller through a catalog builder.
 * - `printed`: printed with this code in `documents` published documents of `cities` cities of the
 *   development corpus (harvested by scripts/harvest-codes.ts; data/harvest/pairs.tsv lists which
 *   documents and pages). `name` is present when the printed name is none of the entry's names:
 *   a conflict between sources, recorded rather than resolved.
 */
export type Provenance =
  | { readonly kind: 'seed'; readonly seed: string; readonly table: string }
  | { readonly kind: 'mof'; readonly note?: string }
  | { readonly kind: 'reference'; readonly file: string }
  | { readonly kind: 'user'; readonly note?: string }
  | {
      readonly kind: 'printed'
      readonly documents: number
      readonly cities: number
      readonly name?: string
    }

/**
 * A name of a code, in force from edition `from` to edition `to` (inclusive; open-ended when
 * `to` is absent). Editions are budget years (2022 … 2026).
 */
export interface EditionName {
  readonly name: string
  readonly from: number
  readonly to?: number
}

/**
 * One entry of a catalog, as stored in the generated data files.
 *
 * `names` lists the name per edition range, oldest first; a lookup for a year answers the name
 * in force that year, and every other name resolves as an alias.
 */
export interface CatalogEntry<C extends string = string> {
  readonly code: C
  readonly level: CodeLevel
  readonly names: readonly EditionName[]
  /** English name (every 类 and 款 has one). Not an official translation unless provenance says so. */
  readonly en?: string
  /** Other spellings met in print (line-wrapped or abbreviated forms belong to the fuzzy search, not here). */
  readonly aliases?: readonly string[]
  /**
   * Spellings printed on purpose, but only in some editions (a variant of the 2024–2025 templates,
   * say): `lookup` and `searchByName` accept one only for a year within its range.
   */
  readonly editionAliases?: readonly EditionName[]
  readonly provenance: readonly Provenance[]
}

/**
 * Which classification a code belongs to. The first digit tells them apart in print:
 * `2` functional (支出功能分类), `3` department economic (部门预算支出经济分类),
 * `5` government economic (政府预算支出经济分类).
 */
export type CodeSystem = 'functional' | 'economic-department' | 'economic-government'
