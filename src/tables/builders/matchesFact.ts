import type { FactKey } from '../../model/factKeys'
import type { LineItem } from '../../model/lineItem'

/** Options of {@link matchesFact}. */
export interface MatchOptions {
  /** Source keys (`src.*`) count carried-over money too. */
  readonly sourcesIncludeCarry?: boolean
  readonly isSuperiorTransfer?: (item: LineItem) => boolean
}

const UNIT_FUNDS: ReadonlySet<string> = new Set([
  'business',
  'operating',
  'superior',
  'affiliates',
  'other',
  'business-fund',
])
const SOURCE_OF: Readonly<Partial<Record<FactKey, LineItem['source']>>> = {
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
}
const THREE_PUBLIC: Readonly<Partial<Record<FactKey, readonly string[]>>> = {
  '3p.total': ['30212', '30217', '30231', '31013'],
  '3p.abroad': ['30212'],
  '3p.vehicle': ['30231', '31013'],
  '3p.vehicle.purchase': ['31013'],
  '3p.vehicle.operation': ['30231'],
  '3p.reception': ['30217'],
}

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

/**
 * Whether a line item counts toward a fact (a column or a summary line): the meaning of each
 * fact key in terms of the item's dimensions. Revenue-side keys (`src.*`) are this year's money
 * unless `sourcesIncludeCarry`; carry-over keys (`carry.*`) are the carried-over money; the
 * expenditure keys follow basic/project, 人员/公用 and the economic 类 (301 工资福利, 303 对个人和家庭的
 * 补助, 302 商品和服务, 310/309 资本性); "三公" keys follow economic codes 30212, 30217, 30231, 31013.
 * Keys the line items cannot carry (经营支出, 上缴上级, 年末结转, 决算 comparisons) match nothing.
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
  const carry = item.carryOver === true
  const current = !carry || options.sourcesIncludeCarry === true
  const econ = item.economicCode ?? ''
  switch (key) {
    case 'total':
    case 'rev.total':
    case 'exp.total':
    // 本年支出合计 is all the year's spending, whichever money (this year's or carried over) pays it
    case 'exp.current':
      return true
    case 'rev.current':
      return !carry
    case 'src.fiscal':
      return current && isFiscal(item)
    case 'src.gpb':
      return current && item.source === 'gpb'
    case 'src.gpb.fiscal':
      return current && item.source === 'gpb' && item.fiscal !== false
    case 'src.gpb.superior-transfer':
      return current && item.source === 'gpb' && options.isSuperiorTransfer?.(item) === true
    case 'src.unit-funds':
      return current && UNIT_FUNDS.has(item.source)
    case 'carry.total':
      return carry
    case 'carry.fiscal':
      return carry && isFiscal(item)
    case 'carry.unit-funds':
      return carry && UNIT_FUNDS.has(item.source)
    case 'exp.basic':
      return item.kind === 'basic'
    case 'exp.basic.personnel':
      return item.kind === 'basic' && item.basicClass === 'personnel'
    case 'exp.basic.personnel.wages':
      return item.kind === 'basic' && econ.startsWith('301')
    case 'exp.basic.personnel.family':
      return item.kind === 'basic' && econ.startsWith('303')
    case 'exp.basic.public':
      return item.kind === 'basic' && item.basicClass === 'public'
    case 'exp.basic.public.goods':
      return item.kind === 'basic' && econ.startsWith('302')
    case 'exp.basic.public.capital':
      return item.kind === 'basic' && (econ.startsWith('310') || econ.startsWith('309'))
    case 'exp.project':
      return item.kind === 'project'
    case 'exp.project.operating':
      return item.kind === 'project' && item.projectType === 'operating'
    case 'exp.project.specific':
      return item.kind === 'project' && item.projectType === 'specific'
    default: {
      const source = SOURCE_OF[key]
      if (source !== undefined) return (key.startsWith('carry.') ? carry : current) && item.source === source
      const codes = THREE_PUBLIC[key]
      if (codes !== undefined) return codes.includes(econ)
      return false
    }
  }
}
