import { parseIndicatorValue } from '../../model/parseIndicatorValue'
import { convertUnit } from '../../money/convertUnit'
import { abs, add, cmp, halfUlp, sub } from '../../money/decimal'
import { printedOf } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import type { FindingDraft } from '../types'

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
      const amount = printedOf(project.amounts.total)
      if (amount.kind !== 'amount') return
      for (const indicator of project.indicators) {
        if (!/成本/.test(`${indicator.level1}${indicator.level2 ?? ''}${indicator.name}`)) continue
        const target = parseIndicatorValue(indicator.target)
        if (target.kind !== 'compare' || (target.op !== '=' && target.op !== '<=')) continue
        const unit = target.unit === '元' ? '元' : target.unit === '万元' ? '万元' : undefined
        if (!unit) continue
        const value = printedOf(target.value)
        if (value.kind !== 'amount') continue
        checks++
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
