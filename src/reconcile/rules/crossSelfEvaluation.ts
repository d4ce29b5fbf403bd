import { checkPercentage } from '../../calc/checkPercentage'
import { parsePercent } from '../../money/parsePercent'
import { cellWhere, printedOf, sameDraft } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { lineFact, tableOf } from '../facts'
import type { FindingDraft } from '../types'
import { percentRight } from './percentRight'

/**
 * The 决算 department self-evaluation (部门整体支出绩效自评表) against the accounts: its 执行率 is
 * 全年执行数 / 全年预算数 (an error when it is not), and its 全年执行数 should be the year's spending
 * in the 收入支出决算总表 (a warning: the self-evaluation may cover a wider scope, which the document
 * should then say).
 *
 * @example
 * ```ts
 * crossSelfEvaluation.check(doc, ctx).findings
 * ```
 */
export const crossSelfEvaluation = /*#__PURE__*/ defineRule({
  id: 'cross-self-evaluation',
  title: { zh: '部门整体自评表与决算一致', en: 'The department self-evaluation agrees with the accounts' },
  family: 'across-tables',
  severity: 'warning',
  reads: {
    zh: '部门整体自评表的全年预算数、全年执行数、执行率；收入支出决算总表的本年支出合计',
    en: 'adjusted budget, actual and execution rate of the self-evaluation; expenditure of the year in the summary',
  },
  check: (doc) => {
    const table = tableOf(doc, 'department-self-evaluation')
    if (!table) return notApplicable('没有部门整体自评表', 'no department self-evaluation table')
    const index = table.rows.findIndex((r) => r.kind === 'total')
    const row = table.rows[index]
    if (!row) return notApplicable('自评表没有合计行', 'the self-evaluation has no total row')
    let checks = 0
    const findings: FindingDraft[] = []
    const rate = row.cells['fa.completion']
    if (rate !== undefined && rate !== '') {
      checks++
      // the usual case, a rate that is right, decided on integers; the decimal check otherwise
      const result = percentRight(row.cells['fa.actual'], row.cells['fa.adjusted'], `${rate}%`)
        ? undefined
        : checkPercentage({
            part: printedOf(row.cells['fa.actual']),
            whole: printedOf(row.cells['fa.adjusted']),
            printed: parsePercent(`${rate}%`),
          })
      if (result?.status === 'wrong')
        findings.push({
          severity: 'error',
          status: 'mismatch',
          where: cellWhere(table, row, index, 'fa.completion'),
          expected: String(result.recomputed),
          printed: rate,
          messageId: 'percent-wrong',
          params: {
            place: `《${table.title}》执行率`,
            placeEn: `table "${table.title}", execution rate`,
            printed: `${rate}%`,
            inputs: `${row.cells['fa.actual']} / ${row.cells['fa.adjusted']}`,
            expected: `${String(result.recomputed)}%`,
            range: '',
          },
        })
    }
    const spent = lineFact(tableOf(doc, 'summary'), { key: 'exp.current', block: 1 }, 'total')
    if (spent && row.cells['fa.actual'] !== undefined) {
      checks++
      const draft = sameDraft({
        fact: { zh: '全年支出（执行数）', en: 'spending of the year (actual)' },
        a: { place: spent.place, cells: spent.cells, unit: spent.unit ?? doc.amountUnit },
        b: {
          place: { zh: `《${table.title}》全年执行数`, en: `table "${table.title}", actual` },
          cell: row.cells['fa.actual'],
          where: cellWhere(table, row, index, 'fa.actual'),
          unit: table.unit ?? doc.amountUnit,
        },
        related: [spent.where],
        severity: 'warning',
      })
      if (draft) findings.push(draft)
    }
    return checks === 0
      ? notApplicable('自评表没有可核对的数字', 'the self-evaluation prints nothing to check')
      : { status: 'ran', checks, findings }
  },
})
