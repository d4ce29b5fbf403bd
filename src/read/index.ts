/**
 * `@medbudget/core/read`: reads a published disclosure (a PDF, or text extracted from one) into the
 * model. PDF reading loads the optional peer dependency `pdfjs-dist`.
 * @module @medbudget/core/read
 */
export { interpretDocument } from './interpret/interpretDocument'
export { type TableKindResult, tableKindOf } from './interpret/tableKind'
export type { GridColumn, GridRow, GridTable, LaidOutDocument, ProseLine } from './layout/types'
export { readDisclosure } from './readDisclosure'
export type {
  ReadColumn,
  ReadDiagnostic,
  ReadDiagnosticCode,
  ReadDisclosureResult,
  ReadInput,
  ReadNotDisclosureResult,
  ReadOptions,
  ReadResult,
  ReadSourceKind,
  ReadTable,
} from './types'
