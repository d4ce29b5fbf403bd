/**
 * Shapes of the explanatory-text reader: what it needs to know of the document, and what it
 * gives back (the text's figures, the glossary, the metadata the prose states, diagnostics).
 * @module
 */
import type { PrintedTable } from '../../model/table'
import type { TextFigure } from '../../model/textFigure'
import type { MoneyUnit } from '../../money/types'
import type { ReadDiagnostic } from '../types'

/** What the explanatory-text reader is told about the document it reads. */
export interface ExplanatoryTextContext {
  /** Budget (预算) or final account (决算), when already known from the tables or the title. */
  readonly kind?: 'budget' | 'final-account'
  /** Fiscal year, when already known. */
  readonly fiscalYear?: number
  /** Amount unit of the document's tables (an amount in the text carries its own unit). */
  readonly amountUnit: MoneyUnit
  /** The recognized tables of the document, as model tables, so a figure can point at a cell. */
  readonly tables: readonly PrintedTable[]
}

/** A glossary (名词解释) entry as printed: the term and its definition. */
export interface GlossaryEntryRead {
  readonly term: string
  readonly definition: string
}

/** Document metadata stated in the prose (title page, headings, first sentences). */
export interface ProseMetadata {
  /** Department name (部门名称), e.g. '卫辉市医疗保障局'. */
  readonly department?: string
  /** Fiscal year the document is about. */
  readonly fiscalYear?: number
  /** Budget (部门预算) or final account (部门决算). */
  readonly kind?: 'budget' | 'final-account'
  /** Unit of the amounts in the text, when one unit dominates (an amount keeps its own unit). */
  readonly amountUnit?: MoneyUnit
  /** Title as printed on the first page, e.g. '2024年卫辉市医疗保障局部门预算公开'. */
  readonly title?: string
  /** Publication date printed on the title page (YYYY-MM-DD). */
  readonly published?: string
  /** Page of the document the title was read from. */
  readonly page?: number
}

/** What {@link readExplanatoryText} gives back. */
export interface ExplanatoryTextResult {
  /** Figures of the explanatory text (情况说明), in document order, as the model records them. */
  readonly figures: readonly TextFigure[]
  /** Entries of the 名词解释 section, in printed order. */
  readonly glossary: readonly GlossaryEntryRead[]
  /** What the prose says about the document. */
  readonly metadata: ProseMetadata
  /** Figures not linked to a table cell (`TEXT_FIGURE_UNLINKED`), metadata not found (`METADATA_MISSING`). */
  readonly diagnostics: readonly ReadDiagnostic[]
}
