import type { FactKey } from '../../model/factKeys'
import { add, amount, cmp, halfUlp, sub } from '../../money/decimal'
import { cellWhere, inUnit, printedOf } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { tableOf } from '../facts'
import type { FindingDraft } from '../types'

// “三公” items and the department economic codes that carry them in basic expenditure.
const LINKS: readonly {
  readonly key: FactKey
  readonly codes: readonly string[]
  readonly zh: string
  readonly en: string
}[] = [
  { key: '3p.abroad', codes: ['30212'], zh: '因公出国（境）费', en: 'official travel abroad' },
  { key: '3p.reception', codes: ['30217'], zh: '公务接待费', en: 'official reception' },
  { key: '3p.vehicle.operation', codes: ['30231'], zh: '公务用车运行维护费', en: 'vehicle operation' },
  { key: '3p.vehicle.purchase', codes: ['31013'], zh: '公务用车购置费', en: 'vehicle purchase' },
]

/**
 * The “三公” budget covers at least what basic expenditure spends on the same items: 30212 ≤
 * 因公出国（境）费, 30217 ≤ 公务接待费, 30231 ≤ 公务用车运行维护费, 31013 ≤ 公务用车购置费 (project
 * expenditure may add to the “三公” figure, so it is a bound, not an identity).
 *
 * @example
 * ```ts
 * crossThreePublicEconomic.check(doc).findings
 * ```
 */
export const crossThreePublicEconomic = /*#__PURE__*/ defineRule({
  id: 'cross-three-public-economic',
  title: {
    zh: '“三公”经费不小于基本支出中的对应科目',
    en: 'Three public expenses cover the matching economic codes',
  },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '“三公”经费表的各项；一般公共预算基本支出表的 30212、30217、30231、31013',
    en: 'the items of the three-public table; codes 30212, 30217, 30231, 31013 of the basic-expenditure table',
  },
  check: (doc) => {
    const three = tableOf(doc, 'three-public')
    const basic = tableOf(doc, 'gpb-basic')
    if (!three || !basic)
      return notApplicable(
        '缺少“三公”经费表或基本支出表',
        'the three-public or basic-expenditure table is missing',
      )
    // the budget figure: a row per item (河北), or the budget row/block of a single-row table
    // rows that carry another year (the prior year's figures, printed before this year's) and change
    // rows (增减) are not this year's budget
    const thisYear = three.rows.filter(
      (r) =>
        (r.year === undefined || r.year === doc.fiscalYear) && r.key !== 'fa.change' && r.key !== 'fa.growth',
    )
    const budgetOf = (key: FactKey): string | undefined => {
      const byRow = thisYear.find((r) => r.key === key)
      if (byRow) return byRow.cells.total ?? byRow.cells['src.gpb.fiscal'] ?? byRow.cells['src.fiscal']
      const row =
        thisYear.find((r) => r.key === 'fa.actual') ??
        thisYear.find((r) => r.year === doc.fiscalYear) ??
        thisYear.find((r) => (r.block ?? 0) === 0)
      return row?.cells[key]
    }
    let checks = 0
    const findings: FindingDraft[] = []
    for (const link of LINKS) {
      const index = basic.rows.findIndex((r) => link.codes.includes(r.code ?? ''))
      const row = basic.rows[index]
      if (!row) continue
      const spent = printedOf(row.cells.total)
      // the 三公 table may print 万元 inside a document (and a basic table) in 元
      const bound = inUnit(
        printedOf(budgetOf(link.key)),
        three.unit ?? doc.amountUnit,
        basic.unit ?? doc.amountUnit,
      )
      if (spent.kind !== 'amount') continue
      checks++
      // exceeds only beyond what the rounding of both prints can explain
      const low = sub(spent.value, halfUlp(spent.decimals))
      const high = bound.kind === 'amount' ? add(bound.value, halfUlp(bound.decimals)) : amount(0)
      if (cmp(low, high) <= 0) continue
      findings.push({
        severity: 'error',
        status: 'mismatch',
        where: cellWhere(basic, row, index, 'total'),
        expected: bound.kind === 'amount' ? String(bound.value) : '0',
        printed: row.cells.total ?? '',
        related: [{ table: three.id, tableTitle: three.title, column: link.key }],
        messageId: 'bound-mismatch',
        params: {
          fact: link.zh,
          factEn: link.en,
          placeA: `《${three.title}》`,
          placeAEn: `table "${three.title}"`,
          placeB: `《${basic.title}》${row.code}`,
          placeBEn: `table "${basic.title}", code ${row.code}`,
          printed: row.cells.total ?? '',
          expected: bound.kind === 'amount' ? String(bound.value) : '0（空白）',
        },
      })
    }
    return checks === 0
      ? notApplicable(
          '基本支出表中没有“三公”对应科目',
          'the basic-expenditure table prints none of the matching codes',
        )
      : { status: 'ran', checks, findings }
  },
})
