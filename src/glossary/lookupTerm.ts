/**
 * Exact lookup of a printed term in the glossary.
 * @module
 */
import { checkText } from '../internal/limits'
import { GLOSSARY, type GlossaryTerm } from './glossary'
import { type GlossaryKeySource, glossaryIndex } from './glossaryIndex'
import { normalizeTerm } from './normalizeTerm'
import { searchGlossary } from './searchGlossary'
import type { Glossary, GlossaryEntry } from './types'

/**
 * Result of {@link lookupTerm}: the entry, or why nothing was found and what comes close.
 *
 * @typeParam E - the entry type of the glossary looked in
 * @example
 * ```ts
 * const r: TermLookup = lookupTerm('尾差')
 * if (r.found) r.id // 'rounding-difference'
 * ```
 */
export type TermLookup<E extends GlossaryEntry = GlossaryTerm> =
  | {
      readonly found: true
      readonly id: E['id']
      readonly entry: E
      /** Which name of the entry matched: its term, an alias, or an English name. */
      readonly matchedBy: GlossaryKeySource
      /** The matching name as written in the glossary. */
      readonly matched: string
      /** The input after normalisation. */
      readonly normalized: string
    }
  | {
      readonly found: false
      readonly input: string
      readonly normalized: string
      /** Ids of the closest entries (best first, at most three), to offer a reader. */
      readonly suggestions: readonly E['id'][]
    }

/**
 * Finds the glossary entry a printed term names: its Chinese term, one of its aliases or variant
 * names, or its English term.
 *
 * The match is exact after {@link normalizeTerm}: full- and half-width forms, quote styles
 * (“” "" ‘’ 「」), brackets （）() 【】[], whitespace and line wraps, Markdown/HTML markup, a leading
 * ordinal and a trailing colon do not matter. Anything else does: a part of a term (`三公`) or a
 * longer phrase is not found. An unknown term is an ordinary result, not an error.
 *
 * @param text - the term as printed, e.g. a 名词解释 heading
 * @returns `{ found: true, id, entry, … }` or `{ found: false, suggestions, … }`
 * @example
 * ```ts
 * lookupTerm('九、“三公”经费：').found // true
 * lookupTerm('九、“三公”经费：') // { found: true, id: 'three-public-expenses', matchedBy: 'term', … }
 * lookupTerm('公务用车购置及运维费') // { found: true, id: 'official-vehicles', matchedBy: 'alias', matched: '公务用车购置及运维费', … }
 * lookupTerm('三公') // { found: false, input: '三公', normalized: '三公', suggestions: ['three-public-expenses', …] }
 * ```
 */
export function lookupTerm(text: string): TermLookup
/**
 * The same, reading the given glossary instead of the built-in one.
 *
 * @param glossary - the glossary to look in; the built-in {@link GLOSSARY} when absent
 */
export function lookupTerm<G extends Glossary>(text: string, glossary: G): TermLookup<G[keyof G]>
export function lookupTerm(text: string, glossary: Glossary = GLOSSARY): TermLookup<GlossaryEntry> {
  const normalized = normalizeTerm(checkText(text, ['名词', 'term']))
  const key = glossaryIndex(glossary).keys.get(normalized)?.[0]
  const entry = key === undefined ? undefined : glossary[key.id]
  if (key !== undefined && entry !== undefined) {
    return Object.freeze({
      found: true,
      id: key.id,
      entry,
      matchedBy: key.source,
      matched: key.name,
      normalized,
    })
  }
  const suggestions = searchGlossary(text, { glossary, limit: 3 }).map((hit) => hit.id)
  return Object.freeze({ found: false, input: text, normalized, suggestions: Object.freeze(suggestions) })
}
