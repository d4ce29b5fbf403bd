// Development aid (not part of CI): prints each corpus document's tables as read (kind, header →
// column keys, row count) and its mismatch findings, for the provinces named on the command line
// (file-name prefixes, e.g. `npx tsx scripts/prov-tables.ts 006_ 014_`). Skips when ../shared is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDisclosure } from '../src/read/readDisclosure'
import { reconcile } from '../src/reconcile/reconcile'

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'pdf')
if (!existsSync(corpus)) {
  console.log('prov-tables: ../shared/corpus is absent (skipped).')
  process.exit(0)
}
const args = process.argv.slice(2)
const brief = args.includes('--brief')
const prefixes = args.filter((a) => !a.startsWith('--'))
const files = readdirSync(corpus).filter((f) => prefixes.some((p) => f.startsWith(p) || f.includes(p)))
for (const file of files) {
  const result = await readDisclosure(new Uint8Array(readFileSync(join(corpus, file))), { fileName: file })
  console.log(`\n=== ${file} (${result.status})`)
  if (!brief)
    for (const t of result.tables) {
      const cols = t.columns.map((c) => `${c.header.join('/')}→${c.key ?? '?'}`).join(' | ')
      console.log(
        `  p${t.pages.join(',')} [${t.kind ?? 'UNRECOGNIZED'}] ${t.title} rows=${t.rows} unit=${t.unit ?? ''}`,
      )
      console.log(`      ${cols}`)
    }
  if (result.status !== 'disclosure') continue
  const findings = reconcile(result.disclosure).findings.filter((f) => f.status === 'mismatch')
  console.log(`  mismatches: ${findings.length}`)
  for (const f of findings) console.log(`   - ${f.rule} ${f.message.zh.slice(0, 220)}`)
}
