import { deepFreeze } from '../../internal/deepFreeze'
import { FINAL_BASIC_CODES } from './finalAccountBasicCodes'
import { FINAL_FISCAL_CLASSES, FINAL_SUMMARY_CLASSES } from './finalAccountClassLists'
import type { TableTemplate } from './types'

const ITEM_LABELS = [
  ['项目', '科目代码'],
  ['项目', '科目名称'],
]
const TAIL = '本表金额转换为万元时，因四舍五入可能存在尾差。'

/**
 * The national final-account (决算) template: 公开01表 … 公开09表, with 行次 on the summary lines and
 * 栏次 on the columns, 类 rows numbered in sequence, 0.00 where there is nothing, 公开06表 listing
 * its whole economic catalogue in three blocks, 公开09表 the "三公" budget beside the actual. Nine tables.
 *
 * @example
 * ```ts
 * NATIONAL_FINAL_ACCOUNT_TABLES.tables.map((t) => t.number)[8] // '公开09表'
 * NATIONAL_FINAL_ACCOUNT_TABLES.emptyCells // 'zero'
 * ```
 */
export const NATIONAL_FINAL_ACCOUNT_TABLES: TableTemplate = /*#__PURE__*/ deepFreeze({
  id: 'national-final-account',
  zh: '部门决算公开模板（公开01表—公开09表）',
  en: 'National final-account template (tables 01–09)',
  kind: 'final-account',
  decimals: 2,
  unit: '万元',
  emptyCells: 'zero',
  tables: [
    {
      kind: 'summary',
      title: '收入支出决算总表',
      number: '公开01表',
      labelHeader: [
        ['收入', '项目'],
        ['收入', '行次'],
        ['支出', '项目'],
        ['支出', '行次'],
      ],
      columns: [
        { key: 'total', header: ['收入', '金额'], block: 0, line: '1' },
        { key: 'total', header: ['支出', '金额'], block: 1, line: '2' },
      ],
      notes: [`本表反映部门本年度的总收支和年末结转结余情况。${TAIL}`],
      sides: [
        {
          block: 0,
          lines: [
            {
              type: 'fact',
              key: 'src.gpb',
              name: '一般公共预算财政拨款收入',
              ordinal: '一',
              line: '1',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.gov-fund',
              name: '政府性基金预算财政拨款收入',
              ordinal: '二',
              line: '2',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.soe-capital',
              name: '国有资本经营预算财政拨款收入',
              ordinal: '三',
              line: '3',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.superior',
              name: '上级补助收入',
              ordinal: '四',
              line: '4',
              kind: 'detail',
            },
            { type: 'fact', key: 'src.business', name: '事业收入', ordinal: '五', line: '5', kind: 'detail' },
            {
              type: 'fact',
              key: 'src.operating',
              name: '经营收入',
              ordinal: '六',
              line: '6',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.affiliates',
              name: '附属单位上缴收入',
              ordinal: '七',
              line: '7',
              kind: 'detail',
            },
            { type: 'fact', key: 'src.other', name: '其他收入', ordinal: '八', line: '8', kind: 'detail' },
            { type: 'fact', key: 'rev.current', name: '本年收入合计', line: '27', kind: 'total' },
            {
              type: 'fact',
              key: 'src.non-fiscal-balance',
              name: '使用非财政拨款结余（含专用结余）',
              line: '28',
              kind: 'detail',
            },
            { type: 'fact', key: 'carry.total', name: '年初结转和结余', line: '29', kind: 'detail' },
            { type: 'fact', key: 'rev.total', name: '总计', line: '30', kind: 'total' },
          ],
        },
        {
          block: 1,
          lines: [
            { type: 'classes', numbering: 'sequence', classes: FINAL_SUMMARY_CLASSES },
            { type: 'fact', key: 'exp.current', name: '本年支出合计', line: '57', kind: 'total' },
            { type: 'fact', key: 'exp.balance-distribution', name: '结余分配', line: '58', kind: 'detail' },
            { type: 'fact', key: 'end.total', name: '年末结转和结余', line: '59', kind: 'detail' },
            { type: 'fact', key: 'exp.total', name: '总计', line: '60', kind: 'total' },
          ],
        },
      ],
    },
    {
      kind: 'income',
      title: '收入决算表',
      number: '公开02表',
      layout: 'xiang',
      labelHeader: ITEM_LABELS,
      notes: [`本表反映部门本年度取得的各项收入情况。${TAIL}`],
      columns: [
        { key: 'rev.current', header: ['本年收入合计'], line: '1' },
        { key: 'src.fiscal', header: ['财政拨款收入'], line: '2' },
        { key: 'src.superior', header: ['上级补助收入'], line: '3' },
        { key: 'src.business', header: ['事业收入'], line: '4' },
        { key: 'src.operating', header: ['经营收入'], line: '5' },
        { key: 'src.affiliates', header: ['附属单位上缴收入'], line: '6' },
        { key: 'src.other', header: ['其他收入'], line: '7' },
      ],
    },
    {
      kind: 'expenditure',
      title: '支出决算表',
      number: '公开03表',
      layout: 'xiang',
      labelHeader: ITEM_LABELS,
      notes: [`本表反映部门本年度各项支出情况。${TAIL}`],
      columns: [
        { key: 'exp.current', header: ['本年支出合计'], line: '1' },
        { key: 'exp.basic', header: ['基本支出'], line: '2' },
        { key: 'exp.project', header: ['项目支出'], line: '3' },
        { key: 'exp.remit-superior', header: ['上缴上级支出'], line: '4' },
        { key: 'exp.operating', header: ['经营支出'], line: '5' },
        { key: 'exp.affiliates', header: ['对附属单位补助支出'], line: '6' },
      ],
    },
    {
      kind: 'fiscal-summary',
      title: '财政拨款收入支出决算总表',
      number: '公开04表',
      scope: 'fiscal',
      sourcesIncludeCarry: true,
      labelHeader: [
        ['收入', '项目'],
        ['收入', '行次'],
        ['支出', '项目'],
        ['支出', '行次'],
      ],
      notes: [
        `本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。${TAIL}`,
      ],
      columns: [
        { key: 'total', header: ['收入', '金额'], block: 0, line: '1' },
        { key: 'total', header: ['支出', '合计'], block: 1, line: '2' },
        { key: 'src.gpb', header: ['支出', '一般公共预算财政拨款'], block: 1, line: '3' },
        { key: 'src.gov-fund', header: ['支出', '政府性基金预算财政拨款'], block: 1, line: '4' },
        { key: 'src.soe-capital', header: ['支出', '国有资本经营预算财政拨款'], block: 1, line: '5' },
      ],
      sides: [
        {
          block: 0,
          lines: [
            {
              type: 'fact',
              key: 'src.gpb',
              name: '一般公共预算财政拨款',
              ordinal: '一',
              line: '1',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.gov-fund',
              name: '政府性基金预算财政拨款',
              ordinal: '二',
              line: '2',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'src.soe-capital',
              name: '国有资本经营预算财政拨款',
              ordinal: '三',
              line: '3',
              kind: 'detail',
            },
            { type: 'fact', key: 'rev.current', name: '本年收入合计', line: '27', kind: 'total' },
            { type: 'fact', key: 'carry.fiscal', name: '年初财政拨款结转和结余', line: '28', kind: 'detail' },
            { type: 'fact', key: 'carry.gpb', name: '一般公共预算财政拨款', line: '29', kind: 'detail' },
            {
              type: 'fact',
              key: 'carry.gov-fund',
              name: '政府性基金预算财政拨款',
              line: '30',
              kind: 'detail',
            },
            {
              type: 'fact',
              key: 'carry.soe-capital',
              name: '国有资本经营预算财政拨款',
              line: '31',
              kind: 'detail',
            },
            { type: 'fact', key: 'rev.total', name: '总计', line: '32', kind: 'total' },
          ],
        },
        {
          block: 1,
          lines: [
            { type: 'classes', numbering: 'sequence', classes: FINAL_FISCAL_CLASSES },
            { type: 'fact', key: 'exp.current', name: '本年支出合计', line: '59', kind: 'total' },
            { type: 'fact', key: 'end.fiscal', name: '年末财政拨款结转和结余', line: '60', kind: 'detail' },
            { type: 'fact', key: 'exp.total', name: '总计', line: '64', kind: 'total' },
          ],
        },
      ],
    },
    {
      kind: 'gpb-expenditure',
      title: '一般公共预算财政拨款支出决算表',
      number: '公开05表',
      scope: 'gpb',
      layout: 'xiang',
      labelHeader: ITEM_LABELS,
      notes: [`本表反映部门本年度一般公共预算财政拨款支出情况。${TAIL}`],
      columns: [
        { key: 'exp.current', header: ['本年支出', '小计'], line: '1' },
        { key: 'exp.basic', header: ['本年支出', '基本支出'], line: '2' },
        { key: 'exp.project', header: ['本年支出', '项目支出'], line: '3' },
      ],
    },
    {
      kind: 'gpb-basic',
      title: '一般公共预算财政拨款基本支出决算明细表',
      number: '公开06表',
      scope: 'gpb',
      basicOnly: true,
      layout: 'final-basic',
      codes: FINAL_BASIC_CODES,
      labelHeader: [
        ['人员经费', '科目代码'],
        ['人员经费', '科目名称'],
        ['公用经费', '科目代码'],
        ['公用经费', '科目名称'],
        ['公用经费', '科目代码'],
        ['公用经费', '科目名称'],
      ],
      notes: [`本表反映部门本年度一般公共预算财政拨款基本支出明细情况。${TAIL}`],
      columns: [
        { key: 'total', header: ['人员经费', '决算数'], block: 0 },
        { key: 'total', header: ['公用经费', '决算数'], block: 1 },
        { key: 'total', header: ['公用经费', '决算数'], block: 2 },
      ],
    },
    {
      kind: 'gov-fund',
      title: '政府性基金预算财政拨款收入支出决算表',
      number: '公开07表',
      scope: 'gov-fund',
      layout: 'xiang',
      labelHeader: ITEM_LABELS,
      notes: ['本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。'],
      emptyNote: '我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。',
      columns: [
        { key: 'carry.total', header: ['年初结转和结余'], line: '1' },
        { key: 'rev.current', header: ['本年收入'], line: '2' },
        { key: 'exp.current', header: ['本年支出', '小计'], line: '3' },
        { key: 'exp.basic', header: ['本年支出', '基本支出'], line: '4' },
        { key: 'exp.project', header: ['本年支出', '项目支出'], line: '5' },
        { key: 'end.total', header: ['年末结转和结余'], line: '6' },
      ],
    },
    {
      kind: 'soe-capital',
      title: '国有资本经营预算财政拨款支出决算表',
      number: '公开08表',
      scope: 'soe-capital',
      layout: 'xiang',
      labelHeader: ITEM_LABELS,
      notes: ['本表反映部门本年度国有资本经营预算财政拨款支出情况。'],
      emptyNote: '我部门没有使用国有资本经营预算安排的支出，故本表无数据。',
      columns: [
        { key: 'exp.current', header: ['本年支出', '合计'], line: '1' },
        { key: 'exp.basic', header: ['本年支出', '基本支出'], line: '2' },
        { key: 'exp.project', header: ['本年支出', '项目支出'], line: '3' },
      ],
    },
    {
      kind: 'three-public',
      title: '一般公共预算财政拨款“三公”经费支出决算表',
      number: '公开09表',
      scope: 'gpb',
      layout: 'final-three-public',
      labelHeader: [],
      notes: [
        `本表反映部门本年度一般公共预算财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。${TAIL}`,
      ],
      columns: [
        { key: '3p.total', header: ['预算数', '合计'], block: 0, line: '1' },
        { key: '3p.abroad', header: ['预算数', '因公出国(境)费'], block: 0, line: '2' },
        { key: '3p.vehicle', header: ['预算数', '公务用车购置及运行维护费', '小计'], block: 0, line: '3' },
        {
          key: '3p.vehicle.purchase',
          header: ['预算数', '公务用车购置及运行维护费', '公务用车购置费'],
          block: 0,
          line: '4',
        },
        {
          key: '3p.vehicle.operation',
          header: ['预算数', '公务用车购置及运行维护费', '公务用车运行维护费'],
          block: 0,
          line: '5',
        },
        { key: '3p.reception', header: ['预算数', '公务接待费'], block: 0, line: '6' },
        { key: '3p.total', header: ['决算数', '合计'], block: 1, line: '7' },
        { key: '3p.abroad', header: ['决算数', '因公出国(境)费'], block: 1, line: '8' },
        { key: '3p.vehicle', header: ['决算数', '公务用车购置及运行维护费', '小计'], block: 1, line: '9' },
        {
          key: '3p.vehicle.purchase',
          header: ['决算数', '公务用车购置及运行维护费', '公务用车购置费'],
          block: 1,
          line: '10',
        },
        {
          key: '3p.vehicle.operation',
          header: ['决算数', '公务用车购置及运行维护费', '公务用车运行维护费'],
          block: 1,
          line: '11',
        },
        { key: '3p.reception', header: ['决算数', '公务接待费'], block: 1, line: '12' },
      ],
    },
  ],
})
