/** `medbudget facts`: every printed figure of a batch in long format (CSV, JSON Lines, or FDP). @module */
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { Writable } from 'node:stream'
import { oneOf, parse, UsageError } from './args'
import { batchSettings } from './check'
import { collectInputs } from './collectInputs'
import { factCsvLine, factsCsvHeader } from './factsOf'
import { fdpCsvHeader, fdpCsvLine, fdpDescriptor, fdpRows } from './fdp'
import { type Streams, write } from './io'
import { COMMAND_OPTIONS } from './options'
import { runPool } from './pool'
import { createProgress } from './progress'
import { createTally, renderSummaryText } from './summary'

/**
 * Runs `medbudget facts`.
 *
 * @param args - arguments after `facts`
 * @param streams - stdout and stderr
 * @param workerUrl - the script worker threads run
 * @returns 0, or 2 when a document could not be read (its rows are missing)
 * @example
 * ```ts
 * await runFacts(['pdfs/', '--out', 'facts.csv'], process, workerUrl)
 * ```
 */
export async function runFacts(args: readonly string[], streams: Streams, workerUrl: URL): Promise<number> {
  const { values, positionals } = parse(args, COMMAND_OPTIONS.facts)
  const fromExt = values.out === undefined ? undefined : extname(values.out).slice(1).toLowerCase()
  const format = oneOf(
    values.format ?? (fromExt === 'jsonl' || fromExt === 'csv' ? fromExt : undefined),
    ['csv', 'jsonl', 'fdp'] as const,
    'csv',
    'format',
  )
  if (format === 'fdp' && values.out === undefined)
    throw new UsageError('--format fdp 需要 --out 文件夹', '--format fdp needs --out DIR')
  const { jobs, timeoutMs } = batchSettings(values)
  const files = await collectInputs(positionals)
  let sink: Writable = streams.stdout
  let fileSink: ReturnType<typeof createWriteStream> | undefined
  if (values.out !== undefined) {
    const path = format === 'fdp' ? join(values.out, 'facts.csv') : values.out
    if (format === 'fdp') await mkdir(values.out, { recursive: true })
    fileSink = createWriteStream(path)
    sink = fileSink
  }
  await write(sink, format === 'csv' ? factsCsvHeader() : format === 'fdp' ? fdpCsvHeader() : '')
  const tally = createTally()
  const progress = createProgress(files.length, streams.stderr, values.quiet === true)
  await runPool(
    files.map((file) => ({ file, mode: 'facts' as const })),
    {
      jobs,
      timeoutMs,
      workerUrl,
      onResult: async ({ record, facts }) => {
        tally.add(record)
        progress.tick(record)
        if (record.status !== 'checked' && values.quiet !== true)
          await write(
            streams.stderr,
            `medbudget: [${record.error?.code ?? record.status}] ${record.file}: ${record.error?.zh ?? record.status} / ${record.error?.en ?? ''}\n`,
          )
        if (facts === undefined) return
        let chunk = ''
        if (format === 'csv') for (const row of facts) chunk += factCsvLine(row)
        else if (format === 'jsonl') for (const row of facts) chunk += `${JSON.stringify(row)}\n`
        else for (const row of fdpRows(facts)) chunk += fdpCsvLine(row)
        await write(sink, chunk)
      },
    },
  )
  progress.end()
  if (fileSink !== undefined)
    await new Promise<void>((resolve, reject) =>
      fileSink.end((e?: Error | null) => (e ? reject(e) : resolve())),
    )
  if (format === 'fdp' && values.out !== undefined)
    await writeFile(
      join(values.out, 'datapackage.json'),
      `${JSON.stringify(fdpDescriptor('facts.csv'), null, 2)}\n`,
    )
  const summary = tally.summary()
  if (values.quiet !== true) await write(streams.stderr, renderSummaryText(summary, 'both'))
  return summary.documents === summary.checked ? 0 : 2
}
