import { MedbudgetError, type MedbudgetIssue } from '../errors'
import { deepFreeze } from '../internal/deepFreeze'
import { excerpt, optionsOf } from '../internal/limits'
import { isArray } from '../internal/shape'
import { type Disclosure, DisclosureSchema } from './disclosure'
import { snapshotInput } from './snapshotInput'
import { KNOWN_TEMPLATE_REQUIREMENTS, type TemplateRequirement } from './templates'
import { toIssues } from './toIssues'
import { recordValidated } from './validatedSet'

/** Options of {@link parseDisclosure}. */
export interface ParseDisclosureOptions {
  /**
   * Templates to check required tables against (default: every template the library knows,
   * `KNOWN_TEMPLATE_REQUIREMENTS`). A document whose template is none of them is accepted: its
   * required tables are not checked.
   */
  readonly templates?: readonly TemplateRequirement[]
}

/** The result of {@link safeParseDisclosure}: the document, or every problem found. */
export type ParseDisclosureResult =
  | { readonly success: true; readonly data: Disclosure }
  | { readonly success: false; readonly error: MedbudgetError }

const formatPath = (path: readonly (string | number)[]): string =>
  path.length === 0
    ? '(根)'
    : excerpt(path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join(''), 200)

/** What the template check reads; taken from raw input too, so that its issues come with the schema's. */
interface TemplateView {
  readonly template: string
  readonly kind: string
  readonly tables: readonly { readonly kind: unknown }[]
  readonly absent: readonly { readonly kind: unknown }[]
}

/** The template view of input that failed the schema, when its template, kind and table kinds are readable. */
function rawTemplateView(input: unknown): TemplateView | undefined {
  if (input === null || typeof input !== 'object') return undefined
  const o = input as Record<string, unknown>
  const isObj = (x: unknown): x is { readonly kind: unknown } => x !== null && typeof x === 'object'
  if (typeof o.template !== 'string' || typeof o.kind !== 'string' || !Array.isArray(o.tables))
    return undefined
  const absent = Array.isArray(o.absent) ? o.absent : []
  return { template: o.template, kind: o.kind, tables: o.tables.filter(isObj), absent: absent.filter(isObj) }
}

function templateIssues(doc: TemplateView, templates: readonly TemplateRequirement[]): MedbudgetIssue[] {
  const template = templates.find((t) => t.id === doc.template)
  // a layout no template describes is read and checked all the same; only the required tables
  // need a template (reconcile's required-tables rule says it could not check them)
  if (!template) return []
  const issues: MedbudgetIssue[] = []
  if (template.kind !== doc.kind)
    issues.push({
      path: ['kind'],
      zh: `模板“${template.zh}”用于${template.kind === 'budget' ? '预算' : '决算'}，与文档类型不符`,
      en: `template "${template.en}" is for ${template.kind} documents, not ${doc.kind}`,
    })
  const present = new Set(doc.tables.map((t) => t.kind))
  const absent = new Set(doc.absent.map((a) => a.kind))
  for (const kind of template.tables) {
    if (!present.has(kind) && !absent.has(kind))
      issues.push({
        path: ['tables'],
        zh: `缺少模板要求的表（${kind}），且未注明缺失原因`,
        en: `the template requires a "${kind}" table; it is missing and no absence is recorded`,
      })
  }
  return issues
}

/**
 * Validates untrusted input (e.g. `JSON.parse` output) as a disclosure and returns every problem
 * found, each with its path and a message in Chinese and English — never a half-built object.
 * The returned document is deeply frozen.
 *
 * @param input - untrusted value
 * @param options - templates to check required tables against
 * @returns the document, or a `MedbudgetError` with code `DOCUMENT_INVALID` listing the issues
 * @example
 * ```ts
 * const result = safeParseDisclosure(JSON.parse(text))
 * if (!result.success) for (const i of result.error.issues) console.log(i.path.join('.'), i.zh)
 * ```
 */
export function safeParseDisclosure(
  input: unknown,
  options: ParseDisclosureOptions = {},
): ParseDisclosureResult {
  // Read the input once, within bounds, into plain data: cycles, depth, throwing getters and
  // forbidden keys become issues here, so validation below never meets them.
  // the options are read once; options that are not an object, cannot be read or carry templates
  // that are no array are the caller's fault, not the document's: OPTION_INVALID, returned as the
  // failure (a safe parse never throws)
  let templates: readonly TemplateRequirement[]
  try {
    templates = templatesOf(options)
  } catch (e) {
    if (e instanceof MedbudgetError) return Object.freeze({ success: false, error: Object.freeze(e) })
    throw e
  }
  const snapshot = snapshotInput(input)
  if (snapshot.issues.length > 0) return failure(snapshot.issues)
  let issues: MedbudgetIssue[]
  try {
    const parsed = DisclosureSchema.safeParse(snapshot.value)
    // every problem at once: the schema's issues and the template's (read from the raw input when
    // the schema fails), so that a hand-typed document is fixed in one pass, not layer by layer
    const view = parsed.success ? parsed.data : rawTemplateView(snapshot.value)
    issues = [
      ...(parsed.success ? [] : toIssues(parsed.error.issues)),
      ...(view === undefined ? [] : templateIssues(view, templates)),
    ]
    if (parsed.success && issues.length === 0)
      return Object.freeze({ success: true, data: recordValidated(deepFreeze(parsed.data)) })
  } catch (e) {
    if (e instanceof MedbudgetError) {
      issues = [{ path: [...(e.location.path ?? [])], zh: e.zh, en: e.en }]
    } else {
      issues = [
        {
          path: [],
          zh: '文档无法校验（校验时出错）',
          en: 'the document could not be validated (validation failed)',
        },
      ]
    }
  }
  return failure(issues)
}

/**
 * The templates of the parse options, read once: the known templates when none are given;
 * `OPTION_INVALID` for options that are not an object or cannot be read, or `templates` that is no array.
 * @example
 * ```ts
 * templatesOf(undefined) === KNOWN_TEMPLATE_REQUIREMENTS // true
 * templatesOf({ templates: 'x' }) // throws OPTION_INVALID
 * ```
 */
function templatesOf(options: ParseDisclosureOptions | undefined): readonly TemplateRequirement[] {
  const { templates } = optionsOf(options, ['校验选项', 'parse options'])
  if (templates === undefined) return KNOWN_TEMPLATE_REQUIREMENTS
  if (!isArray(templates) || templates.length > 100_000)
    throw new MedbudgetError(
      'OPTION_INVALID',
      '校验选项的 templates 应为模板的数组',
      'The templates of the parse options must be an array of templates',
    )
  return templates
}

function failure(issues: readonly MedbudgetIssue[]): ParseDisclosureResult {
  const first = issues[0]
  const more = issues.length > 1 ? `（共 ${issues.length} 处）` : ''
  const moreEn = issues.length > 1 ? ` (${issues.length} problems in all)` : ''
  const error = new MedbudgetError(
    'DOCUMENT_INVALID',
    `文档不合规：${formatPath(first?.path ?? [])} ${first?.zh ?? ''}${more}`,
    `invalid disclosure: ${formatPath(first?.path ?? [])} ${first?.en ?? ''}${moreEn}`,
    { path: first?.path ?? [] },
    issues,
  )
  // the error is part of the result: frozen like the rest (its location and issues already are)
  return Object.freeze({ success: false, error: Object.freeze(error) })
}

/**
 * Validates untrusted input as a disclosure, throwing a {@link MedbudgetError} (`DOCUMENT_INVALID`)
 * whose `issues` list every problem with its path.
 *
 * @param input - untrusted value
 * @param options - templates to check required tables against
 * @returns the deeply frozen document
 * @throws MedbudgetError `DOCUMENT_INVALID`
 * @example
 * ```ts
 * const doc = parseDisclosure(JSON.parse(readFileSync('000.json', 'utf8')))
 * doc.department.name // '卫辉市医疗保障局'
 * ```
 */
export function parseDisclosure(input: unknown, options: ParseDisclosureOptions = {}): Disclosure {
  const result = safeParseDisclosure(input, options)
  if (!result.success) throw result.error
  return result.data
}
