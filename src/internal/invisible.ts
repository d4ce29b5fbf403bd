/**
 * Invisible formatting characters (Unicode category Cf that a PDF or a web page leaves in copied
 * text): the soft hyphen, zero-width space / non-joiner / joiner, left-to-right and right-to-left
 * marks, bidirectional embeddings, overrides and isolates, the word joiner and the byte-order mark.
 * They print nothing, so a code or a name that carries one is read as if it did not: `201‍01` with a
 * zero-width joiner was read as code 201 named `01`.
 * @module
 * @internal
 */

/** One invisible formatting character (a character class: linear on any input). @internal */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

/**
 * `text` without its invisible formatting characters.
 * @example
 * ```ts
 * withoutInvisibles('201\u200d01') // '20101'
 * ```
 * @internal
 */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '')
}
