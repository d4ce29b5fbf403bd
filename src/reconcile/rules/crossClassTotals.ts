import { compareFacts } from '../compareFacts'
import { defineRule, notApplicable } from '../defineRule'
import type { PrintedFact } from '../facts'
import { classTotals, rowTotalKey, tableOf } from '../facts'
import type { FindingDraft } from '../types'

/**
 * Expenditure by 类 agrees in every all-source table that prints it: the 收支总表's expenditure
 * block, the 支出总表 (its 类 rows, or the sum of its 项 where it prints no 类 row), and, in a
 * budget, the 收入总表 where it lists revenue by functional code (a budget balances per code).
 *
 * @example
 * ```ts
 * crossClassTotals.check(doc).findings
 * ```
 */
export const crossClassTotals = /*#__PURE__*/ defineRule({
  id: 'cross-class-totals',
  title: { zh: '各表按类列示的支出一致', en: 'Expenditure by class agrees across tables' },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '收支总表（支出栏）、支出总表、收入总表（按科目列示时）的各类合计',
    en: 'class totals of the summary (expenditure block), expenditure and revenue-by-code tables',
  },
  check: (doc) => {
    const sources: ReadonlyMap<string, PrintedFact>[] = []
    const summary = tableOf(doc, 'summary')
    if (summary) sources.push(classTotals(summary, 'total', 1))
    const expenditure = tableOf(doc, 'expenditure')
    if (expenditure) sources.push(classTotals(expenditure, rowTotalKey(expenditure)))
    const income = tableOf(doc, 'income')
    if (income && doc.kind === 'budget') sources.push(classTotals(income, rowTotalKey(income)))
    const usable = sources.filter((m) => m.size > 0)
    if (usable.length < 2)
      return notApplicable('少于两张表按类列示支出', 'fewer than two tables print expenditure by class')
    const classes = new Set(usable.flatMap((m) => [...m.keys()]))
    let checks = 0
    const findings: FindingDraft[] = []
    for (const cls of [...classes].sort()) {
      const r = compareFacts(
        { zh: `${cls}类支出`, en: `expenditure of class ${cls}` },
        usable.map((m) => m.get(cls)),
        'error',
        doc.amountUnit,
      )
      checks += r.checks
      findings.push(...r.findings)
    }
    return { status: 'ran', checks, findings }
  },
})
