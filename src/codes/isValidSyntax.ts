import { isMedbudgetError } from '../errors'
import { type ParseCodeOptions, parseCode } from './parseCode'

/**
 * True when `code` is a well-formed classification code in one of the printed forms
 * {@link parseCode} reads. Says nothing about whether a catalog knows it (that is `catalog.has`).
 *
 * @param code - a printed code
 * @param options - expected system (`functional`, `economic` …)
 * @returns whether {@link parseCode} would accept it
 * @example
 * ```ts
 * isValidSyntax('2101501') // true
 * isValidSyntax('2109999') // true (well-formed, though no catalog has it)
 * isValidSyntax('2101 5') // false
 * ```
 */
export function isValidSyntax(code: string, options: Pick<ParseCodeOptions, 'system'> = {}): boolean {
  try {
    parseCode(code, options)
    return true
  } catch (e) {
    if (isMedbudgetError(e, 'CODE_MALFORMED')) return false
    throw e
  }
}
