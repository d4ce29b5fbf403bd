import { departmentEconomicCatalog } from '../../codes/economic/departmentEconomicCatalog'
import { governmentEconomicCatalog } from '../../codes/economic/governmentEconomicCatalog'
import { functionalCatalog } from '../../codes/functional/functionalCatalog'
import { MedbudgetError } from '../../errors'
import { excerpt, shownValue } from '../../internal/limits'
import { checkObject, guardShape, type What } from '../../internal/shape'
import { FACT_KEYS, type FactKey } from '../../model/factKeys'
import { LineItemSchema } from '../../model/lineItem'
import { factCube } from './factCube'
import type { BuildContext, BuildTablesInput } from './types'

/**
 * The catalog name of a code, or undefined. A code the catalog refuses to read (a 项 of 00, kept
 * as printed) prints without a name rather than stopping the whole build: names are decoration,
 * the amounts are the facts.
 */
const nameFrom = (lookup: () => { status: string; name?: string }): string | undefined => {
  try {
    const r = lookup()
    return r.status === 'known' ? r.name : undefined
  } catch {
    return undefined
  }
}

/**
 * Prepares what every table builder reads: validates the line items, sums them exactly into the
 * fact cube, resolves the decimals and the code names. `buildTables` calls it once; call it
 * yourself to build single tables with the per-kind builders (`buildSummaryTable(spec, ctx)` …).
 *
 * @param input - line items, department, units, fiscal year, template, options
 * @returns the build context
 * @throws MedbudgetError `LINE_ITEM_INVALID` for a malformed line item (the count of problems and the first
 *   one's path), `TEMPLATE_INVALID` for `decimals` outside 0–6
 * @example
 * ```ts
 * const ctx = createBuildContext({ lineItems, department, units, fiscalYear: 2024, template: HENAN_BUDGET_2024_TABLES })
 * ctx.decimals // 2
 * buildSummaryTable(HENAN_BUDGET_2024_TABLES.tables[0]!, ctx).rows.length // 46
 * ```
 */
export function createBuildContext(input: BuildTablesInput): BuildContext {
  // a value that is no object, or whose fields cannot be read (a throwing getter, a Proxy), is the
  // caller's input, LINE_ITEM_INVALID, never a TypeError
  checkObject(input, 'LINE_ITEM_INVALID', BUILD_INPUT)
  return guardShape('LINE_ITEM_INVALID', BUILD_INPUT, () => createBuildContextOf(input))
}

const BUILD_INPUT: What = ['生成表格的输入', 'input to build the tables from']

/**
 * The body of {@link createBuildContext}, run once its input is an object (the same input).
 * @example
 * ```ts
 * createBuildContextOf({ lineItems: [], department, units: [], fiscalYear: 2024, template }).decimals // 2
 * ```
 */
function createBuildContextOf(input: BuildTablesInput): BuildContext {
  if (
    typeof input.fiscalYear !== 'number' ||
    !Number.isInteger(input.fiscalYear) ||
    input.fiscalYear < 1949 ||
    input.fiscalYear > 2200
  ) {
    throw new MedbudgetError(
      'LINE_ITEM_INVALID',
      `预算年度应为 1949 到 2200 之间的整数，收到 ${typeof input.fiscalYear === 'number' ? String(input.fiscalYear) : typeof input.fiscalYear}`,
      `The fiscal year must be a whole number from 1949 to 2200, got ${typeof input.fiscalYear === 'number' ? String(input.fiscalYear) : typeof input.fiscalYear}`,
      { path: ['fiscalYear'] },
    )
  }
  if (!Array.isArray(input.lineItems)) {
    throw new MedbudgetError('LINE_ITEM_INVALID', '明细数据应为数组', 'The line items must be an array', {
      path: ['lineItems'],
    })
  }
  const issues = input.lineItems.flatMap((item, i) => {
    const r = LineItemSchema.safeParse(item)
    return r.success
      ? []
      : r.error.issues.map((issue) => ({
          path: ['lineItems', i, ...issue.path.map(String)],
          message: issue.message,
        }))
  })
  if (issues.length > 0) {
    const first = issues[0] as { path: (string | number)[]; message: string }
    throw new MedbudgetError(
      'LINE_ITEM_INVALID',
      `明细数据有 ${issues.length} 处错误，第一处在 ${first.path.join('.')}：${first.message}`,
      `${issues.length} problem(s) in the line items, the first at ${first.path.join('.')}: ${first.message}`,
      { path: first.path },
    )
  }
  // A negative line item would print a negative total, which no disclosure may carry (the
  // document model refuses it): refuse it here, where the clerk can still see which item it is.
  const negative = input.lineItems.findIndex(
    (item) => typeof item.amount === 'string' && item.amount.startsWith('-') && /[1-9]/.test(item.amount),
  )
  if (negative >= 0) {
    throw new MedbudgetError(
      'LINE_ITEM_INVALID',
      `第 ${negative + 1} 条明细的金额为负数（${excerpt(String(input.lineItems[negative]?.amount))}），公开表中的金额不能为负`,
      `Line item ${negative + 1} has a negative amount (${excerpt(String(input.lineItems[negative]?.amount))}); a disclosed table cannot print one`,
      { path: ['lineItems', negative, 'amount'] },
    )
  }
  checkSourcesPrintable(input)
  const decimals = input.decimals ?? input.template.decimals
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new MedbudgetError(
      'TEMPLATE_INVALID',
      `小数位数应为 0 到 6 的整数（收到 ${excerpt(shownValue(decimals))}）`,
      `decimals must be an integer from 0 to 6 (got ${excerpt(shownValue(decimals))})`,
    )
  }
  const functional = input.functionalCatalog ?? functionalCatalog
  const ctx: BuildContext = {
    input,
    cube: factCube(input.lineItems),
    decimals,
    names: {
      functional: (code, year) =>
        input.names?.functional?.(code, year) ?? nameFrom(() => functional.lookup(code, { year })),
      economic: (code, year) =>
        input.names?.economic?.(code, year) ??
        nameFrom(() => departmentEconomicCatalog.lookup(code, { year })),
      government: (code, year) =>
        input.names?.government?.(code, year) ??
        nameFrom(() => governmentEconomicCatalog.lookup(code, { year })),
    },
  }
  return ctx
}

/**
 * Every fund source used this year must have a column in the template's 收入总表 (by its own key,
 * `src.fiscal` for fiscal money, `src.unit-funds` for the unit's own funds); otherwise the money is
 * counted in 合计 but printed under no source, and the built tables contradict themselves.
 */
function checkSourcesPrintable(input: BuildTablesInput): void {
  const income = input.template.tables.find((t) => t.kind === 'income')
  if (income === undefined) return
  const keys = new Set<string>(income.columns.map((c) => c.key))
  if (![...keys].some((k) => k.startsWith('src.'))) return
  input.lineItems.forEach((item, i) => {
    if (item.carryOver === true || !/[1-9]/.test(item.amount)) return
    const source = item.source
    const fiscal = source === 'gpb' || source === 'gov-fund' || source === 'soe-capital'
    const unitFund = !fiscal && source !== 'special-account'
    if (
      keys.has(`src.${source}`) ||
      (fiscal && keys.has('src.fiscal')) ||
      (unitFund && keys.has('src.unit-funds'))
    )
      return
    throw new MedbudgetError(
      'LINE_ITEM_INVALID',
      `第 ${i + 1} 条明细的资金来源“${FACT_KEYS[`src.${source}` as FactKey]?.zh ?? source}”在模板“${input.template.id}”的收入总表中没有对应栏目，无法列示`,
      `Line item ${i + 1} is paid from "${FACT_KEYS[`src.${source}` as FactKey]?.en ?? source}", which the income table of template "${input.template.id}" has no column for`,
      { path: ['lineItems', i, 'source'] },
    )
  })
}
