import type { Disclosure } from '../../model/disclosure'
import type { PrintedTable } from '../../model/table'
import type { MoneyUnit } from '../../money/types'
import { compareFactList, compareFacts } from '../compareFacts'
import { defineRule, notApplicable } from '../defineRule'
import { lineFact, type PrintedFact, rowTotalKey, tableOf } from '../facts'

function pairs(doc: Disclosure) {
  const summary = tableOf(doc, 'summary')
  const income = tableOf(doc, 'income')
  const expenditure = tableOf(doc, 'expenditure')
  const economic = tableOf(doc, 'economic-summary')
  const projects = tableOf(doc, 'projects')
  // 上年结转 printed as a column (its 合计 or any fund of it): the table's 总计 includes the carry-over
  const incomeHasCarry = income?.columns.some((c) => c.key.startsWith('carry.')) ?? false
  const incomePrintsCurrent = income?.columns.some((c) => c.key === 'rev.current') ?? false
  return [
    {
      fact: { zh: '本年支出合计', en: 'expenditure of the year' },
      places: [
        lineFact(summary, { key: 'exp.current', block: 1 }, 'total'),
        lineFact(expenditure, { totalRow: true }, rowTotalKey(expenditure)),
      ],
    },
    {
      fact: { zh: '本年收入合计', en: 'revenue of the year' },
      places: [
        lineFact(summary, { key: 'rev.current', block: 0 }, 'total'),
        // a 收入总表 with 上年结转 columns and no 本年收入合计 column prints 收入总计 as its total: not
        // this fact (and one without either may mean either: not compared)
        incomePrintsCurrent ? lineFact(income, { totalRow: true }, 'rev.current') : undefined,
      ],
    },
    {
      fact: { zh: '收入总计', en: 'total revenue' },
      places: [
        lineFact(summary, { key: 'rev.total', block: 0 }, 'total'),
        incomeHasCarry ? lineFact(income, { totalRow: true }, 'total') : undefined,
      ],
    },
    {
      fact: { zh: '支出合计（经济分类汇总）', en: 'expenditure (economic summary)' },
      places: [
        lineFact(expenditure, { totalRow: true }, rowTotalKey(expenditure)),
        lineFact(economic, { totalRow: true }, 'total'),
      ],
    },
    {
      fact: PROJECT_FACT,
      places: doc.kind === 'budget' ? projectPlaces(expenditure, projects, doc.amountUnit) : [],
    },
  ]
}

const PROJECT_FACT = { zh: '项目支出', en: 'project expenditure' }

/**
 * The 项目支出 of the 支出总表 and the 合计 of the 项目支出表. Some documents total the 项目支出表 over 项目支出
 * and 事业单位经营支出 together (湖州): where the 合计 differs from 项目支出 but equals exactly that sum, the sum
 * is the figure compared, so that convention is not a contradiction; otherwise 项目支出 alone, as printed.
 *
 * @example
 * ```ts
 * // 支出总表: 项目支出 171,262.41, 经营支出 200.00; 项目支出表 合计 171,462.41
 * projectPlaces(expenditure, projects, '万元')[0]?.cells // ['171262.41', '200.00'] (compared as their sum)
 * ```
 */
function projectPlaces(
  expenditure: PrintedTable | undefined,
  projects: PrintedTable | undefined,
  unit: MoneyUnit | undefined,
): (PrintedFact | undefined)[] {
  const project = lineFact(expenditure, { totalRow: true }, 'exp.project')
  const total = lineFact(projects, { totalRow: true }, 'total')
  const operating = lineFact(expenditure, { totalRow: true }, 'exp.operating')
  if (!project || !total || !operating) return [project, total]
  if (compareFacts(PROJECT_FACT, [project, total], 'error', unit).findings.length === 0)
    return [project, total]
  const withOperating: PrintedFact = {
    cells: [...project.cells, ...operating.cells],
    get place() {
      return {
        zh: `${project.place.zh}与经营支出之和`,
        en: `${project.place.en} plus business operation expenditure`,
      }
    },
    get where() {
      return project.where
    },
    derived: true,
    unit: project.unit,
  }
  return compareFacts(PROJECT_FACT, [withOperating, total], 'error', unit).findings.length === 0
    ? [withOperating, total]
    : [project, total]
}

/**
 * The grand totals printed in several tables agree: 本年支出合计 (收支总表 vs 支出总表), 本年收入合计
 * and 收入总计 (收支总表 vs 收入总表), the economic summary's total, and, in a budget, the 项目支出表's
 * total vs the 项目支出 of the 支出总表 (or vs 项目支出 + 事业单位经营支出, where the 项目支出表 totals both, as
 * 湖州's documents do).
 *
 * @example
 * ```ts
 * crossGrandTotals.check(doc).findings
 * ```
 */
export const crossGrandTotals = /*#__PURE__*/ defineRule({
  id: 'cross-grand-totals',
  title: { zh: '各表总数一致', en: 'Grand totals agree across tables' },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '收支总表、收入总表、支出总表、支出经济分类汇总表、项目支出表的合计行',
    en: 'the total lines of the summary, revenue, expenditure, economic-summary and project tables',
  },
  check: (doc) => {
    const { checks, findings } = compareFactList(pairs(doc), 'error', doc.amountUnit)
    return checks === 0
      ? notApplicable('没有两张表同时印刷同一个总数', 'no total is printed in two tables')
      : { status: 'ran', checks, findings }
  },
})
