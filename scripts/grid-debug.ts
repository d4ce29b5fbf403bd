// Development aid (not part of CI): prints the laid-out grids (header paths, roles, blocks, rows) of
// one corpus PDF, optionally only the tables on the given pages:
// `npx tsx scripts/grid-debug.ts <file-name filter> [first page] [last page]`. Skips when ../shared is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { layoutDocument } from '../src/read/layout/layoutDocument'

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'pdf')
if (!existsSync(corpus)) {
  console.log('grid-debug: ../shared/corpus is absent (skipped).')
  process.exit(0)
}
const [filter = '', from = '1', to = '9999'] = process.argv.slice(2)
const first = Number(from)
const last = Number(to)
for (const file of readdirSync(corpus).filter((f) => f.includes(filter))) {
  const doc = await layoutDocument(new Uint8Array(readFileSync(join(corpus, file))))
  console.log(`\n=== ${file}`)
  for (const t of doc.tables) {
    if (!t.pages.some((p) => p >= first && p <= last)) continue
    console.log(`-- “${t.title}” ${t.number ?? ''} ${t.unit ?? ''} pages ${t.pages.join(',')}`)
    for (const c of t.columns)
      console.log(`   col ${c.role}${c.block === undefined ? '' : ` b${c.block}`}: ${c.header.join('/')}`)
    for (const r of t.rows) console.log(`   [p.${r.page}] ${r.cells.join(' | ')}`)
    for (const n of t.notes) console.log(`   note: ${n}`)
  }
}
