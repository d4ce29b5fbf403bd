/**
 * Internal: the largest remainder method (Hamilton) on exact values.
 * @module
 */
import { MedbudgetError } from '../errors'
import { checkItems } from '../internal/shape'
import { decimalPlaces, isAmount, sign, toScaledBigInt } from '../money/decimal'
import type { Amount } from '../money/types'

/**
 * Splits the whole number `units` (≥ 0) in proportion to `weights` (≥ 0, not all zero) into whole
 * numbers adding up to exactly `units`. Each gets the floor of its exact quota; the units left
 * over go one each to the largest remainders, ties broken by the larger weight, then the lower
 * index — so the result is deterministic and does not depend on sort stability.
 *
 * Near-linear: exact integer arithmetic on scaled bigints, one sort of the indices (n log n), and
 * the result as bigints, which the callers turn into amounts with their decimal point put in place
 * (`amountFromScaled`), never by decimal multiplication.
 *
 * @param weights - the proportions (≥ 0, not all zero)
 * @param units - the whole number to split (≥ 0)
 * @returns one whole number per weight, adding up to `units`
 * @internal
 * @example
 * ```ts
 * largestRemainder([amount(1), amount(1), amount(1)], 100n) // [34n, 33n, 33n]
 * ```
 */
export function largestRemainder(input: readonly Amount[], units: bigint): bigint[] {
  const weights = checkItems<Amount>(input, 'CALC_INVALID_INPUT', ['权重列表', 'list of weights'], isAmount, [
    '金额（amount(…)）',
    'an amount (amount(…))',
  ])
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
  // Exact integer arithmetic on scaled bigints: weights × 10^scale are integers and `units` is a
  // whole number, so each quota is an integer quotient and remainder. Decimal arithmetic and
  // decimal comparisons inside the sort made 10^5 weights take seconds.
  let scale = 0
  for (const w of weights) scale = Math.max(scale, decimalPlaces(w))
  const W = weights.map((w) => toScaledBigInt(w, scale))
  const U = units
  let total = 0n
  for (const w of W) total += w
  if (total === 0n) {
    throw new MedbudgetError(
      'ALLOCATION_INVALID',
      '权重全部为零，无法按比例分配',
      'All weights are zero; nothing to allocate in proportion',
    )
  }
  const quota = W.map((w) => (w * U) / total)
  const rem = W.map((w, i) => w * U - (quota[i] as bigint) * total)
  let left = U
  for (const q of quota) left -= q
  const order = W.map((_, i) => i).sort((a, b) => {
    const ra = rem[a] as bigint
    const rb = rem[b] as bigint
    if (ra !== rb) return rb > ra ? 1 : -1
    const wa = W[a] as bigint
    const wb = W[b] as bigint
    if (wa !== wb) return wb > wa ? 1 : -1
    return a - b
  })
  for (let k = 0; left > 0n; k++, left--) {
    const i = order[k] as number
    quota[i] = (quota[i] as bigint) + 1n
  }
  return quota
}
