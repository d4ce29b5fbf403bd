import { completion } from '../calc/completion'
import type { RatioResult } from '../calc/types'
import { MedbudgetError } from '../errors'
import type { Disclosure } from '../model/disclosure'
import type { FactKey } from '../model/factKeys'
import type { PrintedTable } from '../model/table'
import { validDocument } from '../model/validatedDocuments'
import { fromCanonical } from '../money/fromCanonical'
import { rowTotalKey } from '../reconcile/facts'

/** One line of a budget-versus-final comparison: the printed budget, the printed actual, completion. */
export interface ExecutionLine {
  readonly code: string
  readonly name: string
  /** Budget as printed in the 预算 document ('' when the code is not in it). */
  readonly budget: string
  /** Actual as printed in the 决算 document ('' when the code is not in it). */
  readonly actual: string
  /** 完成预算的 % (actual / budget × 100), or `undefined` status for a zero or blank budget. */
  readonly completion: RatioResult
}

/** The result of {@link compareBudgetFinal}. */
export interface BudgetFinalComparison {
  readonly department: string
  readonly fiscalYear: number
  /** General-public-budget expenditure by functional code (项 where printed), budget vs actual. */
  readonly byCode: readonly ExecutionLine[]
  /** “三公” items, budget (from the 预算's table) vs actual (from the 决算's 公开09表). */
  readonly threePublic: readonly ExecutionLine[]
}

const THREE: readonly [FactKey, string][] = [
  ['3p.total', '“三公”经费合计'],
  ['3p.abroad', '因公出国（境）费'],
  ['3p.vehicle', '公务用车购置及运行费'],
  ['3p.vehicle.purchase', '公务用车购置费'],
  ['3p.vehicle.operation', '公务用车运行维护费'],
  ['3p.reception', '公务接待费'],
]

function byCode(table: PrintedTable | undefined): Map<string, { name: string; cell: string }> {
  const out = new Map<string, { name: string; cell: string }>()
  const key = rowTotalKey(table)
  for (const row of table?.rows ?? [])
    if (row.codeSystem === 'functional' && row.code && row.kind !== 'unit' && !out.has(row.code))
      out.set(row.code, { name: row.name, cell: row.cells[key] ?? '' })
  return out
}

function threePublicFigure(
  table: PrintedTable | undefined,
  key: FactKey,
  prefer: 'fa.budget' | 'fa.actual',
): string {
  if (!table) return ''
  const byRow = table.rows.find((r) => r.key === key)
  if (byRow) return byRow.cells.total ?? byRow.cells['src.gpb.fiscal'] ?? ''
  const row = table.rows.find((r) => r.key === prefer) ?? table.rows[0]
  return row?.cells[key] ?? ''
}

const line = (code: string, name: string, budget: string, actual: string): ExecutionLine => ({
  code,
  name,
  budget,
  actual,
  completion: completion(fromCanonical(actual), fromCanonical(budget)),
})

/**
 * Puts a department's 预算 and 决算 of the same year side by side: general-public-budget
 * expenditure by functional code (the 预算's 一般公共预算支出表 against the 决算's 公开05表) and the
 * “三公” items (the 预算's “三公” table against the 决算's 公开09表 决算数), each with its completion
 * rate. A zero or blank budget gives an `undefined` completion, never Infinity or 100%.
 *
 * @param budget - the 预算 document
 * @param final - the 决算 document of the same department and year
 * @returns the comparison
 * @throws MedbudgetError `DOCUMENT_INVALID` when the documents are not a 预算 and a 决算 of one department and year
 * @example
 * ```ts
 * const cmp = compareBudgetFinal(budget2024, final2024)
 * cmp.byCode.map((l) => [l.code, l.budget, l.actual, l.completion.status === 'ok' ? String(l.completion.value) : '—'])
 * ```
 */
export function compareBudgetFinal(budget: Disclosure, final: Disclosure): BudgetFinalComparison {
  const b = validDocument(budget, ['预算文档（第 1 个参数）', 'budget (1st argument)'])
  const f = validDocument(final, ['决算文档（第 2 个参数）', 'final account (2nd argument)'])
  if (b.kind !== 'budget' || f.kind !== 'final-account')
    throw new MedbudgetError(
      'DOCUMENT_INVALID',
      '需要一份预算和一份决算',
      'expected a budget and a final account',
      {},
    )
  if (b.department.code !== f.department.code || b.fiscalYear !== f.fiscalYear)
    throw new MedbudgetError(
      'DOCUMENT_INVALID',
      `预算（${b.department.code}，${b.fiscalYear}）与决算（${f.department.code}，${f.fiscalYear}）不是同一部门同一年度`,
      `the budget (${b.department.code}, ${b.fiscalYear}) and the final account (${f.department.code}, ${f.fiscalYear}) are not of one department and year`,
      {},
    )
  const planned = byCode(b.tables.find((t) => t.kind === 'gpb-expenditure'))
  const spent = byCode(f.tables.find((t) => t.kind === 'gpb-expenditure'))
  const codes = [...new Set([...planned.keys(), ...spent.keys()])].sort()
  const threeBudget = b.tables.find((t) => t.kind === 'three-public')
  const threeFinal = f.tables.find((t) => t.kind === 'three-public')
  return {
    department: f.department.name,
    fiscalYear: f.fiscalYear,
    byCode: codes.map((code) =>
      line(
        code,
        spent.get(code)?.name ?? planned.get(code)?.name ?? '',
        planned.get(code)?.cell ?? '',
        spent.get(code)?.cell ?? '',
      ),
    ),
    threePublic: THREE.map(([key, name]) =>
      line(
        key,
        name,
        threePublicFigure(threeBudget, key, 'fa.budget'),
        threePublicFigure(threeFinal, key, 'fa.actual'),
      ),
    ),
  }
}
