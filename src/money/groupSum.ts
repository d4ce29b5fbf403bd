import { MedbudgetError } from '../errors'
import { readonlyMap } from '../internal/readonlyMap'
import { accumulate, accumulatorResult, createAccumulator, type ScaledAccumulator } from './scaledAccumulator'
import type { PrintedAmount } from './types'

/**
 * Adds up printed figures by group, exactly and fast (see `sumPrinted` for the fast path and its
 * exact fallback): `texts[i]` is added to the group `keys[i]`. Groups come out in the order of
 * their first appearance; each total carries the largest number of decimals of its figures.
 *
 * @param texts - printed figures, all in the same unit
 * @param keys - the group of each figure (e.g. its 类 code), same length as `texts`
 * @returns group → exact total
 * @throws MedbudgetError `CALC_INVALID_INPUT` when the lengths differ; `AMOUNT_MALFORMED` as `sumPrinted`
 * @example
 * ```ts
 * const totals = groupSum(['81.37', '8,800.20', '0.01'], ['208', '210', '208'])
 * toCanonical(totals.get('208')!) // '81.38'
 * toCanonical(totals.get('210')!) // '8800.20'
 * ```
 */
export function groupSum<K>(texts: readonly string[], keys: readonly K[]): ReadonlyMap<K, PrintedAmount> {
  if (!Array.isArray(texts) || !Array.isArray(keys)) {
    throw new MedbudgetError(
      'CALC_INVALID_INPUT',
      'groupSum 需要金额数组和分组键数组',
      'groupSum takes an array of figures and an array of group keys',
    )
  }
  if (texts.length !== keys.length) {
    throw new MedbudgetError(
      'CALC_INVALID_INPUT',
      `金额个数（${texts.length}）与分组键个数（${keys.length}）不一致`,
      `${texts.length} figures but ${keys.length} group keys`,
    )
  }
  const groups = new Map<K, ScaledAccumulator>()
  for (let i = 0; i < texts.length; i++) {
    const key = keys[i] as K
    let acc = groups.get(key)
    if (acc === undefined) {
      acc = createAccumulator()
      groups.set(key, acc)
    }
    accumulate(acc, texts[i] as string)
  }
  const out = new Map<K, PrintedAmount>()
  for (const [k, acc] of groups) out.set(k, accumulatorResult(acc))
  return readonlyMap(out)
}
