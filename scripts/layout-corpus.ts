/**
 * Corpus layout smoke run (not part of CI): lays out every PDF of ../shared/corpus and prints, per
 * document, the tables found with their column counts, rows and pages. Skips cleanly when the
 * corpus is absent (a fresh clone has none). Usage:
 *
 *   npx tsx scripts/layout-corpus.ts [filter]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMedbudgetError } from '../src/errors'
import { layoutDocument } from '../src/read/layout/layoutDocument'

const dir = join(process.cwd(), '..', 'shared', 'corpus', 'pdf')
if (!existsSync(dir)) {
  console.log('../shared/corpus is absent: nothing to do')
  process.exit(0)
}
const filter = process.argv[2] ?? ''
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf') && f.includes(filter))
  .sort()
let tables = 0
const started = Date.now()
for (const f of files) {
  const t0 = Date.now()
  try {
    const doc = await layoutDocument(new Uint8Array(readFileSync(join(dir, f))))
    tables += doc.tables.length
    const empty = doc.emptyPages.length === doc.pages ? ' NO TEXT LAYER' : ''
    console.log(`${f}: ${doc.pages} pages, ${doc.tables.length} tables, ${Date.now() - t0} ms${empty}`)
    for (const t of doc.tables) {
      const blocks = t.columns.some((c) => c.block !== undefined) ? ' two-sided' : ''
      console.log(
        `  [${t.number ?? ''}] ${t.title || '(untitled)'} · ${t.unit ?? '?'} · ${t.columns.length} cols (${t.columns.filter((c) => c.role === 'value').length} value)${blocks} · ${t.rows.length} rows · p${t.pages.join(',')}`,
      )
    }
  } catch (e) {
    console.log(`${f}: ${isMedbudgetError(e) ? e.code : 'UNTYPED'} ${String(e).slice(0, 120)}`)
  }
}
console.log(`${files.length} documents, ${tables} tables, ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`heap used after all: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`)
