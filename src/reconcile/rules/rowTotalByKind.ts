import { rowIdentityRule } from '../rowIdentityRule'

/**
 * 合计 = 基本支出 + 项目支出 (+ 经营支出 + 上缴上级支出 + 对附属单位补助支出 where printed), on every
 * row of the expenditure tables. A table that prints 基本支出 only as a heading over 人员经费 and
 * 公用经费 (no column of its own) has their sum in its place.
 *
 * @example
 * ```ts
 * rowTotalByKind.check(doc).findings // rows whose 合计 is not 基本 + 项目
 * ```
 */
export const rowTotalByKind = /*#__PURE__*/ rowIdentityRule({
  id: 'row-total-by-kind',
  title: { zh: '合计 = 基本支出 + 项目支出', en: 'Total = basic + project expenditure' },
  kinds: ['expenditure', 'gpb-expenditure', 'gov-fund', 'soe-capital', 'fiscal-expenditure'],
  total: 'total',
  parts: ['exp.basic', 'exp.project', 'exp.operating', 'exp.remit-superior', 'exp.affiliates'],
  substitutes: { 'exp.basic': ['exp.basic.personnel', 'exp.basic.public'] },
})
