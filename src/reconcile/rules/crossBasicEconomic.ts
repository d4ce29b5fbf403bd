import type { FactKey } from '../../model/factKeys'
import type { PrintedTable } from '../../model/table'
import { cellWhere } from '../checks'
import { compareFacts } from '../compareFacts'
import { defineRule, notApplicable } from '../defineRule'
import { lineFact, type PrintedFact, tableOf } from '../facts'
import type { FindingDraft } from '../types'

// The basic-expenditure table prints its totals on a 合计 row, or (公开06表) on 人员经费合计 and
// 公用经费合计 lines.
function basicTotal(table: PrintedTable | undefined, key: FactKey): PrintedFact | undefined {
  if (!table) return undefined
  const total = lineFact(table, { totalRow: true }, key === 'exp.basic' ? 'total' : key)
  if (total) return total
  if (key === 'exp.basic') {
    const lines = (['exp.basic.personnel', 'exp.basic.public'] as const).map((k) =>
      lineFact(table, { key: k }, 'total'),
    )
    if (lines.every((l) => l !== undefined))
      return {
        cells: lines.map((l) => l?.cells[0]),
        place: {
          zh: `《${table.title}》人员经费合计 + 公用经费合计`,
          en: `table "${table.title}", personnel + public totals`,
        },
        where: { table: table.id, tableTitle: table.title },
        derived: true,
      }
    return undefined
  }
  const index = table.rows.findIndex((r) => r.key === key)
  const row = table.rows[index]
  return row && 'total' in row.cells
    ? {
        cells: [row.cells.total],
        place: { zh: `《${table.title}》“${row.name}”`, en: `table "${table.title}", line "${row.name}"` },
        where: cellWhere(table, row, index, 'total'),
        derived: false,
      }
    : undefined
}

/**
 * Basic expenditure agrees between the 一般公共预算支出表 (its 基本支出, 人员经费 and 公用经费 on the
 * 合计 row) and the 一般公共预算基本支出表 (its totals by 人员经费 and 公用经费).
 *
 * @example
 * ```ts
 * crossBasicEconomic.check(doc).findings
 * ```
 */
export const crossBasicEconomic = /*#__PURE__*/ defineRule({
  id: 'cross-basic-economic',
  title: {
    zh: '基本支出在支出表与经济分类表中一致',
    en: 'Basic expenditure agrees between the expenditure and economic tables',
  },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '一般公共预算支出表合计行的基本支出、人员经费、公用经费；一般公共预算基本支出表的合计',
    en: 'basic, personnel and public totals of the general public budget expenditure table and of the basic-expenditure table',
  },
  check: (doc) => {
    const gpb = tableOf(doc, 'gpb-expenditure')
    const basic = tableOf(doc, 'gpb-basic')
    if (!gpb || !basic)
      return notApplicable(
        '缺少一般公共预算支出表或基本支出表',
        'the general public budget or basic-expenditure table is missing',
      )
    let checks = 0
    const findings: FindingDraft[] = []
    for (const key of ['exp.basic', 'exp.basic.personnel', 'exp.basic.public'] as const) {
      const r = compareFacts(
        {
          zh: key === 'exp.basic' ? '基本支出' : key === 'exp.basic.personnel' ? '人员经费' : '公用经费',
          en: key,
        },
        [lineFact(gpb, { totalRow: true }, key), basicTotal(basic, key)],
        'error',
      )
      checks += r.checks
      findings.push(...r.findings)
    }
    return checks === 0
      ? notApplicable('两表没有共同的合计', 'the two tables print no common total')
      : { status: 'ran', checks, findings }
  },
})
