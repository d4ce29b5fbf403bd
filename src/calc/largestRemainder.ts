/**
 * Internal: the largest remainder method (Hamilton) on exact values.
 * @module
 */
import { MedbudgetError } from '../errors'
import { add, amount, cmp, divFloor, mul, sign, sub, sum } from '../money/decimal'
import type { Amount } from '../money/types'

/**
 * Splits the whole number `units` (≥ 0) in proportion to `weights` (≥ 0, not all zero) into whole
 * numbers adding up to exactly `units`. Each gets the floor of its exact quota; the units left
 * over go one each to the largest remainders, ties broken by the larger weight, then the lower
 * index — so the result is deterministic and does not depend on sort stability.
 *
 * @internal
 */
export function largestRemainder(weights: readonly Amount[], units: Amount): readonly Amount[] {
  if (weights.length === 0) {
    throw new MedbudgetError(
      'ALLOCATION_INVALID',
      '没有可分配的项目（权重列表为空）',
      'Nothing to allocate to: the list of weights is empty',
    )
  }
  weights.forEach((w, i) => {
    if (sign(w) < 0) {
      throw new MedbudgetError(
        'ALLOCATION_INVALID',
        `第 ${i + 1} 个权重为负数（${String(w)}），无法按比例分配`,
        `Weight ${i + 1} is negative (${String(w)}); cannot allocate in proportion`,
        { path: [i] },
      )
    }
  })
  const whole = sum(weights)
  if (sign(whole) === 0) {
    throw new MedbudgetError(
      'ALLOCATION_INVALID',
      '权重全部为零，无法按比例分配',
      'All weights are zero; nothing to allocate in proportion',
    )
  }
  const quotas = weights.map((w) => divFloor(mul(w, units), whole))
  const left = sub(units, sum(quotas.map((q) => q.quotient)))
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = (quotas[a] as { remainder: Amount }).remainder
      const rb = (quotas[b] as { remainder: Amount }).remainder
      return cmp(rb, ra) || cmp(weights[b] as Amount, weights[a] as Amount) || a - b
    })
  const bonus = new Set<number>()
  const one = amount(1)
  for (let k = 0, given = amount(0); cmp(given, left) < 0; k++, given = add(given, one)) {
    bonus.add(order[k] as number)
  }
  return quotas.map((q, i) => (bonus.has(i) ? add(q.quotient, one) : q.quotient))
}
