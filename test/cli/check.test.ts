import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CheckRecordSchema } from '../../src/cli/schema'
import { reconcile } from '../../src/index'
import { loadSample, SAMPLES } from '../../src/samples/index'
import { runCli, samplesFolder } from './runCli'

const T = 120_000
let dir: string

beforeAll(() => {
  dir = samplesFolder()
})

describe('medbudget check: exit status gates a pipeline', () => {
  it('exits 0 when nothing contradicts (sample 001)', { timeout: T }, () => {
    const r = runCli(['check', join(dir, '001.json'), '--quiet'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('邢台市医疗保障局')
    expect(r.stdout).toContain('有矛盾的 0 份')
  })

  it('exits 1 when a document contradicts itself (sample 000), and reports it in Chinese by default', {
    timeout: T,
  }, () => {
    const r = runCli(['check', join(dir, '000.json'), '--quiet'])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('卫辉市医疗保障局')
    expect(r.stdout).toContain(`共 ${reconcile(loadSample('000')).summary.mismatches} 处矛盾`)
    // the report's causes are printed, each once
    expect(r.stdout).toContain('原因 1')
    expect(r.stdout).toContain(`原因 ${reconcile(loadSample('000')).causes.length}`)
    expect(r.stdout).not.toContain(`原因 ${reconcile(loadSample('000')).causes.length + 1}`)
  })

  it('a document without causes prints none (sample 001)', { timeout: T }, () => {
    const r = runCli(['check', join(dir, '001.json'), '--quiet'])
    expect(r.status).toBe(0)
    expect(r.stdout).not.toContain('原因 1')
  })

  it('--lang en reports in English', { timeout: T }, () => {
    const r = runCli(['check', join(dir, '000.json'), '--quiet', '--lang', 'en'])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('mismatches in all')
    expect(r.stdout).not.toContain('共 1 份文件')
  })

  it('exits 2 on an unreadable file, and the rest of the batch is still checked', { timeout: T }, () => {
    const bad = join(dir, 'broken.json')
    writeFileSync(bad, '{"format": "medbudget/disclosure@1", ')
    try {
      const r = runCli(['check', dir, '--format', 'json', '--quiet', '--jobs', '2'])
      expect(r.status).toBe(2)
      const records = r.stdout
        .trim()
        .split('\n')
        .map((line) => CheckRecordSchema.parse(JSON.parse(line)))
      const docs = records.filter((x) => x.type === 'document')
      expect(docs).toHaveLength(6)
      expect(docs.find((d) => d.file === bad)?.status).toBe('unreadable')
      expect(docs.filter((d) => d.status === 'checked')).toHaveLength(5)
      const summary = records.at(-1)
      expect(summary?.type).toBe('summary')
      if (summary?.type === 'summary') {
        expect(summary.unreadable).toBe(1)
        expect(summary.withContradictions).toBe(4)
        expect(summary.exitCode).toBe(2)
        expect(summary.topRules[0]?.mismatches).toBeGreaterThanOrEqual(
          summary.topRules.at(-1)?.mismatches ?? 0,
        )
      }
    } finally {
      execFileSync('rm', ['-f', bad])
    }
  })

  it('exits 2 on a file that does not exist', { timeout: T }, () => {
    const r = runCli(['check', join(dir, 'missing.pdf'), '--quiet'])
    expect(r.status).toBe(2)
    expect(r.stdout).toContain('无法读取')
  })

  it('refuses a named pipe (a read that could block for ever) as unreadable', { timeout: T }, () => {
    const fifo = join(dir, 'pipe.json')
    execFileSync('mkfifo', [fifo])
    try {
      const r = runCli(['check', fifo, join(dir, '001.json'), '--format', 'json', '--quiet'])
      expect(r.status).toBe(2)
      const docs = r.stdout
        .trim()
        .split('\n')
        .map((line) => CheckRecordSchema.parse(JSON.parse(line)))
      const status = (match: (file: string) => boolean) =>
        docs.flatMap((d) => (d.type === 'document' && match(d.file) ? [d.status] : []))
      expect(status((f) => f === fifo)).toEqual(['unreadable'])
      expect(status((f) => f.endsWith('001.json'))).toEqual(['checked'])
    } finally {
      execFileSync('rm', ['-f', fifo])
    }
  })

  it('--timeout must be a positive number of seconds (bad usage: exit 2)', { timeout: T }, () => {
    const r = runCli(['check', join(dir, '001.json'), '--timeout', '0', '--quiet'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/timeout/)
    expect(runCli(['check', join(dir, '001.json'), '--timeout', '60', '--quiet']).status).toBe(0)
  })
})

describe('medbudget check: outputs', () => {
  it('--format json: one valid record per document as it finishes, then the summary', { timeout: T }, () => {
    const r = runCli(['check', join(dir, '000.json'), join(dir, '002.json'), '--format', 'json', '--quiet'])
    const lines = r.stdout.trim().split('\n')
    expect(lines).toHaveLength(3)
    const records = lines.map((l) => CheckRecordSchema.parse(JSON.parse(l)))
    const doc = records.find((x) => x.type === 'document' && x.file.endsWith('000.json'))
    expect(doc?.type === 'document' && doc.summary?.mismatches).toBe(
      reconcile(loadSample('000')).summary.mismatches,
    )
    // the causes travel with the record, with the findings they explain
    const causes = doc?.type === 'document' ? (doc.causes ?? []) : []
    expect(causes.map((c) => c.id)).toEqual(reconcile(loadSample('000')).causes.map((c) => c.id))
    expect(causes.length).toBeGreaterThan(0)
    expect(causes.every((c) => c.findings.length > 0)).toBe(true)
    expect(records[2]?.type).toBe('summary')
  })

  it('--format md prints Markdown headings', { timeout: T }, () => {
    const r = runCli(['check', join(dir, '003.json'), '--format', 'md', '--quiet'])
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^## .*003\.json/m)
  })

  it('--out DIR --format html: one self-contained page per document and an index sorted by contradictions', {
    timeout: T,
  }, () => {
    const out = join(dir, 'report-html')
    const r = runCli(['check', dir, '--format', 'html', '--out', out, '--quiet'])
    expect(r.status).toBe(1)
    const files = readdirSync(out).sort()
    expect(files).toEqual(['000.html', '001.html', '002.html', '003.html', '004.html', 'index.html'])
    const index = readFileSync(join(out, 'index.html'), 'utf8')
    // most contradictions first (000: 19, 002: 7, …, 001: 0), ties by file name
    const expected = SAMPLES.map((s) => ({
      file: `${s.id}.html`,
      n: reconcile(loadSample(s.id)).summary.mismatches,
    }))
      .sort((a, b) => b.n - a.n || (a.file < b.file ? -1 : 1))
      .map((e) => e.file)
    expect(expected[0]).toBe('000.html')
    expect(expected.at(-1)).toBe('001.html')
    const order = expected.map((f) => index.indexOf(`href="${f}"`))
    expect(order.every((pos) => pos > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const page = readFileSync(join(out, '000.html'), 'utf8')
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).not.toMatch(/<(link|script)\b/) // self-contained
    expect(page).toContain('class="findings"')
    expect(page).toContain('class="mb-table"')
    const clean = readFileSync(join(out, '001.html'), 'utf8')
    expect(clean).toContain('没有发现矛盾')
    expect(clean).not.toContain('<tr class="mismatch">')
    expect(page).toContain('<tr class="mismatch">')
    expect(page).not.toContain('没有发现矛盾')
  })

  it('--out DIR --format json writes one JSON per document and an index', { timeout: T }, () => {
    const out = join(dir, 'report-json')
    runCli([
      'check',
      join(dir, '001.json'),
      join(dir, '002.json'),
      '--format',
      'json',
      '--out',
      out,
      '--quiet',
    ])
    expect(existsSync(join(out, 'index.json'))).toBe(true)
    const one = CheckRecordSchema.parse(JSON.parse(readFileSync(join(out, '002.json'), 'utf8')))
    expect(one.type === 'document' && one.document?.kind).toBe('final-account')
  })

  it('progress: quiet lines on stderr when it is not a terminal, none with --quiet', { timeout: T }, () => {
    const loud = runCli(['check', join(dir, '001.json')])
    expect(loud.stderr).toMatch(/^medbudget: \[1\/1\] .*001\.json/m)
    expect(loud.stderr).not.toContain('\r')
    const quiet = runCli(['check', join(dir, '001.json'), '--quiet'])
    expect(quiet.stderr).toBe('')
  })
})

describe('medbudget read → check', () => {
  it('read prints the disclosure as JSON that check accepts back, with the same findings', {
    timeout: T,
  }, () => {
    const read = runCli(['read', join(dir, '004.json')])
    expect(read.status).toBe(0)
    const again = join(dir, 'fixed-by-hand.json')
    writeFileSync(again, read.stdout)
    try {
      const r = runCli(['check', again, '--format', 'json', '--quiet'])
      const doc = CheckRecordSchema.parse(JSON.parse(r.stdout.split('\n')[0]!))
      expect(doc.type === 'document' && doc.summary?.mismatches).toBe(
        reconcile(loadSample('004')).summary.mismatches,
      )
    } finally {
      execFileSync('rm', ['-f', again])
    }
  })

  it('read exits 2 on an unreadable file and says why on stderr', { timeout: T }, () => {
    const r = runCli(['read', join(dir, 'nope.json')])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('FILE_UNREADABLE')
  })
})
