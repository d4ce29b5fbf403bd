import { rowIdentityRule } from '../rowIdentityRule'

/**
 * “三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, on each row (budget and actual blocks alike).
 *
 * @example
 * ```ts
 * rowThreePublic.check(doc).status
 * ```
 */
export const rowThreePublic = /*#__PURE__*/ rowIdentityRule({
  id: 'row-three-public',
  title: {
    zh: '“三公”经费 = 出国（境）+ 公务用车 + 公务接待',
    en: 'Three public expenses = abroad + vehicles + reception',
  },
  kinds: ['three-public'],
  total: '3p.total',
  parts: ['3p.abroad', '3p.vehicle', '3p.reception'],
  allParts: true,
})
