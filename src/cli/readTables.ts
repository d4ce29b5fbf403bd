/** `medbudget read` and `medbudget tables`: one document, as JSON or as its standard tables. @module */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  type Disclosure,
  renderCsv,
  renderHtmlPage,
  renderMarkdown,
  renderText,
  serializeDisclosure,
} from '../index'
import { oneOf, parse, UsageError } from './args'
import { batchSettings } from './check'
import { type Streams, write } from './io'
import { COMMAND_OPTIONS } from './options'
import { runPool } from './pool'
import type { CheckDocumentRecord } from './schema'

/** Reads one file in a worker (time limit applies); reports why it could not be read. */
async function readOne(
  args: readonly string[],
  command: 'read' | 'tables',
  streams: Streams,
  workerUrl: URL,
): Promise<{ doc?: Disclosure; values: Record<string, string | boolean | undefined> }> {
  const { values, positionals } = parse(args, COMMAND_OPTIONS[command])
  if (positionals.length !== 1)
    throw new UsageError('请给出一个文件', `give exactly one file (got ${positionals.length})`)
  const { timeoutMs } = batchSettings({ timeout: values.timeout })
  let record: CheckDocumentRecord | undefined
  let doc: Disclosure | undefined
  await runPool([{ file: positionals[0]!, mode: 'read' }], {
    jobs: 1,
    timeoutMs,
    workerUrl,
    onResult: (outcome) => {
      record = outcome.record
      doc = outcome.disclosure
    },
  })
  for (const d of record?.diagnostics ?? [])
    if (values.quiet !== true)
      await write(
        streams.stderr,
        `medbudget: ${d.code}${d.page ? ` p.${d.page}` : ''}: ${d.message.zh} / ${d.message.en}\n`,
      )
  if (doc === undefined && record !== undefined)
    await write(
      streams.stderr,
      `medbudget: [${record.error?.code ?? record.status}] ${record.file}: ${record.error?.zh ?? record.status} / ${record.error?.en ?? ''}\n`,
    )
  return { ...(doc ? { doc } : {}), values: values as Record<string, string | boolean | undefined> }
}

/**
 * Runs `medbudget read`: the disclosure as JSON (the format `check` accepts back).
 *
 * @param args - arguments after `read`
 * @param streams - stdout and stderr
 * @param workerUrl - the script the worker thread runs
 * @returns 0, or 2 when the file could not be read
 * @example
 * ```ts
 * await runRead(['budget.pdf', '--out', 'budget.json'], process, workerUrl)
 * ```
 */
export async function runRead(args: readonly string[], streams: Streams, workerUrl: URL): Promise<number> {
  const { doc, values } = await readOne(args, 'read', streams, workerUrl)
  oneOf(values.format as string | undefined, ['json'] as const, 'json', 'format')
  if (doc === undefined) return 2
  const json = serializeDisclosure(doc)
  if (typeof values.out === 'string') await writeFile(values.out, json)
  else await write(streams.stdout, json)
  return 0
}

/**
 * Runs `medbudget tables`: the standard tables as printed, as CSV, Markdown, HTML, text or XLSX.
 *
 * @param args - arguments after `tables`
 * @param streams - stdout and stderr
 * @param workerUrl - the script the worker thread runs
 * @returns 0, or 2 when the file could not be read
 * @example
 * ```ts
 * await runTables(['budget.pdf', '--format', 'csv', '--out', 'tables/'], process, workerUrl)
 * ```
 */
export async function runTables(args: readonly string[], streams: Streams, workerUrl: URL): Promise<number> {
  const { doc, values } = await readOne(args, 'tables', streams, workerUrl)
  const format = oneOf(
    values.format as string | undefined,
    ['csv', 'md', 'html', 'xlsx', 'text'] as const,
    'text',
    'format',
  )
  const out = typeof values.out === 'string' ? values.out : undefined
  if (format === 'xlsx' && out === undefined)
    throw new UsageError('xlsx 需要 --out 文件夹', 'xlsx needs --out DIR')
  if (doc === undefined) return 2
  const title = `${doc.department.name} ${doc.fiscalYear} ${doc.kind === 'budget' ? '部门预算' : '部门决算'}`
  if (out !== undefined) await mkdir(out, { recursive: true })
  if (format === 'xlsx') {
    let renderXlsx: typeof import('../tables/xlsx/index')['renderXlsx']
    try {
      ;({ renderXlsx } = await import('../tables/xlsx/index'))
      const bytes = await renderXlsx(doc.tables)
      await writeFile(join(out!, 'tables.xlsx'), bytes)
    } catch (e) {
      const message = (e as Error).message
      await write(
        streams.stderr,
        `medbudget: 无法生成 xlsx（需要安装 exceljs：npm i exceljs）/ cannot write xlsx (install exceljs: npm i exceljs): ${message}\n`,
      )
      return 2
    }
    return 0
  }
  if (format === 'html') {
    const page = renderHtmlPage(doc.tables, { title })
    if (out !== undefined) await writeFile(join(out, 'tables.html'), page)
    else await write(streams.stdout, page)
    return 0
  }
  const render = format === 'csv' ? renderCsv : format === 'md' ? renderMarkdown : renderText
  const ext = format === 'csv' ? 'csv' : format === 'md' ? 'md' : 'txt'
  for (const [i, table] of doc.tables.entries()) {
    const body = render(table)
    if (out !== undefined)
      await writeFile(join(out, `${String(i + 1).padStart(2, '0')}-${table.id}.${ext}`), body)
    else
      await write(
        streams.stdout,
        `${format === 'md' ? `### ${table.title}\n\n` : format === 'text' ? '' : `# ${table.title}\n`}${body}${body.endsWith('\n') ? '' : '\n'}\n`,
      )
  }
  return 0
}
