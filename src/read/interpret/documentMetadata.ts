import type { MoneyUnit } from '../../money/types'
import type { LaidOutDocument } from '../layout/types'

/** What the reader could tell about the document from its tables and first lines. */
export interface DocumentMetadata {
  readonly kind?: 'budget' | 'final-account'
  readonly fiscalYear?: number
  readonly department?: string
  readonly amountUnit?: MoneyUnit
}

const YEAR = /(20\d{2})\s*年/

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: T | undefined
  let n = 0
  for (const [v, c] of counts)
    if (c > n) {
      best = v
      n = c
    }
  return best
}

/**
 * Kind (预算/决算), fiscal year, department and amount unit as the tables and the first prose
 * lines print them: the most common among the tables' titles, 部门名称 lines and units.
 *
 * @param doc - the laid-out document
 * @returns what could be told; a field is absent when nothing printed says it
 * @example
 * ```ts
 * documentMetadata(doc) // { kind: 'budget', fiscalYear: 2024, department: '卫辉市医疗保障局', amountUnit: '万元' }
 * ```
 * @internal
 */
export function documentMetadata(doc: LaidOutDocument): DocumentMetadata {
  const head = doc.prose.slice(0, 40).map((l) => l.text.slice(0, 200))
  const titles = doc.tables.map((t) => t.title)
  const texts = [...head, ...titles]
  const finals = texts.filter((t) => /决算/.test(t)).length
  const budgets = texts.filter((t) => /预算/.test(t) && !/决算/.test(t)).length
  const kind = finals === 0 && budgets === 0 ? undefined : finals > budgets ? 'final-account' : 'budget'
  const years = texts
    .map((t) => YEAR.exec(t)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .filter((y) => y >= 2000 && y <= 2100)
  const fiscalYear = mostCommon(years)
  const department = mostCommon(
    doc.tables
      .map((t) => t.department?.trim())
      .filter((d): d is string => d !== undefined && d.length > 0 && d.length <= 60),
  )
  const amountUnit = mostCommon(doc.tables.map((t) => t.unit).filter((u): u is MoneyUnit => u !== undefined))
  return {
    ...(kind !== undefined ? { kind } : {}),
    ...(fiscalYear !== undefined ? { fiscalYear } : {}),
    ...(department !== undefined ? { department } : {}),
    ...(amountUnit !== undefined ? { amountUnit } : {}),
  }
}
