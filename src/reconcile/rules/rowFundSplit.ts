import type { FactKey } from '../../model/factKeys'
import type { PrintedTable } from '../../model/table'
import { label } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { countedOnce, parentsWithChildren } from '../keyedLines'
import { byShape, ShapeMemo, type TableShape } from '../tableShape'
import { type AcrossSum, runTableSums, type SumSpec, type TableSums, withTableSums } from '../tableSums'

// Fund sources that add up to the year's money; 其中 (of which) columns are not added.
const SOURCES: readonly FactKey[] = [
  'src.gpb',
  'src.fiscal',
  'src.gov-fund',
  'src.soe-capital',
  'src.special-account',
  'src.special-account.education',
  'src.special-account.other',
  'src.unit-funds',
  'src.business',
  'src.operating',
  'src.superior',
  'src.affiliates',
  'src.other',
  'src.business-fund',
  'src.non-fiscal-balance',
]
const CARRY_PARTS: readonly FactKey[] = [
  'carry.gpb',
  'carry.gov-fund',
  'carry.soe-capital',
  'carry.special-account',
  'carry.unit-funds',
]
const KINDS = [
  'income',
  'economic-summary',
  'fiscal-summary',
  'projects',
  'three-public',
  'special-funds',
  'basic-by-source',
]

const text = (keys: readonly FactKey[], lang: 'zh' | 'en') => keys.map((k) => label(k)[lang]).join(' + ')

// The sums of a table: a function of its columns, found once per table
const PLANS = new ShapeMemo<TableSums>()

/**
 * The across sums of a table (合计 = its fund columns, in each row), from its columns alone.
 * @example
 * planOf(table).across // per block: 合计 = Σ its fund columns, checked in every row
 */
function planOf(table: TableShape): TableSums {
  const across: AcrossSum[] = []
  const check = (total: FactKey, parts: readonly FactKey[], block: number) => {
    if (parts.length < 2 && !(parts.length === 1 && parts[0] !== total)) return
    const identity = {
      zh: `${label(total).zh} = ${text(parts, 'zh')}`,
      en: `${label(total).en} = ${text(parts, 'en')}`,
    }
    across.push({ block, total, parts, identity })
  }
  for (const block of new Set(table.columns.map((c) => c.block ?? 0))) {
    const keys = new Set(table.columns.filter((c) => (c.block ?? 0) === block).map((c) => c.key))
    const printed = SOURCES.filter((k) => keys.has(k))
    // a 财政拨款 小计 column beside its parts: the parts are not added again
    const sources = countedOnce(printed, (k) => k)
    for (const { parent, children } of parentsWithChildren(printed)) check(parent, children, block)
    const carryParts = CARRY_PARTS.filter((k) => keys.has(k))
    const carry: FactKey[] = keys.has('carry.total') ? ['carry.total'] : carryParts
    if (sources.length === 0) continue
    if (keys.has('rev.current')) {
      if (sources.length >= 1) check('rev.current', sources, block)
      if (keys.has('total') && carry.length > 0) check('total', ['rev.current', ...carry], block)
    } else if (keys.has('total') && sources.length + carry.length >= 2) {
      check('total', [...sources, ...carry], block)
    }
    if (keys.has('carry.total') && carryParts.length >= 1) check('carry.total', carryParts, block)
  }
  return { across, down: [] }
}

/**
 * The across sums of `sums` a table can check: none over a block printing a value column that was
 * not read (`unmappedColumns`), whose cells a row's sum of its fund columns would miss.
 * @example
 * checkable(sums, { unmappedColumns: [{ header: ['教育收费'] }] }).across // block 0's sums dropped
 */
function checkable(sums: TableSums, table: Pick<PrintedTable, 'unmappedColumns'>): TableSums {
  const unread = table.unmappedColumns
  if (unread === undefined || unread.length === 0) return sums
  const blocks = new Set(unread.map((c) => c.block ?? 0))
  return { ...sums, across: sums.across.filter((a) => !blocks.has(a.block)) }
}

const SPEC: SumSpec = {
  applies: (table) => KINDS.includes(table.kind),
  sumsOf: (table) => checkable(byShape(PLANS, table, planOf), table),
  severity: 'error',
}

/**
 * Fund-source identities on every row of the tables that split money by source (收入总表,
 * 支出经济分类汇总表, 财政拨款收支总表's expenditure block, 项目支出表, 河北 “三公” table, 广东's
 * 部门预算基本支出预算表):
 * 本年收入 = Σ sources; 上年结转 = Σ carry-overs by fund; 合计 = 本年 + 上年结转 (or Σ sources +
 * carry-overs where no 本年 column is printed). 其中 columns (其中：财政拨款) are not added, and a
 * subtotal column (财政拨款 小计 beside 一般公共预算, 政府性基金 …) is added instead of its parts, which
 * are checked against it (小计 = Σ parts). A block printing a value column that was not read
 * (`unmappedColumns`: a heading that names no fact key) is not checked across: its rows' sums would
 * miss that column's cells.
 *
 * @example
 * ```ts
 * rowFundSplit.check(doc).findings.map((f) => f.where.row?.name)
 * ```
 */
export const rowFundSplit = /*#__PURE__*/ withTableSums(
  /*#__PURE__*/ defineRule({
    id: 'row-fund-split',
    title: { zh: '合计 = 各资金来源之和', en: 'Total = sum of fund sources' },
    family: 'within-table',
    severity: 'error',
    reads: {
      zh: '收入总表、经济分类汇总表、财政拨款收支总表（支出栏）、项目支出表、“三公”表、基本支出预算表（按资金来源）各行的资金来源列',
      en: 'fund-source columns of the revenue, economic-summary, fiscal-summary (expenditure block), project, three-public and basic-by-source tables',
    },
    check: (doc) => {
      const { checks, findings } = runTableSums(doc, SPEC)
      return checks === 0
        ? notApplicable('没有按资金来源分列的表', 'no table splits money by fund source')
        : { status: 'ran', checks, findings }
    },
  }),
  SPEC,
)
