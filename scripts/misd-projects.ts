// misd helper: the column-project-totals findings of corpus PDFs and their 项目支出表 as read.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDisclosure } from '../src/read/readDisclosure'
import { reconcile } from '../src/reconcile/reconcile'

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus')
if (!existsSync(join(corpus, 'manifest.tsv'))) process.exit(0)
const filters = process.argv.slice(2)
const lines = readFileSync(join(corpus, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1)
for (const line of lines) {
  const [file = '', , , what = '', , same = ''] = line.split('\t')
  if (same !== '' || !filters.some((f) => file.includes(f)) || what === 'scanned') continue
  try {
    const result = await readDisclosure(new Uint8Array(readFileSync(join(corpus, 'pdf', file))), {
      fileName: file,
    })
    if (result.status !== 'disclosure') continue
    const doc = result.disclosure
    const fs = reconcile(doc).findings.filter(
      (f) => f.rule === 'column-project-totals' && f.status === 'mismatch',
    )
    if (fs.length === 0) continue
    console.log(`\n=== ${file}: ${fs.length}`)
    for (const f of fs)
      console.log(
        `  ${f.where.table} row ${f.where.row?.index} ${f.where.column} expected ${f.expected} printed ${f.printed}`,
      )
    for (const t of doc.tables.filter((t) => t.kind === 'projects')) {
      console.log(`  -- ${t.id} ${t.title} pages ${t.pages}`)
      t.rows.forEach((r, i) => {
        console.log(
          `    ${i} ${r.kind} ${r.code ?? ''} ${r.unitCode ?? ''} ${r.projectType ?? ''} ${r.unitName ?? '-'} ${r.name.slice(0, 30)} : ${r.cells.total ?? Object.values(r.cells)[0]} p.${r.page}`,
        )
      })
    }
  } catch (e) {
    console.log(file, String(e))
  }
}
