import { amount, cmp, isZero, sub } from '../../../../src/money/decimal'
import type { Amount } from '../../../../src/money/types'

/** An amount someone has (a supply) or needs (a demand), with what it is. */
export interface Lot<T> {
  readonly id: T
  readonly amount: string
}

/** One allocation of part of a supply to a demand (`demand` undefined: nothing left to meet). */
export interface Allocation<S, D> {
  readonly supply: S
  readonly demand: D | undefined
  readonly amount: string
}

/**
 * The reconstruction rule used by the golden tests when a seed prints two marginals of the same
 * money (项 × category and economic code × category; projects and 项 × project columns): first pair
 * lots of exactly equal amounts (in print order), then fill the remaining demands in print order
 * (north-west corner). Every supply is used up exactly; a supply with no demand left keeps `demand`
 * undefined. Exact decimal arithmetic throughout.
 */
export function transport<S, D>(supplies: readonly Lot<S>[], demands: readonly Lot<D>[]): Allocation<S, D>[] {
  const left = demands.map((d) => ({ id: d.id, rest: amount(d.amount) }))
  const out: Allocation<S, D>[] = []
  const pending: { id: S; rest: Amount }[] = []
  for (const s of supplies) {
    const value = amount(s.amount)
    const exact = left.find((d) => !isZero(d.rest) && cmp(d.rest, value) === 0)
    if (exact && !isZero(value)) {
      out.push({ supply: s.id, demand: exact.id, amount: s.amount })
      exact.rest = sub(exact.rest, value)
    } else pending.push({ id: s.id, rest: value })
  }
  for (const s of pending) {
    for (const d of left) {
      if (isZero(s.rest)) break
      if (cmp(d.rest, amount(0)) <= 0) continue
      const take = cmp(d.rest, s.rest) < 0 ? d.rest : s.rest
      out.push({ supply: s.id, demand: d.id, amount: String(take) })
      d.rest = sub(d.rest, take)
      s.rest = sub(s.rest, take)
    }
    if (!isZero(s.rest)) out.push({ supply: s.id, demand: undefined, amount: String(s.rest) })
  }
  return out
}
