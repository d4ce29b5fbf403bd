import { parseIndicatorValue } from '../../model/parseIndicatorValue'
import { convertUnit } from '../../money/convertUnit'
import { abs, add, cmp, halfUlp, sub } from '../../money/decimal'
import type { MoneyUnit, PrintedAmount } from '../../money/types'
import { cellInteger, cellKind, EXPONENT, POW10, printedOf } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import type { FindingDraft } from '../types'

// A cost target as most are printed ('≤136.07 万元', '120000元'): an optional ≤ or =, a plain number
// and 元 or 万元, with spaces around; one linear pattern (no two repeats can match the same spaces)
const PLAIN_TARGET = /^\s*(?:(≤|<=|=)\s*)?(\d+(?:\.\d+)?)\s*(万元|元)\s*$/

/**
 * A cost target in money, read as `parseIndicatorValue` reads it: the comparison (`<=` or `=`), the
 * number as printed and its unit (元 or 万元); `undefined` for any other target (a floor, a
 * percentage, text). A plainly printed target is read by one pattern; anything else by the full
 * reader of indicator values.
 *
 * @example
 * ```ts
 * moneyTarget('≤136.07 万元') // { op: '<=', value: '136.07', unit: '万元' }
 * moneyTarget('120000元')     // { op: '=', value: '120000', unit: '元' }
 * moneyTarget('≥95%')         // undefined
 * ```
 * @internal
 */
export function moneyTarget(
  printed: string,
): { readonly op: '<=' | '='; readonly value: string; readonly unit: MoneyUnit } | undefined {
  const plain = printed.length <= 200 ? PLAIN_TARGET.exec(printed) : null
  if (plain !== null)
    return {
      op: plain[1] === undefined || plain[1] === '=' ? '=' : '<=',
      value: plain[2] as string,
      unit: plain[3] === '元' ? '元' : '万元',
    }
  const target = parseIndicatorValue(printed)
  if (target.kind !== 'compare' || (target.op !== '=' && target.op !== '<=')) return undefined
  const unit = target.unit === '元' ? '元' : target.unit === '万元' ? '万元' : undefined
  return unit === undefined ? undefined : { op: target.op, value: target.value, unit }
}

/** A stored amount as an integer of its last printed place (`'12.34'` → 1234 at 2 decimals). */
interface Digits {
  readonly digits: number
  readonly decimals: number
}

/**
 * Whether a project's amount (in the document's unit) keeps to a cost target (`value`, in `unit`),
 * decided on integers of one scale: the amount does not exceed the target (`<=`), or equals it (`=`),
 * within half a unit of each figure's last printed place in its own unit. `undefined` when a figure
 * or a product leaves the safe integer range (the decimal path then decides). Agrees with the
 * decimal path (property test).
 *
 * @example
 * ```ts
 * costHolds({ digits: 643200, decimals: 2 }, { digits: 64320000, decimals: 0 }, '元', '万元', '<=') // true
 * costHolds({ digits: 60, decimals: 2 }, { digits: 5000, decimals: 0 }, '元', '万元', '<=')         // false
 * ```
 * @internal
 */
export function costHolds(
  amount: Digits,
  value: Digits,
  unit: MoneyUnit,
  documentUnit: MoneyUnit,
  op: '<=' | '=',
): boolean | undefined {
  // the decimals of each figure restated in the document's unit (a cost in 元 has 4 more in 万元)
  const a = amount.decimals
  const v = value.decimals + EXPONENT[documentUnit] - EXPONENT[unit]
  const scale = Math.max(a, v) + 1
  const ka = scale - a
  const kv = scale - v
  if (ka >= POW10.length || kv >= POW10.length) return undefined
  const A = amount.digits * (POW10[ka] as number)
  const V = value.digits * (POW10[kv] as number)
  const tolerance = 5 * (POW10[ka - 1] as number) + 5 * (POW10[kv - 1] as number)
  const difference = A - V
  if (!Number.isSafeInteger(A) || !Number.isSafeInteger(V) || !Number.isSafeInteger(difference))
    return undefined
  if (!Number.isSafeInteger(tolerance)) return undefined
  return op === '<=' ? difference <= tolerance : Math.abs(difference) <= tolerance
}

/**
 * A project's cost indicator in money (成本指标 “总成本 ≤64320000元”, often in 元) agrees with the
 * project's amount (in 万元): the amount does not exceed a cap (≤), and equals a stated cost (=),
 * within the rounding of both prints.
 *
 * @example
 * ```ts
 * crossProjectCost.check(doc).findings
 * ```
 */
export const crossProjectCost = /*#__PURE__*/ defineRule({
  id: 'cross-project-cost',
  title: { zh: '项目成本指标与项目金额一致', en: 'Project cost indicators agree with project amounts' },
  family: 'across-tables',
  severity: 'warning',
  reads: {
    zh: '项目绩效目标中的“总成本”指标；项目金额',
    en: 'total-cost indicators of the project targets; project amounts',
  },
  check: (doc) => {
    const projects = doc.projects ?? []
    let checks = 0
    const findings: FindingDraft[] = []
    projects.forEach((project, p) => {
      if (cellKind(project.amounts.total) !== 'amount') return
      for (const indicator of project.indicators) {
        if (!/成本/.test(`${indicator.level1}${indicator.level2 ?? ''}${indicator.name}`)) continue
        const target = moneyTarget(indicator.target)
        if (target === undefined) continue
        const unit = target.unit
        if (cellKind(target.value) !== 'amount') continue
        checks++
        // most targets hold: decided on integers, the amounts in words only for a finding
        const amountDigits = cellInteger(project.amounts.total)
        const valueDigits = cellInteger(target.value)
        if (
          amountDigits !== undefined &&
          valueDigits !== undefined &&
          costHolds(amountDigits, valueDigits, unit, doc.amountUnit, target.op) === true
        )
          continue
        const amount = printedOf(project.amounts.total) as PrintedAmount
        const value = printedOf(target.value) as PrintedAmount
        const inWan = convertUnit(value.value, unit, doc.amountUnit)
        const tolerance = add(
          halfUlp(amount.decimals),
          convertUnit(halfUlp(value.decimals), unit, doc.amountUnit),
        )
        const difference = sub(amount.value, inWan)
        // a cap (≤) is broken only when the amount exceeds it; an equality both ways
        if (target.op === '<=' ? cmp(difference, tolerance) <= 0 : cmp(abs(difference), tolerance) <= 0)
          continue
        findings.push({
          severity: 'warning',
          status: 'mismatch',
          where: {
            section: `projects[${p}]`,
            sentence: `${project.name}：${indicator.name} ${indicator.target}`,
          },
          expected: String(inWan),
          printed: project.amounts.total ?? '',
          difference: String(difference),
          tolerance: String(tolerance),
          messageId: 'cost-indicator',
          params: {
            project: project.name,
            indicator: indicator.name,
            target: indicator.target,
            converted: `${String(inWan)}${doc.amountUnit}`,
            printed: `${project.amounts.total ?? ''}${doc.amountUnit}`,
          },
        })
      }
    })
    return checks === 0
      ? notApplicable('没有以金额表示的总成本指标', 'no total-cost indicator in money')
      : { status: 'ran', checks, findings }
  },
})
