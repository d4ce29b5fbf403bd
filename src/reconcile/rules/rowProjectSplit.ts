import { rowIdentityRule } from '../rowIdentityRule'

/**
 * 项目支出 = 其他运转类 + 特定目标类, on every row that prints the three.
 *
 * @example
 * ```ts
 * rowProjectSplit.check(doc).status
 * ```
 */
export const rowProjectSplit = /*#__PURE__*/ rowIdentityRule({
  id: 'row-project-split',
  title: {
    zh: '项目支出 = 其他运转类 + 特定目标类',
    en: 'Project = other operating + specific-objective projects',
  },
  kinds: ['expenditure', 'gpb-expenditure', 'gov-fund', 'soe-capital', 'fiscal-expenditure'],
  total: 'exp.project',
  parts: ['exp.project.operating', 'exp.project.specific'],
  allParts: true,
})
