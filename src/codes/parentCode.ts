import { parseCode } from './parseCode'

/**
 * The code one level up (项 → 款 → 类), by the digits alone; `undefined` for a 类.
 *
 * @param code - a code in any printed form {@link parseCode} reads
 * @returns the parent code, joined
 * @throws MedbudgetError `CODE_MALFORMED` when it is not a code
 * @example
 * ```ts
 * parentCode('2101501') // '21015'
 * parentCode('30101') // '301'
 * parentCode('210') // undefined
 * ```
 */
export function parentCode(code: string): string | undefined {
  const { code: joined } = parseCode(code)
  return joined.length > 3 ? joined.slice(0, joined.length - 2) : undefined
}
