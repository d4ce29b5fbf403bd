import { parseCode } from './parseCode'

/**
 * The codes above a code, from its 类 down to its parent, by the digits alone.
 *
 * @param code - a code in any printed form {@link parseCode} reads
 * @returns the ancestors, 类 first (empty for a 类)
 * @throws MedbudgetError `CODE_MALFORMED` when it is not a code
 * @example
 * ```ts
 * ancestorCodes('2101501') // ['210', '21015']
 * ancestorCodes('210') // []
 * ```
 */
export function ancestorCodes(code: string): readonly string[] {
  const { code: joined } = parseCode(code)
  const out: string[] = []
  for (let n = 3; n < joined.length; n += 2) out.push(joined.slice(0, n))
  return Object.freeze(out)
}
