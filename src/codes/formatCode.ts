import { parseCode } from './parseCode'

/** How {@link formatCode} prints a code. */
export type CodeFormat = 'joined' | 'columns' | 'tabs' | 'spaced'

/**
 * Prints a code the way the disclosures do: joined (`2101501`), in columns (`210 | 15 | 01`),
 * tab-separated as in extracted tables (`210\t15\t01`) or spaced (`210 15 01`).
 *
 * @param code - a code in any form {@link parseCode} reads
 * @param format - the layout, `joined` by default
 * @returns the printed form; {@link parseCode} reads it back to the same code
 * @throws MedbudgetError `CODE_MALFORMED` when it is not a code
 * @example
 * ```ts
 * formatCode('2101501', 'columns') // '210 | 15 | 01'
 * formatCode('210 15 01') // '2101501'
 * ```
 */
export function formatCode(code: string, format: CodeFormat = 'joined'): string {
  const { code: joined } = parseCode(code)
  if (format === 'joined') return joined
  const parts = [joined.slice(0, 3)]
  for (let n = 3; n < joined.length; n += 2) parts.push(joined.slice(n, n + 2))
  return parts.join(format === 'columns' ? ' | ' : format === 'tabs' ? '\t' : ' ')
}
