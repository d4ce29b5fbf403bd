// cross-project-cost's integer verdict and its reading of plainly printed targets, against the
// decimal path and the full reader of indicator values.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseIndicatorValue } from '../../src/model/parseIndicatorValue'
import { convertUnit } from '../../src/money/convertUnit'
import { abs, add, amount, cmp, halfUlp, sub } from '../../src/money/decimal'
import type { MoneyUnit } from '../../src/money/types'
import { costHolds, moneyTarget } from '../../src/reconcile/rules/crossProjectCost'

const units: readonly MoneyUnit[] = ['元', '万元', '亿元']

// the decimal path of the rule, as it was before the integer one
const decimalHolds = (
  a: { digits: bigint; decimals: number },
  v: { digits: bigint; decimals: number },
  unit: MoneyUnit,
  documentUnit: MoneyUnit,
  op: '<=' | '=',
): boolean => {
  const text = (d: bigint, k: number) => {
    const s = (d < 0n ? -d : d).toString().padStart(k + 1, '0')
    return `${d < 0n ? '-' : ''}${k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`}`
  }
  const inDoc = convertUnit(amount(text(v.digits, v.decimals)), unit, documentUnit)
  const tolerance = add(halfUlp(a.decimals), convertUnit(halfUlp(v.decimals), unit, documentUnit))
  const difference = sub(amount(text(a.digits, a.decimals)), inDoc)
  return op === '<=' ? cmp(difference, tolerance) <= 0 : cmp(abs(difference), tolerance) <= 0
}

describe('costHolds (the integer path of cross-project-cost)', () => {
  it('says what the decimal path says whenever it decides, and leaves long figures to it', () => {
    const figure = fc.record({
      digits: fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 0n, max: 10n ** 17n })),
      decimals: fc.integer({ min: 0, max: 6 }),
    })
    let decided = 0
    let undecided = 0
    fc.assert(
      fc.property(
        figure,
        figure,
        fc.constantFrom(...units),
        fc.constantFrom(...units),
        fc.constantFrom<'<=' | '='>('<=', '='),
        (a, v, unit, documentUnit, op) => {
          const got = costHolds(
            { digits: Number(a.digits), decimals: a.decimals },
            { digits: Number(v.digits), decimals: v.decimals },
            unit,
            documentUnit,
            op,
          )
          if (!Number.isSafeInteger(Number(a.digits)) || !Number.isSafeInteger(Number(v.digits))) return
          if (got === undefined) undecided++
          else {
            decided++
            expect(got).toBe(decimalHolds(a, v, unit, documentUnit, op))
          }
        },
      ),
      { seed: 42, numRuns: 3000, interruptAfterTimeLimit: 20_000 },
    )
    expect(decided).toBeGreaterThan(500)
    expect(undecided).toBeGreaterThan(0)
  }, 30_000)

  it('holds within the rounding of both prints, and fails past it', () => {
    // 6432.00 万元 against ≤64320000元; 0.60 万元 against ≤5000元
    expect(
      costHolds({ digits: 643200, decimals: 2 }, { digits: 64320000, decimals: 0 }, '元', '万元', '<='),
    ).toBe(true)
    expect(costHolds({ digits: 60, decimals: 2 }, { digits: 5000, decimals: 0 }, '元', '万元', '<=')).toBe(
      false,
    )
    // a cap is broken only upwards; an equality both ways
    expect(costHolds({ digits: 100, decimals: 0 }, { digits: 200, decimals: 0 }, '万元', '万元', '<=')).toBe(
      true,
    )
    expect(costHolds({ digits: 100, decimals: 0 }, { digits: 200, decimals: 0 }, '万元', '万元', '=')).toBe(
      false,
    )
    // 12.00 万元 = 120000元 exactly, and 12.01 万元 is 100 元 off (the tolerance is 50.5 元)
    expect(costHolds({ digits: 1200, decimals: 2 }, { digits: 120000, decimals: 0 }, '元', '万元', '=')).toBe(
      true,
    )
    expect(costHolds({ digits: 1201, decimals: 2 }, { digits: 120000, decimals: 0 }, '元', '万元', '=')).toBe(
      false,
    )
  })
})

describe('moneyTarget', () => {
  // targets in money printed plainly, and their look-alikes: other comparisons, units, ranges,
  // grouped digits, full-width signs, spaces inside a figure, dates
  const target = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('', '≤', '<=', '=', '＝', '≥', '<', '< =', ' ≤ '),
        fc.stringMatching(/^[0-9]{1,9}(\.[0-9]{1,4})?$/),
        fc.constantFrom('元', '万元', ' 万元', '万元 ', '亿元', '%', '万人次', '元/人', '', '年'),
      )
      .map(([op, n, u]) => `${op}${n}${u}`),
    fc.constantFrom(
      '1,234元',
      '1 234元',
      '10-20万元',
      '≤１００万元',
      '有效控制',
      '2024年12月',
      '≤64320000元',
    ),
  )
  it('reads a target as the full reader does: the comparison, the number and the unit, or nothing', () => {
    fc.assert(
      fc.property(target, (t) => {
        const full = parseIndicatorValue(t)
        const expected =
          full.kind === 'compare' &&
          (full.op === '<=' || full.op === '=') &&
          (full.unit === '元' || full.unit === '万元')
            ? { op: full.op, value: full.value, unit: full.unit }
            : undefined
        expect(moneyTarget(t)).toEqual(expected)
      }),
      { seed: 42, numRuns: 2000, interruptAfterTimeLimit: 20_000 },
    )
  }, 30_000)

  it('reads ≤136.07 万元 as a cap and leaves a floor alone', () => {
    expect(moneyTarget('≤136.07 万元')).toEqual({ op: '<=', value: '136.07', unit: '万元' })
    expect(moneyTarget('120000元')).toEqual({ op: '=', value: '120000', unit: '元' })
    expect(moneyTarget('≥136.07万元')).toBeUndefined()
    expect(moneyTarget('≤95%')).toBeUndefined()
  })
})
