/**
 * Glossary entries: ratios of the text and of the performance tables, each with its formula and
 * the name of the function in `src/calc/` that computes it.
 * @module
 */
import type { Glossary } from '../types'

/**
 * Ratio terms (预算执行率, 结转结余率, 预算调整率, 占比, 增长率 …). Internal part of `GLOSSARY`; import `GLOSSARY` instead.
 *
 * @example
 * ```ts
 * ratioTerms['budget-execution-rate'].id // 'budget-execution-rate'
 * ```
 */
export const ratioTerms = {
  'budget-execution-rate': {
    id: 'budget-execution-rate',
    term: '预算执行率',
    aliases: ['执行率', '预算执行进度'],
    category: 'ratio',
    definition:
      '实际执行（完成）的预算金额占财政批复预算金额的百分比，分母通常取调整后的全年预算数；绩效目标中一般要求不低于90%。',
    en: {
      term: 'budget execution rate',
      definition:
        'The amount of budget actually executed as a percentage of the budget approved by the finance department, usually the adjusted full-year figure. Performance targets commonly require at least 90%.',
      aliases: ['execution rate', 'budget implementation rate'],
    },
    formula: {
      zh: '预算执行率 = 预算完成数 ÷ 预算数（批复的全年或调整后预算）× 100%',
      en: 'budget execution rate = amount executed ÷ approved (adjusted) budget × 100%',
    },
    calc: 'budgetExecutionRate',
    tables: [
      { table: '部门整体绩效目标表', column: '预算执行率' },
      { table: '部门整体支出绩效自评表', column: '执行率' },
      { table: '项目支出绩效自评表', column: '执行率' },
    ],
    related: ['full-year-budget', 'final-account-amount', 'budget-completion', 'performance-indicator'],
  },
  'carryover-rate': {
    id: 'carryover-rate',
    term: '结转结余率',
    aliases: [],
    category: 'ratio',
    definition:
      '本年度结转和结余资金合计与批复预算数（含调整）之比，用百分数表示，反映有多少预算当年没有用掉；数值越低越好。',
    en: {
      term: 'carry-over rate',
      definition:
        'The year’s carry-overs and balances together, as a percentage of the approved (adjusted) budget: how much of the budget was not used in the year. Lower is better.',
      aliases: ['unspent balance rate'],
    },
    formula: {
      zh: '结转结余率 = 本年结转结余总额 ÷ 预算数 × 100%',
      en: 'carry-over rate = total carry-over and balances of the year ÷ approved budget × 100%',
    },
    calc: 'carryoverRate',
    tables: [{ table: '部门整体绩效目标表', column: '结转结余率' }],
    related: ['carryover-and-balance', 'year-end-carryover-and-balance', 'budget-execution-rate'],
  },
  'budget-adjustment-rate': {
    id: 'budget-adjustment-rate',
    term: '预算调整率',
    aliases: [],
    category: 'ratio',
    definition:
      '衡量年度中预算改动幅度的比率：以年初预算数为分母，分子按绩效目标表指标说明所印公式为“预算调整数减年初预算数”。预算调整数指部门自行追加、削减和调剂的资金总额，政策性和上级交办的调整不计；按字面计算会得到负值，使用时需确认口径。',
    en: {
      term: 'budget adjustment rate',
      definition:
        'How much the budget was changed during the year, relative to the initial budget. Performance-target tables print the numerator as “budget adjustment amount minus initial budget”, where the adjustment amount is the total of the department’s own additions, cuts and reallocations (policy-driven or imposed changes excluded); read literally this gives a negative figure, so check which reading a document uses.',
    },
    formula: {
      zh: '预算调整率 =（预算调整数 − 年初预算数）÷ 年初预算数 × 100%',
      en: 'budget adjustment rate = (budget adjustment amount − initial budget) ÷ initial budget × 100%',
    },
    calc: 'budgetAdjustmentRate',
    tables: [{ table: '部门整体绩效目标表', column: '预算调整率' }],
    related: ['budget-adjustment-amount', 'initial-budget', 'full-year-budget'],
  },
  'three-public-control-rate': {
    id: 'three-public-control-rate',
    term: '“三公经费”控制率',
    aliases: ['三公经费控制率', '“三公”经费控制率'],
    category: 'ratio',
    definition:
      '本年“三公”经费实际花费占当年“三公”经费预算的百分比，用来检验是否守住预算；目标值通常为不超过100%或95%。',
    en: {
      term: '“three public” expenses control rate',
      definition:
        'Actual three-public spending of the year as a percentage of its budget: whether the department stayed within it. Targets are usually at most 100% or 95%.',
      aliases: ['three public expenses control rate'],
    },
    formula: {
      zh: '“三公经费”控制率 = 本年“三公”经费实际支出 ÷ “三公”经费预算数 × 100%',
      en: 'three-public control rate = actual three-public spending ÷ three-public budget × 100%',
    },
    calc: 'threePublicControlRate',
    tables: [{ table: '部门整体绩效目标表', column: '“三公经费”控制率' }],
    related: ['three-public-expenses'],
  },
  'procurement-execution-rate': {
    id: 'procurement-execution-rate',
    term: '政府采购执行率',
    aliases: ['采购执行率'],
    category: 'ratio',
    definition:
      '实际完成的政府采购金额占经批准的年度政府采购预算的百分比；政府采购预算是采购单位按工作计划编制、经规定程序批准的当年采购计划。',
    en: {
      term: 'procurement execution rate',
      definition:
        'The amount actually procured as a percentage of the approved annual procurement budget — the procurement plan a unit draws up from its work plan and has approved through the prescribed procedure.',
      aliases: ['government procurement execution rate'],
    },
    formula: {
      zh: '政府采购执行率 = 实际政府采购金额 ÷ 政府采购预算数 × 100%',
      en: 'procurement execution rate = amount actually procured ÷ procurement budget × 100%',
    },
    calc: 'procurementExecutionRate',
    tables: [{ table: '部门整体绩效目标表', column: '政府采购执行率' }],
    related: ['government-procurement'],
  },
  'special-fund-detail-rate': {
    id: 'special-fund-detail-rate',
    term: '专项资金细化率',
    aliases: ['专项资金细化程度'],
    category: 'ratio',
    definition:
      '部门负责分配的专项资金中，在编预算时已经落实到具体地区（市县）和具体承担单位的那部分所占的百分比。',
    en: {
      term: 'special-fund allocation detail rate',
      definition:
        'Of the earmarked funds a department distributes, the percentage already assigned to a specific city or county and a specific implementing unit when the budget is drawn up.',
      aliases: ['special fund refinement rate'],
    },
    formula: {
      zh: '专项资金细化率 = 已落实到具体市县和承担单位的资金 ÷ 部门参与分配的专项资金总额 × 100%',
      en: 'special-fund detail rate = funds assigned to specific localities and units ÷ total funds to be distributed × 100%',
    },
    calc: 'specialFundDetailRate',
    tables: [{ table: '部门整体绩效目标表', column: '专项资金细化率' }],
    related: ['special-transfer-payment'],
  },
  share: {
    id: 'share',
    term: '占比',
    aliases: ['比重', '所占比例'],
    category: 'ratio',
    definition:
      '部分金额除以整体金额再乘以100，得到的百分数；文本一般保留两位小数，因此各部分的占比相加不一定恰好等于100%。',
    en: {
      term: 'share',
      definition:
        'A part divided by its whole, times 100. Texts usually round to two decimals, so the printed shares of a whole need not add to exactly 100%.',
      aliases: ['proportion', 'percentage of total'],
    },
    formula: { zh: '占比 = 部分 ÷ 整体 × 100%', en: 'share = part ÷ whole × 100%' },
    calc: 'share',
    related: ['growth-rate', 'rounding-difference'],
  },
  'growth-rate': {
    id: 'growth-rate',
    term: '增长率',
    aliases: ['增幅', '增减率', '下降率', '同比增长'],
    category: 'ratio',
    definition:
      '本年数与上年数之差再除以上年数，以百分数表示；结果为负时文本写作“下降”。上年数为零时无法计算。',
    en: {
      term: 'growth rate',
      definition:
        'This year’s figure minus last year’s, divided by last year’s, as a percentage; a negative result is written as a decrease (下降). It cannot be computed when last year’s figure is zero.',
      aliases: ['year-on-year change', 'percentage change'],
    },
    formula: {
      zh: '增长率 =（本年数 − 上年数）÷ 上年数 × 100%',
      en: 'growth rate = (this year − last year) ÷ last year × 100%',
    },
    calc: 'growth',
    related: ['change-amount', 'share'],
  },
  'change-amount': {
    id: 'change-amount',
    term: '增减额',
    aliases: ['增减变动', '增加额', '减少额'],
    category: 'ratio',
    definition: '本年数减去上年数得到的金额差；为正时文本说“增加”，为负时说“减少”。',
    en: {
      term: 'change in amount',
      definition:
        'This year’s figure minus last year’s; the text says “increase” (增加) when positive and “decrease” (减少) when negative.',
      aliases: ['absolute change', 'increase or decrease'],
    },
    formula: { zh: '增减额 = 本年数 − 上年数', en: 'change = this year − last year' },
    related: ['growth-rate'],
  },
  'budget-completion': {
    id: 'budget-completion',
    term: '完成预算',
    aliases: ['预算完成率', '完成预算的比例', '完成年初预算'],
    category: 'ratio',
    definition: '决算文本中实际支出（或收入）相当于预算数的百分比，例如“完成预算的92.27%”。',
    en: {
      term: 'budget completion',
      definition:
        'In a final-account text, actual spending (or revenue) as a percentage of the budget, e.g. “92.27% of the budget completed”.',
      aliases: ['completion rate', 'percentage of budget'],
    },
    formula: { zh: '完成预算 = 决算数 ÷ 预算数 × 100%', en: 'completion = actual ÷ budget × 100%' },
    calc: 'completion',
    related: ['budget-execution-rate', 'final-account-amount', 'budget-amount'],
  },
} as const satisfies Glossary
