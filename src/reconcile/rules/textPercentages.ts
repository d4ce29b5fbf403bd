import { checkPercentage } from '../../calc/checkPercentage'
import type { PercentageCheck } from '../../calc/types'
import { parsePercent } from '../../money/parsePercent'
import { printedOf } from '../checks'
import { defineRule, insufficientData, notApplicable } from '../defineRule'
import { resolveOperand } from '../resolveOperand'
import type { FindingDraft } from '../types'
import { notComputableDraft, percentDraft } from './percentDraft'
import { percentRight, percentZeroBase } from './percentRight'

/**
 * Every share (占 x%), completion rate (完成预算的 z%) and ratio of the explanatory text, recomputed
 * from the printed figures it names and classified: right, right within rounding (a rounding tail),
 * wrong, or not computable (a zero or blank base).
 *
 * @example
 * ```ts
 * textPercentages.check(doc).findings.filter((f) => f.status === 'mismatch')
 * ```
 */
export const textPercentages = /*#__PURE__*/ defineRule({
  id: 'text-percentages',
  title: { zh: '说明文字中的占比与完成率', en: 'Shares and completion rates in the text' },
  family: 'text',
  severity: 'error',
  reads: {
    zh: '说明文字中的占比、完成率及其所依据的金额',
    en: 'shares and completion rates of the text, and the amounts they rest on',
  },
  check: (doc) => {
    const figures = (doc.text?.figures ?? []).filter(
      (f) => f.kind === 'share' || f.kind === 'completion' || (f.kind === 'ratio' && f.operands),
    )
    if (figures.length === 0)
      return notApplicable('说明文字中没有占比或完成率', 'the text states no shares or completion rates')
    let checks = 0
    const findings: FindingDraft[] = []
    // the decimal verdicts of this run, by figures: a text restates a share in several sections
    const verdicts = new Map<string, PercentageCheck>()
    for (const f of figures) {
      const part = resolveOperand(doc, f.operands?.part ?? f.operands?.actual)
      const whole = resolveOperand(doc, f.operands?.whole ?? f.operands?.budget)
      if (part === undefined || whole === undefined) continue
      checks++
      // the usual cases, a share that is right or a zero base, decided on integers
      if (percentRight(part, whole, f.printed)) continue
      const inputs = `${part} / ${whole}`
      if (percentZeroBase(part, whole, f.printed)) {
        findings.push(notComputableDraft(f, 'zero-denominator', inputs))
        continue
      }
      const key = JSON.stringify([part, whole, f.printed])
      let result = verdicts.get(key)
      if (result === undefined) {
        result = checkPercentage({
          part: printedOf(part),
          whole: printedOf(whole),
          printed: parsePercent(f.printed),
        })
        verdicts.set(key, result)
      }
      const draft = percentDraft(f, result, inputs)
      if (draft) findings.push(draft)
    }
    return checks === 0
      ? insufficientData('占比未注明所依据的金额', 'no share names the amounts it rests on')
      : { status: 'ran', checks, findings }
  },
})
