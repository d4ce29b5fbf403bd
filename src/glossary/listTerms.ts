/**
 * Listing of glossary entries.
 * @module
 */
import { optionsOf } from '../internal/limits'
import { checkObject, guardShape } from '../internal/shape'
import { GLOSSARY, type GlossaryTerm } from './glossary'
import { GLOSSARY_ARG } from './glossaryIndex'
import type { Glossary, GlossaryCategory } from './types'

/**
 * Options of {@link listTerms}.
 *
 * @example
 * ```ts
 * listTerms({ category: 'ratio' }).length // 10
 * ```
 */
export interface ListTermsOptions<G extends Glossary = typeof GLOSSARY> {
  /** Only entries of this category. */
  readonly category?: GlossaryCategory
  /** Glossary to list; the built-in {@link GLOSSARY} when absent. */
  readonly glossary?: G
}

/**
 * Lists glossary entries in the glossary's order, optionally one category only.
 *
 * @returns the entries (a new array each call; the entries themselves are frozen)
 * @example
 * ```ts
 * listTerms({ category: 'three-public' }).map((e) => e.term)
 * // ['“三公”经费', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行维护费', '公务接待费']
 * listTerms().length // 79
 * ```
 */
export function listTerms(): readonly GlossaryTerm[]
/**
 * The same, reading the given glossary instead of the built-in one.
 *
 * @param options - category filter, glossary
 */
export function listTerms<G extends Glossary = typeof GLOSSARY>(
  options: ListTermsOptions<G>,
): readonly G[keyof G][]
export function listTerms(options: ListTermsOptions<Glossary> = {}): readonly Glossary[string][] {
  const { category, glossary = GLOSSARY } = optionsOf(options, ['名词列表选项', 'term list options'])
  checkObject(glossary, 'OPTION_INVALID', GLOSSARY_ARG)
  return guardShape('OPTION_INVALID', GLOSSARY_ARG, () => {
    const all = Object.values(glossary)
    return category === undefined ? all : all.filter((e) => e.category === category)
  })
}
