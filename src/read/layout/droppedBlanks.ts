/**
 * Blank cells the tab extraction dropped: a row of a tab-text table sometimes loses one blank cell
 * (`… ⇥ 46.65 ⇥ 46.65 ⇥ ⇥ 系统运行维护成本 ⇥ …` where the header prints 财政专户管理资金 | 单位资金 |
 * 三级指标), so that every later cell lands one column left and a word of the row stands in a column
 * whose header names an amount. The blank is put back only where the evidence says exactly where:
 * the word follows a blank cell, its column's header names money (单位资金, 金额, 合计 …), and with
 * one blank restored every filled cell of the row stands in a column of its kind and the row still
 * fits the table. A row that does not fit so is left as printed (its word then keeps the column from
 * being read as amounts, and the interpretation reports what it cannot place). Linear in rows × columns.
 * @module
 */
import { isAmount, isDash } from './lineModel'

/** A header leaf that names an amount (a column of money), never a name, code or indicator. */
const MONEY_HEADER = /资金|金额|合计|小计|总计|经费|拨款|收入$|支出$|预算数$|决算数$/
const NOT_MONEY_HEADER = /名称|编码|代码|编号|序号|行次|栏次|指标|说明|内容|类型|摘要/
/** A word: any CJK character (amounts, dashes and the debris of ruling lines are not words). */
const CJK = /[\u4e00-\u9fff]/

/**
 * Whether a header path names a column of money.
 * @example
 * moneyHeader(['项目金额', '单位资金']) // true
 * moneyHeader(['绩效目标', '成本指标', '三级指标']) // false
 */
export function moneyHeader(path: readonly string[]): boolean {
  const leaf = (path[path.length - 1] ?? '').replace(/\s+/g, '')
  return MONEY_HEADER.test(leaf) && !NOT_MONEY_HEADER.test(leaf)
}

/**
 * Puts back the one blank cell a row of a tab-text table lost, where its header decides the place
 * (see the module comment). Rows are padded to the header width; a row that needs no repair, or
 * that one restored blank does not make fit, is returned unchanged (the same object).
 *
 * @param rows - body rows, each padded to `headers.length` cells
 * @param headers - header path of each column
 * @returns the rows, with the dropped blank restored where it could be placed
 * @example
 * ```ts
 * const headers = [['项目名称'], ['资金总额'], ['单位资金'], ['三级指标'], ['指标值']]
 * restoreDroppedBlanks([{ cells: ['经费', '5.00', '成本', '≤5万元', ''], page: 1 }], headers)[0].cells
 * // ['经费', '5.00', '', '成本', '≤5万元']
 * ```
 */
export function restoreDroppedBlanks<R extends { readonly cells: readonly string[] }>(
  rows: readonly R[],
  headers: readonly (readonly string[])[],
): R[] {
  const width = headers.length
  // a column of names under a money word (a side headed 收入) prints a word in most rows: not one
  const money = headers.map((h, c) => moneyHeader(h) && wordsInFewRows(rows, c))
  if (!money.some((m, c) => m && c + 1 < width && !money[c + 1])) return [...rows]
  return rows.map((row) => {
    const cells = row.cells
    const at = firstWordInMoney(cells, money)
    if (at === undefined || at === 0 || (cells[at - 1] ?? '').trim() !== '') return row
    if ((cells[width - 1] ?? '').trim() !== '') return row // no room: the row prints every column
    const moved = [...cells.slice(0, at), '', ...cells.slice(at, width - 1)]
    return firstWordInMoney(moved, money) === undefined ? { ...row, cells: moved } : row
  })
}

/**
 * The column prints a word in fewer than half of the rows that print anything.
 *
 * @example
 * ```ts
 * // column 2 prints '10.00', '5.00', '元/人' in three filled rows
 * wordsInFewRows(rows, 2) // true (1 word in 3 rows)
 * ```
 */
function wordsInFewRows(rows: readonly { readonly cells: readonly string[] }[], c: number): boolean {
  let words = 0
  let filled = 0
  for (const r of rows) {
    if (!r.cells.some((v) => v.trim() !== '')) continue
    filled++
    if (CJK.test(r.cells[c] ?? '')) words++
  }
  return words * 2 < filled
}

/**
 * The first column whose header names money and whose cell prints a word, if any.
 *
 * @example
 * ```ts
 * firstWordInMoney(['项目', '10.00', '元/人'], [false, true, true]) // 2
 * firstWordInMoney(['项目', '10.00', ''], [false, true, true]) // undefined
 * ```
 */
function firstWordInMoney(cells: readonly string[], money: readonly boolean[]): number | undefined {
  for (let c = 0; c < money.length; c++) {
    const v = (cells[c] ?? '').trim()
    if (money[c] && v !== '' && !isAmount(v) && !isDash(v) && CJK.test(v)) return c
  }
  return undefined
}
