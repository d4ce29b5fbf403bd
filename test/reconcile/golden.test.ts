// The findings of every bundled sample, reviewed by hand against its seed text and committed in
// test/fixtures/reconcile/NNN.json with the reason each is real (or only a rounding tail).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  type GoldenCause,
  type GoldenFinding,
  goldenCausesFile,
  goldenCausesOf,
  goldenFile,
  goldenOf,
} from '../../scripts/reconcile-golden'
import { abs, amount, cmp } from '../../src/money/decimal'
import { reconcile } from '../../src/reconcile/reconcile'
import { loadSample, SAMPLES } from '../../src/samples/index'

describe.each(SAMPLES.map((s) => s.id))('sample %s', (id) => {
  const golden: GoldenFinding[] = JSON.parse(readFileSync(goldenFile(id), 'utf8'))
  const report = reconcile(loadSample(id))

  it('finds exactly the reviewed findings', () => {
    const strip = (g: GoldenFinding) => ({ ...g, why: '' })
    expect(goldenOf(report.findings, golden).map(strip)).toEqual(golden.map(strip))
  })

  it('reports the reviewed causes, each explaining findings of the golden', () => {
    const causes: GoldenCause[] = JSON.parse(readFileSync(goldenCausesFile(id), 'utf8'))
    expect(goldenCausesOf(report, golden)).toEqual(causes)
    const keys = new Set(golden.map((g) => g.key))
    for (const c of causes) for (const k of c.findings) expect(keys.has(k), k).toBe(true)
  })

  it('says why each finding is real', () => {
    for (const g of golden) expect(g.why, g.key).toMatch(/\S{8,}/)
  })

  it('classifies every difference rounding explains as a rounding tail, not a mismatch', () => {
    for (const f of report.findings.filter((f) => f.status === 'mismatch' && f.difference && f.tolerance)) {
      expect(cmp(abs(amount(f.difference ?? '0')), amount(f.tolerance ?? '0')), f.message.en).toBe(1)
    }
  })

  it('reports coverage for every rule, so silence never looks like a pass', () => {
    expect(report.coverage.length).toBeGreaterThan(20)
    expect(report.coverage.every((c) => c.status !== 'ran' || c.checks > 0)).toBe(true)
  })
})
