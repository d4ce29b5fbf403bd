import { describe, expect, it } from 'vitest'
import { COMMAND_OPTIONS } from '../../src/cli/options'
import { USAGE } from '../../src/cli/usage'
import { runCli } from './runCli'

/** The `--options` the usage text lists under each `medbudget <command>` line, by command. */
function optionsInUsage(usage: string): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>()
  let current: Set<string> | undefined
  for (const line of usage.split('\n')) {
    const head = /^ {2}medbudget ([a-z]+)/.exec(line)
    if (head) {
      current = new Set()
      sections.set(head[1] as string, current)
    } else if (!/^ {6}/.test(line)) current = undefined
    if (current === undefined) continue
    for (const m of line.matchAll(/(?<![\w-])--([a-z]+)/g)) current.add(m[1] as string)
  }
  return sections
}

/** What is wrong between a usage text and the options the commands parse (empty when they agree). */
function usageMismatches(usage: string, commands: Record<string, Record<string, unknown>>): string[] {
  const listed = optionsInUsage(usage)
  const problems: string[] = []
  for (const [command, options] of Object.entries(commands)) {
    const shown = listed.get(command)
    if (shown === undefined) {
      problems.push(`${command}: not in the usage`)
      continue
    }
    for (const o of Object.keys(options))
      if (!shown.has(o)) problems.push(`${command}: --${o} parsed, not listed`)
    for (const o of shown) if (!(o in options)) problems.push(`${command}: --${o} listed, not parsed`)
  }
  return problems
}

describe('usage text lists every option each command parses (issue 15)', () => {
  it('lists, under each command, exactly the options it accepts', () => {
    expect(usageMismatches(USAGE, COMMAND_OPTIONS)).toEqual([])
  })

  it('lists `--quiet` under `medbudget read` (the omission that was reported)', () => {
    expect(optionsInUsage(USAGE).get('read')?.has('quiet')).toBe(true)
  })

  it('the check fires on a usage that omits an option or lists one not parsed', () => {
    const omitting = USAGE.replace(/\n {6}--quiet[^\n]*(?=\n {2}medbudget tables)/, '')
    expect(omitting).not.toBe(USAGE)
    expect(usageMismatches(omitting, COMMAND_OPTIONS)).toEqual(['read: --quiet parsed, not listed'])
    const extra = { ...COMMAND_OPTIONS, codes: { format: { type: 'string' } } }
    expect(usageMismatches(USAGE, extra)).toEqual(['codes: --year listed, not parsed'])
    const { schema: _, ...missing } = COMMAND_OPTIONS
    expect(usageMismatches(USAGE.replace(/\n {2}medbudget schema[^\n]*/, ''), COMMAND_OPTIONS)).toEqual([
      'schema: not in the usage',
    ])
    expect(usageMismatches(USAGE, missing)).toEqual([])
  })

  it('the real binary takes `read --quiet` and refuses an option `read` does not list', {
    timeout: 120_000,
  }, () => {
    const quiet = runCli(['read', 'no-such-file.json', '--quiet', '--timeout', '5'])
    expect(quiet.status).toBe(2)
    expect(quiet.stderr).toContain('no-such-file.json')
    expect(quiet.stderr).not.toContain('bad arguments')
    const jobs = runCli(['read', 'no-such-file.json', '--jobs', '2'])
    expect(jobs.status).toBe(2)
    expect(jobs.stderr).toContain('bad arguments')
  })
})
