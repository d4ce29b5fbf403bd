/**
 * The commands of the `medbudget` command line, dispatched by name.
 * @module
 */
import { readFileSync } from 'node:fs'
import { isMedbudgetError } from '../errors'
import { excerpt } from '../internal/limits'
import { UsageError } from './args'
import type { Streams } from './io'
import { USAGE } from './usage'
import { workerScript } from './workers'

/** The package version, read from the package.json beside the build (dist/) or the source (src/cli/). */
function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === '@medbudget/core' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // not there: try the next place
    }
  }
  return 'unknown'
}

/**
 * Runs the command line with the given arguments.
 *
 * @param argv - the arguments after `medbudget`
 * @param streams - stdout and stderr
 * @returns the exit status (0, 1 or 2)
 * @example
 * ```ts
 * process.exitCode = await main(['check', 'budget.pdf'], process)
 * ```
 */
export async function main(argv: readonly string[], streams: Streams): Promise<number> {
  const workerUrl = workerScript()
  const [command, ...rest] = argv
  try {
    switch (command) {
      // each command loads only what it uses: a batch's main thread needs neither the reader nor
      // the catalogs, which its workers load
      case 'check':
        return await (await import('./check')).runCheck(rest, streams, workerUrl)
      case 'facts':
        return await (await import('./facts')).runFacts(rest, streams, workerUrl)
      case 'read':
        return await (await import('./readTables')).runRead(rest, streams, workerUrl)
      case 'tables':
        return await (await import('./readTables')).runTables(rest, streams, workerUrl)
      case 'codes':
        return await (await import('./lookups')).runCodes(rest, streams)
      case 'glossary':
        return await (await import('./lookups')).runGlossary(rest, streams, version())
      case 'schema':
        return await (await import('./lookups')).runSchema(rest, streams)
      case '--version':
      case '-v':
        streams.stdout.write(`${version()}\n`)
        return 0
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        streams.stdout.write(USAGE)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`未知的命令“${excerpt(command)}”`, `unknown command "${excerpt(command)}"`)
    }
  } catch (e) {
    if (e instanceof UsageError) {
      streams.stderr.write(
        `medbudget: ${e.zh}\nmedbudget: ${e.en}\n（medbudget --help 查看用法 / see medbudget --help）\n`,
      )
      return 2
    }
    if (isMedbudgetError(e)) {
      streams.stderr.write(`medbudget: [${e.code}] ${e.zh}\nmedbudget: [${e.code}] ${e.en}\n`)
      return 2
    }
    const err = e as { code?: string; message?: string }
    streams.stderr.write(`medbudget: ${err.code ? `[${err.code}] ` : ''}${err.message ?? String(e)}\n`)
    return 2
  }
}
