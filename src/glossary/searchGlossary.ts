/**
 * Full-text search over the glossary.
 * @module
 */
import { MedbudgetError } from '../errors'
import { checkOption, checkText, optionsOf } from '../internal/limits'
import { GLOSSARY, type GlossaryTerm } from './glossary'
import { glossaryIndex, type IndexedEntry, normalizeEnglish } from './glossaryIndex'
import { normalizeTerm } from './normalizeTerm'
import type { Glossary, GlossaryEntry, GlossaryLang } from './types'

/**
 * Which field of an entry a search hit was found in.
 *
 * @example
 * ```ts
 * searchGlossary('30217')[0]?.field // 'definition'
 * ```
 */
export type GlossarySearchField = 'term' | 'alias' | 'definition' | 'en-term' | 'en-alias' | 'en-definition'

/**
 * One search hit.
 *
 * @typeParam E - the entry type of the glossary searched
 * @example
 * ```ts
 * searchGlossary('基本支出')[0] // { id: 'basic-expenditure', entry: GLOSSARY['basic-expenditure'], score: 100, field: 'term' }
 * ```
 */
export interface GlossarySearchHit<E extends GlossaryEntry = GlossaryTerm> {
  readonly id: E['id']
  readonly entry: E
  /** Higher is better: 100 exact term, 90 exact alias, 70 term starts with the query, 60 term contains it, 50 alias contains it, 20 definition contains it. */
  readonly score: number
  /** The best-scoring field. */
  readonly field: GlossarySearchField
}

/**
 * Options of {@link searchGlossary}.
 *
 * @example
 * ```ts
 * searchGlossary('vehicle', { lang: 'en', limit: 1 })[0]?.id // 'official-vehicles'
 * ```
 */
export interface GlossarySearchOptions<G extends Glossary = typeof GLOSSARY> {
  /** Search only the Chinese (`'zh'`) or only the English (`'en'`) fields. Both when absent. */
  readonly lang?: GlossaryLang
  /** Keep at most this many hits (all when absent). */
  readonly limit?: number
  /** Glossary to search; the built-in {@link GLOSSARY} when absent. */
  readonly glossary?: G
}

const LANGS: readonly GlossaryLang[] = ['zh', 'en']
const NO_HITS: readonly never[] = /*#__PURE__*/ Object.freeze([])

interface Scored {
  readonly score: number
  readonly field: GlossarySearchField
}

const better = (a: Scored | undefined, b: Scored | undefined): Scored | undefined =>
  a === undefined ? b : b === undefined || a.score >= b.score ? a : b

function scoreZh(e: IndexedEntry, q: string): Scored | undefined {
  if (e.term === q) return { score: 100, field: 'term' }
  if (e.aliases.includes(q)) return { score: 90, field: 'alias' }
  if (e.term.startsWith(q)) return { score: 70, field: 'term' }
  if (e.term.includes(q)) return { score: 60, field: 'term' }
  if (e.aliases.some((a) => a.includes(q))) return { score: 50, field: 'alias' }
  if (e.definition.includes(q)) return { score: 20, field: 'definition' }
  return undefined
}

function scoreEn(e: IndexedEntry, q: string): Scored | undefined {
  if (e.enTerm === q) return { score: 100, field: 'en-term' }
  if (e.enAliases.includes(q)) return { score: 90, field: 'en-alias' }
  const words = q.split(' ')
  const all = (text: string): boolean => words.every((w) => text.includes(w))
  if (e.enTerm.startsWith(q)) return { score: 70, field: 'en-term' }
  if (all(e.enTerm)) return { score: 60, field: 'en-term' }
  if (e.enAliases.some(all)) return { score: 50, field: 'en-alias' }
  if (all(e.enDefinition)) return { score: 20, field: 'en-definition' }
  return undefined
}

/**
 * Searches terms, aliases and definitions, in Chinese, English or both, best hits first.
 *
 * Chinese matching uses the same normalisation as {@link lookupTerm} (quotes, brackets, width and
 * whitespace do not matter); English matching is case-insensitive and needs every word of the
 * query. Ties keep the glossary's order. An empty query finds nothing.
 *
 * @param query - words to look for
 * @returns the hits, best first
 * @example
 * ```ts
 * searchGlossary('公务用车').map((h) => h.id)
 * // ['official-vehicles', 'official-vehicle-purchase', 'official-vehicle-operation', 'goods-and-services', …]
 * searchGlossary('vehicle', { lang: 'en', limit: 1 })[0]?.id // 'official-vehicles'
 * searchGlossary('公务用车', { lang: 'en' }) // []
 * ```
 */
export function searchGlossary(query: string): readonly GlossarySearchHit[]
/**
 * The same, reading the given glossary instead of the built-in one.
 *
 * @param options - language filter, limit, glossary
 */
export function searchGlossary<G extends Glossary = typeof GLOSSARY>(
  query: string,
  options: GlossarySearchOptions<G>,
): readonly GlossarySearchHit<G[keyof G]>[]
export function searchGlossary(
  query: string,
  options: GlossarySearchOptions<Glossary> = {},
): readonly GlossarySearchHit<GlossaryEntry>[] {
  const { lang, limit, glossary = GLOSSARY } = optionsOf(options, ['检索选项', 'search options'])
  if (limit !== undefined && (typeof limit !== 'number' || !(limit >= 0) || !Number.isInteger(limit)))
    throw new MedbudgetError(
      'OPTION_INVALID',
      '检索选项的 limit 应为不小于 0 的整数',
      'The limit of the search options must be a whole number, 0 or more',
    )
  checkText(query, ['检索词', 'search text'])
  if (lang !== undefined) checkOption(lang, LANGS, ['语言', 'language'])
  const zh = lang === 'en' ? '' : normalizeTerm(query)
  const en = lang === 'zh' ? '' : normalizeEnglish(query)
  if (zh === '' && en === '') return NO_HITS
  const hits: { hit: GlossarySearchHit<GlossaryEntry>; order: number }[] = []
  for (const e of glossaryIndex(glossary).entries) {
    const best = better(zh === '' ? undefined : scoreZh(e, zh), en === '' ? undefined : scoreEn(e, en))
    if (best !== undefined) {
      hits.push({ hit: Object.freeze({ id: e.entry.id, entry: e.entry, ...best }), order: e.order })
    }
  }
  hits.sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
  const sorted = hits.map((h) => h.hit)
  return Object.freeze(limit === undefined ? sorted : sorted.slice(0, Math.max(0, limit)))
}
