import { deepFreeze } from '../../internal/deepFreeze'
import { HEBEI_CLASSES } from './hebeiClassLists'
import type { ColumnSpec, TableTemplate } from './types'

const FUNCTIONAL_LABELS = [['序号'], ['功能分类科目', '科目编码'], ['功能分类科目', '科目名称']]
const BASIC_PROJECT: readonly ColumnSpec[] = [
  { key: 'total', header: ['合计'], line: '3' },
  { key: 'exp.basic', header: ['基本支出'], line: '4' },
  { key: 'exp.project', header: ['项目支出'], line: '5' },
]

/**
 * The 河北 department budget template, 2024 (邢台, seed 001): 序号 and 栏次 columns, 类 rows numbered
 * in sequence (219 is 十八) ending with 三十一、人行专用科目, functional tables with 类 and 款 subtotal
 * rows, 财政拨款收入 as one fund, the "三公" table by item with fund columns. Nine tables.
 *
 * @example
 * ```ts
 * HEBEI_BUDGET_2024_TABLES.tables[0]?.title // '部门预算收支总表'
 * ```
 */
export const HEBEI_BUDGET_2024_TABLES: TableTemplate = /*#__PURE__*/ deepFreeze({
  id: 'hebei-budget-2024',
  province: '河北',
  zh: '河北省部门预算公开模板（2024）',
  en: 'Hebei department budget template (2024)',
  kind: 'budget',
  decimals: 2,
  unit: '万元',
  emptyCells: 'blank',
  tables: [
    {
      kind: 'summary',
      title: '部门预算收支总表',
      labelHeader: [['序号'], ['收入', '项目'], ['支出', '项目']],
      columns: [
        { key: 'total', header: ['收入', '预算数'], block: 0, line: '2' },
        { key: 'total', header: ['支出', '预算数'], block: 1, line: '4' },
      ],
      sides: [
        {
          block: 0,
          lines: [
            {
              type: 'fact',
              key: 'src.gpb',
              name: '一般公共预算拨款收入',
              ordinal: '一',
              line: '1',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.gov-fund',
              name: '政府性基金预算拨款收入',
              ordinal: '二',
              line: '2',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.soe-capital',
              name: '国有资本经营预算拨款收入',
              ordinal: '三',
              line: '3',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.special-account',
              name: '财政专户管理资金收入',
              ordinal: '四',
              line: '4',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.unit-funds',
              name: '单位资金',
              ordinal: '五',
              line: '5',
              kind: 'detail',
            },
            { type: 'fact', key: 'rev.current', name: '本年收入合计', line: '32', kind: 'total' },
            { type: 'fact', key: 'carry.total', name: '上年结转结余', line: '33', kind: 'detail' },
            { type: 'fact', key: 'rev.total', name: '收入总计', line: '34', kind: 'total' },
          ],
        },
        {
          block: 1,
          lines: [
            { type: 'classes', numbering: 'sequence', classes: HEBEI_CLASSES },
            { type: 'fact', key: 'exp.current', name: '本年支出合计', line: '32', kind: 'total' },
            { type: 'fact', key: 'end.total', name: '年终结转结余', line: '33', kind: 'detail' },
            { type: 'fact', key: 'exp.total', name: '支出总计', line: '34', kind: 'total' },
          ],
        },
      ],
    },
    {
      kind: 'income',
      title: '部门预算收入总表',
      labelHeader: FUNCTIONAL_LABELS,
      layout: 'hierarchy',
      lineFrom: 1,
      columns: [
        { key: 'total', header: ['合计'], line: '3' },
        { key: 'rev.current', header: ['本年收入', '小计'], line: '4' },
        { key: 'src.fiscal', header: ['本年收入', '财政拨款收入'], line: '5' },
        { key: 'src.special-account', header: ['本年收入', '财政专户收入'], line: '6' },
        { key: 'src.business', header: ['本年收入', '事业收入'], line: '7' },
        { key: 'src.operating', header: ['本年收入', '经营收入'], line: '8' },
        { key: 'src.superior', header: ['本年收入', '上级补助收入'], line: '9' },
        { key: 'src.affiliates', header: ['本年收入', '附属单位上缴收入'], line: '10' },
        { key: 'src.other', header: ['本年收入', '其他收入'], line: '11' },
        { key: 'carry.total', header: ['上年结转'], line: '12' },
      ],
    },
    {
      kind: 'expenditure',
      title: '部门预算支出总表',
      labelHeader: FUNCTIONAL_LABELS,
      layout: 'hierarchy',
      lineFrom: 1,
      columns: [
        ...BASIC_PROJECT,
        { key: 'exp.operating', header: ['经营支出'], line: '6' },
        { key: 'exp.remit-superior', header: ['上解上级支出'], line: '7' },
        { key: 'exp.affiliates', header: ['对附属单位补助支出'], line: '8' },
      ],
    },
    {
      kind: 'fiscal-summary',
      title: '部门预算财政拨款收支总表',
      scope: 'fiscal',
      sourcesIncludeCarry: true,
      labelHeader: [['序号'], ['收入', '项目'], ['支出', '项目']],
      columns: [
        { key: 'total', header: ['收入', '金额'], block: 0, line: '2' },
        { key: 'total', header: ['支出', '合计'], block: 1, line: '4' },
        { key: 'src.gpb', header: ['支出', '一般公共预算财政拨款'], block: 1, line: '5' },
        { key: 'src.gov-fund', header: ['支出', '政府性基金预算财政拨款'], block: 1, line: '6' },
        { key: 'src.soe-capital', header: ['支出', '国有资本经营预算财政拨款'], block: 1, line: '7' },
      ],
      sides: [
        {
          block: 0,
          lines: [
            {
              type: 'fact',
              key: 'src.gpb',
              name: '一般公共预算拨款',
              ordinal: '一',
              line: '1',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.gov-fund',
              name: '政府性基金预算拨款',
              ordinal: '二',
              line: '2',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.soe-capital',
              name: '国有资本经营预算拨款',
              ordinal: '三',
              line: '3',
              kind: 'detail',
            },
            { type: 'fact', key: 'rev.current', name: '本年收入合计', line: '32', kind: 'total' },
            { type: 'fact', key: 'carry.fiscal', name: '年初财政拨款结转和结余', line: '33', kind: 'detail' },
            {
              type: 'fact',
              key: 'carry.gpb',
              name: '一般公共预算拨款',
              ordinal: '一',
              line: '34',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'carry.gov-fund',
              name: '政府性基金预算拨款',
              ordinal: '二',
              line: '35',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'carry.soe-capital',
              name: '国有资本经营预算拨款',
              ordinal: '三',
              line: '36',
              kind: 'detail',
            },
            { type: 'fact', key: 'rev.total', name: '收入总计', line: '37', kind: 'total' },
          ],
        },
        {
          block: 1,
          lines: [
            { type: 'classes', numbering: 'sequence', classes: HEBEI_CLASSES },
            { type: 'fact', key: 'exp.current', name: '本年支出合计', line: '32', kind: 'total' },
            { type: 'fact', key: 'end.fiscal', name: '年末财政拨款结转和结余', line: '33', kind: 'detail' },
            { type: 'fact', key: 'exp.total', name: '支出总计', line: '37', kind: 'total' },
          ],
        },
      ],
    },
    {
      kind: 'gpb-expenditure',
      title: '部门预算一般公共预算财政拨款支出表',
      scope: 'gpb',
      labelHeader: FUNCTIONAL_LABELS,
      layout: 'hierarchy',
      lineFrom: 1,
      columns: BASIC_PROJECT,
    },
    {
      kind: 'gpb-basic',
      title: '部门预算一般公共预算财政拨款基本支出表',
      scope: 'gpb',
      basicOnly: true,
      layout: 'economic-class',
      lineFrom: 1,
      labelHeader: [['序号'], ['支出部门经济分类科目', '科目编码'], ['支出部门经济分类科目', '科目名称']],
      columns: [
        { key: 'total', header: ['一般公共预算基本支出', '合计'], line: '3' },
        { key: 'exp.basic.personnel', header: ['一般公共预算基本支出', '人员经费'], line: '4' },
        { key: 'exp.basic.public', header: ['一般公共预算基本支出', '公用经费'], line: '5' },
      ],
    },
    {
      kind: 'gov-fund',
      title: '部门预算政府性基金预算财政拨款支出表',
      scope: 'gov-fund',
      labelHeader: FUNCTIONAL_LABELS,
      layout: 'hierarchy',
      lineFrom: 1,
      columns: BASIC_PROJECT,
      emptyNote: '无政府基金预算财政拨款预算，空表列示。',
      emptyRows: 'none',
    },
    {
      kind: 'soe-capital',
      title: '部门预算国有资本经营预算财政拨款支出表',
      scope: 'soe-capital',
      labelHeader: FUNCTIONAL_LABELS,
      layout: 'hierarchy',
      lineFrom: 1,
      columns: BASIC_PROJECT,
      emptyNote: '无国有资本经营预算财政拨款预算，空表列示。',
      emptyRows: 'none',
    },
    {
      kind: 'three-public',
      title: '部门预算财政拨款“三公”经费支出表',
      scope: 'fiscal',
      // 资金性质 splits all the money by fund, the carried-over money too (as 合计 counts it)
      sourcesIncludeCarry: true,
      labelHeader: [['序号'], ['项目']],
      columns: [
        { key: 'total', header: ['资金性质', '合计'], line: '2' },
        { key: 'src.gpb', header: ['资金性质', '一般公共预算财政拨款'], line: '3' },
        { key: 'src.gov-fund', header: ['资金性质', '政府性基金预算拨款'], line: '4' },
        { key: 'src.soe-capital', header: ['资金性质', '国有资本经营预算财政拨款'], line: '5' },
      ],
      sides: [
        {
          block: 0,
          lines: [
            { type: 'fact', key: 'total', name: '合计', line: '1', kind: 'total' },
            { type: 'fact', key: '3p.total', name: '“三公”经费小计', line: '2', kind: 'subtotal' },
            {
              type: 'fact',
              key: '3p.abroad',
              name: '因公出国（境）费',
              ordinal: '一',
              line: '3',
              kind: 'subtotal',
            },
            { type: 'label', name: '其中：教学科研人员因公出国（境）费', line: '4' },
            { type: 'label', name: '其他因公出国（境）费', line: '5' },
            {
              type: 'fact',
              key: '3p.vehicle',
              name: '公务用车购置及运维费',
              ordinal: '二',
              line: '6',
              kind: 'subtotal',
            },
            {
              type: 'fact',
              key: '3p.vehicle.purchase',
              name: '其中：公务用车购置费',
              line: '7',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: '3p.vehicle.operation',
              name: '公务用车运行维护费',
              line: '8',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: '3p.reception',
              name: '公务接待费',
              ordinal: '三',
              line: '9',
              kind: 'detail',
            },
          ],
        },
      ],
    },
  ],
})
