// Writes the reconciliation golden files test/fixtures/reconcile/NNN.json from the bundled samples,
// keeping the hand-written `why` of every finding that is still there (matched by its key).
// Usage: npx tsx scripts/reconcile-golden.ts [--check]
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { reconcile } from '../src/reconcile/reconcile'
import type { Finding, ReconciliationReport } from '../src/reconcile/types'
import { loadSample, SAMPLES } from '../src/samples/index'

/** One golden finding: what the engine says, and why a reviewer agrees. */
export interface GoldenFinding {
  readonly key: string
  readonly rule: string
  readonly severity: string
  readonly status: string
  readonly where: string
  readonly expected?: string
  readonly printed?: string
  readonly difference?: string
  readonly message: string
  /** Written by a reviewer against the seed text: why this finding is real (or why it is only a tail). */
  readonly why: string
}

const whereText = (f: Finding): string => {
  const w = f.where
  if (w.figure) return `text ${w.figure}: ${w.section ?? ''}`
  const row = w.row ? ` / ${w.row.code ?? w.row.key ?? ''} ${w.row.name}`.trimEnd() : ''
  return `${w.table ?? 'document'}${row}${w.column ? ` / ${w.column}` : ''}${w.block !== undefined ? ` / block ${w.block}` : ''}`
}

export function goldenOf(findings: readonly Finding[], previous: readonly GoldenFinding[]): GoldenFinding[] {
  const seen = new Map<string, number>()
  return findings.map((f) => {
    const base = `${f.rule} | ${whereText(f)} | ${f.params.identity ?? f.params.fact ?? f.params.printed ?? ''}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    const key = n > 1 ? `${base} #${n}` : base
    return {
      key,
      rule: f.rule,
      severity: f.severity,
      status: f.status,
      where: whereText(f),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.printed !== undefined ? { printed: f.printed } : {}),
      ...(f.difference !== undefined ? { difference: f.difference } : {}),
      message: f.message.zh,
      why: previous.find((p) => p.key === key)?.why ?? '',
    }
  })
}

/** One golden cause: what the engine says, and the keys of the golden findings it explains. */
export interface GoldenCause {
  readonly id: string
  readonly kind: string
  readonly explanation: string
  readonly findings: readonly string[]
}

export function goldenCausesOf(
  report: ReconciliationReport,
  findings: readonly GoldenFinding[],
): GoldenCause[] {
  return report.causes.map((c) => ({
    id: c.id,
    kind: c.kind,
    explanation: c.explanation.zh,
    findings: c.findings.map((i) => findings[i]?.key ?? String(i)),
  }))
}

export const goldenCausesFile = (id: string): string =>
  fileURLToPath(new URL(`../test/fixtures/reconcile/${id}.causes.json`, import.meta.url))

export const goldenFile = (id: string): string =>
  fileURLToPath(new URL(`../test/fixtures/reconcile/${id}.json`, import.meta.url))

if (process.argv[1]?.endsWith('reconcile-golden.ts')) {
  let stale = false
  for (const sample of SAMPLES) {
    const file = goldenFile(sample.id)
    const previous: GoldenFinding[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : []
    const report = reconcile(loadSample(sample.id))
    const findings = goldenOf(report.findings, previous)
    const outputs: [string, string][] = [
      [file, `${JSON.stringify(findings, null, 2)}\n`],
      [goldenCausesFile(sample.id), `${JSON.stringify(goldenCausesOf(report, findings), null, 2)}\n`],
    ]
    for (const [path, text] of outputs)
      if (process.argv.includes('--check')) {
        if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
          console.error(`${path} is out of date`)
          stale = true
        }
      } else writeFileSync(path, text)
  }
  process.exit(stale ? 1 : 0)
}
