import { hasNumber } from '../checks'
import { defineRule } from '../defineRule'
import type { FindingDraft } from '../types'

/**
 * A table published without any figure carries its note ("本部门无政府性基金预算财政拨款安排的支出，故本表无数据").
 *
 * @example
 * ```ts
 * emptyTableNote.check(doc).findings
 * ```
 */
export const emptyTableNote = /*#__PURE__*/ defineRule({
  id: 'empty-table-note',
  title: { zh: '空表须注明原因', en: 'Empty tables carry their note' },
  family: 'completeness',
  severity: 'warning',
  reads: { zh: '每张表的全部单元格与注释', en: 'every cell and note of every table' },
  check: (doc) => {
    const findings: FindingDraft[] = []
    for (const table of doc.tables) {
      const hasData = table.rows.some((r) => Object.values(r.cells).some((c) => hasNumber(c)))
      if (hasData || table.empty || (table.notes ?? []).some((n) => /无|没有|不涉及|空表/.test(n))) continue
      findings.push({
        severity: 'warning',
        status: 'mismatch',
        where: { table: table.id, tableTitle: table.title },
        messageId: 'empty-without-note',
        params: { table: table.title },
      })
    }
    return { status: 'ran', checks: doc.tables.length, findings }
  },
})
