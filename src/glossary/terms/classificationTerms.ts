/**
 * Glossary entries: the classifications that label rows (科目) and the economic 类 a reader meets most.
 * @module
 */
import type { Glossary } from '../types'

/**
 * Classification terms (支出功能分类, 经济分类, 工资福利支出 …). Internal part of `GLOSSARY`; import `GLOSSARY` instead.
 *
 * @example
 * ```ts
 * classificationTerms['functional-classification'].id // 'functional-classification'
 * ```
 */
export const classificationTerms = {
  'functional-classification': {
    id: 'functional-classification',
    term: '支出功能分类',
    aliases: ['支出功能分类科目', '功能分类科目', '功能分类'],
    category: 'classification',
    definition:
      '按政府职能说明钱用于什么事务的分类，分类、款、项三级（3、5、7位编码，如210卫生健康支出、21015医疗保障管理事务、2101501行政运行），由财政部每年修订；表中的“科目编码/科目名称”多指这一分类。',
    en: {
      term: 'functional classification of expenditure',
      definition:
        'The classification by government function, saying what the money is for, in three levels of 3, 5 and 7 digits (e.g. 210 health, 21015 medical-security administration, 2101501 general administration), revised each year by the Ministry of Finance. “Subject code / subject name” columns usually refer to it.',
      aliases: ['functional code', 'function classification'],
    },
    functionalCodes: ['210', '21015', '2101501'],
    tables: [
      { table: '部门支出总表', column: '科目编码' },
      { table: '一般公共预算支出表', column: '科目编码' },
      { table: '支出决算表', column: '科目代码' },
    ],
    related: ['department-economic-classification', 'government-economic-classification'],
  },
  'department-economic-classification': {
    id: 'department-economic-classification',
    term: '部门预算支出经济分类',
    aliases: ['部门预算经济分类', '部门经济分类', '部门预算支出经济分类科目'],
    category: 'classification',
    definition:
      '从支出的经济性质说明钱怎么花的分类（类3位、款5位），供部门编预算使用，例如301工资福利支出、302商品和服务支出、303对个人和家庭的补助、310资本性支出。',
    en: {
      term: 'economic classification of department budget expenditure',
      definition:
        'The classification by economic nature, saying how the money is spent (class of 3 digits, item of 5), used by departments in their budgets: e.g. 301 wages and benefits, 302 goods and services, 303 subsidies to individuals and households, 310 capital expenditure.',
      aliases: ['department economic code'],
    },
    economicCodes: ['301', '302', '303', '310'],
    tables: [
      { table: '一般公共预算基本支出表', column: '部门预算支出经济分类科目' },
      { table: '支出经济分类汇总表', column: '部门预算经济分类' },
      { table: '一般公共预算财政拨款基本支出决算明细表', column: '科目代码' },
    ],
    related: ['government-economic-classification', 'functional-classification'],
  },
  'government-economic-classification': {
    id: 'government-economic-classification',
    term: '政府预算支出经济分类',
    aliases: ['政府预算经济分类', '政府经济分类', '政府预算支出经济分类科目'],
    category: 'classification',
    definition:
      '与部门经济分类平行的另一套经济分类，从政府预算角度归集支出（如501机关工资福利支出、502机关商品和服务支出、505对事业单位经常性补助）；每个部门经济分类科目对应一个或几个政府经济分类科目。',
    en: {
      term: 'economic classification of government budget expenditure',
      definition:
        'A second economic classification, parallel to the department one, used for the government budget as a whole (e.g. 501 wages of government bodies, 502 their goods and services, 505 recurrent subsidies to public institutions). Each department economic code maps to one or more government codes.',
      aliases: ['government economic code'],
    },
    governmentEconomicCodes: ['501', '502', '503', '505', '506', '509'],
    tables: [
      { table: '一般公共预算基本支出表', column: '政府预算支出经济分类科目' },
      { table: '支出经济分类汇总表', column: '政府预算经济分类' },
    ],
    related: ['department-economic-classification'],
  },
  'wages-and-benefits': {
    id: 'wages-and-benefits',
    term: '工资福利支出',
    aliases: [],
    category: 'classification',
    definition:
      '经济分类301：付给在编职工和长期聘用的编外人员的工资、津贴补贴、奖金、绩效工资等报酬，以及单位替他们缴纳的养老、医疗等社会保险费和住房公积金。',
    en: {
      term: 'wages and benefits',
      definition:
        'Economic class 301: pay of established staff and long-term contract staff (salaries, allowances, bonuses, performance pay) and the pension, medical and other social-insurance contributions and housing provident fund the unit pays for them.',
      aliases: ['salaries and benefits'],
    },
    economicCodes: ['301'],
    governmentEconomicCodes: ['501', '505'],
    tables: [
      { table: '部门支出总表', column: '工资福利支出' },
      { table: '一般公共预算财政拨款基本支出决算明细表', column: '工资福利支出' },
    ],
    related: ['personnel-expenses', 'household-subsidies'],
  },
  'goods-and-services': {
    id: 'goods-and-services',
    term: '商品和服务支出',
    aliases: [],
    category: 'classification',
    definition:
      '经济分类302：单位为日常运转购买货物和劳务的支出，如办公费、邮电费、差旅费、维修费、会议费、培训费、公务接待费、公务用车运行维护费等。',
    en: {
      term: 'goods and services',
      definition:
        'Economic class 302: what a unit spends on goods and services for its daily work, such as office supplies, post and telecoms, travel, repairs, meetings, training, official hospitality and running official vehicles.',
      aliases: ['purchases of goods and services'],
    },
    economicCodes: ['302'],
    governmentEconomicCodes: ['502', '505'],
    tables: [
      { table: '部门支出总表', column: '商品和服务支出' },
      { table: '一般公共预算财政拨款基本支出决算明细表', column: '商品和服务支出' },
    ],
    related: ['public-expenses', 'agency-operating-expenses'],
  },
  'household-subsidies': {
    id: 'household-subsidies',
    term: '对个人和家庭的补助',
    aliases: ['对个人和家庭的补助支出'],
    category: 'classification',
    definition:
      '经济分类303：政府或单位直接付给个人和家庭的钱，如离休费、退休费、抚恤金、生活补助、医疗费补助等。',
    en: {
      term: 'subsidies to individuals and households',
      definition:
        'Economic class 303: money paid directly to individuals and households, such as retirement pay, survivors’ benefits, living allowances and medical-cost subsidies.',
      aliases: ['transfers to households'],
    },
    economicCodes: ['303'],
    governmentEconomicCodes: ['509'],
    tables: [
      { table: '部门支出总表', column: '对个人和家庭的补助' },
      { table: '一般公共预算财政拨款基本支出决算明细表', column: '对个人和家庭的补助' },
    ],
    related: ['personnel-expenses', 'wages-and-benefits'],
  },
  'capital-expenditure': {
    id: 'capital-expenditure',
    term: '资本性支出',
    aliases: [],
    category: 'classification',
    definition:
      '经济分类310（基本建设部分为309）：购建房屋、设备、车辆等固定资产以及大型修缮的支出；基本支出中的一般设备购置计入公用经费。',
    en: {
      term: 'capital expenditure',
      definition:
        'Economic class 310 (309 for capital construction): spending on buildings, equipment, vehicles and other fixed assets and on major repairs. Ordinary equipment bought from basic expenditure counts as public expenses.',
      aliases: ['capital outlay'],
    },
    economicCodes: ['309', '310'],
    governmentEconomicCodes: ['503', '504', '506'],
    tables: [
      { table: '部门支出总表', column: '资本性支出' },
      { table: '一般公共预算财政拨款基本支出决算明细表', column: '资本性支出' },
    ],
    related: ['public-expenses', 'official-vehicle-purchase', 'state-owned-assets'],
  },
} as const satisfies Glossary
