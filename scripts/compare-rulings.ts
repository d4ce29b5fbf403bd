// Compares, page by page, the rulings read from the content stream with those of PDF.js's operator
// list on every PDF of ../shared/corpus (`npx tsx scripts/compare-rulings.ts [limit]`). Skips when
// ../shared is absent. Prints each difference, the pages left to PDF.js, and a summary; exit 1 on a
// difference.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { rulingsBothWays } from './rulings-both-ways'

const dir = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'pdf')
if (!existsSync(dir)) {
  console.log('compare-rulings: ../shared/corpus is absent (skipped).')
  process.exit(0)
}
const limit = Number(process.argv[2] ?? Number.POSITIVE_INFINITY)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .sort()
  .slice(0, limit)
let pages = 0
let deferred = 0
let notOpened = 0
let differ = 0
let failed = 0
let rulings = 0
for (const f of files) {
  let result: Awaited<ReturnType<typeof rulingsBothWays>>
  try {
    result = await rulingsBothWays(new Uint8Array(readFileSync(join(dir, f))))
  } catch (e) {
    failed++
    console.log(`${f}: PDF.js cannot open it (${e instanceof Error ? e.message.slice(0, 80) : e})`)
    continue
  }
  if (!result.opened) {
    notOpened++
    console.log(`${f}: left to PDF.js (the direct reader cannot open it)`)
  }
  for (const p of result.pages) {
    pages++
    rulings += p.operatorList.length
    if (p.direct === undefined) {
      deferred++
      if (result.opened) console.log(`${f} p.${p.page}: left to PDF.js`)
    } else if (!isDeepStrictEqual(p.direct, p.operatorList)) {
      differ++
      console.log(
        `${f} p.${p.page}: ${p.direct.length} rulings read directly, ${p.operatorList.length} from the operator list`,
      )
    }
  }
}
console.log(
  `files ${files.length} (PDF.js cannot open ${failed}, direct reader cannot open ${notOpened}); pages ${pages}; ` +
    `rulings ${rulings}; pages left to PDF.js ${deferred}; pages that differ ${differ}`,
)
process.exit(differ > 0 ? 1 : 0)
