import { type Catalog, createCatalog } from '../catalog'
import { type DeptEconomicCode, departmentEconomicEntries } from './department.generated'

/**
 * The bundled 部门预算支出经济分类科目 (department budget expenditure economic classification,
 * 301–399), 类 and 款, with names for the editions 2022–2026.
 *
 * Each entry says why it is believed (`provenance`): printed in a seed disclosure, found in a
 * reference file, or the team's knowledge of 《政府收支分类科目》. No name is known to have
 * changed between 2022 and 2026, so every name holds from 2022 on.
 *
 * @example
 * ```ts
 * departmentEconomicCatalog.nameOf('30217', 2024) // '公务接待费'
 * departmentEconomicCatalog.lookup('301 | 10', { year: 2024 }).status // 'known'
 * departmentEconomicCatalog.children('313') // ['31302', '31303']
 * ```
 */
export const departmentEconomicCatalog: Catalog<DeptEconomicCode> = /*#__PURE__*/ createCatalog(
  departmentEconomicEntries,
  { system: 'economic-department', editions: { first: 2022, last: 2026 }, validate: 'on-first-use' },
)
