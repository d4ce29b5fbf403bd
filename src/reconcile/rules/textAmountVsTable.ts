import { MONEY_UNITS } from '../../model/table'
import type { MoneyUnit } from '../../money/types'
import { isAmountCell, label, sameDraft } from '../checks'
import { defineRule, insufficientData, notApplicable } from '../defineRule'
import { resolveCellRef } from '../resolveOperand'
import type { FindingDraft } from '../types'

const isMoneyUnit = (u: string): u is MoneyUnit => (MONEY_UNITS as readonly string[]).includes(u)

/**
 * Every amount of the explanatory text that restates a table cell agrees with it (within the
 * rounding of the two prints: the text may print fewer decimals than the table).
 *
 * @example
 * ```ts
 * textAmountVsTable.check(doc).findings
 * ```
 */
export const textAmountVsTable = /*#__PURE__*/ defineRule({
  id: 'text-amount-vs-table',
  title: { zh: '说明文字中的金额与表格一致', en: 'Amounts in the text agree with the tables' },
  family: 'text',
  severity: 'error',
  reads: {
    zh: '说明文字中注明出处的金额，及其对应的表格单元格',
    en: 'amounts of the text that restate a table cell, and the cell',
  },
  check: (doc) => {
    const figures = (doc.text?.figures ?? []).filter((f) => f.refersTo && f.kind === 'amount')
    if (figures.length === 0)
      return notApplicable(
        '说明文字中的金额未注明对应表格',
        'no amount of the text names the table cell it restates',
      )
    let checks = 0
    const findings: FindingDraft[] = []
    for (const f of figures) {
      if (!f.refersTo || !isAmountCell(f.value)) continue
      const cell = resolveCellRef(doc, f.refersTo)
      if (cell === undefined) continue
      checks++
      const table = doc.tables.find((t) => t.id === f.refersTo?.table)
      const fact = { zh: f.subject, en: `${f.subject} (${label(f.refersTo.column).en})` }
      const draft = sameDraft({
        fact,
        a: {
          place: {
            zh: `《${table?.title ?? f.refersTo.table}》`,
            en: `table "${table?.title ?? f.refersTo.table}"`,
          },
          cells: [cell],
          unit: table?.unit ?? doc.amountUnit,
        },
        b: {
          place: { zh: `说明“${f.section}”`, en: `text section "${f.section}"` },
          cell: f.value,
          where: { figure: f.id, section: f.section, sentence: f.sentence },
          unit: isMoneyUnit(f.unit) ? f.unit : doc.amountUnit,
        },
        related: [{ table: f.refersTo.table, column: f.refersTo.column }],
        severity: 'error',
      })
      if (draft) findings.push(draft)
    }
    return checks === 0
      ? insufficientData('所注明的表格单元格不存在', 'the cells named do not exist')
      : { status: 'ran', checks, findings }
  },
})
