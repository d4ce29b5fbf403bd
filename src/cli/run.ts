/**
 * The commands of the `medbudget` command line, dispatched by name.
 * @module
 */
import { readFileSync } from 'node:fs'
import { isMedbudgetError } from '../index'
import { UsageError } from './args'
import { runCheck } from './check'
import { runFacts } from './facts'
import type { Streams } from './io'
import { runCodes, runGlossary, runSchema } from './lookups'
import { runRead, runTables } from './readTables'
import { USAGE } from './usage'

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
 * The script worker threads run: the bin (main.ts, or the bundle this code is part of). Run from source under tsx (tests, development), a worker
 * does not inherit tsx's hooks, so it starts from a small module that registers them first.
 */
function workerScript(): URL {
  const self = new URL(import.meta.url)
  if (!self.pathname.endsWith('.ts')) return self // the bundled bin: this very file
  const entry = new URL('./main.ts', import.meta.url)
  const api = import.meta.resolve('tsx/esm/api')
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(entry.href)})`
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`)
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
      case 'check':
        return await runCheck(rest, streams, workerUrl)
      case 'facts':
        return await runFacts(rest, streams, workerUrl)
      case 'read':
        return await runRead(rest, streams, workerUrl)
      case 'tables':
        return await runTables(rest, streams, workerUrl)
      case 'codes':
        return await runCodes(rest, streams)
      case 'glossary':
        return await runGlossary(rest, streams, version())
      case 'schema':
        return await runSchema(rest, streams)
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
        throw new UsageError(`未知的命令“${command}”`, `unknown command "${command}"`)
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
