/**
 * Ties the amounts of the explanatory text to the table cells they restate. A link is made only
 * when the cell prints the same value, in the same unit, and the words of the sentence agree with
 * the table and the row or column (收入总计 → the 收入总计 row; 公务接待费 → the 公务接待费 column
 * of the “三公” table …): a link is what the reconciliation checks the text against, so a wrong one
 * would raise a false alarm. An amount left unlinked keeps its subject, and a `TEXT_FIGURE_UNLINKED`
 * diagnostic says so.
 * @module
 */
import { FACT_KEYS, type FactKey } from '../../model/factKeys'
import type { PrintedTable, Row } from '../../model/table'
import type { CellRef, TextFigure } from '../../model/textFigure'
import { amount, eq } from '../../money/decimal'
import type { Amount } from '../../money/types'
import type { ReadDiagnostic } from '../types'
import type { ExplanatoryTextContext } from './types'

/** Words of a sentence that point at a kind of table. */
const TABLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  summary: ['收入总计', '支出总计', '收支总计', '收、支总计', '收入合计', '支出合计', '结转', '收入'],
  income: ['收入'],
  expenditure: ['支出合计', '基本支出', '项目支出'],
  'fiscal-summary': ['财政拨款收', '收支预算', '（类）', '(类)'],
  'gpb-expenditure': ['一般公共预算', '年初预算', '决算数'],
  'gpb-basic': ['基本支出', '人员经费', '公用经费'],
  'gpb-basic-detail': ['人员经费', '公用经费'],
  'economic-summary': ['经济分类'],
  'three-public': ['三公', '因公出国', '公务接待', '公务用车'],
  'gov-fund': ['政府性基金'],
  'soe-capital': ['国有资本经营'],
  projects: ['项目'],
  'operating-costs': ['运行经费', '运转经费'],
  'department-performance': ['绩效'],
  procurement: ['政府采购'],
  assets: ['固定资产', '资产'],
}

const TOTAL_WORDS = ['合计', '总计', '总额', '预算为', '年初预算', '支出决算', '预算']

/** A row's name without ordinal and '其中：'. */
function cleanName(name: string): string {
  return name
    .replace(
      /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])\s*/,
      '',
    )
    .replace(/^其中[：:]?\s*/, '')
    .replace(/\s+/g, '')
}

function parse(value: string): Amount | undefined {
  const plain = value.replace(/[,，\s]/g, '')
  if (!/^-?\d{1,18}(?:\.\d{1,12})?$/.test(plain)) return undefined
  return amount(plain)
}

/** The reference that finds `row` first, as the reconciliation engine resolves one (first row matching every given field). */
function refFor(table: PrintedTable, row: Row, column: FactKey): CellRef | undefined {
  const block = row.block
  const tries: CellRef['row'][] = []
  if (row.key) tries.push({ key: row.key, ...(block !== undefined ? { block } : {}) })
  if (row.code) tries.push({ code: row.code, ...(block !== undefined ? { block } : {}) })
  tries.push({ name: row.name, ...(block !== undefined ? { block } : {}) })
  for (const r of tries) {
    const first = table.rows.find(
      (x) =>
        (r.key === undefined || x.key === r.key) &&
        (r.code === undefined || x.code === r.code) &&
        (r.name === undefined || x.name === r.name) &&
        (r.block === undefined || (x.block ?? 0) === r.block),
    )
    if (first === row) return { table: table.id, row: r, column, ...(block !== undefined ? { block } : {}) }
  }
  return undefined
}

interface Candidate {
  readonly ref: CellRef
  readonly score: number
}

function score(f: TextFigure, table: PrintedTable, row: Row, column: string): number {
  const words = `${f.section} ${f.subject}`
  let s = 0
  for (const w of TABLE_WORDS[table.kind] ?? []) if (f.subject.includes(w)) s += 3
  for (const w of TABLE_WORDS[table.kind] ?? []) if (f.section.includes(w)) s += 1
  const name = cleanName(row.name)
  if (name.length >= 2 && f.subject.includes(name)) s += 2 + name.length
  else if (name.length >= 2 && f.subject.length >= 2 && name.includes(f.subject)) s += 2 + f.subject.length
  const col = table.columns.find((c) => c.key === column && (c.block ?? 0) === (row.block ?? 0))
  const label = cleanName(col?.header[col.header.length - 1] ?? '')
  if (label.length >= 2 && label !== '金额' && label !== '合计' && f.subject.includes(label))
    s += 2 + label.length
  else if (
    isPartColumn(column) &&
    !(name.length >= 2 && (f.subject.includes(name) || name.includes(f.subject))) &&
    !factWords(column).some((w) => f.subject.includes(w))
  )
    // a column of one part (公务用车, 基本支出 …) whose words the sentence does not say: the 三公 total
    // printing the same value as its 公务用车 column is not that column
    return 0
  const totalRow =
    row.kind === 'total' || /^(?:合计|总计)$/.test(name) || (row.key?.endsWith('.total') ?? false)
  if (totalRow && TOTAL_WORDS.some((w) => words.includes(w))) s += 1
  if (column === 'total' && !(label.length >= 2 && f.subject.includes(label))) s += 0.5
  return s
}

/** A column that holds one part of its row (not a total): '3p.vehicle', 'exp.basic' … */
function isPartColumn(column: string): boolean {
  return column !== 'total' && !column.endsWith('.total') && !column.endsWith('total')
}

/** The words that name a column's fact ('3p.vehicle' → 公务用车…), from the fact-key labels. */
function factWords(column: string): string[] {
  const zh = (FACT_KEYS as Readonly<Record<string, { zh: string } | undefined>>)[column]?.zh
  if (!zh) return []
  return zh
    .split(/[，,、（）()及和与\s]+/)
    .map((w) => w.replace(/[“”"]/g, ''))
    .filter((w) => w.length >= 2)
}

/**
 * Links each amount of the text to the one table cell it restates, where one can be told.
 *
 * @param figures - the figures read from the text
 * @param context - the document's recognized tables and amount unit
 * @returns the figures (linked ones with `refersTo`) and a diagnostic for each amount left unlinked
 * @example
 * ```ts
 * linkFigures(figures, { amountUnit: '万元', tables: doc.tables }).figures[0]?.refersTo
 * // { table: 'summary', row: { key: 'rev.total', block: 0 }, column: 'total', block: 0 }
 * ```
 */
export function linkFigures(
  figures: readonly TextFigure[],
  context: ExplanatoryTextContext,
): { figures: TextFigure[]; diagnostics: ReadDiagnostic[] } {
  const diagnostics: ReadDiagnostic[] = []
  const cells: { table: PrintedTable; row: Row; column: FactKey; value: Amount }[] = []
  for (const table of context.tables) {
    if ((table.unit ?? context.amountUnit) === undefined) continue
    for (const row of table.rows)
      for (const [column, cell] of Object.entries(row.cells)) {
        const value = parse(cell === '' ? '0' : (cell ?? ''))
        if (value) cells.push({ table, row, column: column as FactKey, value })
      }
  }
  const out = figures.map((f) => {
    if (f.kind !== 'amount' || !(f.unit === '万元' || f.unit === '元' || f.unit === '亿元')) return f
    const value = parse(f.value)
    let best: Candidate | undefined
    let tie = false
    for (const c of value ? cells : []) {
      if (!value || (c.table.unit ?? context.amountUnit) !== f.unit || !eq(c.value, value)) continue
      const s = score(f, c.table, c.row, c.column)
      if (s < 3) continue
      if (best && s === best.score) {
        tie = true
        continue
      }
      if (best && s < best.score) continue
      const ref = refFor(c.table, c.row, c.column)
      if (!ref) continue
      best = { ref, score: s }
      tie = false
    }
    if (best && !tie) return { ...f, refersTo: best.ref }
    diagnostics.push({
      code: 'TEXT_FIGURE_UNLINKED',
      severity: 'info',
      ...(f.page !== undefined ? { page: f.page } : {}),
      message: {
        zh: `说明“${f.section}”中的“${f.subject}”${f.printed}未能对应到表格单元格${tie ? '（有多个同值单元格）' : ''}`,
        en: `"${f.subject}" ${f.printed} in section "${f.section}" could not be tied to a table cell${tie ? ' (several cells print that value)' : ''}`,
      },
    })
    return f
  })
  return { figures: budgetsBeside(out, context.tables), diagnostics }
}

/**
 * A completion rate that states no budget ('其中：因公出国（境）费决算为2.40万元，完成预算的80.00%') whose actual
 * is linked to the 决算数 row of a table printing 预算数 beside it (the “三公” 决算表): its budget is the same
 * column of the 预算数 row, as printed. Other figures are returned as they are.
 * @example
 * ```ts
 * budgetsBeside(figures, doc.tables).find((f) => f.kind === 'completion')?.operands?.budget
 * // { cell: { table: 'three-public', row: { key: 'fa.budget', block: 0 }, column: '3p.abroad', block: 0 } }
 * ```
 */
function budgetsBeside(figures: TextFigure[], tables: readonly PrintedTable[]): TextFigure[] {
  const byId = new Map(figures.map((f) => [f.id, f]))
  return figures.map((f) => {
    const actual = f.operands?.actual
    if (f.kind !== 'completion' || f.operands?.budget !== undefined || !actual || !('figure' in actual))
      return f
    const ref = byId.get(actual.figure)?.refersTo
    if (ref?.row.key !== 'fa.actual') return f
    const table = tables.find((t) => t.id === ref.table)
    const row = table?.rows.find((r) => r.key === 'fa.budget' && r.cells[ref.column] !== undefined)
    const budget = table && row ? refFor(table, row, ref.column) : undefined
    return budget ? { ...f, operands: { ...f.operands, budget: { cell: budget } } } : f
  })
}
