import type { FactKey } from '../../model/factKeys'
import { compareFacts } from '../compareFacts'
import { defineRule, notApplicable } from '../defineRule'
import { lineFact, type PrintedFact, tableOf } from '../facts'
import type { FindingDraft } from '../types'

/**
 * The department performance-target table's budget (部门预算总额, 基本支出, 项目支出) agrees with the
 * 支出总表's totals.
 *
 * @example
 * ```ts
 * crossPerformanceTotal.check(doc).findings
 * ```
 */
export const crossPerformanceTotal = /*#__PURE__*/ defineRule({
  id: 'cross-performance-total',
  title: {
    zh: '部门整体绩效目标表的预算总额与支出总表一致',
    en: 'Performance-target budget agrees with the expenditure table',
  },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '部门整体绩效目标表的部门预算总额、基本支出、项目支出；支出总表合计行',
    en: 'the budget of the department performance-target table; the total row of the expenditure table',
  },
  check: (doc) => {
    const perf = doc.departmentPerformance
    const expenditure = tableOf(doc, 'expenditure')
    if (!perf || !expenditure)
      return notApplicable(
        '缺少部门整体绩效目标表或支出总表',
        'no department performance targets or expenditure table',
      )
    let checks = 0
    const findings: FindingDraft[] = []
    for (const key of ['total', 'exp.basic', 'exp.project'] as const satisfies readonly FactKey[]) {
      const cell = perf.budget[key]
      if (cell === undefined || cell === '') continue
      const place: PrintedFact = {
        cells: [cell],
        place: { zh: '部门整体绩效目标表', en: 'department performance-target table' },
        where: { section: perf.title ?? '部门整体绩效目标表', column: key },
        derived: false,
      }
      const r = compareFacts(
        { zh: key === 'total' ? '部门预算总额' : key === 'exp.basic' ? '基本支出' : '项目支出', en: key },
        [lineFact(expenditure, { totalRow: true }, key), place],
        'error',
        doc.amountUnit,
      )
      checks += r.checks
      findings.push(...r.findings)
    }
    return checks === 0
      ? notApplicable('绩效目标表未列预算金额', 'the performance-target table prints no budget')
      : { status: 'ran', checks, findings }
  },
})
