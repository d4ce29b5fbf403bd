/**
 * The work done for one document, in a worker thread: read, reconcile, and shape the result as the
 * plain data the main thread prints (structured-clone safe).
 * @module
 */
import {
  type Cause,
  type Disclosure,
  type Finding,
  isMedbudgetError,
  type PrintedTable,
  reconcile,
} from '../index'
import { factsOf } from './factsOf'
import { loadInput } from './loadInput'
import { CHECK_FORMAT, type CheckDocumentRecord, type DocumentStatus, type FactRow } from './schema'

/** What the main thread asks a worker to do with one file. */
export interface DocumentTask {
  readonly file: string
  /** `check`: reconcile; `facts`: export the cells; `read`: give the disclosure back. */
  readonly mode: 'check' | 'facts' | 'read'
  /** Send the tables back too (HTML pages of `check --out`). */
  readonly withTables?: boolean
}

/** What a worker sends back for one file. */
export interface DocumentOutcome {
  readonly record: CheckDocumentRecord
  readonly tables?: readonly PrintedTable[]
  readonly facts?: readonly FactRow[]
  readonly disclosure?: Disclosure
}

/** The page a finding's figure is printed on, from the rows, tables and text figures of the document. */
export function pageOf(doc: Disclosure, where: Finding['where']): number | undefined {
  if (where.figure !== undefined) {
    const figure = doc.text?.figures.find((f) => f.id === where.figure)
    if (figure?.page !== undefined) return figure.page
  }
  if (where.table !== undefined) {
    const table = doc.tables.find((t) => t.id === where.table)
    if (table === undefined) return undefined
    const row = where.row === undefined ? undefined : table.rows[where.row.index]
    return row?.page ?? table.pages?.[0]
  }
  return undefined
}

/** The status of a document the reader could not read, from the error it threw. */
function failure(file: string, error: unknown): CheckDocumentRecord {
  let status: DocumentStatus = 'unreadable'
  let detail: { code: string; zh: string; en: string }
  if (isMedbudgetError(error)) {
    if (error.code === 'NO_TEXT_LAYER') status = 'scanned'
    detail = { code: error.code, zh: error.zh, en: error.en }
  } else {
    const e = error as { code?: unknown; message?: unknown }
    const code = typeof e?.code === 'string' ? e.code : 'INTERNAL'
    const message = typeof e?.message === 'string' ? e.message : String(error)
    detail =
      code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR'
        ? {
            code: 'FILE_UNREADABLE',
            zh: `无法打开文件“${file}”（${code}）`,
            en: `cannot open file "${file}" (${code})`,
          }
        : {
            code: 'INTERNAL',
            zh: `读取“${file}”时出现内部错误：${message}`,
            en: `internal error reading "${file}": ${message}`,
          }
  }
  return {
    type: 'document',
    format: CHECK_FORMAT,
    file,
    status,
    error: detail,
    findings: [],
    coverage: [],
    diagnostics: [],
  }
}

/**
 * Reads one file and does what the task asks. Never throws: a file that cannot be read gives a
 * record with status `unreadable` or `scanned` and the reason.
 *
 * @param task - the file and what to do with it
 * @returns the record (and the tables, facts or disclosure the task asked for)
 * @example
 * ```ts
 * const { record } = await processDocument({ file: 'budget.json', mode: 'check' })
 * record.summary?.mismatches // 0
 * ```
 */
export async function processDocument(task: DocumentTask): Promise<DocumentOutcome> {
  let loaded: Awaited<ReturnType<typeof loadInput>>
  try {
    loaded = await loadInput(task.file)
  } catch (error) {
    return { record: failure(task.file, error) }
  }
  const base = {
    type: 'document' as const,
    format: CHECK_FORMAT,
    file: task.file,
    diagnostics: loaded.diagnostics.map((d) => ({ ...d, message: { ...d.message } })),
  }
  if (loaded.status === 'not-a-disclosure')
    return {
      record: {
        ...base,
        status: 'not-a-disclosure',
        error: { code: 'NOT_A_DISCLOSURE', ...loaded.reason },
        findings: [],
        coverage: [],
      },
    }
  const doc = loaded.disclosure
  const document = {
    department: doc.department.name,
    ...(doc.department.code !== undefined ? { departmentCode: doc.department.code } : {}),
    fiscalYear: doc.fiscalYear,
    kind: doc.kind,
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    ...(loaded.pages !== undefined ? { pages: loaded.pages } : {}),
  }
  if (task.mode !== 'check') {
    const record: CheckDocumentRecord = { ...base, status: 'checked', document, findings: [], coverage: [] }
    return task.mode === 'facts' ? { record, facts: factsOf(doc, task.file) } : { record, disclosure: doc }
  }
  let report: ReturnType<typeof reconcile>
  try {
    report = reconcile(doc)
  } catch (error) {
    return { record: failure(task.file, error) }
  }
  const findings = report.findings.map((f) => {
    const page = pageOf(doc, f.where)
    return page === undefined ? f : { ...f, page }
  })
  const record: CheckDocumentRecord = {
    ...base,
    status: 'checked',
    document,
    summary: report.summary,
    findings: findings as CheckDocumentRecord['findings'],
    ...(report.causes.length > 0 ? { causes: report.causes.map(causeRecord) } : {}),
    coverage: report.coverage as CheckDocumentRecord['coverage'],
  }
  return task.withTables ? { record, tables: doc.tables } : { record }
}

// a cause as the check record carries it: what happened, where (with its pages), what it explains
function causeRecord(cause: Cause): NonNullable<CheckDocumentRecord['causes']>[number] {
  const { table, tableTitle, pages } = cause.where
  return {
    id: cause.id,
    kind: cause.kind,
    explanation: { zh: cause.explanation.zh, en: cause.explanation.en },
    findings: [...cause.findings],
    ...(table !== undefined ? { table } : {}),
    ...(tableTitle !== undefined ? { tableTitle } : {}),
    ...(pages !== undefined && pages.length > 0 ? { pages: [...pages] } : {}),
  }
}
