import { checkOption } from '../internal/limits'
import type { ChangeDirection, Direction, GrowthDirection } from './types'

const WORDS = /*#__PURE__*/ Object.freeze({
  rate: Object.freeze({ increase: '增长', decrease: '下降', flat: '持平' }),
  amount: Object.freeze({ increase: '增加', decrease: '减少', flat: '持平' }),
} as const)

/**
 * The word a disclosure prints for a direction: before a rate (增长率) 增长 / 下降 / 持平, before
 * an amount (增减额) 增加 / 减少 / 持平.
 *
 * @param direction - `increase`, `decrease` or `flat`
 * @param of - `rate` (default) or `amount`
 * @returns the Chinese word
 * @example
 * ```ts
 * directionWord('decrease')           // '下降'
 * directionWord('decrease', 'amount') // '减少'
 * ```
 */
export function directionWord(direction: 'increase' | 'decrease' | 'flat', of?: 'rate'): GrowthDirection
export function directionWord(direction: 'increase' | 'decrease' | 'flat', of: 'amount'): ChangeDirection
export function directionWord(
  direction: Direction,
  of: 'rate' | 'amount' = 'rate',
): GrowthDirection | ChangeDirection {
  const words = WORDS[checkOption(of, OF, ['用语类别', 'kind of word'])]
  return words[checkOption(direction, DIRECTIONS, ['变动方向', 'direction'])]
}

const OF: readonly ('rate' | 'amount')[] = ['rate', 'amount']
const DIRECTIONS: readonly Direction[] = ['increase', 'decrease', 'flat']

/**
 * True for `decrease` and its deprecated Chinese words 下降 / 减少.
 *
 * @example
 * ```ts
 * isDecrease('decrease') // true
 * isDecrease('增长')      // false
 * ```
 * @internal
 */
export function isDecrease(direction: Direction | GrowthDirection | ChangeDirection | undefined): boolean {
  return direction === 'decrease' || direction === '下降' || direction === '减少'
}
