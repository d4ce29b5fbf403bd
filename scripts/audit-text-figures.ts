/**
 * Prints, for documents of the corpus (../shared/corpus, never in the repository), every figure the
 * explanatory-text reader produced against the sentence it came from, and the text rules' findings:
 * the material of a hand audit (sentence → figures: kind, value, subject, partOf, operands, cell).
 * A tool, not a test: skips cleanly when ../shared is absent.
 *
 *   npx tsx scripts/audit-text-figures.ts <corpus file name or part of it> […]
 *   npx tsx scripts/audit-text-figures.ts --findings <…>   (text findings only)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDisclosure } from '../src/read/readDisclosure'
import { reconcile } from '../src/reconcile/reconcile'

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'pdf')
if (!existsSync(corpus)) {
  console.log('audit-text-figures: ../shared/corpus is absent; nothing to audit (skipped).')
  process.exit(0)
}
const args = process.argv.slice(2)
const findingsOnly = args.includes('--findings')
const wanted = args.filter((a) => !a.startsWith('--'))
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.pdf') && wanted.some((w) => f.includes(w)))
  .sort()
for (const file of files) {
  console.log(`\n######## ${file}`)
  const result = await readDisclosure(new Uint8Array(readFileSync(join(corpus, file))), { fileName: file })
  if (result.status !== 'disclosure') {
    console.log(`  status: ${result.status}`)
    continue
  }
  const doc = result.disclosure
  const figures = doc.text?.figures ?? []
  if (!findingsOnly) {
    let sentence = ''
    for (const f of figures) {
      if (f.sentence !== sentence) {
        sentence = f.sentence
        console.log(`\n[${f.section}] ${sentence}`)
      }
      const ops = f.operands
        ? ` ops{${Object.entries(f.operands)
            .map(([k, v]) => `${k}:${'figure' in v ? v.figure : 'cell' in v ? 'cell' : v.value}`)
            .join(',')}}`
        : ''
      const ref = f.refersTo
        ? ` → ${f.refersTo.table}/${JSON.stringify(f.refersTo.row)}/${f.refersTo.column}`
        : ''
      console.log(
        `  ${f.id} ${f.kind}${f.direction ? `(${f.direction})` : ''} ${f.printed} «${f.subject}»${f.partOf ? ` partOf ${f.partOf}` : ''}${ops}${ref}`,
      )
    }
  }
  const report = reconcile(doc)
  console.log('\n  -- text findings (mismatch) --')
  for (const f of report.findings)
    if (f.rule.startsWith('text') && f.status === 'mismatch') console.log(`  ${f.rule} ${f.message.zh}`)
  console.log(`  mismatches: ${report.summary.mismatches}`)
}
