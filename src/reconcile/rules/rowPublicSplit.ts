import { rowIdentityRule } from '../rowIdentityRule'

/**
 * 公用经费 = 商品和服务支出 + 资本性支出, on every row that prints the three.
 *
 * @example
 * ```ts
 * rowPublicSplit.check(doc).status
 * ```
 */
export const rowPublicSplit = /*#__PURE__*/ rowIdentityRule({
  id: 'row-public-split',
  title: { zh: '公用经费 = 商品和服务 + 资本性', en: 'Public expenses = goods and services + capital' },
  kinds: ['expenditure', 'gpb-expenditure', 'gov-fund', 'soe-capital', 'fiscal-expenditure'],
  total: 'exp.basic.public',
  parts: ['exp.basic.public.goods', 'exp.basic.public.capital'],
  allParts: true,
})
