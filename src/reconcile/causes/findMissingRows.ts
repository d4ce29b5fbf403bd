import type { Disclosure } from '../../model/disclosure'
import type { FactKey } from '../../model/factKeys'
import { FACT_KEYS } from '../../model/factKeys'
import { amount, cmp } from '../../money/decimal'
import type { Finding } from '../types'
import type { Cause } from './cause'

// The rules whose findings compare a parent line with the sum of the rows under it.
const HIERARCHY_RULES = new Set<string>(['column-hierarchy'])

const POW10: readonly number[] = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
]

// An amount in plain decimal notation (a stored cell, a finding's difference as `String(amount)`
// prints it), short enough to be a safe integer of its last place; a longer figure is compared on
// decimal.js. Linear: no nested quantifier.
const PLAIN = /^(-?)(\d{1,15})(?:\.(\d{1,15}))?$/

/**
 * A plain amount as an integer of its last printed place, the form the sum rules decide on
 * (`'12.34'` → `{ digits: 1234, decimals: 2 }`), or `undefined` when it is not plain or not a safe
 * integer.
 *
 * @example
 * ```ts
 * plainInteger('-12.50') // { digits: -1250, decimals: 2 }
 * plainInteger('12345678901234567.5') // undefined (not a safe integer)
 * ```
 */
function plainInteger(text: string): { readonly digits: number; readonly decimals: number } | undefined {
  const m = text.length <= 32 ? PLAIN.exec(text) : null
  if (m === null) return undefined
  const fraction = m[3] ?? ''
  const digits = Number(`${m[1]}${m[2]}${fraction}`)
  return Number.isSafeInteger(digits) ? { digits, decimals: fraction.length } : undefined
}

/**
 * `a` compared with `b` (−1, 0 or 1), two amounts as text: on integers of one scale when both are
 * short ({@link plainInteger}) and their scaled digits stay safe integers, else on
 * decimal.js. Agrees with `cmp(amount(a), amount(b))` (property test).
 *
 * @example
 * ```ts
 * compareAmounts('12.5', '12.50') // 0
 * compareAmounts('-3', '0.01')    // -1
 * compareAmounts('12345678901234567.5', '1') // 1 (on decimal.js)
 * ```
 * @internal
 */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const x = plainInteger(a)
  const y = x === undefined ? undefined : plainInteger(b)
  if (x !== undefined && y !== undefined) {
    const scale = Math.max(x.decimals, y.decimals)
    const u = x.digits * (POW10[scale - x.decimals] as number)
    const v = y.digits * (POW10[scale - y.decimals] as number)
    if (Number.isSafeInteger(u) && Number.isSafeInteger(v)) return u < v ? -1 : u > v ? 1 : 0
  }
  return cmp(amount(a), amount(b))
}

/**
 * True when some code of `here` is a proper prefix of `code`, five characters or longer (a 项 of
 * this table whose 目 the other table prints): a look-up per prefix length, not a scan of `here`.
 *
 * @example
 * ```ts
 * hasPrefixIn('2010101', new Set(['20101'])) // true
 * hasPrefixIn('2010101', new Set(['201']))   // false (shorter than five)
 * ```
 */
function hasPrefixIn(code: string, here: ReadonlySet<string>): boolean {
  for (let n = 5; n < code.length; n++) if (here.has(code.slice(0, n))) return true
  return false
}

/**
 * Causes of kind `missing-row`: a parent line of a table that exceeds the rows under it in two or
 * more columns (a row of differences, all positive) — a row or rows left out. Codes printed in
 * other tables of the document but absent from this one, and small enough to fit, are named as
 * the likely missing rows.
 *
 * @internal
 */
export function findMissingRows(
  doc: Disclosure,
  findings: readonly Finding[],
  claimed: Set<number>,
): Cause[] {
  const groups = new Map<string, number[]>()
  findings.forEach((f, i) => {
    if (f.status !== 'mismatch' || claimed.has(i) || !HIERARCHY_RULES.has(f.rule)) return
    if (f.where.table === undefined || f.where.row === undefined || f.where.column === undefined) return
    const key = `${f.where.table}|${f.where.row.index}|${f.where.block ?? 0}`
    const list = groups.get(key)
    if (list) list.push(i)
    else groups.set(key, [i])
  })
  const causes: Cause[] = []
  for (const indices of groups.values()) {
    const group = indices.flatMap((i) => findings[i] ?? [])
    if (group.length < 2) continue
    // printed − expected > 0 in every column: the rows under the parent add up to less
    if (!group.every((f) => f.difference !== undefined && compareAmounts(f.difference, '0') > 0)) continue
    const first = group[0] as Finding
    const table = doc.tables.find((t) => t.id === first.where.table)
    const parentRow = first.where.row
    if (!table || !parentRow) continue
    const missing: Partial<Record<FactKey, string>> = {}
    for (const f of group) if (f.where.column) missing[f.where.column] = f.difference ?? ''
    const largest = group.reduce((m, f) => {
      const d = f.difference ?? '0'
      return compareAmounts(d, m) > 0 ? d : m
    }, '0')
    // codes the other tables print that this one lacks, no larger than the gap
    const here = new Set(table.rows.flatMap((r) => (r.code !== undefined ? [r.code] : [])))
    const systems = new Set(table.rows.flatMap((r) => (r.codeSystem !== undefined ? [r.codeSystem] : [])))
    const hints = new Map<string, string>()
    for (const other of doc.tables) {
      if (other === table) continue
      for (const r of other.rows) {
        if (r.code === undefined || r.kind !== 'detail' || here.has(r.code) || hints.has(r.code)) continue
        if (r.codeSystem === undefined || !systems.has(r.codeSystem)) continue
        if (hasPrefixIn(r.code, here)) continue
        const value = r.cells.total
        if (
          value === undefined ||
          !/^\d/.test(value) ||
          compareAmounts(value, '0') <= 0 ||
          compareAmounts(value, largest) > 0
        )
          continue
        hints.set(r.code, `${r.code} ${r.name}（${value}）`)
      }
    }
    const hintList = [...hints.values()].slice(0, 5)
    const amountsZh = group
      .map((f) => `${f.where.column ? FACT_KEYS[f.where.column].zh : ''} ${f.difference}`)
      .join('，')
    const amountsEn = group
      .map((f) => `${f.where.column ? FACT_KEYS[f.where.column].en : ''} ${f.difference}`)
      .join(', ')
    const name = `${parentRow.code ? `${parentRow.code} ` : ''}${parentRow.name}`.trim()
    const row = table.rows[parentRow.index]
    causes.push({
      id: `missing-row:${table.id}:${parentRow.index}`,
      kind: 'missing-row',
      where: {
        table: table.id,
        tableTitle: table.title,
        ...(table.pages ? { pages: table.pages } : {}),
        rows: [
          {
            index: parentRow.index,
            name: parentRow.name,
            ...(parentRow.code !== undefined ? { code: parentRow.code } : {}),
            ...(row?.page !== undefined ? { page: row.page } : {}),
          },
        ],
        columns: group.flatMap((f) => f.where.column ?? []),
      },
      explanation: {
        zh: `《${table.title}》“${name}”行比其下各行之和多出同一行金额（${amountsZh}）：表中漏列了一行或几行。${hintList.length > 0 ? `其他表印有而本表没有的科目：${hintList.join('、')}。` : ''}补上漏列的行后，${group.length} 处不符都会消失。`,
        en: `Table "${table.title}", row "${name}" exceeds the sum of the rows under it by one row of amounts (${amountsEn}): a row or rows are missing from the table.${hintList.length > 0 ? ` Codes other tables print but this one lacks: ${hintList.join(', ')}.` : ''} With the missing rows, the ${group.length} mismatches disappear.`,
      },
      findings: indices,
      missing,
    })
    for (const i of indices) claimed.add(i)
  }
  return causes
}
