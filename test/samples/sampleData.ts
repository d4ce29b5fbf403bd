// Shared by the per-sample proofs: the sample as shipped, its text-figure fixture, exact sums.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Disclosure } from '../../src/model/disclosure'
import { parseDisclosure } from '../../src/model/parseDisclosure'
import type { PrintedTable } from '../../src/model/table'

/** The shipped sample NNN, validated. */
export const sampleDoc = (id: string): Disclosure =>
  parseDisclosure(
    JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'samples', 'data', `${id}.json`), 'utf8')),
  )

/** The text-figure fixture of a seed file. */
export const fixtureFiguresOf = (seedFile: string): unknown[] =>
  JSON.parse(
    readFileSync(
      join(__dirname, '..', 'fixtures', 'text-figures', seedFile.replace(/\.txt$/, '.json')),
      'utf8',
    ),
  )

/** Amounts as integer hundredths (BigInt), so sums are exact; a blank cell counts as nothing. */
export const cents = (s: string): bigint => {
  if (s === '') return 0n
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s)
  if (!m) throw new Error(`not an amount with at most 2 decimals: ${s}`)
  const v = BigInt(m[2] ?? '0') * 100n + BigInt((m[3] ?? '').padEnd(2, '0'))
  return m[1] === '-' ? -v : v
}

/** Exact sum of canonical cells, in hundredths. */
export const sum = (xs: readonly string[]): bigint => xs.reduce((a, x) => a + cents(x), 0n)

/** A printed figure as the model stores it: separators and OCR spaces removed. */
export const canon = (s: string): string => s.trim().replace(/[, ]/g, '')

/** The table of a document with the given id (throws when absent, so a test cannot pass vacuously). */
export const tableById = (doc: Disclosure, id: string): PrintedTable => {
  const t = doc.tables.find((x) => x.id === id)
  if (!t) throw new Error(`no table ${id}`)
  return t
}
