// Validates sample documents and rewrites them in the canonical serialisation
// (so that every shipped sample round-trips byte for byte).
// Usage: npx tsx scripts/format-sample.ts src/samples/data/000.json [...more files]
import { readFileSync, writeFileSync } from 'node:fs'
import { isMedbudgetError } from '../src/errors'
import { parseDisclosure } from '../src/model/parseDisclosure'
import { serializeDisclosure } from '../src/model/serializeDisclosure'

let failed = false
for (const file of process.argv.slice(2)) {
  try {
    const doc = parseDisclosure(JSON.parse(readFileSync(file, 'utf8')))
    writeFileSync(file, serializeDisclosure(doc))
    console.log(`ok  ${file}: ${doc.tables.length} tables, ${doc.text?.figures.length ?? 0} text figures`)
  } catch (e) {
    failed = true
    if (isMedbudgetError(e)) {
      console.error(`ERR ${file}: ${e.issues.length} problem(s)`)
      for (const i of e.issues.slice(0, 50)) console.error(`  ${i.path.join('.')}: ${i.en}`)
    } else console.error(`ERR ${file}:`, e)
  }
}
process.exit(failed ? 1 : 0)
