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

/**
 * True when a growth rate printed with the change instead of the prior year (增加/减少 x, 增长/下降
 * y%) is right: `change / (current − change) × 100` (the change negated after 减少, `decrease`),
 * rounded half-up to the printed rate's decimals, gives exactly the printed rate, and the prior year
 * `current − change` keeps one sign however the two printed figures round — decided on integers
 * while every figure, difference and product is a safe integer. `false` means "not decided here"
 * (`checkGrowth` with `change` then decides); agrees with its `status === 'right'` (property test).
 *
 * @example
 * ```ts
 * growthFromChangeRight('110.00', '10.00', '10.00%', false) // true
 * growthFromChangeRight('90', '10', '10%', true)            // true (减少 10，下降 10%)
 * growthFromChangeRight('110.00', '10.00', '9.00%', false)  // false (the decimal check decides)
 * ```
 * @internal
 */
export function growthFromChangeRight(
  current: string | undefined,
  change: string | undefined,
  printed: string,
  decrease: boolean,
): boolean {
  const c = cellInteger(current)
  const x = cellInteger(change)
  if (c === undefined || x === undefined) return false
  // one more place than the finer figure: half a unit of each figure's last place is an integer there
  const places = Math.max(c.decimals, x.decimals) + 1
  const cs = c.digits * (POW10[places - c.decimals] ?? Number.NaN)
  const xs = (decrease ? -x.digits : x.digits) * (POW10[places - x.decimals] ?? Number.NaN)
  const prior = cs - xs
  const width =
    5 * ((POW10[places - 1 - c.decimals] ?? Number.NaN) + (POW10[places - 1 - x.decimals] ?? Number.NaN))
  if (![cs, xs, prior, width].every(Number.isSafeInteger) || Math.abs(prior) <= width) return false
  return ratioRight({ digits: xs, decimals: places }, { digits: prior, decimals: places }, printed, decrease)
}
