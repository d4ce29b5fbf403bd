/**
 * Glossary entries: where the money comes from (资金来源), the columns of the 收入 tables.
 * @module
 */
import type { Glossary } from '../types'

/**
 * Fund-source terms (财政拨款, 一般公共预算, 财政专户管理资金, 单位资金 …). Internal part of `GLOSSARY`; import `GLOSSARY` instead.
 *
 * @example
 * ```ts
 * fundSourceTerms['fiscal-appropriation'].id // 'fiscal-appropriation'
 * ```
 */
export const fundSourceTerms = {
  'fiscal-appropriation': {
    id: 'fiscal-appropriation',
    term: '财政拨款',
    aliases: ['财政拨款资金'],
    category: 'fund-source',
    definition:
      '由财政部门按批准的预算直接拨给部门或单位的资金，按资金所属预算分为一般公共预算、政府性基金预算和国有资本经营预算三类；公开表中的“财政拨款”列只统计这部分钱，不含财政专户管理资金和单位自有资金。',
    en: {
      term: 'fiscal appropriation',
      definition:
        'Money the finance department allocates to a department or unit under its approved budget, drawn from the general public budget, the government fund budget or the state capital operation budget. Columns headed 财政拨款 count only this money, not special-account funds or the unit’s own funds.',
      aliases: ['government appropriation', 'budget appropriation'],
    },
    tables: [
      { table: '财政拨款收支总表' },
      { table: '部门收支总表', column: '其中：财政拨款' },
      { table: '财政拨款收入支出决算总表' },
    ],
    related: [
      'fiscal-appropriation-revenue',
      'general-public-budget',
      'government-fund-budget',
      'state-capital-budget',
    ],
  },
  'fiscal-appropriation-revenue': {
    id: 'fiscal-appropriation-revenue',
    term: '财政拨款收入',
    aliases: ['本年财政拨款收入'],
    category: 'revenue',
    definition:
      '部门（单位）在本年度从同级财政实际取得或预计取得的拨款，是收入表中的一行；它汇总一般公共预算、政府性基金预算和国有资本经营预算三个来源的拨款。',
    en: {
      term: 'fiscal appropriation revenue',
      definition:
        'The appropriations a department or unit receives (or, in a budget, expects to receive) in the year from the finance department at its own level of government; the revenue line that adds up the general public budget, government fund budget and state capital operation budget appropriations.',
      aliases: ['appropriation income'],
    },
    tables: [
      { table: '收入决算表', column: '财政拨款收入' },
      { table: '部门收入总表', column: '一般公共预算' },
      { table: '收入支出决算总表', column: '一般公共预算财政拨款收入' },
    ],
    related: [
      'fiscal-appropriation',
      'general-public-budget',
      'government-fund-budget',
      'state-capital-budget',
    ],
  },
  'general-public-budget': {
    id: 'general-public-budget',
    term: '一般公共预算',
    aliases: [
      '一般公共预算拨款',
      '一般公共预算拨款收入',
      '一般公共预算财政拨款',
      '一般公共预算财政拨款收入',
      '一般公共预算资金',
    ],
    category: 'fund-source',
    definition:
      '以税收为主体的财政收入安排的预算，用于保障和改善民生、维持国家机构运转等；部门从中得到的拨款是大多数医保部门最主要的资金来源，多张公开表专门列示这部分支出。',
    en: {
      term: 'general public budget',
      definition:
        'The budget funded mainly by tax revenue that pays for public services and for running government bodies. For most medical-security departments the appropriation from it is by far the largest source of funds, and several standard tables show only the spending it finances.',
      aliases: ['general budget', 'general public budget appropriation'],
    },
    tables: [
      { table: '一般公共预算支出表' },
      { table: '一般公共预算基本支出表' },
      { table: '一般公共预算“三公”经费支出表' },
      { table: '一般公共预算财政拨款支出决算表' },
      { table: '部门收入总表', column: '一般公共预算' },
    ],
    related: ['fiscal-appropriation', 'government-fund-budget', 'state-capital-budget'],
  },
  'government-fund-budget': {
    id: 'government-fund-budget',
    term: '政府性基金预算',
    aliases: [
      '政府性基金预算拨款',
      '政府性基金预算拨款收入',
      '政府性基金预算财政拨款',
      '政府性基金',
      '基金预算拨款',
    ],
    category: 'fund-source',
    definition:
      '依照法律法规向特定对象征收、收取或以其他方式筹集的资金所编的预算，专款用于特定公共事业；医保部门通常没有这类拨款，但仍须公开一张注明“无此项支出”的空表。',
    en: {
      term: 'government fund budget',
      definition:
        'The budget of funds levied or raised from specific payers under laws and regulations and earmarked for specific public purposes. Medical-security departments rarely receive any, but they still publish the (empty) table with a note saying so.',
      aliases: ['government-managed fund budget'],
    },
    tables: [
      { table: '政府性基金预算支出表' },
      { table: '政府性基金预算财政拨款收入支出决算表' },
      { table: '部门收入总表', column: '政府性基金' },
    ],
    related: ['fiscal-appropriation', 'general-public-budget', 'state-capital-budget'],
  },
  'state-capital-budget': {
    id: 'state-capital-budget',
    term: '国有资本经营预算',
    aliases: ['国有资本经营预算拨款', '国有资本经营预算拨款收入', '国有资本经营预算财政拨款'],
    category: 'fund-source',
    definition:
      '政府以所有者身份取得国有资本收益并对其作出安排的预算；部门从中获得的拨款单独成列，没有这类资金的部门也要公开空表并加以说明。',
    en: {
      term: 'state capital operation budget',
      definition:
        'The budget in which the government, as owner, collects and spends the returns on state capital. Appropriations from it have their own column; a department without any still publishes the empty table with an explanation.',
      aliases: ['state-owned capital operating budget'],
    },
    tables: [
      { table: '国有资本经营预算支出表' },
      { table: '国有资本经营预算财政拨款支出决算表' },
      { table: '部门收入总表', column: '国有资本经营预算' },
    ],
    related: ['fiscal-appropriation', 'general-public-budget', 'government-fund-budget'],
  },
  'special-account-funds': {
    id: 'special-account-funds',
    term: '财政专户管理资金',
    aliases: ['财政专户管理资金收入', '财政专户核拨', '财政专户资金'],
    category: 'fund-source',
    definition:
      '先缴入财政专门账户、再由财政按专项办法核拨使用的收入，主要是学校等收取的教育类收费；它不属于财政拨款，也不属于单位资金，在收入表中单列。',
    en: {
      term: 'funds managed in a fiscal special account',
      definition:
        'Revenue paid into a dedicated account of the finance department and released to the unit under special rules, chiefly fees charged for education. It is neither a fiscal appropriation nor the unit’s own funds and has its own column.',
      aliases: ['special fiscal account funds'],
    },
    tables: [
      { table: '部门收入总表', column: '财政专户管理资金收入' },
      { table: '项目支出表', column: '财政专户管理资金' },
    ],
    related: ['fiscal-appropriation', 'unit-funds', 'public-institution-revenue'],
  },
  'unit-funds': {
    id: 'unit-funds',
    term: '单位资金',
    aliases: ['单位资金收入'],
    category: 'fund-source',
    definition:
      '财政拨款和财政专户管理资金以外、由单位自身取得的各类收入的总称，包括事业收入（教育收费除外）、事业单位经营收入、上级补助收入、附属单位上缴收入和其他收入（如借款、投资收益）。',
    en: {
      term: 'unit’s own funds',
      definition:
        'Everything a unit receives other than fiscal appropriations and special-account funds: public-institution revenue (education fees excluded), business revenue, subsidies from higher-level units, remittances from subsidiaries and other revenue such as borrowing or investment income.',
      aliases: ['non-appropriated funds', 'own-source funds'],
    },
    tables: [
      { table: '项目支出表', column: '单位资金' },
      { table: '部门整体绩效目标表', column: '单位资金' },
    ],
    related: [
      'public-institution-revenue',
      'operating-revenue',
      'higher-level-subsidy-revenue',
      'subsidiary-remittance-revenue',
      'other-revenue',
      'special-account-funds',
    ],
  },
  'government-budget-funds': {
    id: 'government-budget-funds',
    term: '政府预算资金',
    aliases: [],
    category: 'fund-source',
    definition:
      '绩效目标表和绩效自评表“资金来源”栏中的一类，指来自一般公共预算、政府性基金预算和国有资本经营预算的拨款合计，与财政专户管理资金、单位资金并列。',
    en: {
      term: 'government budget funds',
      definition:
        'A fund-source line of the performance-target and self-evaluation tables: appropriations from the general public, government fund and state capital operation budgets together, shown beside special-account funds and the unit’s own funds.',
    },
    tables: [
      { table: '部门整体绩效目标表', column: '政府预算资金' },
      { table: '部门整体支出绩效自评表', column: '政府预算资金' },
    ],
    related: ['fiscal-appropriation', 'special-account-funds', 'unit-funds', 'performance-target'],
  },
  'medical-insurance-fund': {
    id: 'medical-insurance-fund',
    term: '医疗保险基金',
    aliases: ['医保基金', '基本医疗保险基金'],
    category: 'fund-source',
    definition:
      '医疗保险经办机构依照国家规定向用人单位和个人征缴，并接受财政补助，专门用于支付参保人员基本医疗保障待遇的基金；基金本身单独核算，不计入医保部门的部门预算收支，部门预算中只出现财政对基金的补助等支出。',
    en: {
      term: 'medical insurance fund',
      definition:
        'The fund that insurance agencies collect from employers and individuals under national rules, topped up by government subsidies, and use only to pay insured people’s basic medical benefits. It is accounted for separately and is not part of the medical-security department’s own budget, which shows only items such as the subsidy paid into the fund.',
      aliases: ['basic medical insurance fund', 'health insurance fund'],
    },
    functionalCodes: ['21012', '2101201', '2101202'],
    related: ['special-transfer-payment'],
  },
} as const satisfies Glossary
