/**
 * Column roles and sides, from a grid of printed strings: a column is a value column when its body
 * cells are amounts (bare digit runs with a leading zero, or under a code header, are codes); a
 * table whose columns run label…value…label…value… (two or three times) is two-sided, and its
 * columns get `block` 0, 1 (2).
 * @module
 */
import { isAmount, isDash, isDigits } from './lineModel'
import type { GridColumn } from './types'

const LABEL_HEADER = /名称|编码|代码|编号|序号|行次|栏次|^项\s*目$|^类$|^款$|^项$|^科目$|类型|摘要|说明|内容/

/** Role of each column from its body cells and header path. */
export function columnRoles(
  rows: readonly (readonly string[])[],
  headers: readonly (readonly string[])[],
): ('label' | 'value')[] {
  const width = headers.length
  const roles: ('label' | 'value')[] = []
  for (let c = 0; c < width; c++) {
    let amounts = 0
    let texts = 0
    let codeLike = 0
    for (const r of rows) {
      const v = (r[c] ?? '').trim()
      if (v === '' || isDash(v) || isRulingDebris(v)) continue
      if (isAmount(v)) {
        amounts++
        if (isDigits(v) && v.length > 1 && v.startsWith('0')) codeLike++
      } else texts++
    }
    const leaf = headers[c]![headers[c]!.length - 1] ?? ''
    const labelHeader = LABEL_HEADER.test(leaf.replace(/\s+/g, '')) && !/支出|收入|金额|数$/.test(leaf)
    if (amounts === 0 && texts === 0)
      roles.push(labelHeader || (leaf === '' && headers[c]!.length === 0 && c === 0) ? 'label' : 'value')
    else if (amounts > texts && codeLike === 0 && !(labelHeader && digitsOnly(rows, c))) roles.push('value')
    else roles.push('label')
  }
  return roles
}

/**
 * A lone letter or stroke where OCR read a ruling line of the table (`I`, `Ī`, `Γ`, `T`, `|`): says
 * nothing of what the column holds.
 * @example
 * isRulingDebris('Ī') // true
 * isRulingDebris('1') // false
 */
function isRulingDebris(text: string): boolean {
  return /^[A-Za-z\u00c0-\u024f\u0370-\u03ff|丨]$/u.test(text)
}

/** Every amount-looking cell of the column is a bare run of digits (codes, not money). */
function digitsOnly(rows: readonly (readonly string[])[], c: number): boolean {
  for (const r of rows) {
    const v = (r[c] ?? '').trim()
    if (isAmount(v) && !isDigits(v)) return false
  }
  return true
}

/** Blocks of a two-sided table ((label+ value+) two or three times), or undefined for a one-sided table. */
export function columnBlocks(roles: readonly ('label' | 'value')[]): number[] | undefined {
  const groups: number[] = []
  let block = -1
  for (let c = 0; c < roles.length; c++) {
    if (roles[c] === 'label' && (c === 0 || roles[c - 1] === 'value')) block++
    if (block < 0) block = 0
    groups.push(block)
  }
  const count = block + 1
  if (count < 2 || count > 3) return undefined
  // each block must have a label and a value column
  for (let b = 0; b < count; b++) {
    let hasValue = false
    for (let c = 0; c < roles.length; c++) if (groups[c] === b && roles[c] === 'value') hasValue = true
    if (!hasValue) return undefined
  }
  return groups
}

/** Builds the columns of a grid from header paths and body rows. */
export function buildColumns(
  headers: readonly (readonly string[])[],
  rows: readonly (readonly string[])[],
): GridColumn[] {
  // rows that print no amount at all (a header repeated on the next page, a heading) say nothing of
  // which columns hold amounts: the roles come from the rows that print some
  const withAmounts = rows.filter((r) => r.some((v) => isAmount(v.trim())))
  const roles = columnRoles(withAmounts.length > 0 ? withAmounts : rows, headers)
  const blocks = columnBlocks(roles)
  const fitted = handOverHeaders(headers, withAmounts.length > 0 ? withAmounts : rows, roles)
  return fitted.map((header, c) => {
    const col: { header: readonly string[]; role: 'label' | 'value'; block?: number } = {
      header,
      role: roles[c]!,
    }
    if (blocks) col.block = blocks[c]!
    return col
  })
}

/**
 * A header printed a little left of its numbers (其中：基本支出 over right-aligned amounts) can be
 * fitted to a column of its own that holds no cell, while the amounts under it get no header: the
 * header goes to the amounts' column.
 */
function handOverHeaders(
  headers: readonly (readonly string[])[],
  rows: readonly (readonly string[])[],
  roles: readonly ('label' | 'value')[],
): (readonly string[])[] {
  const out = [...headers]
  const empty = (c: number) => rows.every((r) => (r[c] ?? '').trim() === '')
  for (let c = 0; c + 1 < out.length; c++) {
    if (
      out[c]!.length > 0 &&
      out[c + 1]!.length === 0 &&
      roles[c + 1] === 'value' &&
      empty(c) &&
      !empty(c + 1)
    ) {
      out[c + 1] = out[c]!
      out[c] = []
    }
  }
  return out
}
