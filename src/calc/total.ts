import { sum } from '../money/decimal'
import type { Amount } from '../money/types'

/**
 * The exact total (合计) of a list of amounts; 0 for an empty list. The same function as `sum`.
 *
 * @deprecated Use `sum` (from `@medbudget/core` or `@medbudget/core/money`): one name for one
 *   function. `total` goes in the next minor version.
 *
 * @param values - the amounts
 * @returns their exact sum
 * @example
 * ```ts
 * String(total([amount('658.67'), amount('8285.36')])) // '8944.03', as sum(…)
 * ```
 */
export function total(values: readonly Amount[]): Amount {
  return sum(values)
}
