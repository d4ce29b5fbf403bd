import { parseCode } from './parseCode'
import type { CodeLevel } from './types'

/**
 * Level of a code: 类 (`lei`, 3 digits), 款 (`kuan`, 5 digits), 项 (`xiang`, 7 digits).
 *
 * @param code - a code in any printed form {@link parseCode} reads
 * @returns its level
 * @throws MedbudgetError `CODE_MALFORMED` when it is not a code
 * @example
 * ```ts
 * levelOfCode('21015') // 'kuan'
 * levelOfCode('210 | 15 | 01') // 'xiang'
 * ```
 */
export function levelOfCode(code: string): CodeLevel {
  return parseCode(code).level
}
