import { rowIdentityRule } from '../rowIdentityRule'

/**
 * 基本支出 = 工资福利支出 + 对个人和家庭的补助 + 商品和服务支出 + 资本性支出, where a table prints the
 * four economic classes under 基本支出 (the 河南 expenditure tables).
 *
 * @example
 * ```ts
 * rowBasicByEconomicClass.check(doc).checks // rows checked
 * ```
 */
export const rowBasicByEconomicClass = /*#__PURE__*/ rowIdentityRule({
  id: 'row-basic-by-economic-class',
  title: {
    zh: '基本支出 = 工资福利 + 对个人和家庭的补助 + 商品和服务 + 资本性',
    en: 'Basic = wages + household subsidies + goods and services + capital',
  },
  kinds: ['expenditure', 'gpb-expenditure', 'gov-fund', 'soe-capital'],
  total: 'exp.basic',
  parts: [
    'exp.basic.personnel.wages',
    'exp.basic.personnel.family',
    'exp.basic.public.goods',
    'exp.basic.public.capital',
  ],
})
