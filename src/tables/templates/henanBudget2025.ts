import { deepFreeze } from '../../internal/deepFreeze'
import { HENAN_2024_TABLE_SPECS } from './henanBudget2024'
import type { FactLineSpec, TableSpec, TableTemplate } from './types'

const spec = (kind: TableSpec['kind']): TableSpec =>
  HENAN_2024_TABLE_SPECS.find((t) => t.kind === kind) as TableSpec

const T = (
  kind: TableSpec['kind'],
  title: string,
  number: string,
  extra: Partial<TableSpec> = {},
): TableSpec => ({
  ...spec(kind),
  title,
  number,
  ...extra,
})

/**
 * The sides of the 2025 财政拨款收支预算表: the 2024 income side with the 财政专户管理资金 and 单位资金
 * lines added after 国有资本经营预算拨款 (in 本年收入 and in 上年结转), the 2024 expenditure side.
 * @example
 * ```ts
 * fiscalSides()[0]?.lines.length // 14
 * ```
 */
function fiscalSides(): NonNullable<TableSpec['sides']> {
  const [income, ...rest] = spec('fiscal-summary').sides ?? []
  const more = (prefix: 'src' | 'carry'): FactLineSpec[] => [
    {
      type: 'fact',
      key: `${prefix}.special-account`,
      name: '财政专户管理资金收入',
      ordinal: '（四）',
      kind: 'detail',
    },
    { type: 'fact', key: `${prefix}.unit-funds`, name: '单位资金', ordinal: '（五）', kind: 'detail' },
  ]
  const lines = (income?.lines ?? []).flatMap((line) =>
    line.type === 'fact' && (line.key === 'src.soe-capital' || line.key === 'carry.soe-capital')
      ? [line, ...more(line.key === 'src.soe-capital' ? 'src' : 'carry')]
      : [line],
  )
  return [{ ...(income ?? { block: 0 }), lines }, ...rest]
}

/**
 * The 河南 budget template, 2025 variant (焦作, seed 003): titles “…预算表”, numbered 预算01表/二…十五,
 * the 财政拨款收支总表 adds 其中：上级专项转移支付安排支出, 财政专户管理资金 and 单位资金 columns, and two
 * more tables: 一般公共预算基本支出明细表 and 机关运行经费. Fifteen tables.
 *
 * @example
 * ```ts
 * HENAN_BUDGET_2025_TABLES.tables.some((t) => t.kind === 'operating-costs') // true
 * ```
 */
export const HENAN_BUDGET_2025_TABLES: TableTemplate = /*#__PURE__*/ deepFreeze({
  id: 'henan-budget-2025',
  province: '河南',
  zh: '河南省部门预算公开模板（2025，焦作）',
  en: 'Henan department budget template (2025 variant, Jiaozuo)',
  kind: 'budget',
  decimals: 2,
  unit: '万元',
  emptyCells: 'blank',
  tables: [
    /*#__PURE__*/ T('summary', '{year}年部门收支预算表', '预算01表'),
    /*#__PURE__*/ T('income', '{year}年部门收入预算表', '二'),
    /*#__PURE__*/ T('expenditure', '{year}年部门支出预算表', '三', {
      columns: [
        { key: 'total', header: ['总计'] },
        { key: 'exp.basic', header: ['基本支出', '合计'] },
        { key: 'exp.basic.personnel', header: ['基本支出', '人员经费', '小计'] },
        { key: 'exp.basic.personnel.wages', header: ['基本支出', '人员经费', '工资福利支出'] },
        { key: 'exp.basic.personnel.family', header: ['基本支出', '人员经费', '对个人和家庭的补助'] },
        { key: 'exp.basic.public', header: ['基本支出', '公用经费', '小计'] },
        { key: 'exp.basic.public.goods', header: ['基本支出', '公用经费', '商品和服务支出'] },
        { key: 'exp.basic.public.capital', header: ['基本支出', '公用经费', '资本性支出'] },
        { key: 'exp.project', header: ['项目支出', '合计'] },
        { key: 'exp.project.operating', header: ['项目支出', '其他运转类'] },
        { key: 'exp.project.specific', header: ['项目支出', '特定目标类'] },
      ],
    }),
    /*#__PURE__*/ T('fiscal-summary', '{year}年财政拨款收支预算表', '四', {
      scope: 'all',
      columns: [
        { key: 'total', header: ['收入', '金额'], block: 0 },
        { key: 'total', header: ['支出', '合计'], block: 1 },
        { key: 'src.gpb', header: ['支出', '一般公共预算', '小计'], block: 1 },
        { key: 'src.gpb.fiscal', header: ['支出', '一般公共预算', '其中:财政拨款'], block: 1 },
        {
          key: 'src.gpb.superior-transfer',
          header: ['支出', '一般公共预算', '其中:上级专项转移支付安排支出'],
          block: 1,
        },
        { key: 'src.gov-fund', header: ['支出', '政府性基金'], block: 1 },
        { key: 'src.soe-capital', header: ['支出', '国有资本经营预算'], block: 1 },
        { key: 'src.special-account', header: ['支出', '财政专户管理资金收入'], block: 1 },
        { key: 'src.unit-funds', header: ['支出', '单位资金'], block: 1 },
      ],
      // the income side lists the same funds as the expenditure columns (seed 003: （四）财政专户管理
      // 资金收入, （五）单位资金), so that 本年收入 and 上年结转 are the sums of the lines under them
      sides: fiscalSides(),
    }),
    /*#__PURE__*/ T('gpb-expenditure', '{year}年一般公共预算支出预算表', '五'),
    /*#__PURE__*/ T('gpb-basic', '{year}年一般公共预算基本支出预算表', '六'),
    /*#__PURE__*/ T('gpb-basic', '{year}年一般公共预算基本支出明细表', '七', {
      kind: 'gpb-basic-detail',
      layout: 'economic-unit',
    }),
    /*#__PURE__*/ T('economic-summary', '{year}年支出经济分类汇总表', '八'),
    /*#__PURE__*/ T('three-public', '{year}年一般公共预算"三公"经费预算表', '九'),
    /*#__PURE__*/ T('gov-fund', '{year}年政府性基金支出预算表', '十', {
      emptyNote: '本部门{year}年度没有政府性基金预算支出,故本表无数据。',
    }),
    /*#__PURE__*/ T('soe-capital', '{year}年国有资本经营支出预算表', '十一', {
      emptyNote: '本部门{year}年度没有国有资本经营预算支出,故本表无数据。',
    }),
    /*#__PURE__*/ T('projects', '{year}年项目支出预算表', '十二'),
    {
      kind: 'operating-costs',
      title: '{year}年机关(机构)运行经费',
      number: '十三',
      scope: 'gpb',
      layout: 'economic-class',
      // seed 003 prints 35.08 = 公用经费 107.44 less 工会经费 8.89, 福利费 11.11 and 其他交通费用 52.36
      excludeCodes: ['30228', '30229', '30239'],
      columns: [{ key: 'total', header: ['机关运行经费支出'] }],
    },
    /*#__PURE__*/ T('department-performance', '本级部门(单位)整体绩效目标表', '十四'),
    /*#__PURE__*/ T('project-performance', '{year}年部门预算项目绩效目标表', '十五'),
  ],
})
