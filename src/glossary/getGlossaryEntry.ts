/**
 * Access to one glossary entry by id.
 * @module
 */
import { MedbudgetError } from '../errors'
import { excerpt } from '../internal/limits'
import { checkObject, guardShape } from '../internal/shape'
import { type BuiltInGlossary, GLOSSARY, type GlossaryTermId } from './glossary'
import { GLOSSARY_ARG } from './glossaryIndex'
import type { Glossary } from './types'

/**
 * Returns the entry with the given id.
 *
 * Ids are typed, so a wrong id fails to compile; the runtime check is for ids that come from
 * outside (configuration, URLs).
 *
 * @param id - an entry id, e.g. `'three-public-expenses'`
 * @returns the entry
 * @throws {@link MedbudgetError} `TERM_UNKNOWN` when the glossary has no such id
 * @example
 * ```ts
 * getGlossaryEntry('official-reception').economicCodes // ['30217']
 * getGlossaryEntry('official-reception').en.term // 'official hospitality'
 * ```
 */
export function getGlossaryEntry<Id extends GlossaryTermId>(id: Id): BuiltInGlossary[Id]
/**
 * The same, reading the given glossary instead of the built-in one.
 *
 * @param glossary - the glossary to read; the built-in {@link GLOSSARY} when absent
 */
export function getGlossaryEntry<G extends Glossary, Id extends Extract<keyof G, string>>(
  id: Id,
  glossary: G,
): G[Id]
export function getGlossaryEntry(id: string, glossary: Glossary = GLOSSARY): Glossary[string] {
  checkObject(glossary, 'OPTION_INVALID', GLOSSARY_ARG)
  const entry = guardShape('OPTION_INVALID', GLOSSARY_ARG, () =>
    typeof id === 'string' && Object.hasOwn(glossary, id) ? glossary[id] : undefined,
  )
  if (entry === undefined) {
    throw new MedbudgetError(
      'TERM_UNKNOWN',
      `名词解释中没有编号为“${excerpt(id)}”的词条`,
      `The glossary has no entry with id "${excerpt(id)}"`,
      { input: excerpt(id) },
    )
  }
  return entry
}
