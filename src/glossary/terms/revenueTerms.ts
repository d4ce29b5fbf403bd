/**
 * Glossary entries: revenue lines of the 收入 tables other than the fund-source columns.
 * @module
 */
import type { Glossary } from '../types'

/**
 * Revenue terms (事业收入, 经营收入, 上级补助收入 …). Internal part of `GLOSSARY`; import `GLOSSARY` instead.
 *
 * @example
 * ```ts
 * revenueTerms['public-institution-revenue'].id // 'public-institution-revenue'
 * ```
 */
export const revenueTerms = {
  'public-institution-revenue': {
    id: 'public-institution-revenue',
    term: '事业收入',
    aliases: ['事业收入（不含教育收费）'],
    category: 'revenue',
    definition:
      '事业单位因开展本单位的专业业务及与之配套的辅助活动而获得的收入；已纳入财政专户管理的教育收费不在此列。',
    en: {
      term: 'public-institution service revenue',
      definition:
        'Revenue a public institution earns from its professional services and the activities supporting them. Education fees kept in a fiscal special account are not included.',
      aliases: ['service revenue', 'institutional revenue'],
    },
    tables: [
      { table: '部门收入总表', column: '事业收入' },
      { table: '收入决算表', column: '事业收入' },
    ],
    related: ['unit-funds', 'operating-revenue', 'special-account-funds'],
  },
  'operating-revenue': {
    id: 'operating-revenue',
    term: '经营收入',
    aliases: ['事业单位经营收入'],
    category: 'revenue',
    definition:
      '事业单位在主营的专业业务及其配套活动以外，从事不单独核算的经营性活动所获得的收入；单独核算的经营活动不在此列。',
    en: {
      term: 'business revenue of public institutions',
      definition:
        'Revenue a public institution earns from commercial activities outside its professional services and their supporting activities, where those activities are not accounted for as a separate entity.',
      aliases: ['operating revenue', 'business income'],
    },
    tables: [
      { table: '部门收入总表', column: '事业单位经营收入' },
      { table: '收入决算表', column: '经营收入' },
    ],
    related: ['operating-expenditure', 'unit-funds', 'public-institution-revenue'],
  },
  'higher-level-subsidy-revenue': {
    id: 'higher-level-subsidy-revenue',
    term: '上级补助收入',
    aliases: [],
    category: 'revenue',
    definition: '事业单位从其主管部门或上级单位得到的补助，这笔钱不是财政拨款（上级单位用自有资金拨付）。',
    en: {
      term: 'subsidy revenue from higher-level units',
      definition:
        'Subsidies a public institution receives from its supervising department or another higher-level unit out of that unit’s own, non-appropriated money.',
    },
    tables: [
      { table: '部门收入总表', column: '上级补助收入' },
      { table: '收入决算表', column: '上级补助收入' },
    ],
    related: ['unit-funds', 'subsidies-to-subsidiaries'],
  },
  'subsidiary-remittance-revenue': {
    id: 'subsidiary-remittance-revenue',
    term: '附属单位上缴收入',
    aliases: [],
    category: 'revenue',
    definition: '事业单位下属的、实行独立核算的单位，依照有关规定交给该事业单位的款项。',
    en: {
      term: 'remittances from subsidiary units',
      definition:
        'Money that separately accounted subsidiary units hand over to the public institution they belong to, as the applicable rules require.',
    },
    tables: [
      { table: '部门收入总表', column: '附属单位上缴收入' },
      { table: '收入决算表', column: '附属单位上缴收入' },
    ],
    related: ['unit-funds', 'remittance-to-higher-level'],
  },
  'other-revenue': {
    id: 'other-revenue',
    term: '其他收入',
    aliases: [],
    category: 'revenue',
    definition:
      '不属于财政拨款收入、事业收入、经营收入、上级补助收入、附属单位上缴收入中任何一类的收入，例如利息、捐赠、投资收益或借款。',
    en: {
      term: 'other revenue',
      definition:
        'Any revenue that is not a fiscal appropriation, public-institution service revenue, business revenue, a subsidy from a higher-level unit or a remittance from a subsidiary, for example interest, donations, investment income or borrowing.',
      aliases: ['miscellaneous revenue'],
    },
    tables: [
      { table: '部门收入总表', column: '其他收入' },
      { table: '收入决算表', column: '其他收入' },
    ],
    related: ['unit-funds'],
  },
  'use-of-institution-fund': {
    id: 'use-of-institution-fund',
    term: '用事业基金弥补收支差额',
    aliases: ['用事业基金弥补'],
    category: 'revenue',
    definition:
      '事业单位本年的各项收入不够支付本年支出时，动用历年结余中按规定提取形成的事业基金来填补缺口的金额；它在收支总表的收入一方列示，但不是本年新取得的收入。',
    en: {
      term: 'drawing on the institution fund to cover a shortfall',
      definition:
        'The amount a public institution takes from its institution fund (built up from earlier years’ surpluses as the rules allow) when the year’s revenue does not cover the year’s spending. It is shown on the revenue side of the summary table but is not new revenue.',
      aliases: ['use of reserve fund'],
    },
    tables: [{ table: '部门收支总表', column: '用事业基金弥补收支差额' }],
    related: ['use-of-non-fiscal-balance', 'carryover-and-balance'],
  },
  'use-of-non-fiscal-balance': {
    id: 'use-of-non-fiscal-balance',
    term: '使用非财政拨款结余',
    aliases: ['使用非财政拨款结余（含专用结余）', '使用非财政拨款结余和专用结余'],
    category: 'carryover',
    definition:
      '决算用语：事业单位把以前年度留下的、不属于财政拨款的结余（包括专用结余）拿来填补本年收支缺口的金额。',
    en: {
      term: 'use of non-appropriation balances',
      definition:
        'A final-account line: the amount of earlier years’ balances that did not come from fiscal appropriations (including earmarked balances) that a public institution uses to close the year’s gap between revenue and spending.',
    },
    tables: [{ table: '收入支出决算总表', column: '使用非财政拨款结余' }],
    related: ['use-of-institution-fund', 'surplus-distribution', 'carryover-and-balance'],
  },
} as const satisfies Glossary
