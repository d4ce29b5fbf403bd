/**
 * Glossary entries: the “三公” expenses and 机关运行经费, the items every disclosure explains separately.
 * @module
 */
import type { Glossary } from '../types'

/**
 * “三公”经费 and its parts, and 机关运行经费. Internal part of `GLOSSARY`; import `GLOSSARY` instead.
 *
 * @example
 * ```ts
 * threePublicTerms['three-public-expenses'].id // 'three-public-expenses'
 * ```
 */
export const threePublicTerms = {
  'three-public-expenses': {
    id: 'three-public-expenses',
    term: '“三公”经费',
    aliases: [
      '三公经费',
      '“三公”经费合计',
      '“三公”经费支出',
      '一般公共预算财政拨款“三公”经费',
      '财政拨款“三公”经费',
    ],
    category: 'three-public',
    definition:
      '部门（单位）用财政拨款支付的三项费用的合称：因公出国（境）费、公务用车购置及运行费、公务接待费。公开表通常只统计一般公共预算财政拨款安排的部分，三项之和应等于合计数，并可与经济分类30212、30217、30231、31013核对。',
    en: {
      term: '“three public” expenses',
      definition:
        'The three kinds of spending paid from fiscal appropriations that every department must disclose: official travel abroad, purchase and running of official vehicles, and official hospitality. The standard table usually counts only the general-public-budget appropriation; the three parts add up to the total and can be checked against economic codes 30212, 30217, 30231 and 31013.',
      aliases: ['three public consumptions', 'three official expenses', 'sangong expenses'],
    },
    economicCodes: ['30212', '30217', '30231', '31013'],
    tables: [
      { table: '一般公共预算“三公”经费支出表', column: '“三公”经费合计' },
      { table: '“三公”经费支出决算表', column: '合计' },
    ],
    related: [
      'overseas-travel',
      'official-vehicles',
      'official-reception',
      'three-public-control-rate',
      'agency-operating-expenses',
    ],
  },
  'overseas-travel': {
    id: 'overseas-travel',
    term: '因公出国（境）费',
    aliases: ['因公出国（境）费用', '因公出国（境）经费'],
    category: 'three-public',
    definition:
      '“三公”经费之一：工作人员因公务出国或赴港澳台期间发生的国际和城市间交通费、住宿费、伙食补助、培训费、公杂费等开支。',
    en: {
      term: 'official travel abroad (including Hong Kong, Macao and Taiwan)',
      definition:
        'One of the three public expenses: what staff travelling abroad or to Hong Kong, Macao or Taiwan on official business spend on international and intercity transport, lodging, meal allowances, training and incidentals.',
      aliases: ['overseas travel', 'outbound official visits'],
    },
    economicCodes: ['30212'],
    tables: [
      { table: '一般公共预算“三公”经费支出表', column: '因公出国（境）费' },
      { table: '“三公”经费支出决算表', column: '因公出国（境）费' },
    ],
    related: ['three-public-expenses'],
  },
  'official-vehicles': {
    id: 'official-vehicles',
    term: '公务用车购置及运行费',
    aliases: ['公务用车购置及运维费', '公务用车购置及运行维护费', '公务用车购置和运行费'],
    category: 'three-public',
    definition:
      '“三公”经费之一，是两部分之和：购买公务用车的费用（含车辆购置税和牌照费），以及保留的公务用车在用油（充电）、保险、修理、通行费、安全奖励和租车等方面的运行维护开支。',
    en: {
      term: 'purchase and operation of official vehicles',
      definition:
        'One of the three public expenses, the sum of two parts: buying official vehicles (with purchase tax and plate fees) and running the vehicles kept in service — fuel or charging, insurance, repairs, tolls, safe-driving awards and rentals.',
      aliases: ['official car expenses', 'official vehicle costs'],
    },
    economicCodes: ['30231', '31013'],
    tables: [
      { table: '一般公共预算“三公”经费支出表', column: '公务用车购置及运行费' },
      { table: '“三公”经费支出决算表', column: '公务用车购置及运行维护费' },
    ],
    related: ['three-public-expenses', 'official-vehicle-purchase', 'official-vehicle-operation'],
  },
  'official-vehicle-purchase': {
    id: 'official-vehicle-purchase',
    term: '公务用车购置费',
    aliases: ['公务用车购置'],
    category: 'three-public',
    definition: '为购买公务用车支付的车价以及车辆购置税、牌照费，经济分类为31013。',
    en: {
      term: 'purchase of official vehicles',
      definition:
        'The price of official vehicles bought, with vehicle purchase tax and plate fees; economic code 31013.',
      aliases: ['official vehicle purchase'],
    },
    economicCodes: ['31013'],
    tables: [{ table: '一般公共预算“三公”经费支出表', column: '公务用车购置费' }],
    related: ['official-vehicles', 'official-vehicle-operation', 'capital-expenditure'],
  },
  'official-vehicle-operation': {
    id: 'official-vehicle-operation',
    term: '公务用车运行维护费',
    aliases: ['公务用车运行费', '公务用车运维费'],
    category: 'three-public',
    definition: '保留的公务用车在用车过程中发生的燃料、维修、保险、通行等费用，经济分类为30231。',
    en: {
      term: 'running and maintenance of official vehicles',
      definition:
        'The fuel, repair, insurance, toll and similar costs of the official vehicles kept in use; economic code 30231.',
      aliases: ['official vehicle operation'],
    },
    economicCodes: ['30231'],
    tables: [{ table: '一般公共预算“三公”经费支出表', column: '公务用车运行费' }],
    related: ['official-vehicles', 'official-vehicle-purchase', 'agency-operating-expenses'],
  },
  'official-reception': {
    id: 'official-reception',
    term: '公务接待费',
    aliases: ['公务接待费用'],
    category: 'three-public',
    definition: '“三公”经费之一：单位依照规定标准接待来访的公务人员（包括外宾）所花的费用。',
    en: {
      term: 'official hospitality',
      definition:
        'One of the three public expenses: the cost of receiving official visitors, foreign guests included, within the prescribed standards.',
      aliases: ['official reception', 'official entertainment'],
    },
    economicCodes: ['30217'],
    tables: [
      { table: '一般公共预算“三公”经费支出表', column: '公务接待费' },
      { table: '“三公”经费支出决算表', column: '公务接待费' },
    ],
    related: ['three-public-expenses'],
  },
  'agency-operating-expenses': {
    id: 'agency-operating-expenses',
    term: '机关运行经费',
    aliases: [
      '机关（机构）运行经费',
      '行政（事业）单位机构运转经费',
      '行政（事业）单位机构运转经费情况',
      '机构运转经费',
      '机构运行经费',
    ],
    category: 'management',
    definition:
      '行政单位以及参照公务员法管理的事业单位，为维持机关日常运转而购买货物和服务所用的经费，一般涵盖办公与印刷、邮电、差旅、会议、福利、日常维修、专用材料和一般设备购置、办公用房的水电取暖与物业管理、公务用车运行维护等。各地口径不同：有的地区把事业单位也算进来（称“机构运转经费”），有的把它等同于公用经费，所以它与公用经费的比较只作参考。',
    en: {
      term: 'administrative operating costs',
      definition:
        'What administrative bodies, and public institutions managed like them under the Civil Servant Law, spend on goods and services to keep their offices running: office and printing, post and telecoms, travel, meetings, welfare, routine repairs, special materials and ordinary equipment, utilities, heating and property management of office buildings, running official vehicles. Scope differs by region: some include public institutions (“institutional operating costs”), some equate it with public expenses, so comparing it with public expenses is information, not a check.',
      aliases: ['agency running costs', 'institutional operating costs'],
    },
    economicCodes: ['302', '310'],
    functionalCodes: ['2101501', '2101550'],
    tables: [{ table: '机关运行经费表' }],
    related: [
      'public-expenses',
      'goods-and-services',
      'civil-service-managed-institution',
      'three-public-expenses',
    ],
  },
} as const satisfies Glossary
