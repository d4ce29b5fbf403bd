import type { FactKey } from '../../model/factKeys'
import type { PrintedTable } from '../../model/table'
import { cellPlace, cellWhere, sumDraft } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { isKeysOnly } from '../keysOnly'
import type { FindingDraft } from '../types'

// A subtracted figure enters the sum with its sign turned.
const negated = (cell: string | undefined): string | undefined => {
  if (cell === undefined || cell === '' || !/\d/.test(cell)) return cell
  if (/^-?0(\.0+)?$/.test(cell)) return cell.replace('-', '')
  return cell.startsWith('-') ? cell.slice(1) : `-${cell}`
}

const IDENTITY = {
  zh: '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出',
  en: 'carry-over at the end of the year = carry-over at the start + revenue − expenditure',
}

interface Line {
  readonly key: FactKey
  readonly sign: 1 | -1
  readonly block: number
}

/** The two-sided summaries: the end line against the start line, the year's revenue and expenditure. */
const SUMMARY_LINES: readonly { readonly end: FactKey; readonly lines: readonly Line[] }[] = [
  {
    end: 'end.total',
    lines: [
      { key: 'carry.total', sign: 1, block: 0 },
      { key: 'rev.current', sign: 1, block: 0 },
      { key: 'src.non-fiscal-balance', sign: 1, block: 0 },
      { key: 'exp.current', sign: -1, block: 1 },
      { key: 'exp.balance-distribution', sign: -1, block: 1 },
    ],
  },
  {
    end: 'end.fiscal',
    lines: [
      { key: 'carry.fiscal', sign: 1, block: 0 },
      { key: 'rev.current', sign: 1, block: 0 },
      { key: 'exp.current', sign: -1, block: 1 },
    ],
  },
]

/**
 * 年末结转 = 年初结转 + 收入 − 支出 on the lines of a 决算 summary table; returns the number of checks run.
 *
 * @example
 * ```ts
 * // lines 年初结转和结余 10, 本年收入合计 100, 本年支出合计 95, 年末结转和结余 14
 * summaryChecks(table, findings, false) // 1, and one mismatch drafted (10 + 100 − 95 = 15)
 * ```
 */
function summaryChecks(table: PrintedTable, findings: FindingDraft[], keysOnly: boolean): number {
  let checks = 0
  for (const { end, lines } of SUMMARY_LINES) {
    const endIndex = table.rows.findIndex((r) => r.key === end)
    const endRow = table.rows[endIndex]
    if (!endRow || !('total' in endRow.cells)) continue
    const found = lines.map((l) => ({
      line: l,
      row: table.rows.find((r) => r.key === l.key && (r.block ?? 0) === l.block),
    }))
    // the start, the year's revenue and the year's expenditure must all be printed
    if (found.slice(0, 2).some((f) => !f.row) || !found.some((f) => f.line.key === 'exp.current' && f.row))
      continue
    checks++
    const draft = sumDraft({
      where: () => cellWhere(table, endRow, endIndex, 'total'),
      place: () => cellPlace(table, endRow, 'total'),
      identity: IDENTITY,
      parts: found.map((f) => (f.line.sign < 0 ? negated(f.row?.cells.total) : f.row?.cells.total)),
      total: endRow.cells.total,
      severity: 'error',
      keysOnly,
    })
    if (draft) findings.push(draft)
  }
  return checks
}

/**
 * The same identity across the columns of each row (年初结转, 本年收入, 本年支出, 年末结转 printed side by
 * side, as a 财政拨款收支决算表 does); returns the number of checks run.
 *
 * @example
 * ```ts
 * // a row printing carry.total 5, rev.current 20, exp.current 18, end.total 7
 * columnChecks(table, findings, false) // 1, no finding (5 + 20 − 18 = 7)
 * ```
 */
function columnChecks(table: PrintedTable, findings: FindingDraft[], keysOnly: boolean): number {
  const keys = new Set(table.columns.map((c) => c.key))
  const start = keys.has('carry.total')
    ? 'carry.total'
    : keys.has('carry.fiscal')
      ? 'carry.fiscal'
      : undefined
  const endKey = keys.has('end.total') ? 'end.total' : keys.has('end.fiscal') ? 'end.fiscal' : undefined
  if (!start || !endKey || !keys.has('rev.current') || !keys.has('exp.current')) return 0
  let checks = 0
  table.rows.forEach((row, index) => {
    if (!(endKey in row.cells)) return
    checks++
    const draft = sumDraft({
      where: () => cellWhere(table, row, index, endKey),
      place: () => cellPlace(table, row, endKey),
      identity: IDENTITY,
      parts: [row.cells[start], row.cells['rev.current'], negated(row.cells['exp.current'])],
      total: row.cells[endKey],
      severity: 'error',
      keysOnly,
    })
    if (draft) findings.push(draft)
  })
  return checks
}

/**
 * In a final account (决算), what is carried over at the end of the year is what was carried in,
 * plus the year's revenue, minus the year's expenditure: in the 收入支出决算总表 (with 使用非财政拨款结余
 * and 结余分配 where printed), in the 财政拨款收入支出决算总表 (年末财政拨款结转和结余), and in every
 * row of a table that prints the four as columns (政府性基金、国有资本经营预算财政拨款收入支出决算表).
 * Budgets are not checked: a budget's 年末结转 is a plan, not an identity.
 *
 * @example
 * ```ts
 * finalCarryOver.check(doc, { templates: [] }).findings
 * ```
 */
export const finalCarryOver = /*#__PURE__*/ defineRule({
  id: 'final-carry-over',
  title: {
    zh: '年末结转 = 年初结转 + 收入 − 支出（决算）',
    en: 'End carry-over = start carry-over + revenue − expenditure (final accounts)',
  },
  family: 'within-table',
  severity: 'error',
  reads: {
    zh: '决算收支总表、财政拨款收支总表的结转结余行；按列列示年初结转、本年收入、本年支出、年末结转的表',
    en: 'carry-over lines of the final-account summaries; tables printing start carry-over, revenue, expenditure and end carry-over as columns',
  },
  check: (doc, context) => {
    if (doc.kind !== 'final-account') return notApplicable('仅适用于决算', 'final accounts only')
    let checks = 0
    const findings: FindingDraft[] = []
    for (const table of doc.tables) {
      checks +=
        table.kind === 'summary' || table.kind === 'fiscal-summary'
          ? summaryChecks(table, findings, isKeysOnly(context))
          : columnChecks(table, findings, isKeysOnly(context))
    }
    if (checks === 0)
      return notApplicable('未列示年初、年末结转结余', 'no start and end carry-overs are printed')
    return { status: 'ran', checks, findings }
  },
})
