import { guardShape } from '../../internal/shape'
import type { Disclosure } from '../../model/disclosure'
import { parseDisclosure } from '../../model/parseDisclosure'
import type { PrintedTable } from '../../model/table'
import { BUNDLED_TEMPLATE_REQUIREMENTS } from '../../model/templates'
import { templateRequirementOf } from '../templates/templateRequirementOf'
import { buildTables } from './buildTables'
import type { BuildTablesInput } from './types'

/** What {@link buildDisclosure} needs: the input of `buildTables`, and what the cover of a document says. */
export interface BuildDisclosureInput extends BuildTablesInput {
  /** Title of the document (e.g. `卫辉市医疗保障局2024年部门预算公开`). */
  readonly title?: string
  /** Date of publication, `YYYY-MM-DD`. */
  readonly published?: string
  /** Where the figures came from (a file name, a note). */
  readonly source?: { readonly file?: string; readonly note?: string }
}

/**
 * Builds a whole disclosure from line items: every standard table of the template (by
 * `buildTables`), the template's other tables recorded as absent, the line items, projects,
 * performance and procurement kept beside them. The result is validated as `parseDisclosure`
 * validates a document (a template of your own is accepted as its own requirement) and deeply
 * frozen, so that `reconcile`, the renderers and the CLI take it as they take a read document.
 *
 * @param input - line items, department, units, year and table template (as `buildTables`), title
 * @returns a valid, frozen `Disclosure`
 * @throws MedbudgetError `LINE_ITEM_INVALID` or `TEMPLATE_INVALID` from the builders,
 *   `DOCUMENT_INVALID` when the assembled document does not validate
 * @example
 * ```ts
 * import { buildDisclosure, HENAN_BUDGET_2024_TABLES, reconcile } from '@medbudget/core'
 * const doc = buildDisclosure({
 *   department: { code: '503', name: '示例市医疗保障局' },
 *   units: [{ code: '503001', name: '示例市医疗保障局', type: '行政' }],
 *   fiscalYear: 2026,
 *   template: HENAN_BUDGET_2024_TABLES,
 *   lineItems: [{ unitCode: '503001', functionalCode: '2101501', kind: 'basic', basicClass: 'personnel',
 *     economicCode: '30101', source: 'gpb', amount: '120.5' }],
 * })
 * doc.tables.length               // 13
 * reconcile(doc).summary.mismatches // 0
 * ```
 */
export function buildDisclosure(input: BuildDisclosureInput): Disclosure {
  const tables = buildTables(input)
  return guardShape('LINE_ITEM_INVALID', ['生成文档的输入', 'input to build the document from'], () =>
    buildDisclosureOf(input, tables),
  )
}

/**
 * The body of {@link buildDisclosure}, run once its arguments have passed the shape guard (the same
 * arguments, already checked).
 * @example
 * ```ts
 * buildDisclosureOf(input, buildTables(input)).tables.length > 0 // true
 * ```
 */
function buildDisclosureOf(input: BuildDisclosureInput, tables: readonly PrintedTable[]): Disclosure {
  const built = new Set(tables.map((t) => t.kind))
  const requirement = templateRequirementOf(input.template)
  const bundled = BUNDLED_TEMPLATE_REQUIREMENTS.some((t) => t.id === requirement.id)
  return parseDisclosure(
    {
      format: 'medbudget/disclosure@1',
      kind: input.template.kind,
      fiscalYear: input.fiscalYear,
      department: input.department,
      units: input.units,
      template: input.template.id,
      amountUnit: input.template.unit,
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.published === undefined ? {} : { published: input.published }),
      ...(input.source === undefined ? {} : { source: input.source }),
      tables,
      absent: requirement.tables
        .filter((kind) => !built.has(kind))
        .map((kind) => ({ kind, reason: 'not-applicable' as const })),
      ...(input.projects === undefined ? {} : { projects: input.projects }),
      ...(input.departmentPerformance === undefined
        ? {}
        : { departmentPerformance: input.departmentPerformance }),
      ...(input.procurement === undefined ? {} : { procurement: input.procurement }),
      ...(input.assets === undefined ? {} : { assets: input.assets }),
      lineItems: input.lineItems,
    },
    bundled ? {} : { templates: [...BUNDLED_TEMPLATE_REQUIREMENTS, requirement] },
  )
}
