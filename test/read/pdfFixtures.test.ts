import { readFileSync } from 'node:fs'
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import type { Disclosure } from '../../src/model/disclosure'
import { readDisclosure } from '../../src/read/readDisclosure'
import { reconcile } from '../../src/reconcile/reconcile'
import type { Finding } from '../../src/reconcile/types'
import { loadSample, type SampleId } from '../../src/samples/index'
import { compareCells } from './compareCells'

// The fixture PDFs are printed by chromium from the samples (scripts/make-fixture-pdfs.ts): reading
// one must give back the sample's cells, and reconciling it must find what the sample's own
// reconciliation finds (the document's contradictions, not the reader's). Floors as measured when
// the ruled-table reading landed; a regression of the reader fails them.
interface Fixture {
  readonly file: string
  readonly sample: SampleId
  /** Share of the sample's printed cells (in the tables read) given back identically. */
  readonly printedFloor: number
  /** Findings (rule, status, table, row, column) on one side only, at most. */
  readonly extraMax: number
  readonly missingMax: number
  /** Amounts printed ×10,000 (a table restated in 元). */
  readonly yuan?: boolean
}

const FIXTURES: readonly Fixture[] = [
  { file: 'sample-000.pdf', sample: '000', printedFloor: 0.9, extraMax: 5, missingMax: 3 },
  { file: 'tables-000.pdf', sample: '000', printedFloor: 0.9, extraMax: 4, missingMax: 3 },
  { file: 'long-table-002.pdf', sample: '002', printedFloor: 1, extraMax: 0, missingMax: 3 },
  { file: 'yuan-000.pdf', sample: '000', printedFloor: 0.95, extraMax: 0, missingMax: 1, yuan: true },
]

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/pdf/${name}`))

/** The sample limited to the kinds of table the PDF prints, amounts restated when it prints 元. */
function expected(read: Disclosure, id: SampleId, yuan: boolean): Disclosure {
  const want = loadSample(id)
  const kinds = new Set(read.tables.map((t) => t.kind))
  const tables = want.tables
    .filter((t) => kinds.has(t.kind))
    .map((t) =>
      yuan
        ? {
            ...t,
            rows: t.rows.map((r) => ({
              ...r,
              cells: Object.fromEntries(
                Object.entries(r.cells).map(([k, v]) => [
                  k,
                  v === undefined || v === '' || !/^-?\d+(\.\d+)?$/.test(v)
                    ? v
                    : new Decimal(v).times(10_000).toFixed(2),
                ]),
              ),
            })),
          }
        : t,
    )
  return { ...want, tables } as Disclosure
}

const findingKey = (f: Finding): string =>
  [
    f.rule,
    f.status,
    f.where.table ?? '',
    f.where.row?.key ?? f.where.row?.code ?? f.where.row?.name ?? '',
    f.where.column ?? '',
    f.where.block ?? '',
  ].join('|')

const mismatchKeys = (doc: Disclosure): Set<string> =>
  new Set(
    reconcile(doc)
      .findings.filter((f) => f.status === 'mismatch')
      .map(findingKey),
  )

describe('reading the fixture PDFs gives back their samples', () => {
  for (const f of FIXTURES) {
    it(`${f.file}: cells as printed, findings as the sample's`, async () => {
      const result = await readDisclosure(fixture(f.file))
      expect(result.status).toBe('disclosure')
      if (result.status !== 'disclosure') return
      const doc = result.disclosure
      const want = expected(doc, f.sample, f.yuan === true)
      expect(want.tables.length).toBeGreaterThan(0)
      const c = compareCells(doc, want)
      expect(c.printedSame / c.printedTotal).toBeGreaterThanOrEqual(f.printedFloor)
      if (f.yuan) return // the sample's findings are in 万元, with its other tables
      const read = mismatchKeys(doc)
      const seed = mismatchKeys(want)
      expect([...read].filter((k) => !seed.has(k)).length).toBeLessThanOrEqual(f.extraMax)
      expect([...seed].filter((k) => !read.has(k)).length).toBeLessThanOrEqual(f.missingMax)
    }, 60_000)
  }

  it('sample-000.pdf: no header fragments of a wrapped cell in other columns, 户 not 戶', async () => {
    const result = await readDisclosure(fixture('sample-000.pdf'))
    const titles = result.tables.map((t) => JSON.stringify(t))
    const all = titles.join('\n')
    expect(all).not.toContain('戶')
    expect(all).not.toContain('位）名称/合计')
    // the 部门支出总体情况表 reads 合计 and 基本支出 in their own columns: no finding of a column shift
    if (result.status !== 'disclosure') throw new Error('not read')
    const basic = reconcile(result.disclosure).findings.filter(
      (x) => x.rule === 'row-basic-by-economic-class' && x.where.table === 'expenditure',
    )
    expect(basic).toEqual([])
  }, 60_000)

  it('the finding comparison notices a document read one column off', () => {
    const want = loadSample('000')
    const shifted = {
      ...want,
      tables: want.tables.map((t) => ({
        ...t,
        rows: t.rows.map((r) => {
          const keys = Object.keys(r.cells) as (keyof typeof r.cells)[]
          const values = keys.map((k) => r.cells[k])
          return { ...r, cells: Object.fromEntries(keys.map((k, i) => [k, values[(i + 1) % keys.length]])) }
        }),
      })),
    } as Disclosure
    const seed = mismatchKeys(want)
    const read = mismatchKeys(shifted)
    expect([...read].filter((k) => !seed.has(k)).length).toBeGreaterThan(5)
  })
})
