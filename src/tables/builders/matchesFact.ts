import { deepFreeze } from '../../internal/deepFreeze'
import { booleanOption, optionsOf } from '../../internal/limits'
import type { FactKey } from '../../model/factKeys'
import type { LineItem } from '../../model/lineItem'

/** Options of {@link matchesFact}. */
export interface MatchOptions {
  /** Source keys (`src.*`) count carried-over money too. */
  readonly sourcesIncludeCarry?: boolean
  /**
   * Non-fiscal source keys (财政专户, 单位资金 …) count carried-over money too: the table has
   * carry-over columns for fiscal money only (河南 项目支出表: 财政拨款结转结余), so a carried-over
   * non-fiscal amount belongs under its source.
   */
  readonly nonFiscalSourcesIncludeCarry?: boolean
  readonly isSuperiorTransfer?: (item: LineItem) => boolean
}

const isUnitFund = (source: LineItem['source']): boolean =>
  source === 'business' ||
  source === 'operating' ||
  source === 'superior' ||
  source === 'affiliates' ||
  source === 'other' ||
  source === 'business-fund'
const SOURCE_OF: Readonly<Partial<Record<FactKey, LineItem['source']>>> = /*#__PURE__*/ deepFreeze({
  'src.gov-fund': 'gov-fund',
  'src.soe-capital': 'soe-capital',
  'src.special-account': 'special-account',
  'src.business': 'business',
  'src.operating': 'operating',
  'src.superior': 'superior',
  'src.affiliates': 'affiliates',
  'src.other': 'other',
  'src.business-fund': 'business-fund',
  'carry.gpb': 'gpb',
  'carry.gov-fund': 'gov-fund',
  'carry.soe-capital': 'soe-capital',
  'carry.special-account': 'special-account',
})
const THREE_PUBLIC: Readonly<Partial<Record<FactKey, readonly string[]>>> = /*#__PURE__*/ deepFreeze({
  '3p.total': ['30212', '30217', '30231', '31013'],
  '3p.abroad': ['30212'],
  '3p.vehicle': ['30231', '31013'],
  '3p.vehicle.purchase': ['31013'],
  '3p.vehicle.operation': ['30231'],
  '3p.reception': ['30217'],
})

/**
 * True when the fiscal appropriation (财政拨款) pays for the item: 一般公共预算 财政拨款,
 * 政府性基金, 国有资本经营预算.
 *
 * @param item - a line item
 * @returns whether it is fiscal money
 * @example
 * ```ts
 * isFiscal({ ...item, source: 'gpb' }) // true
 * ```
 */
export function isFiscal(item: LineItem): boolean {
  return (
    (item.source === 'gpb' && item.fiscal !== false) ||
    item.source === 'gov-fund' ||
    item.source === 'soe-capital'
  )
}

/** A test of whether a line item counts toward one fact (see {@link factPredicate}). */
export type FactPredicate = (item: LineItem) => boolean

const NEVER: FactPredicate = () => false
const ALWAYS: FactPredicate = () => true

/**
 * The test of one fact (a column or a summary line) as a function of a line item, built once per
 * cell so the per-item work is a direct check rather than a lookup of the key. Revenue-side keys
 * (`src.*`) are this year's money unless `sourcesIncludeCarry`; carry-over keys (`carry.*`) are the
 * carried-over money; the expenditure keys follow basic/project, 人员/公用 and the economic 类 (301
 * 工资福利, 303 对个人和家庭的补助, 302 商品和服务, 310/309 资本性); "三公" keys follow economic codes
 * 30212, 30217, 30231, 31013. Keys the line items cannot carry (经营支出, 上缴上级, 年末结转, 决算
 * comparisons) match nothing.
 *
 * @param key - the fact
 * @param options - how sources treat carry-overs; which items are 上级专项转移支付
 * @returns the test
 * @example
 * ```ts
 * const wages = factPredicate('exp.basic.personnel.wages')
 * wages({ unitCode: '503001', functionalCode: '2101501', kind: 'basic', basicClass: 'personnel',
 *   economicCode: '30101', source: 'gpb', amount: '291.08' }) // true
 * ```
 */
export function factPredicate(key: FactKey, options: MatchOptions = {}): FactPredicate {
  const what = ['口径选项', 'match options'] as const
  const o = optionsOf(options, what)
  const withCarry = booleanOption(o.sourcesIncludeCarry, 'sourcesIncludeCarry', what) === true
  const nonFiscalWithCarry =
    booleanOption(o.nonFiscalSourcesIncludeCarry, 'nonFiscalSourcesIncludeCarry', what) === true
  // this year's money, or every year's where the template counts the carry-over in
  const current = (i: LineItem): boolean =>
    withCarry || i.carryOver !== true || (nonFiscalWithCarry && !isFiscal(i))
  const carry = (i: LineItem): boolean => i.carryOver === true
  const econ = (prefix: string) => (i: LineItem) =>
    i.kind === 'basic' && (i.economicCode ?? '').startsWith(prefix)
  switch (key) {
    case 'total':
    case 'rev.total':
    case 'exp.total':
    // 本年支出合计 is all the year's spending, whichever money (this year's or carried over) pays it
    case 'exp.current':
      return ALWAYS
    case 'rev.current':
      return (i) => i.carryOver !== true
    case 'src.fiscal':
      return (i) => current(i) && isFiscal(i)
    case 'src.gpb':
      return (i) => current(i) && i.source === 'gpb'
    case 'src.gpb.fiscal':
      return (i) => current(i) && i.source === 'gpb' && i.fiscal !== false
    case 'src.gpb.superior-transfer': {
      const transfer = options.isSuperiorTransfer
      return transfer === undefined ? NEVER : (i) => current(i) && i.source === 'gpb' && transfer(i)
    }
    case 'src.unit-funds':
      return (i) => current(i) && isUnitFund(i.source)
    case 'carry.total':
      return carry
    case 'carry.fiscal':
      return (i) => carry(i) && isFiscal(i)
    case 'carry.unit-funds':
      return (i) => carry(i) && isUnitFund(i.source)
    case 'exp.basic':
      return (i) => i.kind === 'basic'
    case 'exp.basic.personnel':
      return (i) => i.kind === 'basic' && i.basicClass === 'personnel'
    case 'exp.basic.personnel.wages':
      return econ('301')
    case 'exp.basic.personnel.family':
      return econ('303')
    case 'exp.basic.public':
      return (i) => i.kind === 'basic' && i.basicClass === 'public'
    case 'exp.basic.public.goods':
      return econ('302')
    case 'exp.basic.public.capital': {
      const a = econ('310')
      const b = econ('309')
      return (i) => a(i) || b(i)
    }
    case 'exp.project':
      return (i) => i.kind === 'project'
    case 'exp.project.operating':
      return (i) => i.kind === 'project' && i.projectType === 'operating'
    case 'exp.project.specific':
      return (i) => i.kind === 'project' && i.projectType === 'specific'
    default: {
      const source = SOURCE_OF[key]
      if (source !== undefined)
        return key.startsWith('carry.')
          ? (i) => carry(i) && i.source === source
          : (i) => current(i) && i.source === source
      const list = THREE_PUBLIC[key]
      if (list !== undefined) {
        const codes = new Set(list)
        return (i) => codes.has(i.economicCode ?? '')
      }
      return NEVER
    }
  }
}

/**
 * Whether a line item counts toward a fact (a column or a summary line): `factPredicate(key,
 * options)(item)`; see there for the meaning of each key.
 *
 * @param item - a line item
 * @param key - the fact
 * @param options - how sources treat carry-overs; which items are 上级专项转移支付
 * @returns true when the item's amount belongs to the fact
 * @example
 * ```ts
 * matchesFact({ unitCode: '503001', functionalCode: '2101501', kind: 'basic', basicClass: 'public',
 *   economicCode: '30231', source: 'gpb', amount: '0.72' }, '3p.vehicle') // true
 * ```
 */
export function matchesFact(item: LineItem, key: FactKey, options: MatchOptions = {}): boolean {
  return factPredicate(key, options)(item)
}
