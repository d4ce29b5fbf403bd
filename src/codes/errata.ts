import type { CodeErratum } from './codeErratum'
import { economicCodeErrata } from './economicErrata'
import { functionalCodeErrata } from './functionalErrata'

export type { CodeErratum } from './codeErratum'
export { economicCodeErrata } from './economicErrata'
export { functionalCodeErrata } from './functionalErrata'

/**
 * Every misprinted code found in the bundled seed disclosures (functional, then economic).
 *
 * @example
 * ```ts
 * parseCode('301\tl\t职工基本医疗保险缴费', { errata: codeErrata }).code // '30110'
 * ```
 */
export const codeErrata: readonly CodeErratum[] = /*#__PURE__*/ Object.freeze(
  /*#__PURE__*/ ([] as readonly CodeErratum[]).concat(functionalCodeErrata, economicCodeErrata),
)
