/**
 * Glossary entries: how spending is divided (基本支出 / 项目支出 and their parts).
 * @module
 */
import type { Glossary } from '../types'

/**
 * Expenditure terms (基本支出, 人员经费, 公用经费, 项目支出, 特定目标类 …). Internal part of `GLOSSARY`; import `GLOSSARY` instead.
 *
 * @example
 * ```ts
 * expenditureTerms['department-budget-expenditure'].id // 'department-budget-expenditure'
 * ```
 */
export const expenditureTerms = {
  'department-budget-expenditure': {
    id: 'department-budget-expenditure',
    term: '部门预算支出',
    aliases: [],
    category: 'expenditure',
    definition:
      '部门预算安排的全部支出。按项目库口径分为人员类、运转类和特定目标类项目：人员类项目和运转类中的公用经费项目构成基本支出，其他运转类项目和特定目标类项目构成项目支出；事业单位还可能有经营支出和往来支出。',
    en: {
      term: 'department budget expenditure',
      definition:
        'All spending in a department’s budget. In project-library terms it is made of personnel, operating and specific-objective projects: personnel projects and the public-expenses projects among the operating ones form basic expenditure; other operating projects and specific-objective projects form project expenditure. Public institutions may add business and pass-through spending.',
    },
    tables: [{ table: '部门支出总表' }],
    related: [
      'basic-expenditure',
      'project-expenditure',
      'personnel-category-projects',
      'operating-category-projects',
      'specific-objective-projects',
      'operating-expenditure',
    ],
  },
  'basic-expenditure': {
    id: 'basic-expenditure',
    term: '基本支出',
    aliases: ['基本支出合计'],
    category: 'expenditure',
    definition:
      '维持单位日常运转、完成经常性工作所需要的支出，由人员经费和公用经费两块组成；与项目支出相对。',
    en: {
      term: 'basic expenditure',
      definition:
        'Spending needed to keep a unit running and do its routine work, made up of personnel expenses and public (office) expenses; the counterpart of project expenditure.',
      aliases: ['recurrent expenditure', 'operating expenditure (basic)'],
    },
    tables: [
      { table: '部门支出总表', column: '基本支出' },
      { table: '一般公共预算支出表', column: '基本支出' },
      { table: '一般公共预算基本支出表' },
      { table: '支出决算表', column: '基本支出' },
      { table: '一般公共预算财政拨款基本支出决算明细表' },
    ],
    related: ['personnel-expenses', 'public-expenses', 'project-expenditure'],
  },
  'personnel-expenses': {
    id: 'personnel-expenses',
    term: '人员经费',
    aliases: ['人员经费支出', '人员支出', '人员经费合计'],
    category: 'expenditure',
    definition:
      '基本支出中花在人身上的部分：工资福利支出（经济分类301）加上对个人和家庭的补助（303），如工资津补贴、社会保险缴费、住房公积金、离退休费等。',
    en: {
      term: 'personnel expenses',
      definition:
        'The part of basic expenditure spent on people: wages and benefits (economic class 301) plus subsidies to individuals and households (303), such as salaries and allowances, social-insurance contributions, housing provident fund and pensions.',
      aliases: ['staff costs', 'personnel costs'],
    },
    economicCodes: ['301', '303'],
    governmentEconomicCodes: ['501', '505', '509'],
    functionalCodes: ['2080501', '2080502', '2080505', '2101101', '2101102', '2101103', '2210201'],
    tables: [
      { table: '一般公共预算基本支出表', column: '人员经费' },
      { table: '部门支出总表', column: '人员经费' },
      { table: '一般公共预算财政拨款基本支出决算明细表', column: '人员经费合计' },
    ],
    related: ['basic-expenditure', 'public-expenses', 'wages-and-benefits', 'household-subsidies'],
  },
  'public-expenses': {
    id: 'public-expenses',
    term: '公用经费',
    aliases: ['日常公用经费', '公用经费支出', '公用支出', '公用经费合计'],
    category: 'expenditure',
    definition:
      '基本支出中用来维持机构运转的非人员部分：商品和服务支出（经济分类302）和资本性支出（310）等，如办公、水电、差旅、会议、维修和一般设备购置的费用。',
    en: {
      term: 'public expenses',
      definition:
        'The non-personnel part of basic expenditure that keeps an office running: goods and services (economic class 302) and capital spending (310) and the like, such as office supplies, utilities, travel, meetings, repairs and ordinary equipment.',
      aliases: ['office expenses', 'running costs', 'routine public expenses'],
    },
    economicCodes: ['302', '310'],
    governmentEconomicCodes: ['502', '503', '505', '506'],
    tables: [
      { table: '一般公共预算基本支出表', column: '公用经费' },
      { table: '部门支出总表', column: '公用经费' },
      { table: '一般公共预算财政拨款基本支出决算明细表', column: '公用经费合计' },
    ],
    related: ['basic-expenditure', 'personnel-expenses', 'agency-operating-expenses', 'goods-and-services'],
  },
  'project-expenditure': {
    id: 'project-expenditure',
    term: '项目支出',
    aliases: ['项目支出合计'],
    category: 'expenditure',
    definition:
      '基本支出以外，为实现某项特定的行政任务或事业发展目标而安排的支出，逐个项目列示名称和金额，分为其他运转类和特定目标类。',
    en: {
      term: 'project expenditure',
      definition:
        'Spending beyond basic expenditure, planned to achieve a specific administrative task or development goal. Each project is listed by name and amount; projects are either other operating projects or specific-objective projects.',
      aliases: ['programme expenditure'],
    },
    tables: [
      { table: '项目支出表' },
      { table: '部门支出总表', column: '项目支出' },
      { table: '支出决算表', column: '项目支出' },
    ],
    related: [
      'basic-expenditure',
      'other-operating-projects',
      'specific-objective-projects',
      'performance-target',
    ],
  },
  'personnel-category-projects': {
    id: 'personnel-category-projects',
    term: '人员类项目',
    aliases: ['人员类项目支出'],
    category: 'expenditure',
    definition: '预算项目库中用于保障在职与离退休人员工资、福利和补助的项目，对应部门预算中的人员经费。',
    en: {
      term: 'personnel projects',
      definition:
        'Projects in the budget project library that pay salaries, benefits and allowances of serving and retired staff; they correspond to personnel expenses in the department budget.',
    },
    related: ['personnel-expenses', 'operating-category-projects', 'department-budget-expenditure'],
  },
  'operating-category-projects': {
    id: 'operating-category-projects',
    term: '运转类项目',
    aliases: ['运转类项目支出'],
    category: 'expenditure',
    definition:
      '预算项目库中保障机构运转的项目，包括公用经费项目（计入基本支出）和其他运转类项目（计入项目支出）。',
    en: {
      term: 'operating projects',
      definition:
        'Projects in the budget project library that keep an organisation running: public-expenses projects (counted as basic expenditure) and other operating projects (counted as project expenditure).',
    },
    related: ['public-expenses', 'other-operating-projects', 'department-budget-expenditure'],
  },
  'other-operating-projects': {
    id: 'other-operating-projects',
    term: '其他运转类',
    aliases: ['其他运转类项目', '其他运转类项目支出'],
    category: 'expenditure',
    definition:
      '项目支出的一类：单位为履行日常职责而常年需要、但不计入基本支出的运转性项目，例如专项业务费、办公用房租赁等。',
    en: {
      term: 'other operating projects',
      definition:
        'A kind of project expenditure: recurring projects a unit needs every year to carry out its regular duties that are not counted as basic expenditure, for example dedicated business costs or office rent.',
      aliases: ['other recurrent projects'],
    },
    tables: [
      { table: '部门支出总表', column: '其他运转类' },
      { table: '项目支出表', column: '类型' },
    ],
    related: ['project-expenditure', 'specific-objective-projects', 'operating-category-projects'],
  },
  'specific-objective-projects': {
    id: 'specific-objective-projects',
    term: '特定目标类',
    aliases: ['特定目标类项目', '特定目标类项目支出'],
    category: 'expenditure',
    definition:
      '项目支出的一类：为完成某一特定工作任务或政策目标而设立的项目，如医疗救助补助资金、对医保基金的补助、上级下达的专项资金等，通常有期限并须编制绩效目标。',
    en: {
      term: 'specific-objective projects',
      definition:
        'A kind of project expenditure: projects set up to achieve a particular task or policy goal, such as medical-assistance grants, subsidies to the insurance funds or earmarked transfers from higher levels. They are usually time-limited and need performance targets.',
      aliases: ['targeted projects'],
    },
    tables: [
      { table: '部门支出总表', column: '特定目标类' },
      { table: '项目支出表', column: '类型' },
    ],
    related: ['project-expenditure', 'other-operating-projects', 'performance-target'],
  },
  'operating-expenditure': {
    id: 'operating-expenditure',
    term: '经营支出',
    aliases: ['事业单位经营支出'],
    category: 'expenditure',
    definition:
      '事业单位在主营专业业务及其配套活动以外、从事不单独核算的经营性活动所花费的支出，与经营收入相对应。',
    en: {
      term: 'business expenditure of public institutions',
      definition:
        'Spending on a public institution’s commercial activities outside its professional services and their supporting activities, where those activities are not separately accounted for; the counterpart of business revenue.',
    },
    tables: [
      { table: '部门支出总表', column: '经营支出' },
      { table: '支出决算表', column: '经营支出' },
    ],
    related: ['operating-revenue', 'basic-expenditure', 'project-expenditure'],
  },
  'remittance-to-higher-level': {
    id: 'remittance-to-higher-level',
    term: '上缴上级支出',
    aliases: ['上解上级支出'],
    category: 'expenditure',
    definition: '实行独立核算的事业单位依照规定把一部分资金交给其上级单位所形成的支出。',
    en: {
      term: 'remittances to higher-level units',
      definition:
        'Money a separately accounted public institution hands over to the unit above it, as the rules require.',
    },
    tables: [
      { table: '支出决算表', column: '上缴上级支出' },
      { table: '部门支出总表', column: '上解上级支出' },
    ],
    related: ['subsidiary-remittance-revenue', 'subsidies-to-subsidiaries'],
  },
  'subsidies-to-subsidiaries': {
    id: 'subsidies-to-subsidiaries',
    term: '对附属单位补助支出',
    aliases: ['对附属单位补助'],
    category: 'expenditure',
    definition: '事业单位用财政拨款以外的资金给下属单位的补助。',
    en: {
      term: 'subsidies to subsidiary units',
      definition:
        'Subsidies a public institution pays to the units under it out of money other than fiscal appropriations.',
    },
    tables: [
      { table: '支出决算表', column: '对附属单位补助支出' },
      { table: '部门支出总表', column: '对附属单位补助支出' },
    ],
    related: ['higher-level-subsidy-revenue', 'remittance-to-higher-level'],
  },
  'special-transfer-payment': {
    id: 'special-transfer-payment',
    term: '专项转移支付',
    aliases: ['专项转移支付项目', '专项转移支付资金'],
    category: 'expenditure',
    definition:
      '上级政府为实现特定政策目标拨给下级政府、规定了用途的资金；部门负责管理的专项转移支付要按预算法的要求及时提出分配意见并公开分配情况。',
    en: {
      term: 'special (earmarked) transfer payment',
      definition:
        'Money a higher level of government gives a lower level for a stated purpose. A department that administers such transfers must propose how to distribute them on time, as the Budget Law requires, and disclose the distribution.',
      aliases: ['earmarked transfer', 'categorical grant'],
    },
    related: ['higher-level-special-transfer-spending', 'specific-objective-projects'],
  },
  'higher-level-special-transfer-spending': {
    id: 'higher-level-special-transfer-spending',
    term: '上级专项转移支付安排支出',
    aliases: [],
    category: 'expenditure',
    definition:
      '本部门支出中由上级政府下达的专项转移支付资金安排的那一部分；河南2025年版预算表在一般公共预算下增设此“其中”列。',
    en: {
      term: 'spending financed by special transfers from higher levels',
      definition:
        'The part of the department’s spending paid for with earmarked transfers received from higher levels of government. The 2025 Henan budget template adds it as an “of which” column under the general public budget.',
    },
    tables: [{ table: '财政拨款收支总表', column: '其中：上级专项转移支付安排支出' }],
    related: ['special-transfer-payment', 'general-public-budget'],
  },
} as const satisfies Glossary
