import { printedOf, sameDraft, sumDraft } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { lineFact, tableOf } from '../facts'
import type { FindingDraft } from '../types'

/**
 * The 决算 project self-evaluations (项目支出绩效自评表, 项目单位自评汇总表) against the accounts:
 * each project's 全年执行数 equals the 系统查询全年执行数 printed beside it (an error: the same
 * spending, read twice), and the evaluated projects' 全年执行数 add up to the 项目支出 of the
 * 支出决算表 (a warning: the evaluation may leave projects out, which the document should then say).
 *
 * @example
 * ```ts
 * crossProjectEvaluation.check(doc, ctx).findings
 * ```
 */
export const crossProjectEvaluation = /*#__PURE__*/ defineRule({
  id: 'cross-project-evaluation',
  title: {
    zh: '项目自评的执行数与系统查询数、项目支出一致',
    en: 'Project self-evaluations agree with the system figures and project expenditure',
  },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '项目自评的全年执行数、系统查询全年执行数；支出决算表合计行的项目支出',
    en: 'actual and system-queried actual of each evaluated project; project expenditure on the total line of the expenditure table',
  },
  check: (doc) => {
    const evaluated = (doc.projects ?? [])
      .map((project, p) => ({ project, p }))
      .filter(({ project }) => printedOf(project.amounts['fa.actual']).kind === 'amount')
    if (evaluated.length === 0)
      return notApplicable('没有项目自评执行数', 'no project self-evaluation prints an actual')
    let checks = 0
    const findings: FindingDraft[] = []
    for (const { project, p } of evaluated) {
      const system = project.amounts['fa.actual.system']
      if (system === undefined || printedOf(system).kind !== 'amount') continue
      checks++
      const draft = sameDraft({
        fact: {
          zh: `项目“${project.name}”的全年执行数`,
          en: `actual of project "${project.name}"`,
        },
        a: { place: { zh: '系统查询全年执行数', en: 'the system-queried actual' }, cells: [system] },
        b: {
          place: { zh: '自评表全年执行数', en: 'the actual of the self-evaluation' },
          cell: project.amounts['fa.actual'],
          where: { section: `projects[${p}]`, sentence: project.name, column: 'fa.actual' },
        },
        related: [{ section: `projects[${p}]`, sentence: project.name, column: 'fa.actual.system' }],
        severity: 'error',
      })
      if (draft) findings.push(draft)
    }
    const spent = lineFact(tableOf(doc, 'expenditure'), { totalRow: true }, 'exp.project')
    if (doc.kind === 'final-account' && spent && spent.cells.length === 1) {
      checks++
      const draft = sumDraft({
        where: spent.where,
        place: spent.place,
        identity: {
          zh: '项目支出 = 各自评项目全年执行数之和',
          en: 'project expenditure = Σ actual of the evaluated projects',
        },
        parts: evaluated.map(({ project }) => project.amounts['fa.actual']),
        partUnits: evaluated.map(() => doc.amountUnit),
        total: spent.cells[0],
        ...(spent.unit !== undefined ? { totalUnit: spent.unit } : {}),
        severity: 'warning',
      })
      if (draft) findings.push(draft.status === 'mismatch' ? { ...draft, severity: 'warning' } : draft)
    }
    return { status: 'ran', checks, findings }
  },
})
