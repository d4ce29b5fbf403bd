/**
 * The explanatory-text half of the reader (internal to `@medbudget/core/read`).
 * @module
 */
export { readExplanatoryText } from './readExplanatoryText'
export type {
  ExplanatoryTextContext,
  ExplanatoryTextResult,
  GlossaryEntryRead,
  ProseMetadata,
} from './types'
