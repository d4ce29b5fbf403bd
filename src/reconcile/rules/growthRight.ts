import { cellInteger } from '../checks'
import { ratioRight } from './percentRight'

const POW10: readonly number[] = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
]

/**
 * True when a printed growth rate `(current − prior) / prior × 100`, rounded half-up (away from
 * zero) to the printed rate's decimals, gives exactly the printed rate (negated when printed after
 * 下降, `decrease`) — decided on integers while every figure, difference and product is a safe
 * integer. `false` means "not decided here" (the exact decimal check, `checkGrowth`, then
 * decides): it never says a wrong rate is right. Agrees with `checkGrowth(…).status === 'right'`
 * (a property test compares them).
 *
 * @example
 * ```ts
 * growthRight('110.00', '100.00', '10.00%', false) // true
 * growthRight('90', '100', '10%', true)            // true (下降 10%)
 * growthRight('110.00', '100.00', '10.01%', false) // false (the decimal check decides)
 * ```
 * @internal
 */
export function growthRight(
  current: string | undefined,
  prior: string | undefined,
  printed: string,
  decrease: boolean,
): boolean {
  const c = cellInteger(current)
  const p = cellInteger(prior)
  if (c === undefined || p === undefined) return false
  // both figures as integers of the finer printed place
  const decimals = Math.max(c.decimals, p.decimals)
  const cs = c.digits * (POW10[decimals - c.decimals] ?? Number.NaN)
  const ps = p.digits * (POW10[decimals - p.decimals] ?? Number.NaN)
  const change = cs - ps
  if (!Number.isSafeInteger(cs) || !Number.isSafeInteger(ps) || !Number.isSafeInteger(change)) return false
  return ratioRight({ digits: change, decimals }, { digits: ps, decimals }, printed, decrease)
}
