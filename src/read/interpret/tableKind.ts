import type { TableKind } from '../../model/tableKinds'
import type { GridTable } from '../layout/types'
import { normalizeLabel } from './normalizeLabel'

/** What a printed table was recognized as, or why it was not. */
export type TableKindResult =
  | {
      readonly status: 'recognized'
      readonly kind: TableKind
      readonly evidence: 'title' | 'number' | 'header'
    }
  | { readonly status: 'unrecognized'; readonly reason: { readonly zh: string; readonly en: string } }

interface TitleRule {
  readonly kind: TableKind
  /** Every pattern must match the folded title. */
  readonly all: readonly RegExp[]
  /** No pattern may match. */
  readonly none?: readonly RegExp[]
}

// Order matters: the most specific wording first (a 项目支出绩效目标表 is not a 项目支出表, a
// 一般公共预算基本支出表 is not a 一般公共预算支出表, nor a 一般公共预算支出经济分类表). Every pattern is a plain alternation of literals.
const TITLE_RULES: readonly TitleRule[] = [
  { kind: 'project-self-evaluation', all: [/项目/, /自评/] },
  { kind: 'department-self-evaluation', all: [/自评/] },
  { kind: 'project-performance', all: [/项目/, /绩效/], none: [/整体/] },
  { kind: 'department-performance', all: [/整体/, /绩效/] },
  { kind: 'three-public', all: [/三公/] },
  { kind: 'operating-costs', all: [/运行经费|运转经费/] },
  { kind: 'procurement', all: [/政府采购/] },
  { kind: 'assets', all: [/国有资产|资产占用/] },
  { kind: 'special-funds', all: [/专项资金/], none: [/绩效/] },
  { kind: 'gov-fund', all: [/政府性基金/] },
  { kind: 'soe-capital', all: [/国有资本经营/] },
  // 一般公共预算项目支出情况表（按经济分类科目） (广东): by economic class, not by project
  { kind: 'gpb-project-economic', all: [/一般公共预算/, /项目支出/, /经济分类|经济科目/] },
  { kind: 'projects', all: [/项目支出/], none: [/绩效|购买服务/] },
  { kind: 'gpb-basic-detail', all: [/一般公共预算/, /基本支出/, /明细/], none: [/决算/] },
  { kind: 'gpb-basic', all: [/一般公共预算/, /基本支出/] },
  // 财政拨款基本支出表（经济科目） (江苏 公开06表): every 财政拨款, by economic class
  { kind: 'fiscal-basic', all: [/财政拨款/, /基本支出/], none: [/决算|明细|绩效|项目|收入/] },
  // 部门预算基本支出预算表 (广东): every fund source, by unit and economic class; a 财政拨款 one is not it
  { kind: 'basic-by-source', all: [/基本支出/], none: [/财政拨款|决算|明细|绩效|项目/] },
  // 一般公共预算支出经济分类情况表 (福建): the whole 一般公共预算 expenditure, by economic class
  { kind: 'gpb-economic', all: [/一般公共预算/, /支出/, /经济分类|经济科目/], none: [/收入/] },
  { kind: 'gpb-expenditure', all: [/一般公共预算/, /支出/], none: [/收入/] },
  { kind: 'economic-summary', all: [/经济分类/, /支出/], none: [/基本支出/] },
  { kind: 'fiscal-summary', all: [/财政拨款/, /收支|收入支出/] },
  // 财政拨款支出表（功能科目） (江苏 公开05表): every 财政拨款, by functional class; not the 支出总表
  {
    kind: 'fiscal-expenditure',
    all: [/财政拨款/, /支出/],
    none: [/收入|收支|经济|购买服务|转移支付|三公|运行经费|决算/],
  },
  { kind: 'summary', all: [/收支|收入支出|财务收支/] },
  { kind: 'income', all: [/收入/], none: [/支出/] },
  { kind: 'expenditure', all: [/支出/], none: [/收入|购买服务|转移支付|基本支出/] },
]

// A sentence that merely mentions 收支 is not a title.
const SENTENCE = /[。；;，,]/

/** 公开01表 … 公开09表: the national final-account numbering (budget sets of some provinces reuse it). */
const FINAL_ACCOUNT_NUMBERS: Readonly<Record<string, TableKind>> = {
  '01': 'summary',
  '02': 'income',
  '03': 'expenditure',
  '04': 'fiscal-summary',
  '05': 'gpb-expenditure',
  '06': 'gpb-basic',
  '07': 'gov-fund',
  '08': 'soe-capital',
  '09': 'three-public',
}

function byTitle(title: string): TableKind | undefined {
  for (const rule of TITLE_RULES) {
    if (rule.all.every((p) => p.test(title)) && !(rule.none ?? []).some((p) => p.test(title)))
      return rule.kind
  }
  return undefined
}

function byHeader(table: GridTable): TableKind | undefined {
  const labels = table.columns.flatMap((c) => c.header.map(normalizeLabel))
  const has = (p: RegExp) => labels.some((l) => p.test(l))
  const blocks = new Set(table.columns.map((c) => c.block ?? 0))
  if (has(/因公出国/) && has(/公务接待/)) return 'three-public'
  if (blocks.size >= 2 && has(/^收入/) && has(/^支出/)) return 'summary'
  return undefined
}

/**
 * Recognizes the standard table kind of a laid-out table from its printed title (every kind of
 * the bundled templates and the wordings other provinces print: 部门收支总表, 收支总体情况表,
 * 预算单位财务收支预算总表, 财政拨款收支总体情况表, 一般公共预算基本支出部门经济分类预算表 …),
 * then from the 公开NN表 number, then from its header. A table none of them names is
 * `unrecognized`, with the reason: never forced into a kind.
 *
 * @param table - a laid-out table
 * @param docKind - the document's kind, when known (a 决算 明细表 is the 公开06表)
 * @returns the kind and which evidence named it, or the reason it was not recognized
 * @example
 * ```ts
 * tableKindOf({ title: '2026年部门收支总表', pages: [3], columns: [], rows: [], notes: [] })
 * // { status: 'recognized', kind: 'summary', evidence: 'title' }
 * tableKindOf({ title: '政府购买服务明细表', pages: [9], columns: [], rows: [], notes: [] }).status
 * // 'unrecognized'
 * ```
 */
export function tableKindOf(table: GridTable, docKind?: 'budget' | 'final-account'): TableKindResult {
  const title = normalizeLabel(table.title)
    .replace(/^\d{4}年(度)?/, '')
    .replace(/^[一二三四五六七八九十]{1,3}、|^\d{1,2}[、.．]/, '')
  const number = table.number ? normalizeLabel(table.number) : ''
  const numbered = /公开(\d{2})表/.exec(number)
  if (title.length > 0 && title.length <= 60 && !SENTENCE.test(title)) {
    let kind = byTitle(title)
    if (kind === 'gpb-basic-detail' && docKind === 'final-account') kind = 'gpb-basic'
    if (kind) return { status: 'recognized', kind, evidence: 'title' }
  }
  if (numbered && docKind === 'final-account') {
    const kind = FINAL_ACCOUNT_NUMBERS[numbered[1] ?? '']
    if (kind) return { status: 'recognized', kind, evidence: 'number' }
  }
  const kind = byHeader(table)
  if (kind) return { status: 'recognized', kind, evidence: 'header' }
  return {
    status: 'unrecognized',
    reason: {
      zh: `表题“${table.title.slice(0, 60)}”不属于任何标准表类，表头也不足以判断`,
      en: `the title "${table.title.slice(0, 60)}" names no standard table kind, and the header does not tell`,
    },
  }
}
