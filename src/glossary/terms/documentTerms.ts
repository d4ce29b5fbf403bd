/**
 * Glossary entries: words about the document and its figures (年初预算, 决算数, 尾差, 收入总计 …).
 * @module
 */
import type { Glossary } from '../types'

/**
 * Document and presentation terms. Internal part of `GLOSSARY`; import `GLOSSARY` instead.
 *
 * @example
 * ```ts
 * documentTerms['department-budget'].id // 'department-budget'
 * ```
 */
export const documentTerms = {
  'department-budget': {
    id: 'department-budget',
    term: '部门预算',
    aliases: ['部门预算公开'],
    category: 'document',
    definition:
      '一个部门（含其所属预算单位）经法定程序批准的年度收支计划；批准后依法向社会公开，包括部门概况、情况说明、名词解释和一组标准附表。',
    en: {
      term: 'department budget',
      definition:
        'A department’s (and its budget units’) annual plan of revenue and spending, approved through the legal procedure and then published: an overview, an explanatory part, a glossary and a set of standard tables.',
      aliases: ['departmental budget', 'budget disclosure'],
    },
    related: ['department-final-account', 'initial-budget', 'budget-unit'],
  },
  'department-final-account': {
    id: 'department-final-account',
    term: '部门决算',
    aliases: ['部门决算公开', '决算'],
    category: 'document',
    definition:
      '年度结束后，部门对全年实际收支所作的总结报告；公开时使用全国统一的公开01表至公开09表，并与预算对比说明完成情况。',
    en: {
      term: 'department final account',
      definition:
        'The department’s report, after the year ends, of what it actually received and spent. It is published on the national tables 公开01 to 公开09 and compared with the budget.',
      aliases: ['final accounts', 'final-account disclosure'],
    },
    related: ['department-budget', 'final-account-amount', 'performance-self-evaluation'],
  },
  'budget-unit': {
    id: 'budget-unit',
    term: '预算单位',
    aliases: ['所属预算单位', '预算单位构成'],
    category: 'document',
    definition:
      '编报预算、直接与财政发生缴拨款关系的单位；一个部门汇总其机关本级和下属各预算单位，单位编码由部门编码加三位数字组成。',
    en: {
      term: 'budget unit',
      definition:
        'A unit that draws up its own budget and deals directly with the finance department. A department consolidates its own office and its subordinate budget units; a unit code is the department code followed by three digits.',
      aliases: ['budgetary unit'],
    },
    related: ['department-budget', 'civil-service-managed-institution'],
  },
  'initial-budget': {
    id: 'initial-budget',
    term: '年初预算',
    aliases: ['年初预算数'],
    category: 'presentation',
    definition:
      '年度开始时经人大批准的预算金额，即部门预算公开表中的数字；决算和绩效自评用它衡量全年的调整幅度和完成程度。',
    en: {
      term: 'initial budget',
      definition:
        'The amount approved by the people’s congress at the start of the year — the figures in the budget disclosure. Final accounts and self-evaluations measure the year’s adjustments and completion against it.',
      aliases: ['original budget', 'approved budget'],
    },
    tables: [
      { table: '“三公”经费支出决算表', column: '预算数' },
      { table: '部门整体支出绩效自评表', column: '年初预算数' },
    ],
    related: ['budget-amount', 'full-year-budget', 'budget-adjustment-rate'],
  },
  'budget-amount': {
    id: 'budget-amount',
    term: '预算数',
    aliases: ['预算金额', '预算安排'],
    category: 'presentation',
    definition:
      '某一事项计划花费的金额。文本中若未另加说明，通常指年初预算；决算表中的“预算数”可能是年初数，也可能是调整后的全年数，要看表注。',
    en: {
      term: 'budgeted amount',
      definition:
        'The amount planned for an item. Unless the text says otherwise it means the initial budget; in final-account tables a “budget” column may hold the initial or the adjusted full-year figure, so read the table note.',
      aliases: ['budget figure'],
    },
    related: ['initial-budget', 'full-year-budget', 'final-account-amount', 'budget-completion'],
  },
  'full-year-budget': {
    id: 'full-year-budget',
    term: '全年预算数',
    aliases: ['调整后预算数', '全年预算'],
    category: 'presentation',
    definition:
      '年初预算加上年度中追加、减少和调剂以及上年结转等因素后，全年实际可用的预算总额；绩效自评表用它计算执行率。',
    en: {
      term: 'full-year budget',
      definition:
        'The budget available for the whole year once in-year additions, reductions, reallocations and carry-overs are added to the initial budget; self-evaluation tables compute the execution rate against it.',
      aliases: ['adjusted budget'],
    },
    tables: [
      { table: '部门整体支出绩效自评表', column: '全年预算数' },
      { table: '项目支出绩效自评表', column: '全年预算数' },
    ],
    related: ['initial-budget', 'budget-adjustment-amount', 'budget-execution-rate'],
  },
  'budget-adjustment-amount': {
    id: 'budget-adjustment-amount',
    term: '预算调整数',
    aliases: ['预算调整金额'],
    category: 'presentation',
    definition:
      '部门在年度内自行追加、削减以及结构性调剂的预算金额合计；由政策性因素或上级统一安排引起的变动不计在内。',
    en: {
      term: 'budget adjustment amount',
      definition:
        'The total of additions, cuts and reallocations the department itself makes to its budget during the year; changes caused by policy or ordered by higher authorities are left out.',
      aliases: ['budget adjustments'],
    },
    related: ['budget-adjustment-rate', 'initial-budget', 'full-year-budget'],
  },
  'final-account-amount': {
    id: 'final-account-amount',
    term: '决算数',
    aliases: ['全年执行数', '执行数', '完成数', '实际支出数'],
    category: 'presentation',
    definition: '年度结束后核定的实际收入或实际支出金额；绩效自评表中的“执行数”“完成数”在年终时与之相同。',
    en: {
      term: 'final-account amount',
      definition:
        'The actual revenue or spending confirmed after the year ends; in self-evaluation tables the “executed” or “completed” amount at year end is the same figure.',
      aliases: ['actual amount', 'actual outturn', 'executed amount'],
    },
    tables: [
      { table: '一般公共预算财政拨款基本支出决算明细表', column: '决算数' },
      { table: '“三公”经费支出决算表', column: '决算数' },
      { table: '部门整体支出绩效自评表', column: '全年执行数' },
    ],
    related: ['budget-amount', 'budget-execution-rate', 'budget-completion', 'department-final-account'],
  },
  'rounding-difference': {
    id: 'rounding-difference',
    term: '尾差',
    aliases: ['四舍五入尾差'],
    category: 'presentation',
    definition:
      '表中金额由元换算成万元并四舍五入后，合计数与各分项之和之间可能出现的几个最小单位的差额；它不是错误，许多表在表注中专门提示。',
    en: {
      term: 'rounding difference',
      definition:
        'The gap of a few units in the last printed digit between a total and the sum of its parts, caused by converting yuan to ten-thousand yuan and rounding half up. It is not an error; many tables warn about it in a note.',
      aliases: ['rounding error', 'rounding discrepancy'],
    },
    related: ['total-revenue', 'total-expenditure'],
  },
  'total-revenue': {
    id: 'total-revenue',
    term: '收入总计',
    aliases: [],
    category: 'presentation',
    definition:
      '收支总表收入方的最末一行：本年收入合计加上年结转结余（事业单位还可能加上用事业基金弥补收支差额等），应与支出总计相等。',
    en: {
      term: 'revenue grand total',
      definition:
        'The last line of the revenue side of the summary table: the year’s revenue plus the carry-over from the previous year (and, for public institutions, items such as drawing on the institution fund). It must equal the expenditure grand total.',
      aliases: ['total sources of funds'],
    },
    tables: [
      { table: '部门收支总表', column: '收入总计' },
      { table: '收入支出决算总表', column: '收入总计' },
    ],
    related: ['current-year-revenue', 'prior-year-carryover', 'total-expenditure'],
  },
  'current-year-revenue': {
    id: 'current-year-revenue',
    term: '本年收入合计',
    aliases: ['本年收入'],
    category: 'presentation',
    definition: '当年新取得（或预计取得）的各项收入之和，不含以前年度转入的结转结余。',
    en: {
      term: 'revenue of the year',
      definition:
        'The sum of all revenue received (or, in a budget, expected) in the year, without anything brought in from earlier years.',
      aliases: ['current-year revenue'],
    },
    tables: [
      { table: '部门收支总表', column: '本年收入合计' },
      { table: '收入决算表', column: '本年收入合计' },
    ],
    related: ['total-revenue', 'fiscal-appropriation-revenue', 'unit-funds'],
  },
  'total-expenditure': {
    id: 'total-expenditure',
    term: '支出总计',
    aliases: [],
    category: 'presentation',
    definition: '收支总表支出方的最末一行：本年支出合计加年末结转和结余（及结余分配等），应与收入总计相等。',
    en: {
      term: 'expenditure grand total',
      definition:
        'The last line of the expenditure side of the summary table: the year’s spending plus closing carry-over and balances (and items such as surplus appropriation). It must equal the revenue grand total.',
      aliases: ['total uses of funds'],
    },
    tables: [
      { table: '部门收支总表', column: '支出总计' },
      { table: '收入支出决算总表', column: '支出总计' },
    ],
    related: ['current-year-expenditure', 'year-end-carryover-and-balance', 'total-revenue'],
  },
  'current-year-expenditure': {
    id: 'current-year-expenditure',
    term: '本年支出合计',
    aliases: ['本年支出'],
    category: 'presentation',
    definition: '当年实际发生（或计划安排）的全部支出，等于基本支出、项目支出以及经营支出等各类支出之和。',
    en: {
      term: 'expenditure of the year',
      definition:
        'All spending of the year (actual, or planned in a budget): basic plus project expenditure plus business spending and the like.',
      aliases: ['current-year expenditure'],
    },
    tables: [
      { table: '部门收支总表', column: '本年支出合计' },
      { table: '支出决算表', column: '本年支出合计' },
    ],
    related: ['total-expenditure', 'basic-expenditure', 'project-expenditure'],
  },
} as const satisfies Glossary
