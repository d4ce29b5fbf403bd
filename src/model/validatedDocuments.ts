/**
 * Internal: the documents the library itself produced and validated (parseDisclosure and all that
 * go through it: buildDisclosure, readDisclosure, loadSample). Functions that take a `Disclosure`
 * (reconcile, compareBudgetFinal) accept those at once; any other object is validated with the
 * schema first, so that `null`, `{}` or a throwing object is a typed `DOCUMENT_INVALID`, never a
 * TypeError or a wrong number.
 * @module
 * @internal
 */
import { MedbudgetError } from '../errors'
import type { Disclosure } from './disclosure'
import { safeParseDisclosure } from './parseDisclosure'
import { recordValidated, wasValidated } from './validatedSet'

export { recordValidated }

/**
 * `doc` when the library validated it, else its validated copy; a typed `DOCUMENT_INVALID` naming
 * the argument and the first problems when it is no document.
 * @param doc - what the caller handed over
 * @param what - the argument, in Chinese and English (`['文档', 'document']`)
 * @example
 * ```ts
 * validDocument(loadSample('000'), ['文档', 'document']) // the same document
 * ```
 * @internal
 */
export function validDocument(doc: unknown, what: readonly [zh: string, en: string]): Disclosure {
  if (wasValidated(doc)) return doc as Disclosure
  // required tables are reconcile's business (a rule reports them), not a reason to refuse
  const r = safeParseDisclosure(doc, { templates: [] })
  if (r.success) return r.data
  // a hand-made document the schema refuses (a duplicate row, say) is still read as before when
  // it has the structure the readers walk: an object whose tables have column and row lists
  if (walkable(doc)) return doc as Disclosure
  const e = r.error
  throw new MedbudgetError(
    'DOCUMENT_INVALID',
    `${what[0]}不是合规的公开文档（应为 parseDisclosure 的结果）：${e.zh}`,
    `The ${what[1]} is not a valid disclosure (expected what parseDisclosure returns): ${e.en}`,
    e.location,
    e.issues,
  )
}

/**
 * True when `doc` has the structure reconcile walks (an object whose `tables` each have `rows` and
 * `columns` arrays), read without letting a throwing getter escape.
 * @example
 * ```ts
 * walkable({ tables: [{ rows: [], columns: [] }] }) // true
 * ```
 */
function walkable(doc: unknown): boolean {
  try {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return false
    const tables = (doc as { tables?: unknown }).tables
    if (!Array.isArray(tables) || tables.length > 100_000) return false
    return tables.every(
      (t: unknown) =>
        t !== null &&
        typeof t === 'object' &&
        Array.isArray((t as { rows?: unknown }).rows) &&
        Array.isArray((t as { columns?: unknown }).columns),
    )
  } catch {
    return false
  }
}
