// Table-driven tests: for every rule, cases that must pass and cases that must be caught.
import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import { reconcile } from '../../src/reconcile/reconcile'
import { RULES } from '../../src/reconcile/rules/index'
import type { FindingStatus } from '../../src/reconcile/types'
import { coded, col, docWith, EMPTY_TEMPLATE, line, project, table, total } from './docWith'

interface Case {
  readonly rule: string
  readonly name: string
  readonly doc: Disclosure
  /** Statuses of the rule's findings, in order ([] = silent). */
  readonly expect: readonly FindingStatus[]
  /** How the rule ran (default 'ran'). */
  readonly run?: 'ran' | 'not-applicable' | 'insufficient-data'
}

const expenditure = (t: string, b: string, p: string) =>
  table(
    'expenditure',
    [col('total'), col('exp.basic'), col('exp.project')],
    [total({ total: t, 'exp.basic': b, 'exp.project': p })],
  )

const summary = (
  rev: { current: string; carry: string; total: string; gpb: string },
  exp: { classes: [string, string][]; current: string; total: string },
) =>
  table(
    'summary',
    [col('total', 0), col('total', 1)],
    [
      line('src.gpb', { total: rev.gpb }, 0),
      line('src.gpb.fiscal', { total: rev.gpb }, 0),
      line('rev.current', { total: rev.current }, 0, 'total'),
      line('carry.total', { total: rev.carry }, 0),
      line('rev.total', { total: rev.total }, 0, 'total'),
      ...exp.classes.map(([code, v]) => ({ ...coded(code, { total: v }), block: 1 })),
      line('exp.current', { total: exp.current }, 1, 'total'),
      line('exp.total', { total: exp.total }, 1, 'total'),
    ],
  )

// 财政拨款收支总表 (carry-over line, class 210 in the 一般公共预算 column) beside a 一般公共预算支出表
const fiscalPair = (v: { carry: string; fiscal: string; gpb: string }) =>
  docWith([
    table(
      'fiscal-summary',
      [col('total', 0), col('total', 1), col('src.gpb', 1)],
      [
        line('carry.gpb', { total: v.carry }, 0),
        { ...coded('210', { total: v.fiscal, 'src.gpb': v.fiscal }), block: 1 },
      ],
    ),
    table('gpb-expenditure', [col('total')], [coded('2101599', { total: v.gpb })]),
  ])

const figure = (
  id: string,
  kind: 'amount' | 'share' | 'growth' | 'change' | 'count',
  printed: string,
  value: string,
  extra = {},
) => ({
  id,
  section: '一、说明',
  sentence: `句子${id}`,
  kind,
  printed,
  value,
  unit: kind === 'amount' || kind === 'change' ? '万元' : '%',
  subject: `数字${id}`,
  ...extra,
})

const CASES: readonly Case[] = [
  // row identities
  {
    rule: 'row-total-by-kind',
    name: 'holds exactly',
    doc: docWith([expenditure('8944.03', '658.67', '8285.36')]),
    expect: [],
  },
  {
    rule: 'row-total-by-kind',
    name: 'a 0.01 rounding tail',
    doc: docWith([expenditure('8944.04', '658.67', '8285.36')]),
    expect: ['rounding-tail'],
  },
  {
    rule: 'row-total-by-kind',
    name: 'a real mismatch',
    doc: docWith([expenditure('8945.03', '658.67', '8285.36')]),
    expect: ['mismatch'],
  },
  {
    rule: 'row-total-by-kind',
    name: 'a blank line states nothing',
    doc: docWith([expenditure('', '', '')]),
    expect: [],
  },
  {
    rule: 'row-total-by-kind',
    name: 'a placeholder cannot be checked',
    doc: docWith([expenditure('××.××', '658.67', '8285.36')]),
    expect: ['not-computable'],
  },
  {
    rule: 'row-total-by-kind',
    name: '基本支出 printed only as a heading over 人员/公用: their sum stands in, and holds',
    doc: docWith([
      table(
        'expenditure',
        [col('total'), col('exp.basic.personnel'), col('exp.basic.public'), col('exp.project')],
        [
          total({
            total: '100.00',
            'exp.basic.personnel': '50.00',
            'exp.basic.public': '20.00',
            'exp.project': '30.00',
          }),
        ],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'row-total-by-kind',
    name: '基本支出 printed only as a heading over 人员/公用: a real mismatch is still found',
    doc: docWith([
      table(
        'expenditure',
        [col('total'), col('exp.basic.personnel'), col('exp.basic.public'), col('exp.project')],
        [
          total({
            total: '101.00',
            'exp.basic.personnel': '50.00',
            'exp.basic.public': '20.00',
            'exp.project': '30.00',
          }),
        ],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'row-total-by-kind',
    name: 'a printed 基本支出 column is used, not its parts',
    doc: docWith([
      table(
        'expenditure',
        [col('total'), col('exp.basic'), col('exp.basic.personnel'), col('exp.project')],
        [
          total({
            total: '100.00',
            'exp.basic': '70.00',
            'exp.basic.personnel': '50.00',
            'exp.project': '30.00',
          }),
        ],
      ),
    ]),
    expect: [],
  },
  { rule: 'row-total-by-kind', name: 'no such table', doc: docWith([]), expect: [], run: 'not-applicable' },
  {
    rule: 'row-basic-split',
    name: 'holds',
    doc: docWith([
      table(
        'gpb-basic',
        [col('exp.basic'), col('exp.basic.personnel'), col('exp.basic.public')],
        [total({ 'exp.basic': '658.67', 'exp.basic.personnel': '635.39', 'exp.basic.public': '23.28' })],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'row-basic-split',
    name: 'caught',
    doc: docWith([
      table(
        'gpb-basic',
        [col('exp.basic'), col('exp.basic.personnel'), col('exp.basic.public')],
        [total({ 'exp.basic': '658.67', 'exp.basic.personnel': '635.39', 'exp.basic.public': '13.28' })],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'row-project-split',
    name: 'blank counts as zero and holds',
    doc: docWith([
      table(
        'expenditure',
        [col('exp.project'), col('exp.project.operating'), col('exp.project.specific')],
        [total({ 'exp.project': '8285.36', 'exp.project.operating': '', 'exp.project.specific': '8285.36' })],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'row-project-split',
    name: 'caught',
    doc: docWith([
      table(
        'expenditure',
        [col('exp.project'), col('exp.project.operating'), col('exp.project.specific')],
        [
          total({
            'exp.project': '8285.36',
            'exp.project.operating': '5.99',
            'exp.project.specific': '8285.36',
          }),
        ],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'row-three-public',
    name: 'holds (卫辉 2024)',
    doc: docWith([
      table(
        'three-public',
        [col('3p.total'), col('3p.abroad'), col('3p.vehicle'), col('3p.reception')],
        [total({ '3p.total': '0.72', '3p.abroad': '', '3p.vehicle': '0.72', '3p.reception': '' })],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'row-three-public',
    name: 'caught',
    doc: docWith([
      table(
        'three-public',
        [col('3p.total'), col('3p.abroad'), col('3p.vehicle'), col('3p.reception')],
        [total({ '3p.total': '3.20', '3p.abroad': '', '3p.vehicle': '3.00', '3p.reception': '0.30' })],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'row-three-public',
    name: 'items printed as rows (邢台 2024): holds',
    doc: docWith([
      table(
        'three-public',
        [col('total'), col('src.gpb')],
        [
          line('3p.total', { total: '2.80', 'src.gpb': '2.80' }, 0),
          line('3p.abroad', { total: '', 'src.gpb': '' }, 0),
          line('3p.vehicle', { total: '2.00', 'src.gpb': '2.00' }, 0),
          line('3p.reception', { total: '0.80', 'src.gpb': '0.80' }, 0),
        ],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'row-three-public',
    name: 'items printed as rows: a wrong subtotal is caught in its column',
    doc: docWith([
      table(
        'three-public',
        [col('total'), col('src.gpb')],
        [
          line('3p.total', { total: '2.80', 'src.gpb': '2.90' }, 0),
          line('3p.abroad', { total: '', 'src.gpb': '' }, 0),
          line('3p.vehicle', { total: '2.00', 'src.gpb': '2.00' }, 0),
          line('3p.reception', { total: '0.80', 'src.gpb': '0.80' }, 0),
        ],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'row-fund-split',
    name: 'income: total = current + carry, current = Σ sources',
    doc: docWith([
      table(
        'income',
        [col('total'), col('rev.current'), col('src.gpb'), col('src.gpb.fiscal'), col('carry.total')],
        [
          total({
            total: '8944.03',
            'rev.current': '8938.04',
            'src.gpb': '8938.04',
            'src.gpb.fiscal': '8938.04',
            'carry.total': '5.99',
          }),
        ],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'row-fund-split',
    name: 'income: carry-over left out of the total',
    doc: docWith([
      table(
        'income',
        [col('total'), col('rev.current'), col('src.gpb'), col('carry.total')],
        [total({ total: '8938.04', 'rev.current': '8938.04', 'src.gpb': '8938.04', 'carry.total': '5.99' })],
      ),
    ]),
    expect: ['mismatch'],
  },
  // column sums
  {
    rule: 'column-hierarchy',
    name: '类 = Σ 项 and 合计 = Σ 类',
    doc: docWith([
      table(
        'expenditure',
        [col('total')],
        [
          total({ total: '10.00' }),
          coded('210', { total: '10.00' }, { kind: 'subtotal' }),
          coded('2101501', { total: '4.00' }),
          coded('2101599', { total: '6.00' }),
        ],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'column-hierarchy',
    name: 'a 类 that is not the sum of its 项',
    doc: docWith([
      table(
        'expenditure',
        [col('total')],
        [
          total({ total: '10.00' }),
          coded('210', { total: '10.00' }, { kind: 'subtotal' }),
          coded('2101501', { total: '4.00' }),
          coded('2101599', { total: '5.00' }),
        ],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'column-hierarchy',
    name: 'many rounded items: a tail, not a contradiction',
    doc: docWith([
      table(
        'gpb-basic',
        [col('total')],
        [
          total({ total: '4.00' }),
          coded('30101', { total: '1.33' }),
          coded('30102', { total: '1.33' }),
          coded('30103', { total: '1.33' }),
        ],
      ),
    ]),
    expect: ['rounding-tail'],
  },
  {
    rule: 'column-hierarchy',
    name: 'unit rows add up to the total',
    doc: docWith([
      table(
        'income',
        [col('total')],
        [
          total({ total: '10.00' }),
          { kind: 'unit', unitCode: '309', name: '部门', cells: { total: '10.00' } },
          { kind: 'unit', unitCode: '309101', name: '甲', cells: { total: '4.00' } },
          { kind: 'unit', unitCode: '309201', name: '乙', cells: { total: '7.00' } },
        ],
      ),
    ]),
    expect: ['mismatch'],
  },
  // summary tables
  {
    rule: 'summary-balance',
    name: 'balanced (卫辉 2024)',
    doc: docWith([
      summary(
        { gpb: '8938.04', current: '8938.04', carry: '5.99', total: '8944.03' },
        {
          classes: [
            ['208', '81.37'],
            ['210', '8806.19'],
            ['221', '56.47'],
          ],
          current: '8944.03',
          total: '8944.03',
        },
      ),
    ]),
    expect: [],
  },
  {
    rule: 'summary-balance',
    name: 'revenue total without its carry-over',
    doc: docWith([
      summary(
        { gpb: '8938.04', current: '8938.04', carry: '5.99', total: '8938.04' },
        {
          classes: [
            ['208', '81.37'],
            ['210', '8806.19'],
            ['221', '56.47'],
          ],
          current: '8944.03',
          total: '8944.03',
        },
      ),
    ]),
    expect: ['mismatch', 'mismatch'],
  },
  // across tables
  {
    rule: 'cross-class-totals',
    name: 'summary and expenditure agree',
    doc: docWith([
      summary(
        { gpb: '10.00', current: '10.00', carry: '', total: '10.00' },
        { classes: [['210', '10.00']], current: '10.00', total: '10.00' },
      ),
      table(
        'expenditure',
        [col('total')],
        [total({ total: '10.00' }), coded('2101501', { total: '4.00' }), coded('2101599', { total: '6.00' })],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'cross-class-totals',
    name: 'summary says 10.00, the expenditure table 9.00',
    doc: docWith([
      summary(
        { gpb: '10.00', current: '10.00', carry: '', total: '10.00' },
        { classes: [['210', '10.00']], current: '10.00', total: '10.00' },
      ),
      table(
        'expenditure',
        [col('total')],
        [total({ total: '9.00' }), coded('2101501', { total: '3.00' }), coded('2101599', { total: '6.00' })],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-fiscal-class-totals',
    name: 'a difference no larger than the carried-over funds is not a contradiction (卫辉 2024: 5.99)',
    doc: fiscalPair({ carry: '5.99', fiscal: '8806.19', gpb: '8800.20' }),
    expect: [],
  },
  {
    rule: 'cross-fiscal-class-totals',
    name: 'the fiscal summary below the general public budget table is caught (焦作 2025: −92.68)',
    doc: fiscalPair({ carry: '92.68', fiscal: '131518.15', gpb: '131610.83' }),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-grand-totals',
    name: 'caught: 本年支出合计 differs',
    doc: docWith([
      summary(
        { gpb: '10.00', current: '10.00', carry: '', total: '10.00' },
        { classes: [['210', '10.00']], current: '10.00', total: '10.00' },
      ),
      expenditure('11.00', '5.00', '6.00'),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-basic-economic',
    name: '公开06表 lines against 公开05表: a tail',
    doc: docWith([
      table(
        'gpb-expenditure',
        [col('total'), col('exp.basic')],
        [total({ total: '762.71', 'exp.basic': '550.71' })],
      ),
      table(
        'gpb-basic',
        [col('total', 0), col('total', 1)],
        [
          {
            kind: 'total',
            key: 'exp.basic.personnel',
            name: '人员经费合计',
            block: 0,
            cells: { total: '527.39' },
          },
          {
            kind: 'total',
            key: 'exp.basic.public',
            name: '公用经费合计',
            block: 1,
            cells: { total: '23.31' },
          },
        ],
      ),
    ]),
    expect: ['rounding-tail'],
  },
  {
    rule: 'cross-three-public-economic',
    name: 'basic spends more on reception than the 三公 budget allows',
    doc: docWith([
      table(
        'three-public',
        [col('3p.total'), col('3p.reception')],
        [total({ '3p.total': '0.50', '3p.reception': '0.50' })],
      ),
      table('gpb-basic', [col('total')], [coded('30217', { total: '0.80' })]),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-three-public-economic',
    name: 'within the 三公 budget',
    doc: docWith([
      table(
        'three-public',
        [col('3p.total'), col('3p.reception')],
        [total({ '3p.total': '0.80', '3p.reception': '0.80' })],
      ),
      table('gpb-basic', [col('total')], [coded('30217', { total: '0.80' })]),
    ]),
    expect: [],
  },
  {
    rule: 'cross-project-cost',
    name: '≤64320000元 against 6432.00万元 holds; ≤5000元 against 0.60万元 is caught',
    doc: docWith([], {
      projects: [
        {
          name: '甲',
          amounts: { total: '6432.00' },
          indicators: [{ level1: '成本指标', name: '总成本', target: '≤64320000元' }],
        },
        {
          name: '乙',
          amounts: { total: '0.60' },
          indicators: [{ level1: '成本指标', name: '总成本', target: '≤5000元' }],
        },
      ],
    }),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-project-cost',
    name: 'a cost stated as equal to the amount',
    doc: docWith([], {
      projects: [
        {
          name: '丙',
          amounts: { total: '12.00' },
          indicators: [{ level1: '成本指标', name: '总成本', target: '120000元' }],
        },
      ],
    }),
    expect: [],
  },
  {
    rule: 'cross-grand-totals',
    name: 'the same 本年支出合计 in both tables',
    doc: docWith([
      summary(
        { gpb: '10.00', current: '10.00', carry: '', total: '10.00' },
        { classes: [['210', '10.00']], current: '10.00', total: '10.00' },
      ),
      expenditure('10.00', '4.00', '6.00'),
    ]),
    expect: [],
  },
  {
    rule: 'cross-basic-economic',
    name: 'caught: 基本支出 differs',
    doc: docWith([
      table(
        'gpb-expenditure',
        [col('total'), col('exp.basic')],
        [total({ total: '762.71', 'exp.basic': '550.71' })],
      ),
      table('gpb-basic', [col('total')], [total({ total: '560.71' })]),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-basic-economic',
    name: 'the same 基本支出',
    doc: docWith([
      table(
        'gpb-expenditure',
        [col('total'), col('exp.basic')],
        [total({ total: '762.71', 'exp.basic': '550.71' })],
      ),
      table('gpb-basic', [col('total')], [total({ total: '550.71' })]),
    ]),
    expect: [],
  },
  {
    rule: 'cross-fiscal-class-totals',
    name: 'without carry-over the two tables agree',
    doc: fiscalPair({ carry: '', fiscal: '8800.20', gpb: '8800.20' }),
    expect: [],
  },
  {
    rule: 'cross-fiscal-class-totals',
    name: 'without carry-over a difference is caught',
    doc: fiscalPair({ carry: '0.00', fiscal: '8806.19', gpb: '8800.20' }),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-self-evaluation',
    name: 'a self-evaluation that agrees with the accounts',
    doc: docWith([
      summary(
        { gpb: '762.71', current: '762.71', carry: '', total: '762.71' },
        { classes: [['210', '762.71']], current: '762.71', total: '762.71' },
      ),
      table(
        'department-self-evaluation',
        [col('fa.budget'), col('fa.adjusted'), col('fa.actual'), col('fa.completion')],
        [
          total({
            'fa.budget': '838.98',
            'fa.adjusted': '838.98',
            'fa.actual': '762.71',
            'fa.completion': '90.91',
          }),
        ],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'cross-self-evaluation',
    name: '卢氏 2024: 2753.07 executed against 762.71 spent, and a wrong rate',
    doc: docWith([
      summary(
        { gpb: '762.71', current: '762.71', carry: '', total: '762.71' },
        { classes: [['210', '762.71']], current: '762.71', total: '762.71' },
      ),
      table(
        'department-self-evaluation',
        [col('fa.budget'), col('fa.adjusted'), col('fa.actual'), col('fa.completion')],
        [
          total({
            'fa.budget': '838.98',
            'fa.adjusted': '2983.84',
            'fa.actual': '2753.07',
            'fa.completion': '95.00',
          }),
        ],
      ),
    ]),
    expect: ['mismatch', 'mismatch'],
  },
  {
    rule: 'cross-project-evaluation',
    name: 'evaluated projects that agree with the system and with 项目支出 (document in 元, table in 万元)',
    doc: docWith(
      [
        table(
          'expenditure',
          [col('exp.current'), col('exp.project')],
          [total({ 'exp.current': '762.71', 'exp.project': '212.00' })],
        ),
      ],
      {
        kind: 'final-account',
        template: 'final',
        amountUnit: '元',
        projects: [
          { name: '甲', amounts: { 'fa.actual': '1500000', 'fa.actual.system': '1500000' }, indicators: [] },
          {
            name: '乙',
            amounts: { 'fa.actual': '620000.00', 'fa.actual.system': '620000.00' },
            indicators: [],
          },
        ],
      },
    ),
    expect: [],
  },
  {
    rule: 'cross-project-evaluation',
    name: '卢氏 2024: 17 executed, 13.96 in the system; projects short of 项目支出',
    doc: docWith(
      [
        table(
          'expenditure',
          [col('exp.current'), col('exp.project')],
          [total({ 'exp.current': '762.71', 'exp.project': '212.00' })],
        ),
      ],
      {
        kind: 'final-account',
        template: 'final',
        projects: [
          { name: '甲', amounts: { 'fa.actual': '17', 'fa.actual.system': '13.96' }, indicators: [] },
          { name: '乙', amounts: { 'fa.actual': '191.01', 'fa.actual.system': '191.01' }, indicators: [] },
        ],
      },
    ),
    expect: ['mismatch', 'mismatch'],
  },
  {
    rule: 'cross-grand-totals',
    name: 'units: 19302 万元 and 193,024,000.00 元 are the same figure within rounding',
    doc: docWith(
      [
        table('summary', [col('total', 1)], [line('exp.current', { total: '19302' }, 1, 'total')]),
        {
          ...table('expenditure', [col('total')], [total({ total: '193024000.00' })]),
          unit: '元',
        },
      ],
      { amountUnit: '元' },
    ),
    expect: ['rounding-tail'],
  },
  {
    rule: 'cross-grand-totals',
    name: 'units: 19302 万元 and 193,030,000.00 元 differ beyond rounding',
    doc: docWith([
      table('summary', [col('total', 1)], [line('exp.current', { total: '19302' }, 1, 'total')]),
      {
        ...table('expenditure', [col('total')], [total({ total: '193030000.00' })]),
        unit: '元',
      },
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-grand-totals',
    name: 'units: the same total in 元 and 万元 agrees exactly',
    doc: docWith([
      table('summary', [col('total', 1)], [line('exp.current', { total: '8944.03' }, 1, 'total')]),
      {
        ...table('expenditure', [col('total')], [total({ total: '89440300.00' })]),
        unit: '元',
      },
    ]),
    expect: [],
  },
  {
    rule: 'cross-grand-totals',
    name: '项目支出表 totalling 项目支出 and 经营支出 together (湖州) is not a contradiction',
    doc: docWith([
      table(
        'expenditure',
        [col('total'), col('exp.project'), col('exp.operating')],
        [total({ total: '171462.41', 'exp.project': '171262.41', 'exp.operating': '200.00' })],
      ),
      table('projects', [col('total')], [total({ total: '171462.41' })]),
    ]),
    expect: [],
  },
  {
    rule: 'cross-grand-totals',
    name: '项目支出表 合计 equal to neither 项目支出 nor 项目支出 + 经营支出 is compared with 项目支出',
    doc: docWith([
      table(
        'expenditure',
        [col('total'), col('exp.project'), col('exp.operating')],
        [total({ total: '171462.41', 'exp.project': '171262.41', 'exp.operating': '200.00' })],
      ),
      table('projects', [col('total')], [total({ total: '171562.41' })]),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'summary-balance',
    name: 'no 本年支出合计 line: the classes make 支出总计',
    doc: docWith([
      table(
        'summary',
        [col('total', 1)],
        [
          { ...coded('201', { total: '100.00' }), block: 1 },
          { ...coded('210', { total: '762.71' }), block: 1 },
          line('exp.total', { total: '862.71' }, 1, 'total'),
        ],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'summary-balance',
    name: 'no 本年支出合计 line: 支出总计 beyond the classes is caught',
    doc: docWith([
      table(
        'summary',
        [col('total', 1)],
        [
          { ...coded('201', { total: '100.00' }), block: 1 },
          { ...coded('210', { total: '762.71' }), block: 1 },
          line('exp.total', { total: '872.71' }, 1, 'total'),
        ],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-three-public-economic',
    name: '三公 rows carrying a year: the current year’s row is the bound (prior year printed first)',
    doc: docWith([
      table(
        'three-public',
        [col('3p.total'), col('3p.reception')],
        [
          {
            kind: 'detail',
            name: '2023年',
            year: 2023,
            cells: { '3p.total': '0.50', '3p.reception': '0.50' },
          },
          {
            kind: 'detail',
            name: '2024年',
            year: 2024,
            cells: { '3p.total': '0.30', '3p.reception': '0.30' },
          },
          {
            kind: 'detail',
            key: 'fa.change',
            name: '增减',
            cells: { '3p.total': '-0.20', '3p.reception': '-0.20' },
          },
        ],
      ),
      table('gpb-basic', [col('total')], [coded('30217', { total: '0.30' })]),
    ]),
    expect: [],
  },
  {
    rule: 'cross-three-public-economic',
    name: '三公 rows carrying a year: 30217 beyond the current year’s 公务接待费 is caught',
    doc: docWith([
      table(
        'three-public',
        [col('3p.total'), col('3p.reception')],
        [
          {
            kind: 'detail',
            name: '2023年',
            year: 2023,
            cells: { '3p.total': '0.50', '3p.reception': '0.50' },
          },
          {
            kind: 'detail',
            name: '2024年',
            year: 2024,
            cells: { '3p.total': '0.20', '3p.reception': '0.20' },
          },
          {
            kind: 'detail',
            key: 'fa.change',
            name: '增减',
            cells: { '3p.total': '-0.30', '3p.reception': '-0.30' },
          },
        ],
      ),
      table('gpb-basic', [col('total')], [coded('30217', { total: '0.30' })]),
    ]),
    expect: ['mismatch'],
  },
  // text
  {
    rule: 'text-growth',
    name: 'a growth rate from current and prior',
    doc: docWith([], {
      text: {
        figures: [
          figure('a', 'amount', '8944.03万元', '8944.03'),
          figure('b', 'amount', '7845.61万元', '7845.61'),
          figure('c', 'growth', '14.00%', '14.00', {
            direction: 'increase',
            operands: { current: { figure: 'a' }, prior: { figure: 'b' } },
          }),
        ],
      },
    }),
    expect: [],
  },
  {
    rule: 'text-breakdown',
    name: 'a total broken down twice (by kind, then by class)',
    doc: docWith([], {
      text: {
        figures: [
          figure('t', 'amount', '10万元', '10'),
          figure('p1', 'amount', '4万元', '4', { partOf: 't' }),
          figure('p2', 'amount', '6万元', '6', { partOf: 't' }),
          figure('p3', 'amount', '3万元', '3', { partOf: 't' }),
          figure('p4', 'amount', '7万元', '7', { partOf: 't' }),
        ],
      },
    }),
    expect: [],
  },
  {
    rule: 'text-breakdown',
    name: 'a total in 亿元 broken down in 万元 (湖州 卫生健康委员会 基建预算)',
    doc: docWith([], {
      text: {
        figures: [
          figure('t', 'amount', '1.26亿元', '1.26', { unit: '亿元' }),
          figure('p1', 'amount', '4500.00万元', '4500.00', { partOf: 't' }),
          figure('p2', 'amount', '2000.00万元', '2000.00', { partOf: 't' }),
          figure('p3', 'amount', '6100.00万元', '6100.00', { partOf: 't' }),
          figure('u', 'amount', '3.05亿元', '3.05', { unit: '亿元' }),
          figure('u1', 'amount', '6547.00万元', '6547.00', { partOf: 'u' }),
          figure('u2', 'amount', '1.90亿元', '1.90', { partOf: 'u', unit: '亿元' }),
          figure('u3', 'amount', '5000.00万元', '5000.00', { partOf: 'u' }),
        ],
      },
    }),
    expect: [],
  },
  {
    rule: 'text-breakdown',
    name: 'a total whose unit word is misprinted (长春 信访局: 预算支出1682.76元, its parts in 万元)',
    doc: docWith([], {
      text: {
        figures: [
          figure('t', 'amount', '1682.76元', '1682.76', { unit: '元' }),
          figure('p1', 'amount', '1208.20万元', '1208.20', { partOf: 't' }),
          figure('p2', 'amount', '474.56万元', '474.56', { partOf: 't' }),
        ],
      },
    }),
    expect: [],
  },
  {
    rule: 'text-breakdown',
    name: 'a list of parts that ends in 等 is partial (广州 生态环境局 p.103: 1998.62 ⊃ 0.7 + 56.25 等)',
    doc: docWith([], {
      text: {
        figures: [
          figure('t', 'amount', '1998.62万元', '1998.62', { partsIncomplete: true }),
          figure('p1', 'amount', '0.7万元', '0.7', { partOf: 't' }),
          figure('p2', 'amount', '56.25万元', '56.25', { partOf: 't' }),
        ],
      },
    }),
    expect: [],
  },
  {
    rule: 'text-breakdown',
    name: 'the same parts, listed as all of the total, do not reach it',
    doc: docWith([], {
      text: {
        figures: [
          figure('t', 'amount', '1998.62万元', '1998.62'),
          figure('p1', 'amount', '0.7万元', '0.7', { partOf: 't' }),
          figure('p2', 'amount', '56.25万元', '56.25', { partOf: 't' }),
        ],
      },
    }),
    expect: ['mismatch'],
  },
  {
    rule: 'text-breakdown',
    name: 'a total in 亿元 its 万元 parts do not reach',
    doc: docWith([], {
      text: {
        figures: [
          figure('t', 'amount', '1.26亿元', '1.26', { unit: '亿元' }),
          figure('p1', 'amount', '4500.00万元', '4500.00', { partOf: 't' }),
          figure('p2', 'amount', '2000.00万元', '2000.00', { partOf: 't' }),
        ],
      },
    }),
    expect: ['mismatch'],
  },
  {
    rule: 'text-breakdown',
    name: 'one count under a larger one is a subset (泉州 公安局: 9辆执法执勤车，其中7辆车龄均为10年以上)',
    doc: docWith([], {
      text: {
        figures: [
          figure('t', 'count', '9辆', '9', { unit: '辆' }),
          figure('p1', 'count', '7辆', '7', { partOf: 't', unit: '辆' }),
        ],
      },
    }),
    expect: [],
  },
  {
    rule: 'text-breakdown',
    name: 'two counts under a whole they do not reach, or one above it',
    doc: docWith([], {
      text: {
        figures: [
          figure('t', 'count', '12个', '12', { unit: '个' }),
          figure('p1', 'count', '1个', '1', { partOf: 't', unit: '个' }),
          figure('p2', 'count', '9个', '9', { partOf: 't', unit: '个' }),
          figure('u', 'count', '7辆', '7', { unit: '辆' }),
          figure('u1', 'count', '9辆', '9', { partOf: 'u', unit: '辆' }),
        ],
      },
    }),
    expect: ['mismatch', 'mismatch'],
  },
  {
    rule: 'text-placeholder',
    name: 'no placeholder',
    doc: docWith([], { text: { figures: [figure('b', 'amount', '1.00万元', '1.00')] } }),
    expect: [],
  },
  {
    rule: 'empty-table-note',
    name: 'tables with data need no note',
    doc: docWith([expenditure('10.00', '4.00', '6.00')]),
    expect: [],
  },
  // text
  {
    rule: 'text-percentages',
    name: 'right, and right within rounding',
    doc: docWith([], {
      text: {
        figures: [
          figure('a', 'amount', '8944.03万元', '8944.03'),
          figure('b', 'amount', '658.67万元', '658.67'),
          figure('c', 'share', '7.36%', '7.36', {
            operands: { part: { figure: 'b' }, whole: { figure: 'a' } },
          }),
          figure('d', 'share', '7.37%', '7.37', {
            operands: { part: { figure: 'b' }, whole: { value: '8938.04', source: '一般公共预算支出' } },
          }),
        ],
      },
    }),
    expect: [],
  },
  {
    rule: 'text-percentages',
    name: 'a wrong share and a share of zero',
    doc: docWith([], {
      text: {
        figures: [
          figure('a', 'amount', '8944.03万元', '8944.03'),
          figure('b', 'amount', '658.67万元', '658.67'),
          figure('c', 'share', '7.63%', '7.63', {
            operands: { part: { figure: 'b' }, whole: { figure: 'a' } },
          }),
          figure('d', 'share', '0.00%', '0.00', {
            operands: { part: { value: '0.00', source: 'x' }, whole: { value: '0.00', source: 'y' } },
          }),
        ],
      },
    }),
    expect: ['mismatch', 'not-computable'],
  },
  // 无锡 交通运输局 2026 p.33: 19.93% + 14.62% + 3.32% + 0% + 62.13% = 100%; 32640 / 984760.87 is 3.3145…%,
  // which rounds to 3.31: the passage moved the share with the largest remainder up to make 100%
  ...(
    [
      [
        'moved by a last digit to make the passage add up to 100%: a rounding tail',
        '3.32',
        '62.13',
        ['rounding-tail'],
      ],
      [
        'the same passage adding up to 100.01%: the share is wrong',
        '3.32',
        '62.14',
        ['mismatch', 'mismatch'],
      ],
      ['moved against the tail (3.30, 62.15: 100%): both wrong', '3.30', '62.15', ['mismatch', 'mismatch']],
    ] as const
  ).map(
    ([name, third, last, expect]): Case => ({
      rule: 'text-percentages',
      name,
      doc: docWith([], {
        text: {
          figures: [
            figure('w', 'amount', '984,760.87万元', '984760.87'),
            ...(
              [
                ['a', '196278.67', '19.93'],
                ['b', '143999', '14.62'],
                ['c', '32640', third],
                ['d', '0', '0'],
                ['e', '611843.2', last],
              ] as const
            ).flatMap(([id, part, share]) => [
              figure(`${id}p`, 'amount', `${part}万元`, part),
              figure(id, 'share', `${share}%`, share, {
                operands: { part: { figure: `${id}p` }, whole: { figure: 'w' } },
              }),
            ]),
          ],
        },
      }),
      expect,
    }),
  ),
  {
    rule: 'text-growth',
    name: '增长14.00% from the current total and the change holds; 下降57.38% is caught',
    doc: docWith([], {
      text: {
        figures: [
          figure('a', 'amount', '8944.03万元', '8944.03'),
          figure('b', 'change', '1098.42万元', '1098.42', { direction: 'increase' }),
          figure('c', 'growth', '14.00%', '14.00', {
            direction: 'increase',
            operands: { current: { figure: 'a' }, change: { figure: 'b' } },
          }),
          figure('d', 'amount', '762.71万元', '762.71'),
          figure('e', 'change', '1027.17万元', '1027.17', { direction: 'decrease' }),
          figure('f', 'growth', '57.38%', '57.38', {
            direction: 'decrease',
            operands: { current: { figure: 'd' }, change: { figure: 'e' } },
          }),
        ],
      },
    }),
    expect: ['mismatch'],
  },
  {
    rule: 'text-breakdown',
    name: 'parts that add up, and 580 = 150 + 0 + 460 caught',
    doc: docWith([], {
      text: {
        figures: [
          figure('t', 'amount', '8944.03万元', '8944.03'),
          figure('p1', 'amount', '8938.04万元', '8938.04', { partOf: 't' }),
          figure('p2', 'amount', '5.99万元', '5.99', { partOf: 't' }),
          figure('u', 'amount', '580万元', '580'),
          figure('u1', 'amount', '150万元', '150', { partOf: 'u' }),
          figure('u2', 'amount', '0万元', '0', { partOf: 'u' }),
          figure('u3', 'amount', '460万元', '460', { partOf: 'u' }),
        ],
      },
    }),
    expect: ['mismatch'],
  },
  {
    rule: 'text-placeholder',
    name: 'a placeholder left in the text',
    doc: docWith([], {
      text: {
        figures: [figure('a', 'amount', '××.××万元', '××.××'), figure('b', 'amount', '1.00万元', '1.00')],
      },
    }),
    expect: ['not-computable'],
  },
  {
    rule: 'text-amount-vs-table',
    name: 'text 1 decimal vs table 2 decimals agree; a wrong amount is caught',
    doc: docWith([expenditure('8944.03', '658.67', '8285.36')], {
      text: {
        figures: [
          figure('a', 'amount', '8944.0万元', '8944.0', {
            refersTo: { table: 'expenditure', row: { name: '合计' }, column: 'total' },
          }),
          figure('b', 'amount', '658.76万元', '658.76', {
            refersTo: { table: 'expenditure', row: { name: '合计' }, column: 'exp.basic' },
          }),
        ],
      },
    }),
    expect: ['rounding-tail', 'mismatch'],
  },
  {
    rule: 'text-amount-vs-table',
    name: 'the same amount in text and table',
    doc: docWith([expenditure('8944.03', '658.67', '8285.36')], {
      text: {
        figures: [
          figure('a', 'amount', '8944.03万元', '8944.03', {
            refersTo: { table: 'expenditure', row: { name: '合计' }, column: 'total' },
          }),
        ],
      },
    }),
    expect: [],
  },
  // completeness
  {
    rule: 'codes-known',
    name: 'codes of the catalog',
    doc: docWith([
      table(
        'expenditure',
        [col('total')],
        [coded('2101501', { total: '1.00' }), coded('30101', { total: '1.00' })],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'codes-known',
    name: 'a slip the errata list records for this document is reported as information',
    doc: docWith(
      [
        table(
          'economic-summary',
          [col('total')],
          [
            coded(
              '11',
              { total: '37.50' },
              { codeSystem: 'economic-department', printedCode: '1 1', name: '劳务费' },
            ),
          ],
        ),
      ],
      {
        source: { file: '003_4628d8b7aa23fe2e.txt' },
      },
    ),
    expect: ['info'],
  },
  {
    rule: 'codes-known',
    name: 'an OCR slip (210 12 00) is flagged',
    doc: docWith([
      table(
        'expenditure',
        [col('total')],
        [coded('2101200', { total: '1.00' }, { printedCode: '210 12 00' })],
      ),
    ]),
    expect: ['info'],
  },
  {
    rule: 'required-tables',
    name: 'every required table present',
    doc: docWith([expenditure('10.00', '4.00', '6.00')], { template: 'one-table' }),
    expect: [],
  },
  {
    rule: 'required-tables',
    name: 'a required table declared absent is reported as information',
    doc: docWith([expenditure('10.00', '4.00', '6.00')], {
      template: 'two-tables',
      absent: [{ kind: 'projects', reason: 'not-published' }],
    }),
    expect: ['info'],
  },
  {
    rule: 'required-tables',
    name: 'a required table neither present nor declared absent (template revised after validation)',
    doc: docWith([expenditure('10.00', '4.00', '6.00')], { template: 'revised' }),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-performance-total',
    name: 'the performance budget agrees',
    doc: docWith([expenditure('10.00', '4.00', '6.00')], {
      departmentPerformance: {
        goals: [],
        tasks: [],
        budget: { total: '10.00', 'exp.basic': '4.00' },
        indicators: [],
      },
    }),
    expect: [],
  },
  {
    rule: 'cross-performance-total',
    name: 'the performance budget leaves out a project (郑州 2023)',
    doc: docWith([expenditure('9187.2', '4870.4', '4316.8')], {
      departmentPerformance: {
        goals: [],
        tasks: [],
        budget: { total: '7810.6', 'exp.basic': '4870.4', 'exp.project': '2940.3' },
        indicators: [],
      },
    }),
    expect: ['mismatch', 'mismatch'],
  },
  {
    rule: 'empty-table-note',
    name: 'an empty table with its note passes; one without is caught',
    doc: docWith([
      {
        ...table('gov-fund', [col('total')], [total({ total: '' })]),
        empty: { note: '本部门无政府性基金预算安排的支出' },
      },
      table('soe-capital', [col('total')], [total({ total: '' })]),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-printed-performance',
    name: 'the printed performance table agrees with the targets',
    doc: docWith(
      [
        table(
          'department-performance',
          [col('total')],
          [total({ total: '10.00' }), line('exp.basic', { total: '4.00' }, 0)],
        ),
      ],
      {
        departmentPerformance: {
          goals: [],
          tasks: [],
          budget: { total: '10.00', 'exp.basic': '4.00' },
          indicators: [],
        },
      },
    ),
    expect: [],
  },
  {
    rule: 'cross-printed-performance',
    name: '100,000 added to 部门预算总额 in the printed table alone is caught',
    doc: docWith(
      [
        expenditure('10.00', '4.00', '6.00'),
        table('department-performance', [col('total')], [total({ total: '100010.00' })]),
      ],
      {
        departmentPerformance: { goals: [], tasks: [], budget: { total: '10.00' }, indicators: [] },
      },
    ),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-printed-performance',
    name: 'without the targets budget, the printed table is compared with the expenditure table',
    doc: docWith([
      expenditure('10.00', '4.00', '6.00'),
      table(
        'department-performance',
        [col('total')],
        [total({ total: '10.00' }), line('exp.project', { total: '7.00' }, 0)],
      ),
    ]),
    expect: ['mismatch'],
  },
  // issue 12: class labels, names against the catalog, words of the text, carry-overs of 决算
  {
    rule: 'cross-class-label',
    name: 'classes printed in every table pass',
    doc: docWith([
      summary(
        { current: '15.00', carry: '', total: '15.00', gpb: '15.00' },
        {
          classes: [
            ['210', '10.00'],
            ['208', '5.00'],
          ],
          current: '15.00',
          total: '15.00',
        },
      ),
      table(
        'expenditure',
        [col('total')],
        [coded('210', { total: '10.00' }), coded('208', { total: '5.00' })],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'cross-class-label',
    name: 'a class printed in one table whose amount no other class carries passes',
    doc: docWith([
      summary(
        { current: '18.00', carry: '', total: '18.00', gpb: '18.00' },
        {
          classes: [
            ['210', '10.00'],
            ['213', '3.00'],
            ['208', '5.00'],
          ],
          current: '18.00',
          total: '18.00',
        },
      ),
      table(
        'expenditure',
        [col('total')],
        [coded('210', { total: '10.00' }), coded('208', { total: '5.00' })],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'cross-class-label',
    name: 'a class whose amount every other table gives to another class is a wrong label (reported once)',
    doc: docWith([
      summary(
        { current: '15.00', carry: '', total: '15.00', gpb: '15.00' },
        {
          classes: [
            ['210', '10.00'],
            ['221', '5.00'],
          ],
          current: '15.00',
          total: '15.00',
        },
      ),
      table(
        'expenditure',
        [col('total')],
        [coded('210', { total: '10.00' }), coded('208', { total: '5.00' })],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'cross-class-label',
    name: 'with three tables, the one that disagrees is named, in another unit too',
    doc: docWith([
      summary(
        { current: '15.00', carry: '', total: '15.00', gpb: '15.00' },
        {
          classes: [
            ['210', '10.00'],
            ['208', '5.00'],
          ],
          current: '15.00',
          total: '15.00',
        },
      ),
      {
        ...table(
          'expenditure',
          [col('total')],
          [coded('210', { total: '100000' }), coded('221', { total: '50000' })],
        ),
        unit: '元',
      },
      table('income', [col('total')], [coded('210', { total: '10.00' }), coded('208', { total: '5.00' })]),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'name-vs-catalog',
    name: 'the name in force, a former name and a garbled name pass',
    doc: docWith([
      table(
        'expenditure',
        [col('total')],
        [
          coded('2101501', { total: '1.00' }, { name: '行政运行' }),
          coded('20805', { total: '1.00' }, { name: '行政事业单位离退休' }),
          coded('2013804', { total: '1.00' }, { name: '市场主体管理' }),
          coded('207', { total: '1.00' }, { name: '（七）文化体育旅游与传媒支出' }),
          coded('2101502', { total: '1.00' }, { name: '苴伷社会' }),
        ],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'name-vs-catalog',
    name: 'a name of another code is caught',
    doc: docWith([
      table('expenditure', [col('total')], [coded('2101501', { total: '1.00' }, { name: '事业运行' })]),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'text-direction',
    name: '增加 where the amount rose, 基本持平 within 5% pass',
    doc: docWith([], {
      text: {
        figures: [
          figure('a', 'change', '10.00万元', '10.00', {
            direction: 'increase',
            operands: {
              current: { value: '110.00', source: '本年' },
              prior: { value: '100.00', source: '上年' },
            },
          }),
          figure('b', 'change', '2.00万元', '2.00', {
            direction: 'flat',
            sentence: '与上年基本持平',
            operands: {
              current: { value: '102.00', source: '本年' },
              prior: { value: '100.00', source: '上年' },
            },
          }),
        ],
      },
    }),
    expect: [],
  },
  {
    rule: 'text-direction',
    name: '减少 where the amount rose, 持平 beside a change, and 增长 computed from a 减少 are caught',
    doc: docWith([], {
      text: {
        figures: [
          figure('a', 'change', '10.00万元', '10.00', {
            direction: 'decrease',
            operands: {
              current: { value: '110.00', source: '本年' },
              prior: { value: '100.00', source: '上年' },
            },
          }),
          figure('b', 'change', '5.00万元', '5.00', { direction: 'flat' }),
          figure('c', 'growth', '10.00%', '10.00', {
            direction: 'increase',
            operands: { current: { value: '110.00', source: '本年' }, change: { figure: 'a' } },
          }),
        ],
      },
    }),
    expect: ['mismatch', 'mismatch', 'mismatch'],
  },
  {
    rule: 'final-carry-over',
    name: '年末结转 = 年初结转 + 收入 − 支出 holds in the summary and by row',
    doc: docWith(
      [
        table(
          'summary',
          [col('total', 0), col('total', 1)],
          [
            line('rev.current', { total: '100.00' }, 0, 'total'),
            line('carry.total', { total: '5.00' }, 0),
            line('exp.current', { total: '90.00' }, 1, 'total'),
            line('end.total', { total: '15.00' }, 1),
          ],
        ),
        table(
          'gov-fund',
          [col('carry.total'), col('rev.current'), col('exp.current'), col('end.total')],
          [
            coded('229', {
              'carry.total': '1.00',
              'rev.current': '4.00',
              'exp.current': '3.00',
              'end.total': '2.00',
            }),
          ],
        ),
      ],
      { kind: 'final-account', template: 'final' },
    ),
    expect: [],
  },
  {
    rule: 'final-carry-over',
    name: 'a wrong end carry-over is caught in the summary and by row',
    doc: docWith(
      [
        table(
          'summary',
          [col('total', 0), col('total', 1)],
          [
            line('rev.current', { total: '100.00' }, 0, 'total'),
            line('carry.total', { total: '5.00' }, 0),
            line('exp.current', { total: '90.00' }, 1, 'total'),
            line('end.total', { total: '25.00' }, 1),
          ],
        ),
        table(
          'gov-fund',
          [col('carry.total'), col('rev.current'), col('exp.current'), col('end.total')],
          [
            coded('229', {
              'carry.total': '1.00',
              'rev.current': '4.00',
              'exp.current': '3.00',
              'end.total': '3.00',
            }),
          ],
        ),
      ],
      { kind: 'final-account', template: 'final' },
    ),
    expect: ['mismatch', 'mismatch'],
  },
  {
    rule: 'final-carry-over',
    name: 'a budget is not checked',
    doc: docWith([]),
    expect: [],
    run: 'not-applicable',
  },
  // kinds other provinces print (issue 12); more cases in tableKinds.test.ts
  {
    rule: 'column-class-totals',
    name: '一般公共预算支出经济分类表: 合计 = Σ 类',
    doc: docWith([
      table(
        'gpb-economic',
        [col('total')],
        [total({ total: '150.00' }), coded('301', { total: '100.00' }), coded('302', { total: '50.00' })],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'column-class-totals',
    name: '一般公共预算支出经济分类表: 合计 ≠ Σ 类',
    doc: docWith([
      table(
        'gpb-economic',
        [col('total')],
        [total({ total: '160.00' }), coded('301', { total: '100.00' }), coded('302', { total: '50.00' })],
      ),
    ]),
    expect: ['mismatch'],
  },
  { rule: 'column-class-totals', name: 'no such table', doc: docWith([]), expect: [], run: 'not-applicable' },
  // 项目支出表: 合计 = Σ projects (issue 12); more cases in projectTotals.test.ts
  {
    rule: 'column-project-totals',
    name: '项目支出表: 合计 = Σ 项目',
    doc: docWith([
      table(
        'projects',
        [col('total')],
        [
          total({ total: '150.00' }),
          project('项目甲', { total: '100.00' }),
          project('项目乙', { total: '50.00' }),
        ],
      ),
    ]),
    expect: [],
  },
  {
    rule: 'column-project-totals',
    name: '项目支出表: 合计 ≠ Σ 项目',
    doc: docWith([
      table(
        'projects',
        [col('total')],
        [
          total({ total: '160.00' }),
          project('项目甲', { total: '100.00' }),
          project('项目乙', { total: '50.00' }),
        ],
      ),
    ]),
    expect: ['mismatch'],
  },
  {
    rule: 'column-project-totals',
    name: '项目支出表 without a 合计',
    doc: docWith([table('projects', [col('total')], [project('项目甲', { total: '100.00' })])]),
    expect: [],
    run: 'not-applicable',
  },
  {
    rule: 'cross-kind-totals',
    name: '经济分类表合计 = 一般公共预算支出表合计',
    doc: docWith([
      table('gpb-expenditure', [col('total')], [total({ total: '150.00' })]),
      table('gpb-economic', [col('total')], [total({ total: '150.00' })]),
    ]),
    expect: [],
  },
  {
    rule: 'cross-kind-totals',
    name: '按资金来源的基本支出表合计 ≠ 支出总表基本支出',
    doc: docWith([
      expenditure('150.00', '100.00', '50.00'),
      table('basic-by-source', [col('total')], [total({ total: '90.00' })]),
    ]),
    expect: ['mismatch'],
  },
  { rule: 'cross-kind-totals', name: 'no such table', doc: docWith([]), expect: [], run: 'not-applicable' },
]

describe.each(RULES.map((r) => r.id))('rule %s', (id) => {
  const cases = CASES.filter((c) => c.rule === id)
  it('has cases that must pass and cases that must be caught', () => {
    // these share their mechanism with a rule tested both ways (rowIdentityRule, compareFacts) or only inform
    if (
      [
        'info-operating-costs',
        'row-basic-by-economic-class',
        'row-personnel-split',
        'row-public-split',
        'row-vehicle-split',
      ].includes(id)
    )
      return
    expect(cases.some((c) => c.expect.length === 0)).toBe(true)
    expect(cases.some((c) => c.expect.some((s) => s !== 'rounding-tail'))).toBe(true)
  })
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const templates = [
      EMPTY_TEMPLATE,
      { ...EMPTY_TEMPLATE, id: 'one-table', tables: ['expenditure' as const] },
      { ...EMPTY_TEMPLATE, id: 'two-tables', tables: ['expenditure' as const, 'projects' as const] },
    ]
    const revised = { ...EMPTY_TEMPLATE, id: 'revised' }
    const final = { ...EMPTY_TEMPLATE, id: 'final', kind: 'final-account' as const }
    const doc = parseDisclosure(c.doc, { templates: [...templates, revised, final] })
    const rule = RULES.find((r) => r.id === id)!
    const report = reconcile(doc, {
      rules: [rule],
      templates: [...templates, { ...revised, tables: ['projects' as const] }],
    })
    expect(report.coverage[0]?.status).toBe(c.run ?? 'ran')
    expect(report.findings.map((f) => f.status)).toEqual(c.expect)
    for (const f of report.findings) {
      expect(f.message.zh).not.toBe(f.messageId)
      expect(f.message.en).not.toBe(f.messageId)
    }
  })
})

describe('text-amount-vs-table words', () => {
  // the words of a finding are made only when there is one: they must still name the table, the
  // text's section and figure, and the cell compared
  it('names the table, the section and the figure of a wrong amount, and makes none for amounts that agree', () => {
    const doc = parseDisclosure(
      docWith([expenditure('8944.03', '658.67', '8285.36')], {
        text: {
          figures: [
            figure('a', 'amount', '8944.03万元', '8944.03', {
              refersTo: { table: 'expenditure', row: { name: '合计' }, column: 'total' },
            }),
            figure('b', 'amount', '658.76万元', '658.76', {
              refersTo: { table: 'expenditure', row: { name: '合计' }, column: 'exp.basic' },
            }),
          ],
        },
      }),
    )
    const rule = RULES.find((r) => r.id === 'text-amount-vs-table')!
    const report = reconcile(doc, { rules: [rule] })
    expect(report.coverage[0]?.checks).toBe(2)
    expect(report.findings).toHaveLength(1)
    const [f] = report.findings
    expect(f?.where).toEqual({ figure: 'b', section: '一、说明', sentence: '句子b' })
    expect(f?.related).toEqual([{ table: 'expenditure', column: 'exp.basic' }])
    expect(f?.params.placeA).toBe(`《${doc.tables[0]?.title}》`)
    expect(f?.params.placeB).toBe('说明“一、说明”')
    expect(f?.params.fact).toBe('数字b')
    expect(String(f?.params.factEn)).toContain('数字b (')
  })
})
