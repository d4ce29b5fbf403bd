import { rowIdentityRule } from '../rowIdentityRule'

/**
 * 人员经费 = 工资福利支出 + 对个人和家庭的补助, on every row that prints the three.
 *
 * @example
 * ```ts
 * rowPersonnelSplit.check(doc).status
 * ```
 */
export const rowPersonnelSplit = /*#__PURE__*/ rowIdentityRule({
  id: 'row-personnel-split',
  title: { zh: '人员经费 = 工资福利 + 对个人和家庭的补助', en: 'Personnel = wages + household subsidies' },
  kinds: ['expenditure', 'gpb-expenditure', 'gov-fund', 'soe-capital', 'fiscal-expenditure'],
  total: 'exp.basic.personnel',
  parts: ['exp.basic.personnel.wages', 'exp.basic.personnel.family'],
  allParts: true,
})
