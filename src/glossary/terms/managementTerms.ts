/**
 * Glossary entries: the topics of the 其他重要事项 part (政府采购, 国有资产, 绩效目标 …).
 * @module
 */
import type { Glossary } from '../types'

/**
 * Management terms (政府采购, 国有资产, 绩效目标, 绩效指标, 绩效自评). Internal part of `GLOSSARY`; import `GLOSSARY` instead.
 *
 * @example
 * ```ts
 * managementTerms['government-procurement'].id // 'government-procurement'
 * ```
 */
export const managementTerms = {
  'government-procurement': {
    id: 'government-procurement',
    term: '政府采购',
    aliases: ['政府采购支出', '政府采购预算', '政府采购情况'],
    category: 'management',
    definition:
      '国家机关、事业单位和团体组织使用财政性资金，购买依法制定的集中采购目录以内或限额标准以上的货物、工程和服务的行为；公开文本按货物、工程、服务分别说明采购预算或实际采购金额。',
    en: {
      term: 'government procurement',
      definition:
        'Purchases of goods, works and services by government bodies, public institutions and organisations with public money, where the item is on the centralised procurement catalogue or above the legal threshold. Disclosures give the procurement budget or the amount actually bought, split into goods, works and services.',
      aliases: ['public procurement'],
    },
    tables: [{ table: '政府采购预算表' }],
    related: ['procurement-execution-rate', 'state-owned-assets'],
  },
  'state-owned-assets': {
    id: 'state-owned-assets',
    term: '国有资产',
    aliases: ['国有资产占用情况', '国有资产占有使用情况', '固定资产占用情况'],
    category: 'management',
    definition:
      '行政事业单位占有和使用的、属于国家所有的各类资产；公开文本一般报告上年末的车辆数量（按一般公务用车、执法执勤用车、特种专业技术用车、其他用车分列）和大额设备台（套）数，部分地区还列出资产总额和房屋面积。',
    en: {
      term: 'state-owned assets',
      definition:
        'Assets owned by the state that administrative bodies and public institutions hold and use. Disclosures usually report, at the end of the previous year, the number of vehicles (general official, law-enforcement, special-purpose and other) and of high-value equipment; some regions add total asset value and floor area.',
      aliases: ['public assets', 'fixed assets in use'],
    },
    related: ['government-procurement', 'capital-expenditure'],
  },
  'performance-target': {
    id: 'performance-target',
    term: '绩效目标',
    aliases: ['部门整体绩效目标', '项目绩效目标', '绩效目标设置情况'],
    category: 'performance',
    definition:
      '编制预算时为部门整体或单个项目设定的、在一年内预期达到的产出和效果，用一组可衡量的绩效指标及其指标值表达，是年终绩效自评和评价的依据。',
    en: {
      term: 'performance target',
      definition:
        'The outputs and results a department as a whole, or a single project, is expected to achieve in the year, set when the budget is drawn up and expressed as measurable performance indicators with target values; the yardstick for the year-end self-evaluation.',
      aliases: ['performance objective', 'performance goal'],
    },
    tables: [{ table: '部门整体绩效目标表' }, { table: '项目绩效目标表' }],
    related: ['performance-indicator', 'performance-self-evaluation', 'specific-objective-projects'],
  },
  'performance-indicator': {
    id: 'performance-indicator',
    term: '绩效指标',
    aliases: ['一级指标', '二级指标', '三级指标'],
    category: 'performance',
    definition:
      '衡量绩效目标是否实现的具体尺度，分三级：一级指标为产出、效益、满意度、成本或投入管理，二级指标细分数量、质量、时效、社会效益等，三级指标是具体名称，并配有指标值（如“≥97%”“≤10%”“有效保障”）。',
    en: {
      term: 'performance indicator',
      definition:
        'A concrete measure of whether a performance target is met, organised in three levels: level 1 is output, outcome, satisfaction, cost or input management; level 2 refines it (quantity, quality, timeliness, social benefit …); level 3 is the named indicator with its target value (e.g. “≥97%”, “≤10%”, “effectively ensured”).',
      aliases: ['indicator', 'KPI'],
    },
    tables: [
      { table: '部门整体绩效目标表', column: '三级指标' },
      { table: '项目绩效目标表', column: '指标值' },
    ],
    related: ['performance-target', 'target-value', 'performance-self-evaluation', 'budget-execution-rate'],
  },
  'target-value': {
    id: 'target-value',
    term: '指标值',
    aliases: ['年度指标值', '目标值', '绩效指标值'],
    category: 'performance',
    definition:
      '为每个三级绩效指标设定的预期水平，可以是带比较符号的数量（“≥97%”“≤64320000元”“≥1.3万人次”）、区间（“50-70%”）、时限（“12月底前”），也可以是定性描述（“有效保障”“明显提升”）；决算自评时与实际完成值对照打分。',
    en: {
      term: 'target value',
      definition:
        'The level set for each level-3 performance indicator: a quantity with a comparison sign (“≥97%”, “≤64320000 yuan”, “≥13,000 visits”), a range (“50-70%”), a deadline (“by the end of December”) or a qualitative statement (“effectively ensured”, “clearly improved”). The final-account self-evaluation scores the actual value against it.',
      aliases: ['indicator value', 'target'],
    },
    tables: [
      { table: '部门整体绩效目标表', column: '指标值' },
      { table: '项目绩效目标表', column: '指标值' },
      { table: '部门整体支出绩效自评表', column: '年度指标值' },
    ],
    related: ['performance-indicator', 'performance-target', 'performance-self-evaluation'],
  },
  'performance-self-evaluation': {
    id: 'performance-self-evaluation',
    term: '绩效自评',
    aliases: ['绩效自评情况', '部门整体自评', '项目绩效自评'],
    category: 'performance',
    definition:
      '决算阶段由部门对照年初设定的绩效目标，逐项填报指标的实际完成值、分值和得分，并对偏差说明原因的自我评价；部门整体和项目各有一张自评表。',
    en: {
      term: 'performance self-evaluation',
      definition:
        'At final-account time, the department’s own assessment against the targets set at the start of the year: for each indicator the actual value, weight and score, with reasons for any deviation. There is one self-evaluation table for the department as a whole and one per project.',
      aliases: ['self-assessment'],
    },
    tables: [{ table: '部门整体支出绩效自评表' }, { table: '项目支出绩效自评表' }],
    related: ['performance-target', 'performance-indicator', 'budget-execution-rate'],
  },
  'civil-service-managed-institution': {
    id: 'civil-service-managed-institution',
    term: '参照公务员法管理事业单位',
    aliases: ['参公单位', '参公事业单位', '参照公务员法管理的事业单位'],
    category: 'document',
    definition: '人员按公务员制度管理的事业单位，经费上与行政单位同样对待，因此其公用经费计入机关运行经费。',
    en: {
      term: 'public institution managed under the Civil Servant Law',
      definition:
        'A public institution whose staff are managed as civil servants; for funding it is treated like an administrative body, so its public expenses count towards administrative operating costs.',
      aliases: ['civil-service-managed institution'],
    },
    related: ['agency-operating-expenses', 'budget-unit'],
  },
} as const satisfies Glossary
