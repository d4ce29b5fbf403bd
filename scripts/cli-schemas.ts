// Writes docs/cli/<name>.schema.json from the zod schemas of the command line's outputs (--check: compare only).
import { readFileSync, writeFileSync } from 'node:fs'
import { jsonSchemaOf, SCHEMAS, type SchemaName } from '../src/cli/schema'

const check = process.argv.includes('--check')
let stale = 0
for (const name of Object.keys(SCHEMAS) as SchemaName[]) {
  const path = `docs/cli/${name}.schema.json`
  const text = `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`
  if (check) {
    let old = ''
    try {
      old = readFileSync(path, 'utf8')
    } catch {}
    if (old !== text) {
      console.error(`${path} is out of date: run npx tsx scripts/cli-schemas.ts`)
      stale++
    }
  } else writeFileSync(path, text)
}
process.exit(stale === 0 ? 0 : 1)
