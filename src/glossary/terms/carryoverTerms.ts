/**
 * Glossary entries: carry-over and balances (结转结余), the lines that link one year to the next.
 * @module
 */
import type { Glossary } from '../types'

/**
 * Carry-over terms (结转结余, 上年结转, 年末结转和结余, 结余分配 …). Internal part of `GLOSSARY`; import `GLOSSARY` instead.
 *
 * @example
 * ```ts
 * carryoverTerms['carryover-and-balance'].id // 'carryover-and-balance'
 * ```
 */
export const carryoverTerms = {
  'carryover-and-balance': {
    id: 'carryover-and-balance',
    term: '结转结余',
    aliases: ['结转和结余', '结转结余资金', '财政拨款结转结余'],
    category: 'carryover',
    definition:
      '年度结束时尚未花掉的资金。其中“结转”是项目尚未完成、下一年度还要按原定用途接着使用的部分；“结余”是项目已完成或因故终止后剩下的部分。按资金来源又分财政拨款结转结余和非财政拨款结转结余。',
    en: {
      term: 'carry-over and balances',
      definition:
        'Money left unspent at the end of a year. A carry-over (结转) belongs to work still under way and will be spent next year for the same purpose; a balance (结余) is what remains after a project has been completed or stopped. Both are further split by fund source.',
      aliases: ['carryover', 'unspent balance'],
    },
    tables: [
      { table: '项目支出表', column: '财政拨款结转结余' },
      { table: '收入支出决算总表', column: '年末结转和结余' },
    ],
    related: [
      'prior-year-carryover',
      'opening-carryover-and-balance',
      'year-end-carryover-and-balance',
      'carryover-rate',
    ],
  },
  'prior-year-carryover': {
    id: 'prior-year-carryover',
    term: '上年结转',
    aliases: ['上年结转结余', '上年结转资金', '上年结转和结余'],
    category: 'carryover',
    definition:
      '预算用语：往年已经安排但没有用完、转入本年度并且仍须按原来确定的用途使用的资金；在收支总表中列在本年收入之后，与本年收入一起构成收入总计。',
    en: {
      term: 'carry-over from the previous year',
      definition:
        'A budget line: money allocated in earlier years, not yet spent, and brought into this year to be used for the purpose originally set. In the summary table it follows the year’s revenue, and the two together make the revenue grand total.',
      aliases: ['prior-year carryover', 'brought forward'],
    },
    tables: [
      { table: '部门收支总表', column: '上年结转' },
      { table: '部门收入总表', column: '上年结转结余' },
      { table: '支出经济分类汇总表', column: '上年结转结余' },
    ],
    related: ['carryover-and-balance', 'opening-carryover-and-balance', 'total-revenue'],
  },
  'opening-carryover-and-balance': {
    id: 'opening-carryover-and-balance',
    term: '年初结转和结余',
    aliases: ['年初结转结余', '年初财政拨款结转和结余'],
    category: 'carryover',
    definition:
      '决算用语：年度开始时单位账上已有的、来自以前年度的资金，既包括工作尚未完成而需继续按原用途使用的结转，也包括项目结束后剩下的结余；数额通常与上一年度决算的年末结转和结余相衔接。',
    en: {
      term: 'opening carry-over and balances',
      definition:
        'A final-account line: money from earlier years that the unit holds at the start of the year, both carry-overs for work still to be finished for the original purpose and balances left after projects ended. It normally follows on from the previous year’s closing carry-over and balances.',
      aliases: ['balance brought forward'],
    },
    tables: [
      { table: '收入支出决算总表', column: '年初结转和结余' },
      { table: '财政拨款收入支出决算总表', column: '年初财政拨款结转和结余' },
      { table: '政府性基金预算财政拨款收入支出决算表', column: '年初结转和结余' },
    ],
    related: ['prior-year-carryover', 'year-end-carryover-and-balance', 'carryover-and-balance'],
  },
  'year-end-carryover-and-balance': {
    id: 'year-end-carryover-and-balance',
    term: '年末结转和结余',
    aliases: ['年末结转结余', '年末财政拨款结转和结余'],
    category: 'carryover',
    definition:
      '决算用语：年度终了时按规定转入下一年度或以后年度继续使用的资金，以及项目完成等原因留下的结余；在收支总表的支出一方列在本年支出之后，与本年支出一起构成支出总计。',
    en: {
      term: 'closing carry-over and balances',
      definition:
        'A final-account line: money that, at the end of the year, is carried into the next or later years under the rules, together with balances left when projects were completed. It follows the year’s spending on the expenditure side of the summary table, and the two together make the expenditure grand total.',
      aliases: ['balance carried forward'],
    },
    tables: [
      { table: '收入支出决算总表', column: '年末结转和结余' },
      { table: '财政拨款收入支出决算总表', column: '年末财政拨款结转和结余' },
      { table: '政府性基金预算财政拨款收入支出决算表', column: '年末结转和结余' },
    ],
    related: ['opening-carryover-and-balance', 'carryover-and-balance', 'total-expenditure'],
  },
  'surplus-distribution': {
    id: 'surplus-distribution',
    term: '结余分配',
    aliases: [],
    category: 'carryover',
    definition:
      '决算用语：事业单位依会计制度对本年结余所作的处理，例如缴纳所得税、提取专用结余、转入非财政拨款结余等所涉及的金额。',
    en: {
      term: 'appropriation of surplus',
      definition:
        'A final-account line: what a public institution does with the year’s surplus under its accounting rules, such as paying income tax, setting aside earmarked balances or moving amounts into non-appropriation balances.',
      aliases: ['surplus allocation'],
    },
    tables: [{ table: '收入支出决算总表', column: '结余分配' }],
    related: ['use-of-non-fiscal-balance', 'year-end-carryover-and-balance'],
  },
} as const satisfies Glossary
