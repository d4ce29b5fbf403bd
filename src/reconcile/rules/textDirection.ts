import type { Disclosure } from '../../model/disclosure'
import type { TextFigure } from '../../model/textFigure'
import { checkSum } from '../../money/checkSum'
import { abs, amount, cmp, mul, sign } from '../../money/decimal'
import type { Amount } from '../../money/types'
import { printedOf } from '../checks'
import { defineRule, insufficientData, notApplicable } from '../defineRule'
import { resolveOperand } from '../resolveOperand'
import type { FindingDraft } from '../types'

const WORD = {
  increase: { amount: '增加', rate: '增长' },
  decrease: { amount: '减少', rate: '下降' },
  flat: { amount: '持平', rate: '持平' },
} as const

const ACTUAL = {
  1: ['增加', 'an increase'],
  [-1]: ['减少', 'a decrease'],
  0: ['持平', 'no change'],
} as const

/** The prior-year figure of a text figure: its `prior` operand, else a prior fact printed (not derived) for the same line. */
function priorOf(doc: Disclosure, f: TextFigure): string | undefined {
  const stated = resolveOperand(doc, f.operands?.prior)
  if (stated !== undefined) return stated
  const current = f.operands?.current
  const figure =
    current && 'figure' in current ? doc.text?.figures.find((g) => g.id === current.figure) : undefined
  const ref = current && 'cell' in current ? current.cell : figure?.refersTo
  if (ref?.row.key === undefined && ref?.row.code === undefined) return undefined
  // a prior fact derived from the text's own change cannot contradict it
  const fact = doc.priorYear?.facts.find(
    (p) =>
      p.source !== 'derived' &&
      (ref.row.key === undefined || p.key === ref.row.key) &&
      (ref.row.code === undefined || p.code === ref.row.code),
  )
  return fact?.value
}

/**
 * The words of the explanatory text against its numbers: where the text says 增加/增长 the
 * amount rose, where it says 减少/下降 it fell, where it says 持平 it did not change (基本持平:
 * by at most 5%). Read from each change or growth figure's current and prior amounts (its operands,
 * or a prior-year figure printed, not derived); a change figure that says 持平 while stating a
 * non-zero amount; and a growth rate whose word contradicts the word of the change it is computed
 * from ("增加 10 万元，下降 5%"). A difference within rounding contradicts no word.
 *
 * @example
 * ```ts
 * textDirection.check(doc, { templates: [] }).findings.map((f) => f.params.word)
 * ```
 */
export const textDirection = /*#__PURE__*/ defineRule({
  id: 'text-direction',
  title: { zh: '说明文字的增减用语与数字一致', en: 'The words of the text agree with its numbers' },
  family: 'text',
  severity: 'error',
  reads: {
    zh: '说明文字中的增减额与增长率（增加、减少、持平）、本年数、上年数',
    en: 'changes and growth rates of the text (increase, decrease, flat) with the current and prior figures',
  },
  check: (doc) => {
    const figures = (doc.text?.figures ?? []).filter(
      (f) => f.direction !== undefined && (f.kind === 'change' || f.kind === 'growth'),
    )
    if (figures.length === 0)
      return notApplicable('说明文字没有增减用语', 'the text states no increase or decrease')
    let checks = 0
    const findings: FindingDraft[] = []
    const wrong = (f: TextFigure, actual: -1 | 0 | 1, expected?: string) => {
      const word = WORD[f.direction ?? 'flat'][f.kind === 'growth' ? 'rate' : 'amount']
      findings.push({
        severity: 'error',
        status: 'mismatch',
        where: { figure: f.id, section: f.section, sentence: f.sentence },
        printed: f.printed,
        ...(expected === undefined ? {} : { expected }),
        messageId: 'direction-wrong',
        params: {
          place: `“${f.sentence}”`,
          placeEn: `"${f.sentence}"`,
          word,
          actual: ACTUAL[actual][0],
          actualEn: ACTUAL[actual][1],
        },
      })
    }
    for (const f of figures) {
      // a growth rate computed from a change stated with the opposite word
      const changeOp = f.operands?.change
      const change =
        changeOp && 'figure' in changeOp ? doc.text?.figures.find((g) => g.id === changeOp.figure) : undefined
      if (change?.direction !== undefined) {
        checks++
        if (change.direction !== f.direction) {
          wrong(f, change.direction === 'increase' ? 1 : change.direction === 'decrease' ? -1 : 0)
          continue
        }
      }
      // 持平 beside a stated change that is not zero
      if (f.kind === 'change' && f.direction === 'flat') {
        const value = printedOf(f.value)
        if (value.kind === 'amount') {
          checks++
          if (sign(value.value) !== 0 && !f.sentence.includes('基本持平')) {
            wrong(f, sign(value.value) > 0 ? 1 : -1)
            continue
          }
        }
      }
      const current = resolveOperand(doc, f.operands?.current)
      const prior = priorOf(doc, f)
      if (current === undefined || prior === undefined) continue
      const result = checkSum([printedOf(prior)], printedOf(current))
      if (result.status === 'not-computable' || result.difference === null) continue
      checks++
      // within rounding, the figures cannot say which way it went: no word is contradicted
      if (result.status !== 'mismatch') continue
      const actual = sign(result.difference)
      if (f.direction === 'flat') {
        const prev = printedOf(prior)
        const slight =
          f.sentence.includes('基本持平') && prev.kind === 'amount' && isSlight(result.difference, prev.value)
        if (!slight) wrong(f, actual, `${current} − ${prior}`)
      } else if ((f.direction === 'increase') !== actual > 0) wrong(f, actual, `${current} − ${prior}`)
    }
    return checks === 0
      ? insufficientData('增减用语未注明所依据的金额', 'no increase or decrease names its figures')
      : { status: 'ran', checks, findings }
  },
})

// 基本持平: a change of at most 5% of the prior year
const isSlight = (difference: Amount, prior: Amount): boolean =>
  cmp(abs(difference), mul(abs(prior), amount('0.05'))) <= 0
