import { MONEY_UNITS, type PrintedTable } from '../../model/table'
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
    // the tables by id (the first of an id, as a search would find), once per run, not once per figure
    const tables = new Map<string, PrintedTable>()
    for (const t of doc.tables) if (!tables.has(t.id)) tables.set(t.id, t)
    for (const f of figures) {
      const ref = f.refersTo
      if (!ref || !isAmountCell(f.value)) continue
      const cell = resolveCellRef(doc, ref)
      if (cell === undefined) continue
      checks++
      const table = tables.get(ref.table)
      // the words (places, where, related) are made only for a finding: most figures agree
      const draft = sameDraft({
        fact: { zh: f.subject, en: `${f.subject} (${label(ref.column).en})` },
        a: {
          place: () => ({
            zh: `《${table?.title ?? ref.table}》`,
            en: `table "${table?.title ?? ref.table}"`,
          }),
          cells: [cell],
          unit: table?.unit ?? doc.amountUnit,
        },
        b: {
          place: () => ({ zh: `说明“${f.section}”`, en: `text section "${f.section}"` }),
          cell: f.value,
          where: () => ({ figure: f.id, section: f.section, sentence: f.sentence }),
          unit: isMoneyUnit(f.unit) ? f.unit : doc.amountUnit,
        },
        related: () => [{ table: ref.table, column: ref.column }],
        severity: 'error',
      })
      if (draft) findings.push(draft)
    }
    return checks === 0
      ? insufficientData('所注明的表格单元格不存在', 'the cells named do not exist')
      : { status: 'ran', checks, findings }
  },
})
