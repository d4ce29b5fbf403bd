/**
 * `@medbudget/core/glossary`: the glossary (名词解释) of Chinese department budget and
 * final-account disclosures, with lookup by printed term and bilingual search.
 *
 * @example
 * ```ts
 * import { lookupTerm } from '@medbudget/core/glossary'
 * lookupTerm('九、“三公”经费：') // { found: true, id: 'three-public-expenses', … }
 * ```
 * @module @medbudget/core/glossary
 */
export { getGlossaryEntry } from './getGlossaryEntry'
export { type BuiltInGlossary, GLOSSARY, type GlossaryTerm, type GlossaryTermId } from './glossary'
export type { GlossaryKeySource } from './glossaryIndex'
export { type ListTermsOptions, listTerms } from './listTerms'
export { lookupTerm, type TermLookup } from './lookupTerm'
export { normalizeTerm } from './normalizeTerm'
export {
  type GlossarySearchField,
  type GlossarySearchHit,
  type GlossarySearchOptions,
  searchGlossary,
} from './searchGlossary'
export type {
  Glossary,
  GlossaryCalcFunction,
  GlossaryCategory,
  GlossaryEntry,
  GlossaryFormula,
  GlossaryLang,
  GlossaryTableName,
  GlossaryTableRef,
} from './types'
