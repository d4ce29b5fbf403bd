/**
 * Diffs the reconcile mismatches of a seed as read against its transcription: for each finding
 * only one side has (rule, table, row, column), prints the cells of that row on both sides, and
 * every cell the read document has that the transcription has not (extra) or differs in.
 * Usage: npx tsx scripts/seed-findings-diff.ts 003
 */
import { readFileSync } from 'node:fs'
import type { Disclosure } from '../src/model/disclosure'
import { readDisclosure } from '../src/read/readDisclosure'
import { reconcile } from '../src/reconcile/reconcile'
import type { Finding } from '../src/reconcile/types'
import { loadSample, SAMPLES, type SampleId } from '../src/samples/index'
import { cellMap } from '../test/read/compareCells'

const place = (f: Finding): string =>
  [
    f.rule,
    f.where.table ?? '',
    f.where.row?.code ?? f.where.row?.key ?? f.where.row?.name ?? '',
    f.where.column ?? '',
    f.where.block ?? '',
  ].join('|')

const mismatches = (doc: Disclosure): Map<string, Finding> => {
  const out = new Map<string, Finding>()
  for (const f of reconcile(doc).findings)
    if (f.status === 'mismatch' && f.where.figure === undefined) out.set(place(f), f)
  return out
}

const id = (process.argv[2] ?? '003') as SampleId
const sample = SAMPLES.find((s) => s.id === id)
if (!sample) throw new Error(`no sample ${id}`)
const text = readFileSync(`test/fixtures/seeds/${sample.seed}`, 'utf8')
const result = await readDisclosure(text, { fileName: sample.seed })
if (result.status !== 'disclosure') throw new Error(result.status)
const read = result.disclosure
const tr = loadSample(id)
const a = mismatches(read)
const b = mismatches(tr)
const rowCells = (doc: Disclosure, table: string, row: string): string => {
  const t = doc.tables.find((x) => x.kind === table)
  const r = t?.rows.find((x) => (x.code ?? x.key ?? x.name) === row)
  return r ? JSON.stringify(r.cells) : '(no row)'
}
for (const [k, f] of a)
  if (!b.has(k)) {
    console.log(`READ ONLY  ${k}\n  ${f.message?.en ?? ''}`)
    const [, table = '', row = ''] = k.split('|')
    console.log(`  read: ${rowCells(read, table, row)}\n  tran: ${rowCells(tr, table, row)}`)
  }
for (const [k] of b) if (!a.has(k)) console.log(`TRANSCRIPTION ONLY  ${k}`)
const ca = cellMap(read)
const cb = cellMap(tr)
console.log('\ncells read that differ from / are absent in the transcription:')
for (const [k, v] of ca)
  if (cb.get(k) !== v) console.log(`  ${k}: read ${JSON.stringify(v)} tran ${JSON.stringify(cb.get(k))}`)
console.log('cells of the transcription missing in the read:')
for (const [k, v] of cb) if (!ca.has(k)) console.log(`  ${k}: tran ${JSON.stringify(v)}`)
