/**
 * Lookup structures derived from a glossary, built on first use and kept per glossary object.
 * Internal: not exported from the package.
 * @module
 */
import { checkObject, guardShape, type What } from '../internal/shape'
import { normalizeTerm } from './normalizeTerm'
import type { Glossary, GlossaryEntry } from './types'

/**
 * Which field of an entry a lookup key came from.
 *
 * @example
 * ```ts
 * lookupTerm('公务用车购置及运维费') // { …, matchedBy: 'alias' }
 * ```
 */
export type GlossaryKeySource = 'term' | 'alias' | 'en-term' | 'en-alias'

/**
 * One lookup key of the index.
 *
 * @example
 * ```ts
 * glossaryIndex(GLOSSARY).keys.get('三公经费') // [{ id: 'three-public-expenses', source: 'term', name: '“三公”经费' }]
 * ```
 */
export interface GlossaryKey {
  readonly id: string
  readonly source: GlossaryKeySource
  /** The name as written in the glossary. */
  readonly name: string
}

/**
 * Normalised search texts of one entry.
 *
 * @example
 * ```ts
 * glossaryIndex(GLOSSARY).entries[0]?.term // '部门预算'
 * ```
 */
export interface IndexedEntry {
  readonly entry: GlossaryEntry
  readonly order: number
  readonly term: string
  readonly aliases: readonly string[]
  readonly definition: string
  readonly enTerm: string
  readonly enAliases: readonly string[]
  readonly enDefinition: string
}

/**
 * Everything lookups and searches need, derived once from a glossary.
 *
 * @example
 * ```ts
 * glossaryIndex(GLOSSARY).keys.has('公务接待费') // true
 * ```
 */
export interface GlossaryIndex {
  /** Normalised name → the keys that produce it (more than one only when a glossary is ambiguous). */
  readonly keys: ReadonlyMap<string, readonly GlossaryKey[]>
  readonly entries: readonly IndexedEntry[]
}

const cache = /*#__PURE__*/ new WeakMap<Glossary, GlossaryIndex>()

/**
 * English text in the form searches compare: lower case, single spaces, curly quotes dropped.
 *
 * @param text - English text
 * @returns the comparison form
 * @example
 * ```ts
 * normalizeEnglish('  “Three  Public” Expenses ') // 'three public expenses'
 * ```
 */
export function normalizeEnglish(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”‘’"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Returns the index of `glossary`, building it on the first call for that glossary object.
 * Glossaries are frozen, so an index never goes stale.
 *
 * @param glossary - the glossary to index
 * @returns its index (the same object on every call for the same glossary)
 * @example
 * ```ts
 * glossaryIndex(GLOSSARY) === glossaryIndex(GLOSSARY) // true
 * ```
 */
export function glossaryIndex(glossary: Glossary): GlossaryIndex {
  // a glossary of the caller's that is no object, or whose entries lack the fields read below (a
  // string for a term, a throwing getter), is OPTION_INVALID, never a TypeError
  checkObject(glossary, 'OPTION_INVALID', GLOSSARY_ARG)
  const cached = cache.get(glossary)
  if (cached !== undefined) return cached
  return guardShape('OPTION_INVALID', GLOSSARY_ARG, () => buildIndex(glossary))
}

/**
 * What a glossary argument is called in the errors of the functions that take one.
 * @example
 * ```ts
 * checkObject(glossary, 'OPTION_INVALID', GLOSSARY_ARG) // 名词表（glossary 参数）不是对象 …
 * ```
 * @internal
 */
export const GLOSSARY_ARG: What = ['名词表（glossary 参数）', 'glossary (the glossary argument)']

/**
 * Builds (and caches) the index of a glossary that is an object; a field of the wrong kind throws.
 * @example
 * ```ts
 * buildIndex(GLOSSARY).entries.length > 0 // true
 * ```
 */
function buildIndex(glossary: Glossary): GlossaryIndex {
  const keys = new Map<string, GlossaryKey[]>()
  const add = (name: string, id: string, source: GlossaryKeySource): void => {
    const key = normalizeTerm(name)
    if (key === '') return
    const list = keys.get(key) ?? []
    if (!list.some((k) => k.id === id)) list.push({ id, source, name })
    keys.set(key, list)
  }
  const entries: IndexedEntry[] = []
  let order = 0
  for (const [id, entry] of Object.entries(glossary)) {
    add(entry.term, id, 'term')
    for (const alias of entry.aliases) add(alias, id, 'alias')
    add(entry.en.term, id, 'en-term')
    for (const alias of entry.en.aliases ?? []) add(alias, id, 'en-alias')
    entries.push({
      entry,
      order: order++,
      term: normalizeTerm(entry.term),
      aliases: entry.aliases.map(normalizeTerm),
      definition: normalizeTerm(entry.definition),
      enTerm: normalizeEnglish(entry.en.term),
      enAliases: (entry.en.aliases ?? []).map(normalizeEnglish),
      enDefinition: normalizeEnglish(entry.en.definition),
    })
  }
  const index: GlossaryIndex = { keys, entries }
  cache.set(glossary, index)
  return index
}
