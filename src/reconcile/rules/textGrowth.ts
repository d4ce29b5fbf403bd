import { checkGrowth } from '../../calc/checkGrowth'
import type { PercentageCheck } from '../../calc/types'
import { add, amount, cmp, divRound, halfUlp, mul, neg, sign, sub } from '../../money/decimal'
import { parsePercent } from '../../money/parsePercent'
import type { Amount, Printed } from '../../money/types'
import { printedOf } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { resolveOperand } from '../resolveOperand'
import type { FindingDraft } from '../types'
import { percentDraft } from './percentDraft'

// growth = change / (current − change) × 100 when the text states the change but never the prior
// year: the bounds come from the corners of the two rounding intervals (the ratio rises with the
// change and falls with the current figure, for a positive base).
function growthFromChange(
  current: Printed,
  change: Printed,
  printed: Printed,
  decrease: boolean,
): PercentageCheck {
  if (current.kind !== 'amount' || change.kind !== 'amount' || printed.kind !== 'amount')
    return {
      status: 'not-computable',
      printed: null,
      recomputed: null,
      interval: null,
      reason: 'not-a-number',
    }
  const hundred = amount(100)
  const delta = decrease ? neg(change.value) : change.value
  const value = decrease ? neg(printed.value) : printed.value
  const prior = sub(current.value, delta)
  if (sign(prior) <= 0)
    return {
      status: 'not-computable',
      printed: value,
      recomputed: null,
      interval: null,
      reason: 'zero-denominator',
    }
  const d = printed.decimals
  const recomputed = divRound(mul(delta, hundred), prior, d, 'halfUp')
  const hc = halfUlp(current.decimals)
  const hd = halfUlp(change.decimals)
  const ratio = (c: Amount, x: Amount) => divRound(mul(x, hundred), sub(c, x), d + 2, 'halfUp')
  const low = ratio(add(current.value, hc), sub(delta, hd))
  const high = ratio(sub(current.value, hc), add(delta, hd))
  const hp = halfUlp(d)
  const meets = cmp(sub(value, hp), high) <= 0 && cmp(add(value, hp), low) >= 0
  const status = cmp(recomputed, value) === 0 ? 'right' : meets ? 'right-within-rounding' : 'wrong'
  return { status, printed: value, recomputed, interval: { low, high } }
}

/**
 * Every growth rate of the explanatory text (增长/下降 y%), recomputed from the current and prior
 * figures, or from the current figure and the stated change when the prior year is not printed.
 *
 * @example
 * ```ts
 * textGrowth.check(doc).findings
 * ```
 */
export const textGrowth = /*#__PURE__*/ defineRule({
  id: 'text-growth',
  title: { zh: '说明文字中的增长率', en: 'Growth rates in the text' },
  family: 'text',
  severity: 'error',
  reads: {
    zh: '说明文字中的增长率、本年数、上年数或增减额',
    en: 'growth rates of the text with the current figure and the prior figure or change',
  },
  check: (doc) => {
    const figures = (doc.text?.figures ?? []).filter((f) => f.kind === 'growth')
    if (figures.length === 0) return notApplicable('说明文字中没有增长率', 'the text states no growth rates')
    let checks = 0
    const findings: FindingDraft[] = []
    for (const f of figures) {
      const current = resolveOperand(doc, f.operands?.current)
      const prior = resolveOperand(doc, f.operands?.prior)
      const change = resolveOperand(doc, f.operands?.change)
      if (current === undefined || (prior === undefined && change === undefined)) continue
      checks++
      const printed = parsePercent(f.printed)
      const decrease = f.direction === 'decrease'
      const result =
        prior !== undefined
          ? checkGrowth({
              current: printedOf(current),
              prior: printedOf(prior),
              printed,
              ...(decrease ? { direction: '下降' as const } : {}),
            })
          : growthFromChange(printedOf(current), printedOf(change), printed, decrease)
      const draft = percentDraft(
        f,
        result,
        prior !== undefined ? `(${current} − ${prior}) / ${prior}` : `${change} / (${current} − ${change})`,
      )
      if (draft) findings.push(draft)
    }
    return checks === 0
      ? {
          status: 'insufficient-data',
          checks,
          findings,
          reason: { zh: '增长率未注明所依据的金额', en: 'no growth rate names its figures' },
        }
      : { status: 'ran', checks, findings }
  },
})
