import { checkPercentage } from '../../calc/checkPercentage'
import { amount, cmp, eq, sign, sub, sum } from '../../money/decimal'
import { parsePercent } from '../../money/parsePercent'
import { printedOf } from '../checks'

/** One share of the text with the amounts it rests on, as `text-percentages` resolved them. */
export interface ShareOfWhole {
  /** the figure's id */
  readonly id: string
  /** the share as printed (`'3.32%'`) */
  readonly printed: string
  /** the part, as printed where the share's operand points (`'32640'`) */
  readonly part: string
  /** the whole, as printed where the share's operand points */
  readonly whole: string
}

const HUNDRED = /*#__PURE__*/ amount(100)

/**
 * The shares of one whole, stated together in one passage, that were moved by a last digit so that
 * the passage's shares add up to exactly 100% (尾差调整: the largest-remainder method, or the tail
 * put on one item): their ids. A share qualifies when the printed shares of the passage add up to
 * exactly 100, their roundings (half-up, each to its printed decimals) do not, and every share that
 * differs from its rounding differs in the direction that brings the sum to 100 — so the differences
 * add up to exactly the rounding tail of the sum, never more. Anything else is left to the
 * share-by-share verdict (empty set): a misprint that happens to restore 100 is indistinguishable
 * from the adjustment, but it can be no larger than the tail, half a last digit per share.
 *
 * @param shares - the shares of one whole in one passage (two or more)
 * @returns the ids of the shares whose difference is the adjustment to 100%
 * @example
 * ```ts
 * // 无锡 交通运输局: 19.93% + 14.62% + 3.32% + 62.13% = 100%, while 3.3145… rounds to 3.31
 * sharesMovedToHundred([
 *   { id: 'a', printed: '19.93%', part: '196278.67', whole: '984760.87' },
 *   { id: 'b', printed: '14.62%', part: '143999', whole: '984760.87' },
 *   { id: 'c', printed: '3.32%', part: '32640', whole: '984760.87' },
 *   { id: 'd', printed: '62.13%', part: '611843.2', whole: '984760.87' },
 * ]) // Set { 'c' }
 * ```
 * @internal
 */
export function sharesMovedToHundred(shares: readonly ShareOfWhole[]): ReadonlySet<string> {
  const none = new Set<string>()
  if (shares.length < 2) return none
  const verdicts = []
  for (const s of shares) {
    const printed = parsePercent(s.printed)
    if (printed.kind !== 'amount') return none
    const verdict = checkPercentage({ part: printedOf(s.part), whole: printedOf(s.whole), printed })
    if (verdict.recomputed === null || verdict.printed === null) return none
    verdicts.push({ id: s.id, printed: verdict.printed, rounded: verdict.recomputed })
  }
  if (!eq(sum(verdicts.map((v) => v.printed)), HUNDRED)) return none
  const tail = sign(sub(HUNDRED, sum(verdicts.map((v) => v.rounded))))
  if (tail === 0) return none
  const moved = new Set<string>()
  for (const v of verdicts) {
    const direction = cmp(v.printed, v.rounded)
    if (direction === 0) continue
    if (direction !== tail) return none
    moved.add(v.id)
  }
  return moved
}
