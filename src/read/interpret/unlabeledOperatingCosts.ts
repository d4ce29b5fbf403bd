/**
 * A 机关运行经费 table whose labels the extraction lost (a column of amounts under a header word and
 * nothing beside them) read by the rows its template lays out: the figure, then its breakdown by
 * economic 款 — the 一般公共预算 公用经费 lines of the 基本支出 table less the codes the template
 * excludes, one row per code in ascending order. The amounts are placed so only when the evidence
 * confirms it: as many amounts as the template's rows, the first (the printed 合计) the sum of the
 * others, and each equal to the 公用经费 of its code in the 基本支出 table. Otherwise nothing is
 * placed beyond what the reader already read, and a diagnostic says why.
 * @module
 */
import type { PrintedTable, Row } from '../../model/table'
import { add, amount, eq } from '../../money/decimal'
import type { Amount } from '../../money/types'
import type { TableSpec } from '../../tables/templates/types'
import type { ReadDiagnostic } from '../types'

/** The outcome: the rows to read, or why the amounts stay unplaced. */
export type UnlabeledOutcome =
  | { readonly rows: readonly Row[]; readonly diagnostic: ReadDiagnostic }
  | { readonly rows: undefined; readonly diagnostic: ReadDiagnostic }

const ECONOMIC_CODE = /^\d{5}$/

/**
 * Reads the unlabeled amounts of a 机关运行经费 table by its template's rows, when they confirm it.
 *
 * @param values - the table's amounts in printed order (canonical strings, blanks kept as '')
 * @param spec - the template's table (layout `economic-class`, `excludeCodes`)
 * @param tables - the tables read so far (the 一般公共预算基本支出 table among them)
 * @param where - the table's id and page, for the diagnostic
 * @returns the rows and an info diagnostic, or no rows and a warning
 * @example
 * ```ts
 * const basic = { id: 'gpb-basic', kind: 'gpb-basic', title: '基本支出', columns: [], rows: [
 *   { kind: 'detail', code: '30201', name: '办公费', cells: { 'exp.basic.public': '8.00' } },
 *   { kind: 'detail', code: '30211', name: '差旅费', cells: { 'exp.basic.public': '2.00' } },
 * ] }
 * const spec = { kind: 'operating-costs', title: '机关运行经费', layout: 'economic-class', columns: [] }
 * operatingCostsByTemplate(['10.00', '8.00', '2.00'], spec, [basic], { table: 'operating-costs' }).rows?.length // 3
 * ```
 */
export function operatingCostsByTemplate(
  values: readonly string[],
  spec: TableSpec | undefined,
  tables: readonly PrintedTable[],
  where: { readonly table: string; readonly page?: number },
): UnlabeledOutcome {
  const refuse = (zh: string, en: string): UnlabeledOutcome => ({
    rows: undefined,
    diagnostic: {
      code: 'ROW_UNMAPPED',
      severity: 'warning',
      ...where,
      message: {
        zh: `机关运行经费表的${values.length}个金额未印行名：${zh}，仅采用第一个（合计）`,
        en: `the ${values.length} amounts of the 机关运行经费 table print no row labels: ${en}; only the first (the total) is read`,
      },
    },
  })
  if (spec === undefined || spec.layout !== 'economic-class')
    return refuse('模板未列出该表的行', 'the template lists no rows for the table')
  const basic = tables.find((t) => t.kind === 'gpb-basic')
  if (basic === undefined)
    return refuse(
      '未读到一般公共预算基本支出表，无法核对行序',
      'no 一般公共预算基本支出 table was read to check the rows against',
    )
  const excluded = new Set(spec.excludeCodes ?? [])
  const byCode = new Map<string, Amount>()
  for (const row of basic.rows) {
    const code = row.code ?? ''
    const v = row.cells['exp.basic.public'] ?? ''
    if (row.kind !== 'detail' || !ECONOMIC_CODE.test(code) || excluded.has(code) || v === '') continue
    const a = parsed(v)
    if (a === undefined)
      return refuse('基本支出表的公用经费无法读取', 'a 公用经费 amount of the basic table is unreadable')
    byCode.set(code, add(byCode.get(code) ?? amount('0'), a))
  }
  const codes = [...byCode.keys()].sort()
  const amounts = values.map(parsed)
  if (amounts.some((a) => a === undefined)) return refuse('有金额无法读取', 'an amount is unreadable')
  const [total, ...parts] = amounts as Amount[]
  if (total === undefined || parts.length !== codes.length)
    return refuse(
      `金额个数（${values.length}）与模板的行数（${codes.length + 1}）不符`,
      `their count (${values.length}) is not the template's row count (${codes.length + 1})`,
    )
  if (!eq(total, parts.reduce(add, amount('0'))))
    return refuse('第一个金额不等于其余各项之和', 'the first is not the sum of the others')
  const off = codes.findIndex((code, i) => !eq(byCode.get(code)!, parts[i]!))
  if (off >= 0)
    return refuse(
      `第${off + 2}个金额与基本支出表${codes[off]}的公用经费不符`,
      `amount ${off + 2} differs from the 公用经费 of ${codes[off]} in the basic table`,
    )
  const rows: Row[] = [
    { kind: 'total', key: 'other.operating-costs', name: '', cells: { total: values[0]! } },
    ...codes.map(
      (code, i): Row => ({
        kind: 'detail',
        code,
        codeSystem: 'economic-department',
        name: '',
        cells: { total: values[i + 1]! },
      }),
    ),
  ]
  return {
    rows,
    diagnostic: {
      code: 'ROWS_FROM_TEMPLATE',
      severity: 'info',
      ...where,
      message: {
        zh: `机关运行经费表的金额未印行名：按模板的行序（合计，再按经济分类款的编码升序）读取；合计等于各项之和，各项与基本支出表的公用经费逐一相符`,
        en: "the amounts of the 机关运行经费 table print no row labels: read by the template's rows (the total, then each economic 款 in code order); the total is the sum of the rows and each row equals the 公用经费 of its code in the basic table",
      },
    },
  }
}

/**
 * A printed cell as an amount, or undefined when it is blank or not an amount.
 *
 * @example
 * ```ts
 * parsed('12.50') // amount 12.50
 * parsed('') // undefined
 * parsed('—') // undefined
 * ```
 */
function parsed(v: string): Amount | undefined {
  try {
    return v === '' ? undefined : amount(v)
  } catch {
    return undefined
  }
}
