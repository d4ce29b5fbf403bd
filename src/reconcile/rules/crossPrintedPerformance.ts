import type { FactKey } from '../../model/factKeys'
import { compareFacts } from '../compareFacts'
import { defineRule, notApplicable } from '../defineRule'
import { lineFact, type PrintedFact, tableOf } from '../facts'
import type { FindingDraft } from '../types'

const BUDGET_KEYS = [
  'total',
  'src.fiscal',
  'src.special-account',
  'src.unit-funds',
  'exp.basic',
  'exp.project',
] as const satisfies readonly FactKey[]

const LABEL: Readonly<Record<(typeof BUDGET_KEYS)[number], string>> = {
  total: '部门预算总额',
  'src.fiscal': '政府预算资金',
  'src.special-account': '财政专户管理资金',
  'src.unit-funds': '单位资金',
  'exp.basic': '基本支出',
  'exp.project': '项目支出',
}

/**
 * The printed performance tables agree with the rest of the document: each budget line of the
 * printed 部门整体绩效目标表 (部门预算总额, its sources, 基本支出, 项目支出) with the department's
 * performance targets (which `cross-performance-total` compares with the 支出总表), or with the
 * 支出总表 directly when the targets carry no budget; each project line of the printed 项目绩效目标表 with the
 * project's amount. A figure changed in the printed table alone (100,000 added to 部门预算总额) no
 * longer passes.
 *
 * @example
 * ```ts
 * crossPrintedPerformance.check(doc).findings
 * ```
 */
export const crossPrintedPerformance = /*#__PURE__*/ defineRule({
  id: 'cross-printed-performance',
  title: {
    zh: '印刷的绩效目标表与文档其他部分一致',
    en: 'Printed performance tables agree with the rest of the document',
  },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '部门整体绩效目标表、项目绩效目标表（印刷表）；部门绩效目标的预算；支出总表合计行；项目金额',
    en: 'the printed department and project performance tables; the department targets budget; the expenditure total row; project amounts',
  },
  check: (doc) => {
    const dept = tableOf(doc, 'department-performance')
    const proj = tableOf(doc, 'project-performance')
    if (!dept && !proj) return notApplicable('没有印刷的绩效目标表', 'no printed performance table')
    const expenditure = tableOf(doc, 'expenditure')
    let checks = 0
    const findings: FindingDraft[] = []
    if (dept) {
      for (const key of BUDGET_KEYS) {
        const printed = lineFact(dept, key === 'total' ? { totalRow: true } : { key }, 'total')
        const cell = printed?.cells[0]
        if (printed === undefined || cell === undefined || cell === '') continue
        const places: (PrintedFact | undefined)[] = [printed]
        const budget = doc.departmentPerformance?.budget[key]
        if (budget !== undefined && budget !== '') {
          places.push({
            cells: [budget],
            place: { zh: '部门整体绩效目标（预算情况）', en: 'department performance targets (budget)' },
            where: { section: doc.departmentPerformance?.title ?? '部门整体绩效目标表', column: key },
            derived: false,
          })
        }
        // the targets' budget is compared with the 支出总表 by cross-performance-total; without it,
        // the printed table is compared with the 支出总表 directly
        else if (key === 'total' || key === 'exp.basic' || key === 'exp.project') {
          places.push(lineFact(expenditure, { totalRow: true }, key))
        }
        const r = compareFacts({ zh: LABEL[key], en: key }, places, 'error')
        checks += r.checks
        findings.push(...r.findings)
      }
    }
    if (proj) {
      const byCode = new Map((doc.projects ?? []).map((p) => [p.code, p] as const))
      proj.rows.forEach((row, index) => {
        if (row.kind !== 'detail' || row.code === undefined) return
        const project = byCode.get(row.code)
        const cell = row.cells.total
        const amount = project?.amounts.total
        if (project === undefined || cell === undefined || cell === '' || amount === undefined) return
        const r = compareFacts(
          { zh: `项目“${row.name}”的金额`, en: `amount of project "${row.name}"` },
          [
            {
              cells: [cell],
              place: {
                zh: `《${proj.title}》“${row.name}”`,
                en: `table "${proj.title}", line "${row.name}"`,
              },
              where: {
                table: proj.id,
                tableTitle: proj.title,
                row: { code: row.code, name: row.name, index },
                column: 'total',
              },
              derived: false,
            },
            {
              cells: [amount],
              place: { zh: `项目“${project.name}”`, en: `project "${project.name}"` },
              where: { section: project.name, column: 'total' },
              derived: false,
            },
          ],
          'error',
        )
        checks += r.checks
        findings.push(...r.findings)
      })
    }
    return checks === 0
      ? notApplicable('绩效目标表未列可比对的金额', 'the performance tables print no comparable amount')
      : { status: 'ran', checks, findings }
  },
})
