import type { TextFigure } from '../../model/textFigure'
import { checkSum } from '../../money/checkSum'
import { cmp, neg } from '../../money/decimal'
import type { MoneyUnit, Printed } from '../../money/types'
import { inUnit, printedOf, sumDraft, sumHoldsExactly } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import type { FindingDraft } from '../types'

const signedPrinted = (f: TextFigure): Printed => {
  const p = printedOf(f.value)
  return f.direction === 'decrease' && p.kind === 'amount' ? { ...p, value: neg(p.value) } : p
}

// a total in 亿元 broken down in 万元 ('基建预算 1.26 亿元（A 4500.00 万元、…）'): compared in one unit
const moneyUnit = (f: TextFigure): MoneyUnit | undefined =>
  f.unit === '元' || f.unit === '万元' || f.unit === '亿元' ? f.unit : undefined

const sumHolds = (parts: readonly Printed[], total: Printed): boolean => {
  const r = checkSum(parts, total)
  return r.status === 'ok' || r.status === 'rounding-tail'
}

// the figures as printed add up (a unit word misprinted, '预算支出1682.76元，其中基本支出1208.20万元'),
// or they add up in one unit
const holds = (parts: readonly TextFigure[], total: TextFigure): boolean => {
  // the usual case, decided on integers: the figures add up as printed, or they do not and are all
  // printed in one unit (restating them changes nothing)
  const fast = sumHoldsExactly(
    parts.map((p) => p.value),
    parts.map((p) => p.direction === 'decrease'),
    total.value,
    total.direction === 'decrease',
  )
  if (fast === true || (fast === false && parts.every((p) => moneyUnit(p) === moneyUnit(total)))) return fast
  return slowHolds(parts, total)
}

const slowHolds = (parts: readonly TextFigure[], total: TextFigure): boolean =>
  sumHolds(parts.map(signedPrinted), signedPrinted(total)) ||
  sumHolds(
    parts.map((p) => inUnit(signedPrinted(p), moneyUnit(p), moneyUnit(total))),
    signedPrinted(total),
  )

// one count under a larger one names a subset, not a breakdown ('9辆执法执勤车，其中7辆车龄均为10年以上')
const subsetCounted = (parts: readonly TextFigure[], total: TextFigure): boolean => {
  const [part] = parts
  if (parts.length !== 1 || part === undefined || part.kind !== 'count' || total.kind !== 'count')
    return false
  const p = printedOf(part.value)
  const t = printedOf(total.value)
  return p.kind === 'amount' && t.kind === 'amount' && cmp(p.value, t.value) < 0
}

/**
 * A breakdown stated in the text adds up to its stated total ("收入合计 x 万元，其中：A y 万元，B z 万元").
 * A total broken down twice in a row (by kind, then by class) is read as two breakdowns; changes
 * count with their direction (增加 +, 减少 −). A list that ends in 等 (`partsIncomplete`) is partial and
 * not checked.
 *
 * @example
 * ```ts
 * textBreakdown.check(doc).findings
 * ```
 */
export const textBreakdown = /*#__PURE__*/ defineRule({
  id: 'text-breakdown',
  title: { zh: '说明文字中的分项之和等于总数', en: 'Breakdowns in the text add up to their totals' },
  family: 'text',
  severity: 'error',
  reads: {
    zh: '说明文字中“其中：……”列出的分项与总数',
    en: 'the parts the text lists under a total ("其中：…")',
  },
  check: (doc) => {
    const figures = doc.text?.figures ?? []
    const groups = new Map<string, TextFigure[]>()
    for (const f of figures)
      if (f.partOf !== undefined && (f.kind === 'amount' || f.kind === 'change' || f.kind === 'count'))
        groups.set(f.partOf, [...(groups.get(f.partOf) ?? []), f])
    if (groups.size === 0) return notApplicable('说明文字中没有分项列示', 'the text states no breakdowns')
    let checks = 0
    const findings: FindingDraft[] = []
    for (const [id, parts] of groups) {
      const total = figures.find((f) => f.id === id)
      // a list that ends in 等 names some of the parts: nothing says they add up
      if (!total || total.partsIncomplete) continue
      checks++
      if (holds(parts, total) || subsetCounted(parts, total)) continue
      // two consecutive breakdowns of one total
      const split = parts.findIndex(
        (_, k) => k > 0 && holds(parts.slice(0, k), total) && holds(parts.slice(k), total),
      )
      if (split > 0) continue
      const draft = sumDraft({
        where: { figure: total.id, section: total.section, sentence: total.sentence },
        place: {
          zh: `${total.section}“${total.subject}”`,
          en: `section "${total.section}", ${total.subject}`,
        },
        identity: {
          zh: `${total.subject} = ${parts.map((p) => p.subject).join(' + ')}`,
          en: `the stated total = the sum of its ${parts.length} stated parts`,
        },
        parts: parts.map((p) =>
          p.direction === 'decrease' && !p.value.startsWith('-') ? `-${p.value}` : p.value,
        ),
        total:
          total.direction === 'decrease' && !total.value.startsWith('-') ? `-${total.value}` : total.value,
        severity: 'error',
        partUnits: parts.map(moneyUnit),
        totalUnit: moneyUnit(total),
      })
      if (draft)
        findings.push({ ...draft, related: parts.map((p) => ({ figure: p.id, sentence: p.sentence })) })
    }
    return { status: 'ran', checks, findings }
  },
})
