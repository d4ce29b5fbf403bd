import type { Disclosure } from '../../model/disclosure'
import { compareFactList } from '../compareFacts'
import { defineRule, notApplicable } from '../defineRule'
import { lineFact, rowTotalKey, tableOf } from '../facts'

function pairs(doc: Disclosure) {
  const expenditure = tableOf(doc, 'expenditure')
  const gpb = tableOf(doc, 'gpb-expenditure')
  const economic = tableOf(doc, 'gpb-economic')
  const projectEconomic = tableOf(doc, 'gpb-project-economic')
  const bySource = tableOf(doc, 'basic-by-source')
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
  ]
}

/**
 * The totals of the tables other provinces print agree with the standard tables: the
 * 一般公共预算支出经济分类表's 合计 with the 一般公共预算支出表's, its 项目支出 variant with the
 * 项目支出 of the 一般公共预算支出表, and the 基本支出预算表 by fund source with the 基本支出 of the
 * 支出总表. Its 一般公共预算 column is not compared with the 一般公共预算基本支出表: it counts the 上年结转
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
    zh: '一般公共预算支出表、支出总表的合计行；一般公共预算（项目）支出经济分类表、基本支出预算表（按资金来源）的合计行',
    en: 'the total lines of the general public budget and expenditure tables, and of the economic-class and basic-by-source tables',
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
