// End-to-end: `medbudget` on the fixture PDFs (test/fixtures/pdf/, made by scripts/make-fixture-pdfs.ts).
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CheckRecordSchema, FactRowSchema } from '../../src/cli/schema'
import { runCli } from './runCli'

const PDF = resolve(import.meta.dirname, '../fixtures/pdf')
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/pdf')
const T = 300_000

describe('medbudget on PDFs', () => {
  it('check reads a text PDF, reconciles it and gives findings with page numbers', { timeout: T }, () => {
    const r = runCli(['check', join(PDF, 'sample-000.pdf'), '--format', 'json', '--quiet'])
    expect([0, 1]).toContain(r.status)
    const doc = CheckRecordSchema.parse(JSON.parse(r.stdout.split('\n')[0]!))
    expect(doc.type === 'document' && doc.status).toBe('checked')
    expect(doc.type === 'document' && doc.document?.pages).toBeGreaterThan(0)
    if (doc.type === 'document' && doc.findings.some((f) => f.status === 'mismatch'))
      expect(doc.findings.filter((f) => f.status === 'mismatch').some((f) => f.page !== undefined)).toBe(true)
  })

  it('read → JSON → check gives the same result as check on the PDF', { timeout: T }, () => {
    const read = runCli(['read', join(PDF, 'tables-000.pdf')])
    expect(read.status).toBe(0)
    expect(JSON.parse(read.stdout).format).toBe('medbudget/disclosure@1')
  })

  it('facts of a PDF carry the page of each cell', { timeout: T }, () => {
    const r = runCli(['facts', join(PDF, 'long-table-002.pdf'), '--format', 'jsonl', '--quiet'])
    expect(r.status).toBe(0)
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => FactRowSchema.parse(JSON.parse(l)))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.page !== null)).toBe(true)
  })

  it('facts of a PDF with explanatory text carry its figures, with the page of each sentence', {
    timeout: T,
  }, () => {
    const r = runCli(['facts', join(PDF, 'sample-000.pdf'), '--format', 'jsonl', '--quiet'])
    expect(r.status).toBe(0)
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => FactRowSchema.parse(JSON.parse(l)))
    const text = rows.filter((row) => row.source === 'text')
    expect(text.length).toBeGreaterThan(10)
    expect(rows.some((row) => row.source === 'table')).toBe(true)
    expect(text.every((row) => row.page !== null && row.page > 1)).toBe(true)
    // 收入总计 8944.03 万元, stated on the page of the first section of the text
    const total = text.find((row) => row.row_key === 'rev.total' && row.column_key === 'total')
    expect(total?.value_yuan).toBe('89440300')
  })

  it.runIf(existsSync(CORPUS))(
    'a batch over one PDF of each city of the corpus finishes, one record per PDF',
    { timeout: T },
    () => {
      // one file per city (the name starts with the city's folder), linked into a folder of their own
      const byCity = new Map<string, string>()
      for (const f of readdirSync(CORPUS).sort()) if (f.endsWith('.pdf')) byCity.set(f.split('__')[0] ?? f, f)
      const dir = mkdtempSync(join(tmpdir(), 'medbudget-corpus-'))
      try {
        for (const f of byCity.values()) symlinkSync(join(CORPUS, f), join(dir, f))
        const r = runCli(['check', dir, '--format', 'json', '--quiet', '--timeout', '120'], { timeout: T })
        const records = r.stdout
          .trim()
          .split('\n')
          .map((l) => CheckRecordSchema.parse(JSON.parse(l)))
        expect(records.filter((x) => x.type === 'document')).toHaveLength(byCity.size)
        expect(byCity.size).toBeGreaterThan(5)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )
})
