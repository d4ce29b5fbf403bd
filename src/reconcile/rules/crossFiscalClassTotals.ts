import { isNonZero } from '../checks'
import { compareFacts } from '../compareFacts'
import { defineRule, insufficientData, notApplicable } from '../defineRule'
import { classTotals, rowTotalKey, tableOf } from '../facts'
import type { FindingDraft } from '../types'

/**
 * General-public-budget expenditure by 类 agrees between the 财政拨款收支总表 (its 一般公共预算 column)
 * and the 一般公共预算支出表. In a budget that spends carried-over appropriations the first includes
 * them and the second (本年财政拨款) does not, so the rule then reports insufficient data instead
 * of a false contradiction.
 *
 * @example
 * ```ts
 * crossFiscalClassTotals.check(doc).status
 * ```
 */
export const crossFiscalClassTotals = /*#__PURE__*/ defineRule({
  id: 'cross-fiscal-class-totals',
  title: { zh: '财政拨款各类支出在两表中一致', en: 'Fiscal expenditure by class agrees across tables' },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '财政拨款收支总表（一般公共预算列）与一般公共预算支出表的各类合计',
    en: 'class totals of the fiscal summary (general public budget column) and the general public budget expenditure table',
  },
  check: (doc) => {
    const fiscal = tableOf(doc, 'fiscal-summary')
    const gpb = tableOf(doc, 'gpb-expenditure')
    if (!fiscal || !gpb)
      return notApplicable(
        '缺少财政拨款收支总表或一般公共预算支出表',
        'the fiscal summary or the general public budget table is missing',
      )
    const carried = fiscal.rows.some(
      (r) =>
        (r.key === 'carry.gpb' || r.key === 'carry.total' || r.key === 'carry.fiscal') &&
        isNonZero(r.cells.total),
    )
    if (carried && doc.kind === 'budget')
      return insufficientData(
        '预算安排了上年结转资金：财政拨款收支总表含结转支出，一般公共预算支出表仅含当年拨款，两表口径不同',
        'the budget spends carried-over funds: the fiscal summary includes them, the general public budget table does not',
      )
    const column = fiscal.columns.some((c) => c.key === 'src.gpb' && (c.block ?? 0) === 1)
      ? 'src.gpb'
      : 'total'
    const a = classTotals(fiscal, column, 1)
    const b = classTotals(gpb, rowTotalKey(gpb))
    let checks = 0
    const findings: FindingDraft[] = []
    for (const cls of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      const r = compareFacts(
        { zh: `${cls}类一般公共预算支出`, en: `general public budget expenditure of class ${cls}` },
        [a.get(cls), b.get(cls)],
        'error',
      )
      checks += r.checks
      findings.push(...r.findings)
    }
    return checks === 0
      ? notApplicable('两表没有共同的类', 'the two tables share no class')
      : { status: 'ran', checks, findings }
  },
})
