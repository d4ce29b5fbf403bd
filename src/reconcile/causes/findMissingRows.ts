import type { Disclosure } from '../../model/disclosure'
import type { FactKey } from '../../model/factKeys'
import { FACT_KEYS } from '../../model/factKeys'
import { amount, cmp, sign } from '../../money/decimal'
import type { Finding } from '../types'
import type { Cause } from './cause'

// The rules whose findings compare a parent line with the sum of the rows under it.
const HIERARCHY_RULES = new Set<string>(['column-hierarchy'])

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
    groups.set(key, [...(groups.get(key) ?? []), i])
  })
  const causes: Cause[] = []
  for (const indices of groups.values()) {
    const group = indices.flatMap((i) => findings[i] ?? [])
    if (group.length < 2) continue
    // printed − expected > 0 in every column: the rows under the parent add up to less
    if (!group.every((f) => f.difference !== undefined && sign(amount(f.difference)) > 0)) continue
    const first = group[0] as Finding
    const table = doc.tables.find((t) => t.id === first.where.table)
    const parentRow = first.where.row
    if (!table || !parentRow) continue
    const missing: Partial<Record<FactKey, string>> = {}
    for (const f of group) if (f.where.column) missing[f.where.column] = f.difference ?? ''
    const largest = group.reduce(
      (m, f) => (cmp(amount(f.difference ?? '0'), m) > 0 ? amount(f.difference ?? '0') : m),
      amount('0'),
    )
    // codes the other tables print that this one lacks, no larger than the gap
    const here = new Set(table.rows.flatMap((r) => (r.code !== undefined ? [r.code] : [])))
    const systems = new Set(table.rows.flatMap((r) => (r.codeSystem !== undefined ? [r.codeSystem] : [])))
    const hints = new Map<string, string>()
    for (const other of doc.tables) {
      if (other === table) continue
      for (const r of other.rows) {
        if (r.code === undefined || r.kind !== 'detail' || here.has(r.code) || hints.has(r.code)) continue
        if (r.codeSystem === undefined || !systems.has(r.codeSystem)) continue
        if ([...here].some((c) => r.code?.startsWith(c) && c.length < (r.code?.length ?? 0) && c.length >= 5))
          continue
        const value = r.cells.total
        if (
          value === undefined ||
          !/^\d/.test(value) ||
          sign(amount(value)) <= 0 ||
          cmp(amount(value), largest) > 0
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
