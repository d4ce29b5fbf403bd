import { rowIdentityRule } from '../rowIdentityRule'

/**
 * 基本支出 = 人员经费 + 公用经费, on every row that prints the three.
 *
 * @example
 * ```ts
 * rowBasicSplit.check(doc).status // 'ran'
 * ```
 */
export const rowBasicSplit = /*#__PURE__*/ rowIdentityRule({
  id: 'row-basic-split',
  title: { zh: '基本支出 = 人员经费 + 公用经费', en: 'Basic = personnel + public expenses' },
  kinds: [
    'expenditure',
    'gpb-expenditure',
    'gov-fund',
    'soe-capital',
    'gpb-basic',
    'gpb-basic-detail',
    'fiscal-expenditure',
    'fiscal-basic',
  ],
  total: 'exp.basic',
  parts: ['exp.basic.personnel', 'exp.basic.public'],
  allParts: true,
})
