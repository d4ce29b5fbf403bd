/**
 * Reads the prose of every PDF of the corpus (../shared/corpus, not in the repository) with
 * readExplanatoryText and prints, per document, how many text figures, links and glossary entries
 * it found, and the metadata the prose states. A measurement, not a test: skips cleanly when
 * ../shared is absent.
 *
 *   npx tsx scripts/text-figures-corpus.ts [limit]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { layoutDocument } from '../src/read/layout/layoutDocument'
import { readExplanatoryText } from '../src/read/text/readExplanatoryText'

const root = fileURLToPath(new URL('../../shared/corpus/pdf/', import.meta.url))
if (!existsSync(root)) {
  console.log('../shared/corpus absent: nothing to measure')
  process.exit(0)
}
const limit = Number(process.argv[2] ?? Number.POSITIVE_INFINITY)
const files = readdirSync(root)
  .filter((f) => f.endsWith('.pdf'))
  .sort()
  .slice(0, limit)
const totals = { docs: 0, failed: 0, figures: 0, amounts: 0, glossary: 0, withDepartment: 0, withYear: 0 }
console.log(['file', 'pages', 'figures', 'amounts', 'glossary', 'department', 'year', 'kind'].join('\t'))
for (const file of files) {
  totals.docs++
  try {
    const doc = await layoutDocument(readFileSync(join(root, file)), { fileName: file })
    const r = readExplanatoryText(doc.prose, { amountUnit: '万元', tables: [] })
    const amounts = r.figures.filter((f) => f.kind === 'amount').length
    totals.figures += r.figures.length
    totals.amounts += amounts
    totals.glossary += r.glossary.length
    if (r.metadata.department) totals.withDepartment++
    if (r.metadata.fiscalYear) totals.withYear++
    console.log(
      [
        file,
        doc.pages,
        r.figures.length,
        amounts,
        r.glossary.length,
        r.metadata.department ?? '-',
        r.metadata.fiscalYear ?? '-',
        r.metadata.kind ?? '-',
      ].join('\t'),
    )
  } catch (e) {
    totals.failed++
    console.log(
      [file, 'error', e instanceof Error ? ((e as { code?: string }).code ?? e.message) : String(e)].join(
        '\t',
      ),
    )
  }
}
console.log(JSON.stringify(totals))
