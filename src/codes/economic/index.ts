/**
 * The two economic classifications of expenditure (支出经济分类) and their correspondence:
 * 部门预算支出经济分类科目 (department, 301–399) and 政府预算支出经济分类科目 (government, 501–599).
 *
 * This entry point carries no functional-classification data.
 * @module @medbudget/core/economic
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
export { economicCodeErrata } from '../economicErrata'
export { type ParseCodeOptions, type ParsedCode, parseCode } from '../parseCode'
export type { CatalogEntry, CodeLevel, CodeSystem, EditionName, Provenance } from '../types'
export type { AllowedGovernmentCodes } from './allowedGovernmentCodes'
export { allowedGovernmentCodes } from './allowedGovernmentCodes'
export type { CorrespondenceRule, EconomicUnitType, GovernmentTarget } from './correspondence'
export { type EconomicCorrespondence, economicCorrespondence } from './correspondence'
export { createDepartmentEconomicCatalog } from './createDepartmentEconomicCatalog'
export { createGovernmentEconomicCatalog } from './createGovernmentEconomicCatalog'
export type { DefaultGovernmentCode, DefaultGovernmentCodeOptions } from './defaultGovernmentCode'
export { defaultGovernmentCode } from './defaultGovernmentCode'
export type { DeptEconomicCode } from './department.generated'
export { departmentEconomicEntries } from './department.generated'
export { departmentEconomicCatalog } from './departmentEconomicCatalog'
export type { GovEconomicCode } from './government.generated'
export { governmentEconomicEntries } from './government.generated'
export { governmentEconomicCatalog } from './governmentEconomicCatalog'
export { isAllowedPair } from './isAllowedPair'
export type { EconomicCatalogBuilderOptions } from './mergeEconomicEntries'
