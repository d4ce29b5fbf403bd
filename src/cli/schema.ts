/**
 * The stable JSON shapes the command line prints: one record per document checked, a closing
 * summary, and one fact row per printed cell. Written as zod schemas so that the published JSON
 * Schemas (`medbudget schema …`, docs/cli/*.schema.json) are generated from the same source.
 * @module
 */
import { z } from 'zod'
import { DisclosureSchema } from '../model/index'
import { CHECK_FORMAT, DOCUMENT_STATUSES, FACTS_FORMAT } from './formats'

export { CHECK_FORMAT, DOCUMENT_STATUSES, FACTS_FORMAT }

const bilingual = z.strictObject({ zh: z.string(), en: z.string() })

const WhereSchema = z.strictObject({
  table: z.string().optional(),
  tableTitle: z.string().optional(),
  row: z
    .strictObject({
      code: z.string().optional(),
      key: z.string().optional(),
      name: z.string(),
      index: z.number().int(),
    })
    .optional(),
  column: z.string().optional(),
  block: z.number().int().optional(),
  figure: z.string().optional(),
  section: z.string().optional(),
  sentence: z.string().optional(),
})

/** A finding of the reconciliation engine, with the page it is printed on when known. */
export const CheckFindingSchema = z.strictObject({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  status: z.enum([
    'mismatch',
    'rounding-tail',
    'not-computable',
    'insufficient-data',
    'not-applicable',
    'info',
  ]),
  where: WhereSchema,
  expected: z.string().optional(),
  printed: z.string().optional(),
  difference: z.string().optional(),
  tolerance: z.string().optional(),
  related: z.array(WhereSchema).optional(),
  messageId: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: bilingual,
  /** Page of the source document (1-based) where the checked figure is printed. */
  page: z.number().int().min(1).optional(),
})

/**
 * A cause behind several findings (the library's `report.causes`): what happened, where, and the
 * indices into the record's `findings` it explains.
 */
export const CheckCauseSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['column-shift', 'missing-row', 'repeated-figure']),
  explanation: bilingual,
  findings: z.array(z.number().int().min(0)),
  table: z.string().optional(),
  tableTitle: z.string().optional(),
  /** Pages of the source document the cause is printed on, when known. */
  pages: z.array(z.number().int().min(1)).optional(),
})

/** What became of one input. */
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]

/** One line of `medbudget check --format json`: a document and its findings. */
export const CheckDocumentRecordSchema = z.strictObject({
  type: z.literal('document'),
  format: z.literal(CHECK_FORMAT),
  file: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  /** Why the document was not checked (error code and messages). */
  error: z.strictObject({ code: z.string(), zh: z.string(), en: z.string() }).optional(),
  document: z
    .strictObject({
      department: z.string(),
      departmentCode: z.string().optional(),
      fiscalYear: z.number().int(),
      kind: z.enum(['budget', 'final-account']),
      title: z.string().optional(),
      pages: z.number().int().optional(),
    })
    .optional(),
  summary: z
    .strictObject({
      checks: z.number().int(),
      mismatches: z.number().int(),
      /** Causes found behind groups of mismatches (the library's `report.causes`). */
      causes: z.number().int().optional(),
      roundingTails: z.number().int(),
      notComputable: z.number().int(),
      info: z.number().int(),
      rulesRan: z.number().int(),
      rulesNotApplicable: z.number().int(),
      rulesInsufficientData: z.number().int(),
    })
    .optional(),
  findings: z.array(CheckFindingSchema),
  /** Causes behind groups of findings, reported once (absent when there are none). */
  causes: z.array(CheckCauseSchema).optional(),
  coverage: z.array(
    z.strictObject({
      rule: z.string(),
      status: z.enum(['ran', 'not-applicable', 'insufficient-data']),
      checks: z.number().int(),
      findings: z.number().int(),
      reason: bilingual.optional(),
    }),
  ),
  /** What the reader was unsure of (empty for JSON inputs). */
  diagnostics: z.array(
    z.strictObject({
      code: z.string(),
      severity: z.enum(['warning', 'info']),
      page: z.number().int().optional(),
      table: z.string().optional(),
      message: bilingual,
    }),
  ),
})

/** The closing line of `medbudget check --format json`: counts over the whole batch. */
export const CheckSummaryRecordSchema = z.strictObject({
  type: z.literal('summary'),
  format: z.literal(CHECK_FORMAT),
  documents: z.number().int(),
  checked: z.number().int(),
  unreadable: z.number().int(),
  scanned: z.number().int(),
  notDisclosure: z.number().int(),
  timedOut: z.number().int(),
  withContradictions: z.number().int(),
  mismatches: z.number().int(),
  /** Rules that found contradictions, most frequent first. */
  topRules: z.array(
    z.strictObject({ rule: z.string(), mismatches: z.number().int(), documents: z.number().int() }),
  ),
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
})

/** A line of `medbudget check --format json` (JSON Lines: documents as they finish, then the summary). */
export const CheckRecordSchema = z.discriminatedUnion('type', [
  CheckDocumentRecordSchema,
  CheckSummaryRecordSchema,
])

/** A line of `medbudget check --format json`. */
export type CheckRecord = z.infer<typeof CheckRecordSchema>
/** A document line of `medbudget check --format json`. */
export type CheckDocumentRecord = z.infer<typeof CheckDocumentRecordSchema>
/** The summary line of `medbudget check --format json`. */
export type CheckSummaryRecord = z.infer<typeof CheckSummaryRecordSchema>

/** Columns of the long-format facts export, in order (CSV header = these names). */
export const FACT_COLUMNS = [
  'document',
  'department',
  'department_code',
  'fiscal_year',
  'kind',
  'table_id',
  'table_kind',
  'table_title',
  'row_kind',
  'row_code',
  'code_system',
  'gov_code',
  'unit_code',
  'row_key',
  'row_name',
  'block',
  'column_key',
  'value_printed',
  'value_yuan',
  'unit',
  'page',
  'source',
] as const

/**
 * Where a fact row comes from: a cell of a table (`table`), or a figure of the explanatory text
 * (`text`: an amount, a percentage, a change, a count stated in a sentence).
 *
 * @example
 * ```ts
 * FACT_SOURCES.includes('text') // true
 * ```
 */
export const FACT_SOURCES = ['table', 'text'] as const

/**
 * One printed figure of one document, in long format (a row of facts.csv / a line of facts.jsonl): a
 * table cell (`source` `table`), or a figure of the explanatory text (`source` `text`: `table_kind` and
 * `row_kind` are `text`, `table_title` is the section, `row_name` what the sentence says the figure is;
 * `table_id`, `row_code`/`row_key` and `column_key` name the cell the figure restates, when it restates
 * one, else `column_key` is `text.<kind>[.<direction>]`, e.g. `text.growth.decrease`).
 */
export const FactRowSchema = z.strictObject({
  /** The input file, as given on the command line. */
  document: z.string(),
  department: z.string(),
  department_code: z.string().nullable(),
  fiscal_year: z.number().int(),
  /** 预算 (budget) or 决算 (final account). */
  kind: z.enum(['预算', '决算']),
  table_id: z.string(),
  table_kind: z.string(),
  table_title: z.string(),
  /** Kind of the table row; `text` for a figure of the explanatory text. */
  row_kind: z.enum(['total', 'subtotal', 'unit', 'detail', 'text']),
  /** Classification, unit or project code of the row, when it has one. */
  row_code: z.string().nullable(),
  code_system: z.string().nullable(),
  gov_code: z.string().nullable(),
  unit_code: z.string().nullable(),
  /** Fact key of a summary row (本年收入合计 is `rev.current`). */
  row_key: z.string().nullable(),
  row_name: z.string(),
  block: z.number().int().nullable(),
  /** Fact key of the column. */
  column_key: z.string(),
  /**
   * The cell exactly as stored (canonical printed form: `8938.04`, `-`, `××.××`); for a text figure,
   * its number as printed without the unit and without the change word (`1027.17` of 减少 1027.17 万元).
   */
  value_printed: z.string(),
  /**
   * The amount in 元, as an exact decimal string; null when the cell is not an amount or is a
   * percentage or a count. A decrease stated in the text (减少 1027.17 万元) is negative here.
   */
  value_yuan: z.string().nullable(),
  /** The unit the value is printed in (万元, 元, 亿元, % for percentages, or a count's unit such as 人). */
  unit: z.string().nullable(),
  /** Page of the cell's row (or table), or of the sentence of a text figure, when known. */
  page: z.number().int().nullable(),
  /** `table` (a printed cell) or `text` (a figure of the explanatory text); added in facts@1, rows before it are all `table`. */
  source: z.enum(FACT_SOURCES),
})

/** One fact row. */
export type FactRow = z.infer<typeof FactRowSchema>

/** The schemas `medbudget schema <name>` prints. */
export const SCHEMAS = {
  check: CheckRecordSchema,
  disclosure: DisclosureSchema,
  facts: FactRowSchema,
} as const

/** Names of the published schemas. */
export type SchemaName = keyof typeof SCHEMAS

/**
 * The JSON Schema (draft 2020-12) of one of the command line's outputs, generated from its zod schema.
 *
 * @param name - `check` (records of `check --format json`), `disclosure` (`read`), `facts` (rows of `facts`)
 * @returns the JSON Schema as a plain object
 * @example
 * ```ts
 * jsonSchemaOf('check').$schema // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[name], { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
  return { ...schema, $id: `urn:medbudget:schema:${name}`, title: TITLES[name] }
}

const TITLES: Readonly<Record<SchemaName, string>> = {
  check: `${CHECK_FORMAT}: a line of \`medbudget check --format json\``,
  disclosure: 'medbudget/disclosure@1: a disclosure document (`medbudget read`)',
  facts: `${FACTS_FORMAT}: a row of \`medbudget facts\``,
}
