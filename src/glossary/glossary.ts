/**
 * The glossary catalog (名词解释) of `@medbudget/core`.
 * @module
 */
import { deepFreeze } from '../internal/deepFreeze'
import { carryoverTerms } from './terms/carryoverTerms'
import { classificationTerms } from './terms/classificationTerms'
import { documentTerms } from './terms/documentTerms'
import { expenditureTerms } from './terms/expenditureTerms'
import { fundSourceTerms } from './terms/fundSourceTerms'
import { managementTerms } from './terms/managementTerms'
import { ratioTerms } from './terms/ratioTerms'
import { revenueTerms } from './terms/revenueTerms'
import { threePublicTerms } from './terms/threePublicTerms'
import type { GlossaryEntry } from './types'

const glossaryTerms = /*#__PURE__*/ deepFreeze({
  ...documentTerms,
  ...fundSourceTerms,
  ...revenueTerms,
  ...carryoverTerms,
  ...expenditureTerms,
  ...classificationTerms,
  ...threePublicTerms,
  ...managementTerms,
  ...ratioTerms,
} as const)

/**
 * The type of {@link GLOSSARY}: every entry keyed by its id, with its literal types (the entries
 * themselves are listed in the glossary guide and by `listTerms`).
 *
 * @example
 * ```ts
 * const g: BuiltInGlossary = GLOSSARY
 * g['official-reception'].economicCodes // ['30217']
 * ```
 */
export type BuiltInGlossary = { readonly [Id in keyof typeof glossaryTerms]: (typeof glossaryTerms)[Id] }

/**
 * Every glossary entry, keyed by its stable id, in reading order (document words, fund sources,
 * revenue, carry-over, expenditure, classifications, “三公”, management, ratios).
 *
 * Covers every term the five seed disclosures define in their 名词解释, the words of the standard
 * tables' headings and the ratios of the performance tables. Definitions are the project's own
 * wording. Frozen at runtime.
 *
 * @example
 * ```ts
 * GLOSSARY['three-public-expenses'].term // '“三公”经费'
 * GLOSSARY['three-public-expenses'].economicCodes // ['30212', '30217', '30231', '31013']
 * GLOSSARY['budget-execution-rate'].calc // 'budgetExecutionRate'
 * ```
 */
export const GLOSSARY: BuiltInGlossary = glossaryTerms

/**
 * Id of an entry of {@link GLOSSARY}, e.g. `'three-public-expenses'`.
 *
 * @example
 * ```ts
 * const id: GlossaryTermId = 'personnel-expenses'
 * ```
 */
export type GlossaryTermId = Extract<keyof BuiltInGlossary, string>

/**
 * An entry of {@link GLOSSARY}, with its literal types.
 *
 * @example
 * ```ts
 * const e: GlossaryTerm = GLOSSARY['public-expenses']
 * ```
 */
export type GlossaryTerm = Extract<BuiltInGlossary[GlossaryTermId], GlossaryEntry>
