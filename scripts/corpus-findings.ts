// Reconcile findings of corpus PDFs as read (`npx tsx scripts/corpus-findings.ts [file-name filter]`):
// for each PDF of ../shared/corpus whose file name contains the filter, prints every mismatch finding
// (rule, table, row, column, expected / printed, page) and the tables as read (kind, header → column key,
// rows), so that each finding can be checked against the printed page (`pdftotext -layout -f N -l N`).
// Not part of CI: it skips cleanly when ../shared is absent. The corpus files are read in place.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMedbudgetError } from '../src/errors'
import { readDisclosure } from '../src/read/readDisclosure'
import { reconcile } from '../src/reconcile/reconcile'

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus')
if (!existsSync(join(corpus, 'manifest.tsv'))) {
  console.log('corpus-findings: ../shared/corpus is absent; nothing to read (skipped).')
  process.exit(0)
}
const filter = process.argv[2] ?? ''
const showTables = !process.argv.includes('--findings-only')

const lines = readFileSync(join(corpus, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1)
for (const line of lines) {
  const [file = '', , , what = '', , same = ''] = line.split('\t')
  if (same !== '' || !file.includes(filter) || what === 'scanned') continue
  console.log(`\n=== ${file} (${what})`)
  try {
    const bytes = new Uint8Array(readFileSync(join(corpus, 'pdf', file)))
    const result = await readDisclosure(bytes, { fileName: file })
    if (result.status !== 'disclosure') {
      console.log(`  ${result.status}: ${result.reason.en}`)
      continue
    }
    const doc = result.disclosure
    const report = reconcile(doc)
    const tableById = new Map(doc.tables.map((t) => [t.id, t]))
    const figureById = new Map((doc.text?.figures ?? []).map((f) => [f.id, f]))
    const mismatches = report.findings.filter((f) => f.status === 'mismatch')
    console.log(`  mismatches: ${mismatches.length}`)
    for (const f of mismatches) {
      const w = f.where
      const table = w.table === undefined ? undefined : tableById.get(w.table)
      const row = w.row === undefined ? undefined : table?.rows[w.row.index]
      const figure = w.figure === undefined ? undefined : figureById.get(w.figure)
      // a text finding says the page of its figure; a performance-form comparison, its form's page
      const named =
        doc.tables.find((t) => t.title === w.table || t.title === w.section) ??
        (f.rule.includes('performance')
          ? doc.tables.find((t) => t.kind === 'department-performance')
          : undefined)
      const page = row?.page ?? table?.pages?.[0] ?? figure?.page ?? named?.pages?.[0] ?? ''
      const rowText = w.row === undefined ? '' : `${w.row.code ?? w.row.key ?? ''} ${w.row.name}`.trim()
      console.log(
        `  [${f.rule}] ${w.table ?? w.figure ?? w.section ?? ''} | ${rowText} | ${w.column ?? ''} | expected ${f.expected ?? '–'} printed ${f.printed ?? '–'} | p.${page}`,
      )
      console.log(`      ${f.message.zh}`)
    }
    if (!showTables) continue
    for (const t of doc.tables) {
      console.log(
        `  -- table ${t.id} (${t.kind}) “${t.title}” ${t.unit ?? ''} pages ${(t.pages ?? []).join(',')}`,
      )
      for (const c of t.columns)
        console.log(
          `     col ${c.header.join('/')} → ${c.key}${c.block === undefined ? '' : ` [block ${c.block}]`}`,
        )
      for (const r of t.rows) {
        const cells = t.columns
          .filter((c) => (c.block ?? 0) === (r.block ?? 0))
          .map((c) => r.cells[c.key] ?? '')
          .join(' | ')
        console.log(`     ${r.code ?? r.key ?? ''} ${r.name} [p.${r.page ?? ''}] : ${cells}`)
      }
    }
    for (const t of result.tables.filter((t) => t.status === 'unrecognized'))
      console.log(`  -- unrecognized “${t.title}” pages ${t.pages.join(',')}: ${t.reason?.en ?? ''}`)
  } catch (e) {
    console.log(`  ${isMedbudgetError(e) ? e.code : 'crash'}: ${String(e).slice(0, 200)}`)
  }
}
