import type { FactKey } from '../../model/factKeys'
import type { PrintedTable, Row } from '../../model/table'
import { cellPlace, cellWhere, label, sumDraft } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { countedOnce, PARENT_KEY } from '../keyedLines'
import { isKeysOnly } from '../keysOnly'
import type { FindingDraft } from '../types'

const OF_WHICH: readonly FactKey[] = ['src.gpb.fiscal', 'src.gpb.superior-transfer']
const isSource = (r: Row): boolean => r.key?.startsWith('src.') === true && !OF_WHICH.includes(r.key)
const isCarryPart = (r: Row): boolean =>
  r.key?.startsWith('carry.') === true && r.key !== 'carry.total' && r.key !== 'carry.fiscal'
const isCarryLine = (r: Row): boolean => r.key === 'carry.total' || r.key === 'carry.fiscal'
const isEndLine = (r: Row): boolean => r.key === 'end.total' || r.key === 'end.fiscal'

// lines of spending that are no 类 and that templates number among the 类 lines (广东's 收支总体情况表:
// 二十四、对附属单位补助支出, 二十五、上缴上级支出), adding into 本年支出合计 where so printed
const CLASS_LIKE: readonly FactKey[] = ['exp.affiliates', 'exp.remit-superior']

interface Indexed {
  readonly row: Row
  readonly index: number
}

// a line printed among the summed ones that no key or code names (a source or an item of a
// template the library does not know): when it carries an amount, the sum cannot be established,
// so the identity is not checked (no finding) rather than reported as a contradiction
const unaccounted = (rows: readonly Indexed[], key: FactKey): boolean =>
  rows.some(
    (r) =>
      r.row.kind === 'detail' &&
      r.row.key === undefined &&
      r.row.code === undefined &&
      /[1-9]/.test(r.row.cells[key] ?? ''),
  )

/**
 * The lines that make 本年支出合计: the 类 lines, and the lines numbered among them that are no 类
 * (对附属单位补助支出, 上缴上级支出) printed between the first 类 and the line they add into.
 *
 * @param classes - the 类 lines of the expenditure side
 * @param range - the lines printed after the first 类, up to the total they make
 * @returns the 类 lines and those lines, in print order
 * @example
 * ```ts
 * // 一、一般公共服务支出 … 二十四、对附属单位补助支出 | 二十五、上缴上级支出 | 本年支出合计
 * classLinesOf(classes, range).map((r) => r.row.key ?? r.row.code) // ['201', …, 'exp.affiliates', 'exp.remit-superior']
 * ```
 */
function classLinesOf(classes: readonly Indexed[], range: readonly Indexed[]): Indexed[] {
  const classLike = range.filter((r) => r.row.key !== undefined && CLASS_LIKE.includes(r.row.key))
  return [...classes, ...classLike].sort((a, b) => a.index - b.index)
}

/**
 * The balance of the two-sided summary tables (收支总表, 财政拨款收支总表): 本年收入合计 = Σ sources
 * (a group line such as 一、财政拨款 counted, not its own lines 1.–3., which are checked against it);
 * 上年结转 = Σ its funds; 收入总计 = 本年收入合计 + 上年结转 (+ 使用非财政拨款结余, 用事业基金弥补收支差额);
 * 本年支出合计 = Σ 类 lines (with 对附属单位补助支出 and 上缴上级支出 where numbered among them); 支出总计 = 本年支出合计 + 年末结转 (+ 结余分配), or, where no 本年支出合计
 * line is printed, 支出总计 = Σ 类 lines + 年末结转; 收入总计 = 支出总计.
 *
 * @example
 * ```ts
 * summaryBalance.check(doc).findings
 * ```
 */
export const summaryBalance = /*#__PURE__*/ defineRule({
  id: 'summary-balance',
  title: {
    zh: '收支总表平衡：收入总计 = 支出总计',
    en: 'Summary tables balance: total revenue = total expenditure',
  },
  family: 'within-table',
  severity: 'error',
  reads: {
    zh: '收支总表、财政拨款收支总表的收入栏与支出栏',
    en: 'revenue and expenditure blocks of the summary and fiscal-summary tables',
  },
  check: (doc, context) => {
    const keysOnly = isKeysOnly(context)
    let checks = 0
    const findings: FindingDraft[] = []
    const sum = (
      table: PrintedTable,
      total: Indexed,
      parts: readonly Indexed[],
      key: FactKey,
      identity: { zh: string; en: string },
    ) => {
      if (!(key in total.row.cells)) return
      checks++
      const draft = sumDraft({
        where: cellWhere(table, total.row, total.index, key),
        place: cellPlace(table, total.row, key),
        identity,
        parts: parts.map((p) => p.row.cells[key]),
        total: total.row.cells[key],
        severity: 'error',
        keysOnly,
      })
      if (draft) findings.push(draft)
    }
    const names = (rows: readonly Indexed[], lang: 'zh' | 'en') =>
      rows.map((r) => (r.row.key ? label(r.row.key)[lang] : r.row.name)).join(' + ')
    for (const table of doc.tables) {
      if (table.kind !== 'summary' && table.kind !== 'fiscal-summary') continue
      const all = table.rows.map((row, index) => ({ row, index }))
      const revenue = all.filter((r) => (r.row.block ?? 0) === 0)
      const spending = all.filter((r) => (r.row.block ?? 0) === 1)
      const revCurrent = revenue.find((r) => r.row.key === 'rev.current')
      const revTotal = revenue.find((r) => r.row.key === 'rev.total')
      const carryLine = revenue.find((r) => isCarryLine(r.row))
      if (revCurrent) {
        const before = revenue.filter((r) => r.index < revCurrent.index && isSource(r.row))
        const after = revenue.filter(
          (r) => r.index > revCurrent.index && isSource(r.row) && (!carryLine || r.index < carryLine.index),
        )
        // 一、财政拨款 over 1. 一般公共预算 2. 政府性基金 …: the group line counts, its own lines do not
        const listed = before.length > 0 ? before : after
        const parts = countedOnce(listed, (r) => r.row.key)
        const children = listed.filter((r) => !parts.includes(r))
        for (const parent of parts) {
          const own = children.filter(
            (c) => c.row.key !== undefined && PARENT_KEY[c.row.key] === parent.row.key,
          )
          if (own.length >= 2)
            sum(table, parent, own, 'total', {
              zh: `${names([parent], 'zh')} = ${names(own, 'zh')}`,
              en: `${names([parent], 'en')} = ${names(own, 'en')}`,
            })
        }
        const range = before.length > 0 ? revenue.filter((r) => r.index < revCurrent.index) : []
        if (parts.length > 0 && !unaccounted(range, 'total'))
          sum(table, revCurrent, parts, 'total', {
            zh: `本年收入合计 = ${names(parts, 'zh')}`,
            en: `revenue of the year = ${names(parts, 'en')}`,
          })
        if (revTotal) {
          const extra = revenue.filter(
            (r) => isSource(r.row) && !listed.includes(r) && r.index !== revCurrent.index,
          )
          const lines = [revCurrent, ...(carryLine ? [carryLine] : []), ...extra]
          sum(table, revTotal, lines, 'total', {
            zh: `收入总计 = ${names(lines, 'zh')}`,
            en: `total revenue = ${names(lines, 'en')}`,
          })
        }
      }
      if (carryLine) {
        const parts = revenue.filter((r) => isCarryPart(r.row))
        if (parts.length > 0)
          sum(table, carryLine, parts, 'total', {
            zh: `上年结转 = ${names(parts, 'zh')}`,
            en: `carry-over = ${names(parts, 'en')}`,
          })
      }
      const keys = [...new Set(table.columns.filter((c) => (c.block ?? 0) === 1).map((c) => c.key))]
      const expCurrent = spending.find((r) => r.row.key === 'exp.current')
      const expTotal = spending.find((r) => r.row.key === 'exp.total')
      const classes = spending.filter((r) => r.row.codeSystem === 'functional' && r.row.code?.length === 3)
      const endLine = spending.find((r) => isEndLine(r.row))
      const distribution = spending.find((r) => r.row.key === 'exp.balance-distribution')
      const classRange = (end: Indexed | undefined): Indexed[] =>
        classes.length === 0
          ? []
          : spending.filter((r) => r.index > classes[0]!.index && (!end || r.index < end.index))
      const withClassLike = (end: Indexed | undefined): Indexed[] => classLinesOf(classes, classRange(end))
      for (const key of keys) {
        if (expCurrent && classes.length > 0 && !unaccounted(classRange(expCurrent), key))
          sum(table, expCurrent, withClassLike(expCurrent), key, {
            zh: '本年支出合计 = 各类支出之和',
            en: 'expenditure of the year = the sum of the classes',
          })
        // a table that prints no 本年支出合计 line: the classes (and the carry-over out) make 支出总计
        if (
          expTotal &&
          !expCurrent &&
          classes.length > 0 &&
          !unaccounted(classRange(endLine ?? expTotal), key)
        ) {
          const lines = [
            ...withClassLike(endLine ?? expTotal),
            ...(endLine ? [endLine] : []),
            ...(distribution ? [distribution] : []),
          ]
          sum(table, expTotal, lines, key, {
            zh: `支出总计 = 各类支出之和${endLine ? ` + ${names([endLine], 'zh')}` : ''}${distribution ? ' + 结余分配' : ''}`,
            en: `total expenditure = the sum of the classes${endLine ? ` + ${names([endLine], 'en')}` : ''}${distribution ? ' + distribution of balances' : ''}`,
          })
        }
        if (expTotal && expCurrent) {
          const lines = [expCurrent, ...(endLine ? [endLine] : []), ...(distribution ? [distribution] : [])]
          sum(table, expTotal, lines, key, {
            zh: `支出总计 = ${names(lines, 'zh')}`,
            en: `total expenditure = ${names(lines, 'en')}`,
          })
        }
      }
      if (revTotal && expTotal) {
        const key: FactKey = 'total'
        checks++
        const draft = sumDraft({
          where: cellWhere(table, expTotal.row, expTotal.index, key),
          place: cellPlace(table, expTotal.row, key),
          identity: { zh: '收入总计 = 支出总计', en: 'total revenue = total expenditure' },
          parts: [revTotal.row.cells[key]],
          total: expTotal.row.cells[key],
          severity: 'error',
          keysOnly,
        })
        if (draft) findings.push({ ...draft, related: [cellWhere(table, revTotal.row, revTotal.index, key)] })
      }
    }
    return checks === 0
      ? notApplicable('没有收支总表', 'no summary table')
      : { status: 'ran', checks, findings }
  },
})
