/**
 * Runs the real `medbudget` binary as a child process: the built bin (dist/cli.js) when
 * MEDBUDGET_CLI_BIN names it, else the source entry under tsx.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { serializeDisclosure } from '../../src/index'
import { loadSample, SAMPLES, type SampleId } from '../../src/samples/index'

const ROOT = resolve(import.meta.dirname, '../..')

export interface CliRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runCli(args: readonly string[], options: { input?: string; timeout?: number } = {}): CliRun {
  const bin = process.env.MEDBUDGET_CLI_BIN
  const argv = bin ? [bin, ...args] : ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args]
  const r = spawnSync(process.execPath, argv, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : {}),
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A temporary folder holding the bundled samples as disclosure JSON (`000.json` …). */
export function samplesFolder(ids: readonly SampleId[] = SAMPLES.map((s) => s.id)): string {
  const dir = mkdtempSync(join(tmpdir(), 'medbudget-cli-'))
  for (const id of ids) writeFileSync(join(dir, `${id}.json`), serializeDisclosure(loadSample(id)))
  return dir
}
