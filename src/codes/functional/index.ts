/**
 * The functional classification (支出功能分类科目): the bundled catalog, its code type, a builder for
 * your own data and lookups bound to the catalog. Imports nothing of the economic classification.
 * @module @medbudget/core/functional
 */
export type {
  Catalog,
  CatalogOptions,
  CodeLookup,
  EditionAnswer,
  EditionRange,
  KnownCodeLookup,
  LookupOptions,
  NameMatch,
  PrintedNameMatch,
  SearchByNameOptions,
  UnknownCodeLookup,
} from '../catalog'
export type { CodeErratum } from '../codeErratum'
export type { CodeChange, CrosswalkAnswer, CrosswalkEditions, CrosswalkTarget } from '../crosswalk'
export { functionalCodeErrata } from '../functionalErrata'
export { type ParseCodeOptions, type ParsedCode, parseCode } from '../parseCode'
export type { CatalogEntry, CodeLevel, CodeSystem, EditionName, Provenance } from '../types'
export { type CofogMappingLine, cofogMapping, cofogNames } from './cofog/cofogMapping'
export { type CofogAnswer, cofogOf } from './cofog/cofogOf'
export { createFunctionalCatalog } from './createFunctionalCatalog'
export { functionalCatalogFromCsv } from './fromTable/functionalCatalogFromCsv'
export type { FunctionalListOptions } from './fromTable/functionalEntriesFromRows'
export { functionalEditions } from './functional.generated'
export { type FunctionalCode, functionalCatalog, functionalEntries } from './functionalCatalog'
export { functionalChanges } from './functionalChanges'
export { isFunctionalCode } from './isFunctionalCode'
export { lookupFunctionalCode } from './lookupFunctionalCode'
export { searchFunctionalByName } from './searchFunctionalByName'
