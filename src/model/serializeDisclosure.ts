import type { Disclosure } from './disclosure'

/**
 * Serialises a disclosure to JSON text: keys in schema order, two-space indentation, a final
 * newline. Amounts are the canonical strings of the model, so printed precision survives and a
 * blank cell stays distinct from zero; `serializeDisclosure(parseDisclosure(JSON.parse(s))) === s`
 * for any text this function wrote.
 *
 * @param doc - a validated document (from `parseDisclosure`)
 * @returns JSON text
 * @example
 * ```ts
 * const text = serializeDisclosure(doc)
 * serializeDisclosure(parseDisclosure(JSON.parse(text))) === text // true
 * ```
 */
export function serializeDisclosure(doc: Disclosure): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}
