import { deepFreeze } from '../../internal/deepFreeze'
import { HENAN_FISCAL_CLASSES, HENAN_SUMMARY_CLASSES } from './henanClassLists'
import type { ColumnSpec, TableSpec, TableTemplate } from './types'

const CODE_LABELS = [
  ['科目编码', '类'],
  ['科目编码', '款'],
  ['科目编码', '项'],
  ['单位代码'],
  ['单位（科目名称）'],
]

const EXPENDITURE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'total', header: ['合计'] },
  { key: 'exp.basic', header: ['基本支出', '小计'] },
  { key: 'exp.basic.personnel.wages', header: ['基本支出', '人员经费', '工资福利支出'] },
  { key: 'exp.basic.personnel.family', header: ['基本支出', '人员经费', '对个人和家庭的补助'] },
  { key: 'exp.basic.public.goods', header: ['基本支出', '公用经费', '商品和服务支出'] },
  { key: 'exp.basic.public.capital', header: ['基本支出', '公用经费', '资本性支出'] },
  { key: 'exp.project', header: ['项目支出', '小计'] },
  { key: 'exp.project.operating', header: ['项目支出', '其他运转类'] },
  { key: 'exp.project.specific', header: ['项目支出', '特定目标类'] },
]

const PROJECT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'total', header: ['合计'] },
  { key: 'src.gpb', header: ['本年拨款', '一般公共预算'] },
  { key: 'src.gov-fund', header: ['本年拨款', '政府性基金预算'] },
  { key: 'src.soe-capital', header: ['本年拨款', '国有资本经营预算'] },
  { key: 'carry.gpb', header: ['财政拨款结转结余', '一般公共预算'] },
  { key: 'carry.gov-fund', header: ['财政拨款结转结余', '政府性基金预算'] },
  { key: 'carry.soe-capital', header: ['财政拨款结转结余', '国有资本经营预算'] },
  { key: 'src.special-account', header: ['财政专户管理资金'] },
  { key: 'src.unit-funds', header: ['单位资金'] },
]

/**
 * The tables of the 河南 2023/24 template, in print order; the 2025 variant is written as overrides
 * of these.
 *
 * @example
 * ```ts
 * HENAN_2024_TABLE_SPECS[0]?.title // '{year}年部门收支总体情况表'
 * ```
 */
export const HENAN_2024_TABLE_SPECS: readonly TableSpec[] = /*#__PURE__*/ deepFreeze([
  {
    kind: 'summary',
    title: '{year}年部门收支总体情况表',
    number: '一',
    labelHeader: [
      ['收入', '项目'],
      ['支出', '项目'],
    ],
    columns: [
      { key: 'total', header: ['收入', '金额'], block: 0 },
      { key: 'total', header: ['支出', '金额'], block: 1 },
    ],
    sides: [
      {
        block: 0,
        lines: [
          { type: 'fact', key: 'src.gpb', name: '一般公共预算', ordinal: '一', kind: 'detail' },
          { type: 'fact', key: 'src.gpb.fiscal', name: '其中：财政拨款', kind: 'detail' },
          {
            type: 'fact',
            key: 'src.gov-fund',
            name: '政府性基金预算拨款收入',
            ordinal: '二',
            kind: 'detail',
          },
          {
            type: 'fact',
            key: 'src.soe-capital',
            name: '国有资本经营预算拨款收入',
            ordinal: '三',
            kind: 'detail',
          },
          {
            type: 'fact',
            key: 'src.special-account',
            name: '财政专户管理资金收入',
            ordinal: '四',
            kind: 'detail',
          },
          { type: 'fact', key: 'src.business', name: '事业收入', ordinal: '五', kind: 'detail' },
          { type: 'fact', key: 'src.operating', name: '事业单位经营收入', ordinal: '六', kind: 'detail' },
          { type: 'fact', key: 'src.superior', name: '上级补助收入', ordinal: '七', kind: 'detail' },
          { type: 'fact', key: 'src.affiliates', name: '附属单位上缴收入', ordinal: '八', kind: 'detail' },
          { type: 'fact', key: 'src.other', name: '其他收入', ordinal: '九', kind: 'detail' },
          { type: 'fact', key: 'rev.current', name: '本年收入合计', kind: 'total' },
          { type: 'fact', key: 'carry.total', name: '上年结转结余', kind: 'detail' },
          { type: 'fact', key: 'rev.total', name: '收入总计', kind: 'total' },
        ],
      },
      {
        block: 1,
        lines: [
          { type: 'classes', numbering: 'by-code', classes: HENAN_SUMMARY_CLASSES },
          { type: 'fact', key: 'exp.current', name: '本年支出合计', kind: 'total' },
          { type: 'fact', key: 'end.total', name: '年终结转结余', kind: 'detail' },
          { type: 'fact', key: 'exp.total', name: '支出总计', kind: 'total' },
        ],
      },
    ],
  },
  {
    kind: 'income',
    title: '{year}年部门收入总体情况表',
    number: '二',
    labelHeader: [['部门（单位）代码'], ['部门（单位）名称']],
    layout: 'units',
    columns: [
      { key: 'total', header: ['总计'] },
      { key: 'rev.current', header: ['本年收入', '合计'] },
      { key: 'src.gpb', header: ['本年收入', '一般公共预算', '小计'] },
      { key: 'src.gpb.fiscal', header: ['本年收入', '一般公共预算', '其中：财政拨款'] },
      { key: 'src.gov-fund', header: ['本年收入', '政府性基金'] },
      { key: 'src.soe-capital', header: ['本年收入', '国有资本经营预算'] },
      { key: 'src.special-account', header: ['本年收入', '财政专户管理资金收入'] },
      { key: 'src.business', header: ['本年收入', '事业收入'] },
      { key: 'src.operating', header: ['本年收入', '事业单位经营收入'] },
      { key: 'src.superior', header: ['本年收入', '上级补助收入'] },
      { key: 'src.affiliates', header: ['本年收入', '附属单位上缴收入'] },
      { key: 'src.other', header: ['本年收入', '其他收入'] },
      { key: 'carry.total', header: ['上年结转结余', '合计'] },
      { key: 'carry.gpb', header: ['上年结转结余', '一般公共预算'] },
      { key: 'carry.gov-fund', header: ['上年结转结余', '政府性基金'] },
      { key: 'carry.soe-capital', header: ['上年结转结余', '国有资本经营预算'] },
      { key: 'carry.special-account', header: ['上年结转结余', '财政专户管理资金'] },
      { key: 'carry.unit-funds', header: ['上年结转结余', '单位资金'] },
    ],
  },
  {
    kind: 'expenditure',
    title: '{year}年部门支出总体情况表',
    number: '三',
    labelHeader: CODE_LABELS,
    layout: 'unit-xiang',
    columns: EXPENDITURE_COLUMNS,
  },
  {
    kind: 'fiscal-summary',
    title: '{year}年财政拨款收支总体情况表',
    number: '四',
    scope: 'fiscal',
    labelHeader: [
      ['收入', '项目'],
      ['支出', '项目'],
    ],
    columns: [
      { key: 'total', header: ['收入', '金额'], block: 0 },
      { key: 'total', header: ['支出', '合计'], block: 1 },
      { key: 'src.gpb', header: ['支出', '一般公共预算', '小计'], block: 1 },
      { key: 'src.gpb.fiscal', header: ['支出', '一般公共预算', '其中：财政拨款'], block: 1 },
      { key: 'src.gov-fund', header: ['支出', '政府性基金'], block: 1 },
      { key: 'src.soe-capital', header: ['支出', '国有资本经营预算'], block: 1 },
    ],
    // the expenditure side's fund columns count the carried-over money of each fund too
    sourcesIncludeCarry: true,
    sides: [
      {
        block: 0,
        lines: [
          { type: 'fact', key: 'rev.current', name: '本年收入', ordinal: '一', kind: 'total' },
          { type: 'fact', key: 'src.gpb', name: '一般公共预算拨款', ordinal: '（一）', kind: 'detail' },
          { type: 'fact', key: 'src.gpb.fiscal', name: '其中：财政拨款', kind: 'detail' },
          {
            type: 'fact',
            key: 'src.gov-fund',
            name: '政府性基金预算拨款',
            ordinal: '（二）',
            kind: 'detail',
          },
          {
            type: 'fact',
            key: 'src.soe-capital',
            name: '国有资本经营预算拨款',
            ordinal: '（三）',
            kind: 'detail',
          },
          { type: 'fact', key: 'carry.total', name: '上年结转', ordinal: '二', kind: 'detail' },
          { type: 'fact', key: 'carry.gpb', name: '一般公共预算拨款', ordinal: '（一）', kind: 'detail' },
          {
            type: 'fact',
            key: 'carry.gov-fund',
            name: '政府性基金预算拨款',
            ordinal: '（二）',
            kind: 'detail',
          },
          {
            type: 'fact',
            key: 'carry.soe-capital',
            name: '国有资本经营预算拨款',
            ordinal: '（三）',
            kind: 'detail',
          },
          { type: 'fact', key: 'rev.total', name: '收入合计：', kind: 'total' },
        ],
      },
      {
        block: 1,
        lines: [
          { type: 'fact', key: 'exp.current', name: '本年支出', ordinal: '一', kind: 'total' },
          { type: 'classes', numbering: 'by-code', classes: HENAN_FISCAL_CLASSES },
          { type: 'fact', key: 'end.total', name: '年终结转结余', ordinal: '二', kind: 'detail' },
          { type: 'fact', key: 'exp.total', name: '支出合计', kind: 'total' },
        ],
      },
    ],
  },
  {
    kind: 'gpb-expenditure',
    title: '{year}年一般公共预算支出情况表',
    number: '五',
    scope: 'gpb',
    currentOnly: true,
    labelHeader: CODE_LABELS,
    layout: 'unit-xiang',
    columns: EXPENDITURE_COLUMNS,
    notes: ['备注：本表仅含当年财政拨款安排的支出'],
  },
  {
    kind: 'gpb-basic',
    title: '{year}年一般公共预算基本支出表',
    number: '六',
    scope: 'gpb',
    currentOnly: true,
    basicOnly: true,
    layout: 'economic-gov',
    labelHeader: [
      ['部门预算支出经济分类科目', '科目编码'],
      ['部门预算支出经济分类科目', '科目名称'],
      ['政府预算支出经济分类科目编码', '科目编码'],
      ['政府预算支出经济分类科目编码', '科目名称'],
    ],
    columns: [
      { key: 'total', header: ['本年一般公共预算基本支出', '合计'] },
      { key: 'exp.basic.personnel', header: ['本年一般公共预算基本支出', '人员经费'] },
      { key: 'exp.basic.public', header: ['本年一般公共预算基本支出', '公用经费'] },
    ],
  },
  {
    kind: 'economic-summary',
    title: '{year}年支出经济分类汇总表',
    number: '七',
    layout: 'economic-unit',
    labelHeader: [
      ['部门预算经济分类', '类'],
      ['部门预算经济分类', '款'],
      ['部门预算经济分类', '科目名称'],
      ['政府预算经济分类', '类'],
      ['政府预算经济分类', '款'],
      ['政府预算经济分类', '科目名称'],
    ],
    columns: [
      { key: 'total', header: ['总计'] },
      { key: 'src.gpb', header: ['一般公共预算', '小计'] },
      { key: 'src.gpb.fiscal', header: ['一般公共预算', '其中：财政拨款'] },
      { key: 'src.gov-fund', header: ['政府性基金'] },
      { key: 'src.soe-capital', header: ['国有资本经营预算'] },
      { key: 'carry.total', header: ['上年结转结余'] },
      { key: 'src.special-account', header: ['财政专户管理资金收入'] },
      { key: 'src.business', header: ['事业收入'] },
      { key: 'src.superior', header: ['上级补助收入'] },
      { key: 'src.affiliates', header: ['附属单位上缴收入'] },
      { key: 'src.operating', header: ['事业单位经营收入'] },
      { key: 'src.other', header: ['其他收入'] },
    ],
  },
  {
    kind: 'three-public',
    title: '{year}年一般公共预算“三公”经费支出情况表',
    number: '八',
    scope: 'gpb',
    layout: 'single',
    columns: [
      { key: '3p.total', header: ['“三公”经费合计'] },
      { key: '3p.abroad', header: ['因公出国（境）费'] },
      { key: '3p.vehicle', header: ['公务用车购置及运行费', '小计'] },
      { key: '3p.vehicle.purchase', header: ['公务用车购置及运行费', '公务用车购置费'] },
      { key: '3p.vehicle.operation', header: ['公务用车购置及运行费', '公务用车运行费'] },
      { key: '3p.reception', header: ['公务接待费'] },
    ],
  },
  {
    kind: 'gov-fund',
    title: '{year}年政府性基金预算支出情况表',
    number: '九',
    scope: 'gov-fund',
    labelHeader: CODE_LABELS,
    layout: 'unit-xiang',
    columns: EXPENDITURE_COLUMNS,
    emptyNote: '我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。',
  },
  {
    kind: 'soe-capital',
    title: '{year}年国有资本经营预算支出情况表',
    number: '十',
    scope: 'soe-capital',
    labelHeader: CODE_LABELS,
    layout: 'unit-xiang',
    columns: EXPENDITURE_COLUMNS,
    emptyNote: '本单位无国有资本经营预算支出，故本表无数据。',
  },
  {
    kind: 'projects',
    title: '{year}年项目支出表',
    number: '十一',
    layout: 'projects',
    projectOnly: true,
    labelHeader: [['类型'], ['项目名称'], ['项目单位']],
    columns: PROJECT_COLUMNS,
  },
  {
    kind: 'department-performance',
    title: '部门整体绩效目标表',
    number: '十二',
    labelHeader: [['预算情况']],
    columns: [{ key: 'total', header: ['金额'] }],
    sides: [
      {
        block: 0,
        lines: [
          { type: 'fact', key: 'total', name: '部门预算总额（万元）', kind: 'total' },
          {
            type: 'fact',
            key: 'src.fiscal',
            name: '政府预算资金',
            ordinal: '(1)',
            kind: 'detail',
            includesCarry: true,
          },
          {
            type: 'fact',
            key: 'src.special-account',
            name: '财政专户管理资金',
            ordinal: '(2)',
            kind: 'detail',
          },
          { type: 'fact', key: 'src.unit-funds', name: '单位资金', ordinal: '(3)', kind: 'detail' },
          { type: 'fact', key: 'exp.basic', name: '基本支出', ordinal: '(1)', kind: 'detail' },
          { type: 'fact', key: 'exp.project', name: '项目支出', ordinal: '(2)', kind: 'detail' },
        ],
      },
    ],
  },
  {
    kind: 'project-performance',
    title: '{year}年部门预算项目绩效目标汇总表',
    number: '十三',
    layout: 'project-units',
    projectOnly: true,
    sourcesIncludeCarry: true,
    labelHeader: [['单位编码 (项目编码)'], ['项目单位 (项目名称)']],
    columns: [
      { key: 'total', header: ['项目金额(万元)', '资金总额'] },
      { key: 'src.fiscal', header: ['项目金额(万元)', '政府预算资金'] },
      { key: 'src.special-account', header: ['项目金额(万元)', '财政专户管理资金'] },
      { key: 'src.unit-funds', header: ['项目金额(万元)', '单位资金'] },
    ],
  },
])

/**
 * The 河南 department budget template, 2023/24 (seeds 000 卫辉 and 004 郑州): thirteen tables, 类
 * rows numbered by code (no 十八), the stale （九）医疗卫生与计划生育支出 row in the 财政拨款收支总表,
 * blank cells where there is nothing.
 *
 * @example
 * ```ts
 * HENAN_BUDGET_2024_TABLES.tables.map((t) => t.kind).length // 13
 * HENAN_BUDGET_2024_TABLES.emptyCells // 'blank'
 * ```
 */
export const HENAN_BUDGET_2024_TABLES: TableTemplate = /*#__PURE__*/ deepFreeze({
  id: 'henan-budget-2024',
  province: '河南',
  zh: '河南省部门预算公开模板（2023—2024）',
  en: 'Henan department budget template (2023–2024)',
  kind: 'budget',
  decimals: 2,
  unit: '万元',
  emptyCells: 'blank',
  tables: HENAN_2024_TABLE_SPECS,
})
