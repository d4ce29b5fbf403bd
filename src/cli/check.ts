/** `medbudget check`: read, reconcile and report every document of a batch. @module */
import { mkdir, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { oneOf, parse, positiveInt } from './args'
import { collectInputs } from './collectInputs'
import { outputName, type Streams, write } from './io'
import { COMMAND_OPTIONS } from './options'
import { runPool } from './pool'
import { createProgress } from './progress'
import {
  type IndexEntry,
  renderDocumentHtml,
  renderDocumentMarkdown,
  renderDocumentText,
  renderIndexHtml,
  renderIndexText,
} from './renderDocument'
import { createTally, renderSummaryText } from './summary'

/** Default time limit of one document, in seconds. */
export const DEFAULT_TIMEOUT_S = 120

/**
 * Pool settings from the batch options: `--jobs` (default: the machine's cores) and `--timeout`
 * in seconds (default {@link DEFAULT_TIMEOUT_S}); a bad value is a usage error.
 *
 * @example
 * ```ts
 * batchSettings({ jobs: '2', timeout: '30' }) // { jobs: 2, timeoutMs: 30000 }
 * ```
 */
export function batchSettings(values: { jobs?: string | undefined; timeout?: string | undefined }): {
  jobs: number
  timeoutMs: number
} {
  return {
    jobs: positiveInt(values.jobs, availableParallelism(), 'jobs', 256),
    timeoutMs: positiveInt(values.timeout, DEFAULT_TIMEOUT_S, 'timeout', 86_400) * 1000,
  }
}

/**
 * Runs `medbudget check`.
 *
 * @param args - arguments after `check`
 * @param streams - stdout and stderr
 * @param workerUrl - the script worker threads run
 * @returns the exit status: 0 nothing contradicts, 1 contradictions found, 2 something unreadable
 * @example
 * ```ts
 * process.exitCode = await runCheck(['pdfs/'], process, workerUrl)
 * ```
 */
export async function runCheck(args: readonly string[], streams: Streams, workerUrl: URL): Promise<number> {
  const { values, positionals } = parse(args, COMMAND_OPTIONS.check)
  const format = oneOf(values.format, ['text', 'md', 'html', 'json'] as const, 'text', 'format')
  const lang = oneOf(values.lang, ['zh', 'en', 'both'] as const, 'zh', 'lang')
  const tails = values.tails === true
  const { jobs, timeoutMs } = batchSettings(values)
  const files = await collectInputs(positionals)
  const outDir = values.out
  if (outDir !== undefined) await mkdir(outDir, { recursive: true })
  const tally = createTally()
  const progress = createProgress(files.length, streams.stderr, values.quiet === true)
  const index: IndexEntry[] = []
  const taken = new Set<string>()
  const ext = { text: 'txt', md: 'md', html: 'html', json: 'json' }[format]
  if (outDir === undefined && format === 'html')
    await write(
      streams.stdout,
      '<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>medbudget</title></head>\n<body>\n',
    )

  await runPool(
    files.map((file) => ({
      file,
      mode: 'check' as const,
      withTables: format === 'html' && outDir !== undefined,
    })),
    {
      jobs,
      timeoutMs,
      workerUrl,
      onResult: async ({ record, tables }) => {
        tally.add(record)
        progress.tick(record)
        if (outDir !== undefined) {
          const name = `${outputName(record.file, taken)}.${ext}`
          const content =
            format === 'json'
              ? `${JSON.stringify(record, null, 2)}\n`
              : format === 'html'
                ? renderDocumentHtml(record, tables ?? [], lang, tails)
                : format === 'md'
                  ? renderDocumentMarkdown(record, lang, tails)
                  : renderDocumentText(record, lang, tails)
          await writeFile(join(outDir, name), content)
          index.push({
            file: record.file,
            href: name,
            status: record.status,
            ...(record.document
              ? {
                  department: record.document.department,
                  fiscalYear: record.document.fiscalYear,
                  kind: record.document.kind,
                }
              : {}),
            mismatches: record.summary?.mismatches ?? 0,
          })
          return
        }
        if (format === 'json') await write(streams.stdout, `${JSON.stringify(record)}\n`)
        else if (format === 'md') await write(streams.stdout, renderDocumentMarkdown(record, lang, tails))
        else if (format === 'html')
          await write(
            streams.stdout,
            `<section>${renderDocumentHtml(record, [], lang, tails).replace(/^[\s\S]*<body>\n|<\/body>[\s\S]*$/g, '')}</section>\n`,
          )
        else await write(streams.stdout, renderDocumentText(record, lang, tails))
      },
    },
  )
  progress.end()
  const summary = tally.summary()
  if (outDir !== undefined) {
    const indexFile = join(outDir, `index.${ext}`)
    if (format === 'json')
      await writeFile(
        indexFile,
        `${JSON.stringify({ ...summary, documents: summary.documents, files: index }, null, 2)}\n`,
      )
    else if (format === 'html') await writeFile(indexFile, renderIndexHtml(index, summary, lang))
    else await writeFile(indexFile, renderIndexText(index, summary, lang, format === 'md'))
    await write(streams.stdout, renderSummaryText(summary, lang))
  } else if (format === 'json') await write(streams.stdout, `${JSON.stringify(summary)}\n`)
  else if (format === 'html')
    await write(
      streams.stdout,
      `<footer><p>${renderSummaryText(summary, lang).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p></footer>\n</body>\n</html>\n`,
    )
  else await write(streams.stdout, `${format === 'md' ? '---\n\n' : ''}${renderSummaryText(summary, lang)}`)
  return summary.exitCode
}
