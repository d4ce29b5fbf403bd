import type { Disclosure } from '../../model/disclosure'
import type { PrintedTable } from '../../model/table'
import { compareFactList } from '../compareFacts'
import { defineRule, notApplicable } from '../defineRule'
import { classTotals, lineFact, type PrintedFact, rowTotalKey, tableOf } from '../facts'

function pairs(doc: Disclosure) {
  const expenditure = tableOf(doc, 'expenditure')
  const gpb = tableOf(doc, 'gpb-expenditure')
  const economic = tableOf(doc, 'gpb-economic')
  const projectEconomic = tableOf(doc, 'gpb-project-economic')
  const bySource = tableOf(doc, 'basic-by-source')
  const fiscal = tableOf(doc, 'fiscal-summary')
  const fiscalExpenditure = tableOf(doc, 'fiscal-expenditure')
  const fiscalBasic = tableOf(doc, 'fiscal-basic')
  return [
    {
      fact: {
        zh: '一般公共预算支出（经济分类）',
        en: 'general public budget expenditure (by economic class)',
      },
      places: [
        lineFact(gpb, { totalRow: true }, rowTotalKey(gpb)),
        lineFact(economic, { totalRow: true }, 'total'),
      ],
    },
    {
      fact: {
        zh: '一般公共预算项目支出（经济分类）',
        en: 'general public budget project expenditure (by economic class)',
      },
      places: [
        lineFact(gpb, { totalRow: true }, 'exp.project'),
        lineFact(projectEconomic, { totalRow: true }, 'total'),
      ],
    },
    {
      fact: { zh: '基本支出（按资金来源）', en: 'basic expenditure (by fund source)' },
      places: [
        lineFact(expenditure, { totalRow: true }, 'exp.basic'),
        lineFact(bySource, { totalRow: true }, 'total'),
      ],
    },
    ...fiscalPairs(fiscal, fiscalExpenditure, fiscalBasic),
  ]
}

/**
 * 江苏's 财政拨款支出表（功能科目） against the expenditure side of the 财政拨款收支总表 (本年支出, each 类),
 * and its 基本支出 columns against the 财政拨款基本支出表（经济科目）'s 合计 line: the fact lists to compare.
 * @example
 * ```ts
 * fiscalPairs(fiscal, expenditure, basic).length // one pair per fact both print
 * ```
 */
function fiscalPairs(
  fiscal: PrintedTable | undefined,
  expenditure: PrintedTable | undefined,
  basic: PrintedTable | undefined,
) {
  if (!expenditure) return []
  const byClass = fiscal ? classTotals(fiscal, 'total', 1) : new Map<string, PrintedFact>()
  const ownClasses = classTotals(expenditure, 'total')
  const classes = [...ownClasses.keys()].filter((c) => byClass.has(c)).sort()
  return [
    {
      fact: { zh: '财政拨款本年支出', en: 'fiscal appropriation expenditure of the year' },
      places: [
        lineFact(fiscal, { key: 'exp.current', block: 1 }, 'total'),
        lineFact(expenditure, { totalRow: true }, 'total'),
      ],
    },
    ...classes.map((cls) => ({
      fact: { zh: `${cls}类财政拨款支出`, en: `fiscal appropriation expenditure of class ${cls}` },
      places: [byClass.get(cls), ownClasses.get(cls)],
    })),
    ...(
      [
        ['exp.basic', 'total', { zh: '财政拨款基本支出', en: 'fiscal appropriation basic expenditure' }],
        [
          'exp.basic.personnel',
          'exp.basic.personnel',
          { zh: '财政拨款人员经费', en: 'fiscal appropriation personnel expenses' },
        ],
        [
          'exp.basic.public',
          'exp.basic.public',
          { zh: '财政拨款公用经费', en: 'fiscal appropriation public expenses' },
        ],
      ] as const
    ).map(([own, other, fact]) => ({
      fact,
      places: [lineFact(expenditure, { totalRow: true }, own), lineFact(basic, { totalRow: true }, other)],
    })),
  ]
}

/**
 * The totals of the tables other provinces print agree with the standard tables: the
 * 一般公共预算支出经济分类表's 合计 with the 一般公共预算支出表's, its 项目支出 variant with the
 * 项目支出 of the 一般公共预算支出表, and the 基本支出预算表 by fund source with the 基本支出 of the
 * 支出总表; 江苏's 财政拨款支出表（功能科目）'s 合计 and each 类 with the expenditure side of the
 * 财政拨款收支总表 (本年支出), and its 基本支出, 人员经费 and 公用经费 with the 合计 line of the
 * 财政拨款基本支出表（经济科目）. The basic table's 一般公共预算 column is not compared with the 一般公共预算基本支出表: it counts the 上年结转
 * spent on basic expenditure too (珠海 2026 prints 7,519.44 against 7,517.32). The 项目支出表's total
 * against the 支出总表 is `cross-grand-totals`.
 *
 * @example
 * ```ts
 * crossKindTotals.check(doc).findings
 * ```
 */
export const crossKindTotals = /*#__PURE__*/ defineRule({
  id: 'cross-kind-totals',
  title: {
    zh: '经济分类表、按资金来源的基本支出表与标准表总数一致',
    en: 'Economic-class and basic-by-source tables agree with the standard tables',
  },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '一般公共预算支出表、支出总表的合计行；一般公共预算（项目）支出经济分类表、基本支出预算表（按资金来源）的合计行；财政拨款收支总表的本年支出及各类，财政拨款支出表（功能科目）、财政拨款基本支出表（经济科目）的合计行及各类',
    en: 'the total lines of the general public budget and expenditure tables, and of the economic-class and basic-by-source tables; the expenditure of the year and each class of the fiscal summary, the total lines and classes of the fiscal expenditure tables (by functional and by economic class)',
  },
  check: (doc) => {
    const { checks, findings } = compareFactList(pairs(doc), 'error', doc.amountUnit)
    return checks === 0
      ? notApplicable(
          '没有经济分类表或按资金来源的基本支出表可与标准表比较',
          'no economic-class or basic-by-source table to compare with the standard tables',
        )
      : { status: 'ran', checks, findings }
  },
})
