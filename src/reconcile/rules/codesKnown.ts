import { codeErrata } from '../../codes/errata'
import { cellWhere } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import type { FindingDraft } from '../types'
import { catalogOfRow } from './catalogOfRow'

/**
 * Every functional and department economic code printed in the tables is a code of that year's
 * catalog — the one passed to `reconcile` (`functionalCatalog`, `departmentEconomicCatalog`), else
 * the bundled one. The document model accepts unknown codes (real documents print codes of editions or
 * local extensions a catalog may lack); this rule flags them, as warnings, with the row.
 *
 * @example
 * ```ts
 * codesKnown.check(doc, ctx).findings.map((f) => f.params.code) // e.g. ['2101200'] (an OCR slip)
 * ```
 */
export const codesKnown = /*#__PURE__*/ defineRule({
  id: 'codes-known',
  title: { zh: '科目编码在当年科目表中', en: "Codes are in the year's catalog" },
  family: 'completeness',
  severity: 'warning',
  reads: {
    zh: '各表的功能分类与部门经济分类编码',
    en: 'functional and department economic codes of every table',
  },
  check: (doc, ctx) => {
    let checks = 0
    const findings: FindingDraft[] = []
    for (const table of doc.tables) {
      table.rows.forEach((row, index) => {
        const catalog = catalogOfRow(row, ctx)
        if (!catalog || !row.code) return
        checks++
        const known = /^\d+$/.test(row.code) && catalog.has(row.code)
        if (known) return
        // a misprint the errata list records for this document: say which code it stands for
        const printed = (row.printedCode ?? row.code).replace(/\s+/g, ' ').trim()
        const erratum = codeErrata.find(
          (e) =>
            e.seed === doc.source?.file &&
            e.printed.replace(/\s+/g, ' ').trim() === printed &&
            (e.name === undefined || row.name.startsWith(e.name)),
        )
        if (erratum) {
          findings.push({
            severity: 'info',
            status: 'info',
            where: cellWhere(table, row, index),
            printed,
            expected: erratum.intended,
            messageId: 'code-erratum',
            params: {
              place: `《${table.title}》`,
              placeEn: `table "${table.title}"`,
              code: printed,
              name: row.name,
              intended: erratum.intended,
            },
          })
          return
        }
        findings.push({
          severity: 'warning',
          status: 'info',
          where: cellWhere(table, row, index),
          printed: row.printedCode ?? row.code,
          messageId: 'code-unknown',
          params: {
            place: `《${table.title}》`,
            placeEn: `table "${table.title}"`,
            code: row.printedCode ?? row.code,
            name: row.name,
            year: doc.fiscalYear,
          },
        })
      })
    }
    return checks === 0
      ? notApplicable('表中没有科目编码', 'no table prints classification codes')
      : { status: 'ran', checks, findings }
  },
})
