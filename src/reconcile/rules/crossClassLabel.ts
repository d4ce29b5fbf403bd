import type { Disclosure } from '../../model/disclosure'
import type { MoneyUnit } from '../../money/types'
import { isNonZero, sumDraft } from '../checks'
import { defineRule, notApplicable } from '../defineRule'
import { classTotals, type PrintedFact, rowTotalKey, tableOf } from '../facts'
import type { FindingDraft } from '../types'

/** True when two printed facts are the same amount, or differ by rounding only. */
function sameAmount(a: PrintedFact, b: PrintedFact, unit: MoneyUnit): boolean {
  if (b.cells.length !== 1 || !a.cells.some(isNonZero)) return false
  const draft = sumDraft({
    where: {},
    place: { zh: '', en: '' },
    identity: { zh: '', en: '' },
    parts: a.cells,
    total: b.cells[0],
    severity: 'error',
    partUnits: a.cells.map(() => a.unit ?? unit),
    totalUnit: b.unit ?? unit,
  })
  return draft === null || draft.status === 'rounding-tail'
}

/**
 * The tables that print expenditure by 类 over all sources, as `crossClassTotals` reads them.
 *
 * @example
 * ```ts
 * // a budget printing a 收支总表, a 支出总表 and a 收入总表
 * allSourceTables(doc).length // 3 (each a Map from 类 code to its printed or summed total)
 * ```
 */
function allSourceTables(doc: Disclosure): ReadonlyMap<string, PrintedFact>[] {
  const out: ReadonlyMap<string, PrintedFact>[] = []
  const summary = tableOf(doc, 'summary')
  if (summary) out.push(classTotals(summary, 'total', 1))
  const expenditure = tableOf(doc, 'expenditure')
  if (expenditure) out.push(classTotals(expenditure, rowTotalKey(expenditure)))
  const income = tableOf(doc, 'income')
  if (income && doc.kind === 'budget') out.push(classTotals(income, rowTotalKey(income)))
  return out.filter((m) => m.size > 0)
}

/**
 * A 类 printed in one table only is still compared with the others: when every other table that
 * lists expenditure by 类 lacks that class, but gives its very amount to another class this table
 * does not print, the row carries the wrong label (the code or name of the other class was meant).
 * A class the other tables print is left to `cross-class-totals`; a zero amount identifies nothing.
 *
 * @example
 * ```ts
 * crossClassLabel.check(doc, { templates: [] }).findings.map((f) => f.params.expectedClass)
 * ```
 */
export const crossClassLabel = /*#__PURE__*/ defineRule({
  id: 'cross-class-label',
  title: { zh: '类级科目标注正确', en: 'Classes carry the right label' },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '收支总表（支出栏）、支出总表、收入总表（按科目列示时）的各类合计',
    en: 'class totals of the summary (expenditure block), expenditure and revenue-by-code tables',
  },
  check: (doc) => {
    const tables = allSourceTables(doc)
    if (tables.length < 2)
      return notApplicable('少于两张表按类列示支出', 'fewer than two tables print expenditure by class')
    let checks = 0
    const findings: FindingDraft[] = []
    const reported = new Set<string>()
    tables.forEach((own, t) => {
      const others = tables.filter((_, o) => o !== t)
      for (const [cls, fact] of own) {
        if (fact.derived || others.some((m) => m.has(cls))) continue
        checks++
        // the class every other table gives this amount to, and this table does not print
        const candidates = new Set<string>()
        others.forEach((m, i) => {
          const here = new Set<string>()
          for (const [other, f] of m)
            if (!own.has(other) && sameAmount(f, fact, doc.amountUnit)) here.add(other)
          if (i === 0) for (const c of here) candidates.add(c)
          else for (const c of [...candidates]) if (!here.has(c)) candidates.delete(c)
        })
        const [meant, ...more] = [...candidates]
        if (meant === undefined || more.length > 0) continue
        // two tables, each printing the amount under its own class: one slip, reported once
        if (reported.has(`${meant}>${cls}`)) continue
        reported.add(`${cls}>${meant}`)
        const related = others.flatMap((m) => {
          const f = m.get(meant)
          return f ? [f.where] : []
        })
        findings.push({
          severity: 'error',
          status: 'mismatch',
          where: fact.where,
          printed: cls,
          expected: meant,
          related,
          messageId: 'class-label-wrong',
          params: {
            place: fact.place.zh,
            placeEn: fact.place.en,
            printedClass: cls,
            expectedClass: meant,
            amount: fact.cells[0] ?? '',
          },
        })
      }
    })
    return { status: 'ran', checks, findings }
  },
})
