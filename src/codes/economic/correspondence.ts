import { deepFreeze } from '../../internal/deepFreeze'
import type { Provenance } from '../types'
import type { DeptEconomicCode } from './department.generated'
import type { GovEconomicCode } from './government.generated'

/**
 * Kind of budget unit whose spending is classified: 行政 (administrative), 事业 (public
 * institution), 参公 (public institution managed under the Civil Servant Law). In the government
 * classification 参公 units count as 机关, so they share the 行政 defaults.
 *
 * @example
 * ```ts
 * const unitType: EconomicUnitType = '事业'
 * defaultGovernmentCode('30201', { unitType }).code // '50502'
 * ```
 */
export type EconomicUnitType = '行政' | '事业' | '参公'

/**
 * One government code a department code may be recorded under, and why that pair is believed.
 *
 * @example
 * ```ts
 * economicCorrespondence['30107'].allowed[0]
 * // { code: '50501', provenance: [{ kind: 'seed', seed: '000_7bfb42c5bf8cfd77.txt', table: '2024年一般公共预算基本支出表' }, …] }
 * ```
 */
export interface GovernmentTarget {
  readonly code: GovEconomicCode
  readonly provenance: readonly Provenance[]
}

/**
 * The government codes one department code may map to, and the usual one per unit type.
 * Which target a row uses depends on who the money is for: wages of a 事业单位's staff paid
 * through an administrative bureau's budget still go to 505 对事业单位经常性补助.
 *
 * @example
 * ```ts
 * economicCorrespondence['30101'].defaults // { 行政: '50101', 参公: '50101', 事业: '50501' }
 * ```
 */
export interface CorrespondenceRule {
  /** The usual government code for each unit type; always one of `allowed`. */
  readonly defaults: Readonly<Record<EconomicUnitType, GovEconomicCode>>
  /** Every government code the department code may be recorded under. */
  readonly allowed: readonly GovernmentTarget[]
}

const S000_BASIC = {
  kind: 'seed',
  seed: '000_7bfb42c5bf8cfd77.txt',
  table: '2024年一般公共预算基本支出表',
} as const satisfies Provenance
const S000_SUMMARY = {
  kind: 'seed',
  seed: '000_7bfb42c5bf8cfd77.txt',
  table: '2024年支出经济分类汇总表',
} as const satisfies Provenance
const S003_BASIC = {
  kind: 'seed',
  seed: '003_4628d8b7aa23fe2e.txt',
  table: '2025年一般公共预算基本支出预算表',
} as const satisfies Provenance
const S003_SUMMARY = {
  kind: 'seed',
  seed: '003_4628d8b7aa23fe2e.txt',
  table: '2025年支出经济分类汇总表',
} as const satisfies Provenance
const S004_BASIC = {
  kind: 'seed',
  seed: '004_c95a306f488ad727.txt',
  table: '2023年一般公共预算基本支出表',
} as const satisfies Provenance
const REF_CORRESPONDENCE = {
  kind: 'reference',
  file: 'econ_correspondence_partial_ishare-iask.csv',
} as const satisfies Provenance
const MOF = { kind: 'mof' } as const satisfies Provenance
const MOF_SHIYE = {
  kind: 'mof',
  note: '事业单位 spending of this kind is recorded under 505/506 (对事业单位补助) in the government classification',
} as const satisfies Provenance
const MOF_SHIYE_ALLOWED = {
  kind: 'mof',
  note:
    'read of 50599 其他对事业单位补助: a 事业单位 may record this under 505; the default stays the spending ' +
    'nature (509/599), which is what the seeds print',
} as const satisfies Provenance
const MOF_30107 = {
  kind: 'mof',
  note: '绩效工资 is the wage system of 事业单位; the reference lists only 30101–30103 under 50101',
} as const satisfies Provenance
const MOF_30107_ALT = {
  kind: 'mof',
  note: 'some 机关 record 奖励性绩效 under 30107; accepted, never the default',
} as const satisfies Provenance

const correspondenceRules = /*#__PURE__*/ deepFreeze({
  '301': {
    defaults: { 行政: '501', 参公: '501', 事业: '505' },
    allowed: [
      { code: '501', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '505', provenance: [MOF_SHIYE] },
    ],
  },
  '30101': {
    defaults: { 行政: '50101', 参公: '50101', 事业: '50501' },
    allowed: [
      {
        code: '50101',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '30102': {
    defaults: { 行政: '50101', 参公: '50101', 事业: '50501' },
    allowed: [
      {
        code: '50101',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50501', provenance: [S004_BASIC, MOF_SHIYE] },
    ],
  },
  '30103': {
    defaults: { 行政: '50101', 参公: '50101', 事业: '50501' },
    allowed: [
      {
        code: '50101',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '30106': {
    defaults: { 行政: '50199', 参公: '50199', 事业: '50501' },
    allowed: [
      { code: '50199', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '30107': {
    defaults: { 行政: '50501', 参公: '50501', 事业: '50501' },
    allowed: [
      { code: '50501', provenance: [S000_BASIC, S000_SUMMARY, MOF_30107] },
      { code: '50101', provenance: [MOF_30107_ALT] },
    ],
  },
  '30108': {
    defaults: { 行政: '50102', 参公: '50102', 事业: '50501' },
    allowed: [
      {
        code: '50102',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '30109': {
    defaults: { 行政: '50102', 参公: '50102', 事业: '50501' },
    allowed: [
      { code: '50102', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '30110': {
    defaults: { 行政: '50102', 参公: '50102', 事业: '50501' },
    allowed: [
      {
        code: '50102',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50501', provenance: [S000_BASIC, S000_SUMMARY, MOF_SHIYE] },
    ],
  },
  '30111': {
    defaults: { 行政: '50102', 参公: '50102', 事业: '50501' },
    allowed: [
      { code: '50102', provenance: [S003_BASIC, S003_SUMMARY, REF_CORRESPONDENCE, MOF] },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '30112': {
    defaults: { 行政: '50102', 参公: '50102', 事业: '50501' },
    allowed: [
      {
        code: '50102',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '30113': {
    defaults: { 行政: '50103', 参公: '50103', 事业: '50501' },
    allowed: [
      {
        code: '50103',
        provenance: [S000_BASIC, S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '30114': {
    defaults: { 行政: '50199', 参公: '50199', 事业: '50501' },
    allowed: [
      { code: '50199', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '30199': {
    defaults: { 行政: '50199', 参公: '50199', 事业: '50501' },
    allowed: [
      { code: '50199', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50501', provenance: [MOF_SHIYE] },
    ],
  },
  '302': {
    defaults: { 行政: '502', 参公: '502', 事业: '505' },
    allowed: [
      { code: '502', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '505', provenance: [MOF_SHIYE] },
    ],
  },
  '30201': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      {
        code: '50201',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50502', provenance: [S004_BASIC, MOF_SHIYE] },
    ],
  },
  '30202': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [S003_BASIC, S004_BASIC, REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [S004_BASIC, MOF_SHIYE] },
    ],
  },
  '30203': {
    defaults: { 行政: '50205', 参公: '50205', 事业: '50502' },
    allowed: [
      { code: '50205', provenance: [S004_BASIC, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30204': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30205': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30206': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30207': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [S000_BASIC, S000_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [S004_BASIC, MOF_SHIYE] },
    ],
  },
  '30208': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [S003_SUMMARY, REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30209': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30211': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      {
        code: '50201',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50502', provenance: [S004_BASIC, MOF_SHIYE] },
    ],
  },
  '30212': {
    defaults: { 行政: '50207', 参公: '50207', 事业: '50502' },
    allowed: [
      { code: '50207', provenance: [MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30213': {
    defaults: { 行政: '50209', 参公: '50209', 事业: '50502' },
    allowed: [
      { code: '50209', provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30214': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30215': {
    defaults: { 行政: '50202', 参公: '50202', 事业: '50502' },
    allowed: [
      { code: '50202', provenance: [S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [S004_BASIC, MOF_SHIYE] },
    ],
  },
  '30216': {
    defaults: { 行政: '50203', 参公: '50203', 事业: '50502' },
    allowed: [
      { code: '50203', provenance: [S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [S004_BASIC, MOF_SHIYE] },
    ],
  },
  '30217': {
    defaults: { 行政: '50206', 参公: '50206', 事业: '50502' },
    allowed: [
      { code: '50206', provenance: [S003_BASIC, S003_SUMMARY, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30218': {
    defaults: { 行政: '50204', 参公: '50204', 事业: '50502' },
    allowed: [
      { code: '50204', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30224': {
    defaults: { 行政: '50204', 参公: '50204', 事业: '50502' },
    allowed: [
      { code: '50204', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30225': {
    defaults: { 行政: '50204', 参公: '50204', 事业: '50502' },
    allowed: [
      { code: '50204', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30226': {
    defaults: { 行政: '50205', 参公: '50205', 事业: '50502' },
    allowed: [
      { code: '50205', provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30227': {
    defaults: { 行政: '50205', 参公: '50205', 事业: '50502' },
    allowed: [
      { code: '50205', provenance: [S003_SUMMARY, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30228': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      {
        code: '50201',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50502', provenance: [S004_BASIC, MOF_SHIYE] },
    ],
  },
  '30229': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30231': {
    defaults: { 行政: '50208', 参公: '50208', 事业: '50502' },
    allowed: [
      { code: '50208', provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30239': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      {
        code: '50201',
        provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, REF_CORRESPONDENCE, MOF],
      },
      { code: '50502', provenance: [S004_BASIC, MOF_SHIYE] },
    ],
  },
  '30240': {
    defaults: { 行政: '50201', 参公: '50201', 事业: '50502' },
    allowed: [
      { code: '50201', provenance: [REF_CORRESPONDENCE, MOF] },
      { code: '50502', provenance: [MOF_SHIYE] },
    ],
  },
  '30299': {
    defaults: { 行政: '50299', 参公: '50299', 事业: '50502' },
    allowed: [
      { code: '50299', provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S004_BASIC, MOF] },
      { code: '50502', provenance: [S003_BASIC, MOF_SHIYE] },
    ],
  },
  '303': {
    defaults: { 行政: '509', 参公: '509', 事业: '509' },
    allowed: [
      { code: '509', provenance: [MOF] },
      { code: '505', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30301': {
    defaults: { 行政: '50905', 参公: '50905', 事业: '50905' },
    allowed: [
      { code: '50905', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30302': {
    defaults: { 行政: '50905', 参公: '50905', 事业: '50905' },
    allowed: [
      { code: '50905', provenance: [S000_BASIC, S000_SUMMARY, S003_BASIC, S003_SUMMARY, S004_BASIC, MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30303': {
    defaults: { 行政: '50905', 参公: '50905', 事业: '50905' },
    allowed: [
      { code: '50905', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30304': {
    defaults: { 行政: '50901', 参公: '50901', 事业: '50901' },
    allowed: [
      { code: '50901', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30305': {
    defaults: { 行政: '50901', 参公: '50901', 事业: '50901' },
    allowed: [
      { code: '50901', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30306': {
    defaults: { 行政: '50901', 参公: '50901', 事业: '50901' },
    allowed: [
      { code: '50901', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30307': {
    defaults: { 行政: '50901', 参公: '50901', 事业: '50901' },
    allowed: [
      { code: '50901', provenance: [S000_SUMMARY, MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30308': {
    defaults: { 行政: '50902', 参公: '50902', 事业: '50902' },
    allowed: [
      { code: '50902', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30309': {
    defaults: { 行政: '50901', 参公: '50901', 事业: '50901' },
    allowed: [
      { code: '50901', provenance: [S003_SUMMARY, MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30310': {
    defaults: { 行政: '50903', 参公: '50903', 事业: '50903' },
    allowed: [
      { code: '50903', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30311': {
    defaults: { 行政: '50901', 参公: '50901', 事业: '50901' },
    allowed: [
      { code: '50901', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '30399': {
    defaults: { 行政: '50999', 参公: '50999', 事业: '50999' },
    allowed: [
      { code: '50999', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '307': {
    defaults: { 行政: '511', 参公: '511', 事业: '511' },
    allowed: [{ code: '511', provenance: [MOF] }],
  },
  '30701': {
    defaults: { 行政: '51101', 参公: '51101', 事业: '51101' },
    allowed: [{ code: '51101', provenance: [MOF] }],
  },
  '30702': {
    defaults: { 行政: '51102', 参公: '51102', 事业: '51102' },
    allowed: [{ code: '51102', provenance: [MOF] }],
  },
  '30703': {
    defaults: { 行政: '51103', 参公: '51103', 事业: '51103' },
    allowed: [{ code: '51103', provenance: [MOF] }],
  },
  '30704': {
    defaults: { 行政: '51104', 参公: '51104', 事业: '51104' },
    allowed: [{ code: '51104', provenance: [MOF] }],
  },
  '309': {
    defaults: { 行政: '504', 参公: '504', 事业: '506' },
    allowed: [
      { code: '504', provenance: [MOF] },
      { code: '506', provenance: [MOF_SHIYE] },
    ],
  },
  '30901': {
    defaults: { 行政: '50401', 参公: '50401', 事业: '50602' },
    allowed: [
      { code: '50401', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30902': {
    defaults: { 行政: '50404', 参公: '50404', 事业: '50602' },
    allowed: [
      { code: '50404', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30903': {
    defaults: { 行政: '50404', 参公: '50404', 事业: '50602' },
    allowed: [
      { code: '50404', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30905': {
    defaults: { 行政: '50402', 参公: '50402', 事业: '50602' },
    allowed: [
      { code: '50402', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30906': {
    defaults: { 行政: '50405', 参公: '50405', 事业: '50602' },
    allowed: [
      { code: '50405', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30907': {
    defaults: { 行政: '50404', 参公: '50404', 事业: '50602' },
    allowed: [
      { code: '50404', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30908': {
    defaults: { 行政: '50499', 参公: '50499', 事业: '50602' },
    allowed: [
      { code: '50499', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30913': {
    defaults: { 行政: '50403', 参公: '50403', 事业: '50602' },
    allowed: [
      { code: '50403', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30919': {
    defaults: { 行政: '50404', 参公: '50404', 事业: '50602' },
    allowed: [
      { code: '50404', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30921': {
    defaults: { 行政: '50499', 参公: '50499', 事业: '50602' },
    allowed: [
      { code: '50499', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30922': {
    defaults: { 行政: '50499', 参公: '50499', 事业: '50602' },
    allowed: [
      { code: '50499', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '30999': {
    defaults: { 行政: '50499', 参公: '50499', 事业: '50602' },
    allowed: [
      { code: '50499', provenance: [MOF] },
      { code: '50602', provenance: [MOF_SHIYE] },
    ],
  },
  '310': {
    defaults: { 行政: '503', 参公: '503', 事业: '506' },
    allowed: [
      { code: '503', provenance: [MOF] },
      { code: '506', provenance: [MOF_SHIYE] },
    ],
  },
  '31001': {
    defaults: { 行政: '50301', 参公: '50301', 事业: '50601' },
    allowed: [
      { code: '50301', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31002': {
    defaults: { 行政: '50306', 参公: '50306', 事业: '50601' },
    allowed: [
      { code: '50306', provenance: [S000_SUMMARY, S004_BASIC, MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31003': {
    defaults: { 行政: '50306', 参公: '50306', 事业: '50601' },
    allowed: [
      { code: '50306', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31005': {
    defaults: { 行政: '50302', 参公: '50302', 事业: '50601' },
    allowed: [
      { code: '50302', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31006': {
    defaults: { 行政: '50307', 参公: '50307', 事业: '50601' },
    allowed: [
      { code: '50307', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31007': {
    defaults: { 行政: '50306', 参公: '50306', 事业: '50601' },
    allowed: [
      { code: '50306', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31008': {
    defaults: { 行政: '50399', 参公: '50399', 事业: '50601' },
    allowed: [
      { code: '50399', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31009': {
    defaults: { 行政: '50305', 参公: '50305', 事业: '50601' },
    allowed: [
      { code: '50305', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31010': {
    defaults: { 行政: '50305', 参公: '50305', 事业: '50601' },
    allowed: [
      { code: '50305', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31011': {
    defaults: { 行政: '50305', 参公: '50305', 事业: '50601' },
    allowed: [
      { code: '50305', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31012': {
    defaults: { 行政: '50305', 参公: '50305', 事业: '50601' },
    allowed: [
      { code: '50305', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31013': {
    defaults: { 行政: '50303', 参公: '50303', 事业: '50601' },
    allowed: [
      { code: '50303', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31019': {
    defaults: { 行政: '50306', 参公: '50306', 事业: '50601' },
    allowed: [
      { code: '50306', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31021': {
    defaults: { 行政: '50399', 参公: '50399', 事业: '50601' },
    allowed: [
      { code: '50399', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31022': {
    defaults: { 行政: '50399', 参公: '50399', 事业: '50601' },
    allowed: [
      { code: '50399', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '31099': {
    defaults: { 行政: '50399', 参公: '50399', 事业: '50601' },
    allowed: [
      { code: '50399', provenance: [MOF] },
      { code: '50601', provenance: [MOF_SHIYE] },
    ],
  },
  '311': {
    defaults: { 行政: '508', 参公: '508', 事业: '508' },
    allowed: [{ code: '508', provenance: [MOF] }],
  },
  '31101': {
    defaults: { 行政: '50802', 参公: '50802', 事业: '50802' },
    allowed: [{ code: '50802', provenance: [MOF] }],
  },
  '31199': {
    defaults: { 行政: '50802', 参公: '50802', 事业: '50802' },
    allowed: [{ code: '50802', provenance: [MOF] }],
  },
  '312': {
    defaults: { 行政: '507', 参公: '507', 事业: '507' },
    allowed: [
      { code: '507', provenance: [MOF] },
      { code: '508', provenance: [MOF] },
    ],
  },
  '31201': {
    defaults: { 行政: '50801', 参公: '50801', 事业: '50801' },
    allowed: [{ code: '50801', provenance: [MOF] }],
  },
  '31203': {
    defaults: { 行政: '50801', 参公: '50801', 事业: '50801' },
    allowed: [{ code: '50801', provenance: [MOF] }],
  },
  '31204': {
    defaults: { 行政: '50701', 参公: '50701', 事业: '50701' },
    allowed: [{ code: '50701', provenance: [MOF] }],
  },
  '31205': {
    defaults: { 行政: '50702', 参公: '50702', 事业: '50702' },
    allowed: [{ code: '50702', provenance: [MOF] }],
  },
  '31299': {
    defaults: { 行政: '50799', 参公: '50799', 事业: '50799' },
    allowed: [{ code: '50799', provenance: [MOF] }],
  },
  '313': {
    defaults: { 行政: '510', 参公: '510', 事业: '510' },
    allowed: [{ code: '510', provenance: [MOF] }],
  },
  '31302': {
    defaults: { 行政: '51002', 参公: '51002', 事业: '51002' },
    allowed: [{ code: '51002', provenance: [S000_SUMMARY, S003_SUMMARY, MOF] }],
  },
  '31303': {
    defaults: { 行政: '51003', 参公: '51003', 事业: '51003' },
    allowed: [{ code: '51003', provenance: [MOF] }],
  },
  '31304': {
    defaults: { 行政: '51002', 参公: '51002', 事业: '51002' },
    allowed: [{ code: '51002', provenance: [MOF] }],
  },
  '399': {
    defaults: { 行政: '599', 参公: '599', 事业: '599' },
    allowed: [
      { code: '599', provenance: [MOF] },
      { code: '505', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '39906': {
    defaults: { 行政: '59999', 参公: '59999', 事业: '59999' },
    allowed: [
      { code: '59999', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '39907': {
    defaults: { 行政: '59907', 参公: '59907', 事业: '59907' },
    allowed: [
      { code: '59907', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '39908': {
    defaults: { 行政: '59908', 参公: '59908', 事业: '59908' },
    allowed: [
      { code: '59908', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '39909': {
    defaults: { 行政: '59909', 参公: '59909', 事业: '59909' },
    allowed: [
      { code: '59909', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '39910': {
    defaults: { 行政: '59910', 参公: '59910', 事业: '59910' },
    allowed: [
      { code: '59910', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
  '39999': {
    defaults: { 行政: '59999', 参公: '59999', 事业: '59999' },
    allowed: [
      { code: '59999', provenance: [MOF] },
      { code: '50599', provenance: [MOF_SHIYE_ALLOWED] },
    ],
  },
} as const satisfies Record<DeptEconomicCode, CorrespondenceRule>)

/**
 * The type of {@link economicCorrespondence}: the rule of every department code, with its literal
 * government codes (named so that the API reference does not print the whole table).
 *
 * @example
 * ```ts
 * const rules: EconomicCorrespondence = economicCorrespondence
 * rules['30110'].defaults.事业 // '50501'
 * ```
 */
export type EconomicCorrespondence = {
  readonly [Code in keyof typeof correspondenceRules]: (typeof correspondenceRules)[Code]
}

/**
 * Correspondence of the 部门预算支出经济分类 to the 政府预算支出经济分类 (两套支出经济分类科目对照):
 * for every department code (类 and 款) the government codes it may be recorded under, with the
 * evidence for each pair, and the usual one per unit type.
 *
 * Typed `satisfies Record<DeptEconomicCode, CorrespondenceRule>`: adding a department code to the
 * catalog without a rule here fails to compile. The table is advice and validation; a row that
 * prints a government code keeps the code it prints.
 *
 * @example
 * ```ts
 * economicCorrespondence['30110'].defaults.事业 // '50501'
 * economicCorrespondence['30110'].allowed.map((t) => t.code) // ['50102', '50501']
 * ```
 */
export const economicCorrespondence: EconomicCorrespondence = correspondenceRules
