import { checkPercentage } from '../../calc/checkPercentage'
import type { PercentageCheck } from '../../calc/types'
import type { Disclosure } from '../../model/disclosure'
import type { TextFigure } from '../../model/textFigure'
import { parsePercent } from '../../money/parsePercent'
import { printedOf } from '../checks'
import { defineRule, insufficientData, notApplicable } from '../defineRule'
import { resolveOperand } from '../resolveOperand'
import type { FindingDraft } from '../types'
import { notComputableDraft, percentDraft } from './percentDraft'
import { percentRight, percentZeroBase } from './percentRight'
import { type ShareOfWhole, sharesMovedToHundred } from './sharesToHundred'

/**
 * Every share (占 x%), completion rate (完成预算的 z%) and ratio of the explanatory text, recomputed
 * from the printed figures it names and classified: right, right within rounding (a rounding tail),
 * wrong, or not computable (a zero or blank base). A passage that rounded the shares of one whole
 * to add up to exactly 100% (尾差调整) moves a last digit on purpose: such shares are rounding tails
 * (`percent-tail-hundred`), see `sharesMovedToHundred`.
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
    if (checks === 0)
      return insufficientData('占比未注明所依据的金额', 'no share names the amounts it rests on')
    return { status: 'ran', checks, findings: movedToHundred(doc, figures, findings) }
  },
})

/**
 * The findings with each wrong share that its passage moved by a last digit to add up to 100%
 * turned into a rounding tail (`percent-tail-hundred`): see {@link sharesMovedToHundred}. The
 * passages (the shares of one whole in one section) are gathered only when a share was found wrong.
 *
 * @example
 * ```ts
 * // 无锡: “占 3.32%” (3.3145… rounds to 3.31) beside shares that add up to 100%
 * movedToHundred(doc, figures, findings)[0].status // 'rounding-tail'
 * ```
 */
function movedToHundred(
  doc: Disclosure,
  figures: readonly TextFigure[],
  findings: FindingDraft[],
): FindingDraft[] {
  const wrong = new Set<string>()
  for (const d of findings)
    if (d.messageId === 'percent-wrong' && d.where.figure !== undefined) wrong.add(d.where.figure)
  if (wrong.size === 0) return findings
  const passages = new Map<string, ShareOfWhole[]>()
  for (const f of figures) {
    if (f.kind !== 'share' || f.operands?.whole === undefined) continue
    const part = resolveOperand(doc, f.operands.part)
    const whole = resolveOperand(doc, f.operands.whole)
    if (part === undefined || whole === undefined) continue
    const key = `${f.section}\u0000${JSON.stringify(f.operands.whole)}`
    const shares = passages.get(key) ?? []
    shares.push({ id: f.id, printed: f.printed, part, whole })
    passages.set(key, shares)
  }
  const moved = new Set<string>()
  for (const shares of passages.values())
    if (shares.some((s) => wrong.has(s.id))) for (const id of sharesMovedToHundred(shares)) moved.add(id)
  if (moved.size === 0) return findings
  return findings.map((d) =>
    d.messageId === 'percent-wrong' && d.where.figure !== undefined && moved.has(d.where.figure)
      ? { ...d, severity: 'info', status: 'rounding-tail', messageId: 'percent-tail-hundred' }
      : d,
  )
}
