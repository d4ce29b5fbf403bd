import type { Disclosure } from '../../model/disclosure'
import type { PrintedTable } from '../../model/table'
import { add, amount, cmp, halfUlp, neg, sub, sum } from '../../money/decimal'
import type { Amount } from '../../money/types'
import { printedOf } from '../checks'
import { compareFacts } from '../compareFacts'
import { defineRule, notApplicable } from '../defineRule'
import { classTotals, type PrintedFact, rowTotalKey, tableOf } from '../facts'
import type { FindingDraft } from '../types'

// The value a printed fact stands for and the largest difference its rounding can explain.
function factValue(fact: PrintedFact): { value: Amount; width: Amount } | undefined {
  const printed = fact.cells.map(printedOf)
  if (printed.some((p) => p.kind === 'placeholder')) return undefined
  const amounts = printed.flatMap((p) => (p.kind === 'amount' ? [p] : []))
  return {
    value: sum(amounts.map((p) => p.value)),
    width: sum(amounts.map((p) => halfUlp(p.decimals))),
  }
}

const isNonZero = (cell: string | undefined): boolean => {
  const p = printedOf(cell ?? '')
  return p.kind === 'amount' && cmp(p.value, amount(0)) !== 0
}

/**
 * The classes a one-column 财政拨款收支总表 also spends 政府性基金 or 国有资本经营 money in, from the
 * fund tables; `undefined` when it prints such money but the fund tables cannot tell the classes apart.
 * @example
 * ```ts
 * otherFundClasses(doc, fiscal) // Set {'212'} when the 政府性基金 table spends in 212
 * ```
 */
function otherFundClasses(doc: Disclosure, fiscal: PrintedTable): Set<string> | undefined {
  const out = new Set<string>()
  const printsOther = fiscal.rows.some(
    (r) =>
      (r.block ?? 0) === 0 &&
      (r.key === 'src.gov-fund' || r.key === 'src.soe-capital') &&
      isNonZero(r.cells.total),
  )
  if (!printsOther) return out
  for (const kind of ['gov-fund', 'soe-capital'] as const) {
    const t = tableOf(doc, kind)
    if (!t) continue
    for (const [cls, fact] of classTotals(t, rowTotalKey(t))) if (fact.cells.some(isNonZero)) out.add(cls)
  }
  // without the fund tables the classes cannot be told apart: the caller bounds the difference instead
  return out.size === 0 ? undefined : out
}

/**
 * General-public-budget expenditure by 类 agrees between the 财政拨款收支总表 (its 一般公共预算 column)
 * and the 一般公共预算支出表. Where the budget spends appropriations carried over from last year,
 * the first includes them and the second (本年财政拨款) may not: the two may then differ by at most
 * the carry-over (0 ≤ 财政拨款收支总表 − 一般公共预算支出表 ≤ 上年结转), and a difference outside that
 * range — either way — is a contradiction.
 *
 * @example
 * ```ts
 * crossFiscalClassTotals.check(doc, ctx).findings
 * ```
 */
export const crossFiscalClassTotals = /*#__PURE__*/ defineRule({
  id: 'cross-fiscal-class-totals',
  title: { zh: '财政拨款各类支出在两表中一致', en: 'Fiscal expenditure by class agrees across tables' },
  family: 'across-tables',
  severity: 'error',
  reads: {
    zh: '财政拨款收支总表（一般公共预算列）与一般公共预算支出表的各类合计；财政拨款收支总表的上年结转',
    en: 'class totals of the fiscal summary (general public budget column) and of the general public budget expenditure table; the carry-over',
  },
  check: (doc) => {
    const fiscal = tableOf(doc, 'fiscal-summary')
    const gpb = tableOf(doc, 'gpb-expenditure')
    if (!fiscal || !gpb)
      return notApplicable(
        '缺少财政拨款收支总表或一般公共预算支出表',
        'the fiscal summary or the general public budget table is missing',
      )
    const carryRow =
      fiscal.rows.find((r) => r.key === 'carry.gpb') ??
      fiscal.rows.find((r) => r.key === 'carry.fiscal' || r.key === 'carry.total')
    const carry = carryRow ? printedOf(carryRow.cells.total) : printedOf('')
    const column = fiscal.columns.some((c) => c.key === 'src.gpb' && (c.block ?? 0) === 1)
      ? 'src.gpb'
      : 'total'
    // a fiscal summary printing one 预算数 column spends its 政府性基金 and 国有资本经营 funds in it too
    // (杭州: 城乡社区支出 437,000 = 226,000 一般公共预算 + 211,000 土地出让): the general public budget
    // table may be below it by as much as those funds, carried over or of this year
    const fundClasses = column === 'total' ? otherFundClasses(doc, fiscal) : new Set<string>()
    const otherFunds =
      fundClasses === undefined
        ? sum(
            fiscal.rows
              .filter(
                (r) =>
                  (r.block ?? 0) === 0 &&
                  ['src.gov-fund', 'src.soe-capital', 'carry.gov-fund', 'carry.soe-capital'].includes(
                    r.key ?? '',
                  ),
              )
              .flatMap((r) => {
                const p = printedOf(r.cells.total)
                return p.kind === 'amount' ? [p.value] : []
              }),
          )
        : amount(0)
    const carriedOver = doc.kind === 'budget' && carry.kind === 'amount' ? carry.value : amount(0)
    const bound = add(carriedOver, otherFunds)
    const carried = cmp(bound, amount(0)) > 0
    const a = classTotals(fiscal, column, 1)
    const b = classTotals(gpb, rowTotalKey(gpb))
    let checks = 0
    const findings: FindingDraft[] = []
    for (const cls of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      if (fundClasses?.has(cls)) continue
      const fact = { zh: `${cls}类一般公共预算支出`, en: `general public budget expenditure of class ${cls}` }
      const fa = a.get(cls)
      const fb = b.get(cls)
      if (!carried) {
        const r = compareFacts(fact, [fa, fb], 'error', doc.amountUnit)
        checks += r.checks
        findings.push(...r.findings)
        continue
      }
      if (!fa || !fb) continue
      const va = factValue(fa)
      const vb = factValue(fb)
      if (!va || !vb) continue
      checks++
      const difference = sub(va.value, vb.value)
      const widths = add(va.width, vb.width)
      const tolerance = carry.kind === 'amount' ? add(widths, halfUlp(carry.decimals)) : widths
      const below = cmp(difference, neg(tolerance)) < 0
      const above = cmp(difference, add(bound, tolerance)) > 0
      if (!below && !above) continue
      findings.push({
        severity: 'error',
        status: 'mismatch',
        where: fb.where,
        expected: String(va.value),
        printed: String(vb.value),
        difference: String(difference),
        tolerance: String(tolerance),
        related: [fa.where],
        messageId: 'carry-bound',
        params: {
          fact: fact.zh,
          factEn: fact.en,
          placeA: fa.place.zh,
          placeAEn: fa.place.en,
          placeB: fb.place.zh,
          placeBEn: fb.place.en,
          expected: String(va.value),
          printed: String(vb.value),
          difference: String(difference),
          carry: String(bound),
          tolerance: String(tolerance),
        },
      })
    }
    return checks === 0
      ? notApplicable('两表没有共同的类', 'the two tables share no class')
      : { status: 'ran', checks, findings }
  },
})
