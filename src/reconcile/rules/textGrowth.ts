import { checkGrowth } from '../../calc/checkGrowth'
import type { PercentageCheck } from '../../calc/types'
import { parsePercent } from '../../money/parsePercent'
import { printedOf } from '../checks'
import { defineRule, insufficientData, notApplicable } from '../defineRule'
import { resolveOperand } from '../resolveOperand'
import type { FindingDraft } from '../types'
import { growthFromChangeRight, growthRight } from './growthRight'
import { percentDraft } from './percentDraft'

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
    // the decimal verdicts of this run, by figures: a text restates a rate in several sections
    const verdicts = new Map<string, PercentageCheck>()
    for (const f of figures) {
      const current = resolveOperand(doc, f.operands?.current)
      const prior = resolveOperand(doc, f.operands?.prior)
      const change = resolveOperand(doc, f.operands?.change)
      if (current === undefined || (prior === undefined && change === undefined)) continue
      checks++
      const decrease = f.direction === 'decrease'
      // the usual case, a rate that is right, decided on integers
      if (
        prior !== undefined
          ? growthRight(current, prior, f.printed, decrease)
          : growthFromChangeRight(current, change, f.printed, decrease)
      )
        continue
      const key = JSON.stringify([
        current,
        prior,
        prior === undefined ? change : undefined,
        f.printed,
        decrease,
      ])
      let result = verdicts.get(key)
      if (result === undefined) {
        const printed = parsePercent(f.printed)
        const direction = decrease ? ({ direction: 'decrease' } as const) : {}
        result =
          prior !== undefined
            ? checkGrowth({ current: printedOf(current), prior: printedOf(prior), printed, ...direction })
            : checkGrowth({ current: printedOf(current), change: printedOf(change), printed, ...direction })
        verdicts.set(key, result)
      }
      const inputs =
        prior !== undefined
          ? `(${current} − ${prior}) / ${prior}`
          : `${decrease ? '−' : ''}${change} / (${current} ${decrease ? '+' : '−'} ${change})`
      const draft = percentDraft(f, result, inputs)
      if (draft) findings.push(draft)
    }
    return checks === 0
      ? insufficientData('增长率未注明所依据的金额', 'no growth rate names its figures')
      : { status: 'ran', checks, findings }
  },
})
